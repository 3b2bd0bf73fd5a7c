package news

import "golang.org/x/net/html"

// pageState is the per-call state of parsing one HTML page.
type pageState struct {
	p   *Parser
	doc *html.Node
}

func newPageState(p *Parser, doc *html.Node) *pageState { return &pageState{p: p, doc: doc} }

type metadata struct{}

func (st *pageState) metadata() *metadata                  { return &metadata{} }
func (st *pageState) applyMetadata(a *Article, m *metadata) {}
