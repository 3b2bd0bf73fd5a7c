package news

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// Errors returned by [Parse]. They are wrapped with more detail; test for
// them with [errors.Is].
var (
	// ErrEmpty means the input holds no text at all.
	ErrEmpty = errors.New("news: empty input")
	// ErrTooLarge means the input is longer than Parser.MaxBytes.
	ErrTooLarge = errors.New("news: input too large")
	// ErrNotArticle means the page has no article body: it may be a home
	// page, a list of links or a binary file. The Article returned with it
	// holds whatever metadata was found.
	ErrNotArticle = errors.New("news: not an article")
)

// A Format says how to read the input.
type Format int

// The input formats. FormatAuto, the zero value, looks at the input: markup
// is HTML, binary data is no article (see [ErrNotArticle]), anything else
// is text.
const (
	FormatAuto Format = iota
	FormatHTML
	FormatText
)

// Default limits, used where a Parser field is zero.
const (
	DefaultMaxBytes      = 16 << 20 // 16 MiB of input
	DefaultMaxDepth      = 512      // element nesting considered
	DefaultMaxNodes      = 1 << 20  // DOM nodes considered
	DefaultMaxParagraphs = 5000     // body paragraphs kept
	DefaultMaxTextLen    = 1 << 20  // bytes of one text node or line kept
)

// A Parser holds the settings for parsing articles. The zero value parses
// with default limits and no page URL. A Parser is safe for concurrent use
// as long as its fields are not changed during a call.
type Parser struct {
	// URL is the address the page was fetched from. It resolves relative
	// links and gives the publication when the page names none.
	URL string
	// ContentType is the HTTP Content-Type of the page, if known. Its
	// charset parameter decides the encoding before the page's own
	// declaration does.
	ContentType string
	// Format says whether the input is HTML or plain text.
	Format Format

	// MaxBytes is the most input read; longer input fails with
	// ErrTooLarge. Zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxDepth is the deepest element nesting looked at; deeper content
	// is ignored and the Article is marked Truncated. Zero means
	// DefaultMaxDepth.
	MaxDepth int
	// MaxNodes is the most DOM nodes looked at. Zero means
	// DefaultMaxNodes. However large, a page's tree is cut at 4,096
	// nodes (text included) plus one for every 16 bytes of the page,
	// which real pages, at 23 bytes or more a node, do not reach: a page
	// of nothing but tags cannot take fifty times its size. Content past
	// the cut is ignored and the Article is marked Truncated.
	MaxNodes int
	// MaxParagraphs is the most body paragraphs kept. Zero means
	// DefaultMaxParagraphs.
	MaxParagraphs int
	// MaxTextLen is the most bytes kept of one text node, paragraph or
	// line. Zero means DefaultMaxTextLen.
	MaxTextLen int
}

// Parse reads one article, HTML or plain text, with the default settings.
func Parse(r io.Reader) (*Article, error) {
	var p Parser
	return p.Parse(r)
}

// Parse reads one article from r. HTML is decoded to UTF-8 from the
// charset its Content-Type, byte order mark or meta declaration gives.
func (p *Parser) Parse(r io.Reader) (*Article, error) {
	data, err := readInput(r, p.limit(p.MaxBytes, DefaultMaxBytes))
	if err != nil {
		return nil, err
	}
	format := p.Format
	if format == FormatAuto {
		head := []byte(data[:min(len(data), sniffLen)])
		if format = sniffFormat(head); format == FormatText && isBinary(head) {
			return &Article{Paragraphs: []string{}, Quotes: []Quote{}, Entities: []Entity{}},
				fmt.Errorf("%w: binary data", ErrNotArticle)
		}
	}
	if format == FormatText {
		return p.ParseText(decodeText(data))
	}
	src := decodeHTML(data, p.ContentType)
	maxNodes := min(treeNodeFactor*int(p.limit(int64(p.MaxNodes), DefaultMaxNodes)), nodeBase+len(src)/nodeBytes)
	doc, truncated, err := buildTreeLimited(src, maxNodes, deepLimit)
	if errors.Is(err, errTooDeep) {
		// A rule opened more elements past the limit than it leaves
		// room for: build again with a far lower one.
		doc, truncated, err = buildTreeLimited(src, maxNodes, deepLimit/4)
	}
	switch {
	case errors.Is(err, errTooDeep):
		return nil, fmt.Errorf("news: parsing HTML: %w", err)
	case err != nil:
		if doc, err = html.Parse(strings.NewReader(src)); err != nil {
			return nil, fmt.Errorf("news: parsing HTML: %w", err)
		}
	}
	a, err := p.ParseNode(doc)
	if a != nil && truncated {
		a.Truncated = true
	}
	return a, err
}

// sniffLen is how much of the input sniffFormat looks at.
const sniffLen = 4096

// treeNodeFactor is how many nodes the tree may hold for each node
// Parser.MaxNodes lets the stages look at: text and comment nodes count
// too, and only a page built to blow up (formatting elements reopened
// over and over) comes near it.
const treeNodeFactor = 4

// The tree of a page holds at most nodeBase nodes plus one for every
// nodeBytes bytes of it, whatever MaxNodes allows: a node costs about
// 100 bytes, and a page of nothing but tags would otherwise take 25 to 50
// times its size. Real pages spend at least 23 bytes on each node (51 on
// each element), a median of 70 (163); none of the 181 pages of the
// evaluation corpus uses more than 40% of this budget.
const (
	nodeBase  = 4096
	nodeBytes = 16
)

// ParseNode reads an article from an HTML document that is already parsed.
// The tree is not modified.
func (p *Parser) ParseNode(doc *html.Node) (*Article, error) {
	if doc == nil {
		return nil, ErrEmpty
	}
	st := newPageState(p, doc)
	a := &Article{}
	m := st.metadata()
	st.applyMetadata(a, m)
	a.Paragraphs = st.body(a)
	return p.finish(a)
}

// ParseText reads an article from plain text, such as a page's text copied
// from a browser: navigation words, headline, standfirst, byline, then
// paragraphs separated by blank lines, then footer words.
func (p *Parser) ParseText(s string) (*Article, error) {
	if strings.TrimSpace(s) == "" {
		return nil, ErrEmpty
	}
	a := parsePlainText(s, p)
	return p.finish(a)
}

// finish runs the stages that work on text alone: entities, then quotes,
// which use the entities to name speakers.
func (p *Parser) finish(a *Article) (*Article, error) {
	if a.Paragraphs == nil {
		a.Paragraphs = []string{}
	}
	var truncated bool
	a.Entities, truncated = entitiesOf(a.Headline, a.Description, a.Paragraphs)
	a.Truncated = a.Truncated || truncated
	a.Quotes, truncated = quotesOf(a.Headline, a.Description, a.Paragraphs, a.Entities)
	a.Truncated = a.Truncated || truncated
	if a.Entities == nil {
		a.Entities = []Entity{}
	}
	if a.Quotes == nil {
		a.Quotes = []Quote{}
	}
	if len(a.Paragraphs) == 0 {
		return a, ErrNotArticle
	}
	return a, nil
}

func (p *Parser) limit(v, def int64) int64 {
	if v > 0 {
		return v
	}
	return def
}
