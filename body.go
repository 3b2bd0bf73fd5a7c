package news

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The body stage finds the article's own paragraphs in the page.
//
// One walk over the DOM cuts the visible text into blocks: the runs of
// inline text between block-level tags, each owned by the nearest block
// element (a <p>, an <li>, a <div> holding text directly). Each block is
// weighed by its length and link density and by whether an ancestor is named
// or tagged as page furniture (navigation, share bars, related links,
// captions, comments...). As each element closes, the walk knows the good
// and the bad text inside it; the article is the element with the most good
// text for the least bad (a maximum-weight subtree). Its blocks, less the
// furniture inside it and the link lists, short leftovers and repeats of
// the headline, are the paragraphs.

// A block is a run of text a reader sees as one paragraph.
type block struct {
	text     string
	tag      atom.Atom // the owning block element
	depth    int       // the owner's depth
	runes    int       // length in characters
	linkLen  int       // characters inside links
	boilerAt int       // depth of the nearest furniture ancestor, or -1
	weight   float64   // contribution to its containers' scores
	heading  bool
	listItem bool
	quote    bool // inside a blockquote
}

// bodyFrame is one open element during the walk.
type bodyFrame struct {
	n        *html.Node
	depth    int
	first    int     // index of its first block
	good     float64 // weight of good text inside
	bad      float64 // weight of bad text inside
	boilerAt int     // depth of the nearest furniture ancestor or self, or -1
	content  bool    // named or tagged as the article body
	owner    bool    // a block element: owns the text inside it
}

// bodyWalker holds the state of the body walk.
type bodyWalker struct {
	maxDepth, maxNodes, maxText int
	nodes                       int
	truncated                   bool

	blocks []block
	stack  []bodyFrame
	cur    textBuilder // the open block's text
	curLen int         // its runes
	link   int         // characters inside links so far in the open block
	inLink int         // nesting of <a>
	brRun  int         // consecutive <br> in the open block

	best      bodyFrame // the best container so far
	bestEnd   int       // index past its last block
	bestScore float64
	hint      bodyFrame // the best container named as the article body
	hintEnd   int
	hintScore float64
}

// badWeight is how much a character of furniture or link text costs a
// container, against one character of article text.
const badWeight = 1.0

// body returns the article's paragraphs.
func (st *pageState) body(a *Article) []string {
	root := st.bodyNode
	if root == nil {
		root = st.doc
	}
	w := &bodyWalker{
		maxDepth:  int(st.p.limit(int64(st.p.MaxDepth), DefaultMaxDepth)),
		maxNodes:  int(st.p.limit(int64(st.p.MaxNodes), DefaultMaxNodes)),
		maxText:   int(st.p.limit(int64(st.p.MaxTextLen), DefaultMaxTextLen)),
		bestScore: -1,
		hintScore: -1,
	}
	w.run(root)
	if w.truncated {
		a.Truncated = true
	}
	first, end, depth := w.best.first, w.bestEnd, w.best.depth
	// A container named as the article body wins when it holds most of
	// what the best one holds.
	if w.hint.n != nil && w.hintScore >= 0.6*w.bestScore {
		first, end, depth = w.hint.first, w.hintEnd, w.hint.depth
	}
	if end <= first {
		return nil
	}
	paras := selectParagraphs(w.blocks[first:end], depth, a)
	maxParas := int(st.p.limit(int64(st.p.MaxParagraphs), DefaultMaxParagraphs))
	if len(paras) > maxParas {
		paras = paras[:maxParas]
		a.Truncated = true
	}
	return paras
}

// run walks the tree under root, with explicit enter and leave events so
// that it needs no recursion.
func (w *bodyWalker) run(root *html.Node) {
	w.enter(root)
	n := root.FirstChild
	for n != nil {
		descend := w.visit(n)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if n.Type == html.ElementNode && descend {
			w.leave(n)
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			if n == root {
				break
			}
			w.leave(n)
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	w.leave(root)
}

// visit handles a node on the way down; it reports whether the walk
// should enter the node (elements only).
func (w *bodyWalker) visit(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return false
	case html.ElementNode:
	default:
		return false
	}
	w.nodes++
	if w.nodes > w.maxNodes || len(w.stack) >= w.maxDepth {
		w.truncated = true
		return false
	}
	if skippedElement(n) || hidden(n) {
		return false
	}
	switch n.DataAtom {
	case atom.Br:
		w.brRun++
		if w.brRun >= 2 {
			w.flush()
		} else {
			w.cur.space = true
		}
		return false
	case atom.Img, atom.Hr, atom.Input, atom.Wbr:
		if n.DataAtom == atom.Hr {
			w.flush()
		}
		return false
	}
	w.enter(n)
	return true
}

// enter opens an element.
func (w *bodyWalker) enter(n *html.Node) {
	f := bodyFrame{n: n, depth: len(w.stack), boilerAt: -1}
	if len(w.stack) > 0 {
		f.boilerAt = w.stack[len(w.stack)-1].boilerAt
	}
	f.owner = n.Type != html.ElementNode || isBlock(n)
	if f.owner {
		w.flush()
	}
	f.first = len(w.blocks)
	kind := furnitureKind(n)
	if kind == furniture {
		f.boilerAt = f.depth
	}
	f.content = kind == articleBody
	if n.DataAtom == atom.A {
		w.inLink++
	}
	w.stack = append(w.stack, f)
}

// leave closes an element: its text becomes a block if it owns one, its
// totals pass to its parent, and it is scored as a container.
func (w *bodyWalker) leave(n *html.Node) {
	if w.stack[len(w.stack)-1].owner {
		w.flush()
	}
	f := w.stack[len(w.stack)-1]
	if n.DataAtom == atom.A && w.inLink > 0 {
		w.inLink--
	}
	w.stack = w.stack[:len(w.stack)-1]
	// Blocks flushed by this element were counted when flushed.
	score := f.good - badWeight*f.bad
	if score > w.bestScore {
		w.best, w.bestEnd, w.bestScore = f, len(w.blocks), score
	}
	if f.content && score > w.hintScore {
		w.hint, w.hintEnd, w.hintScore = f, len(w.blocks), score
	}
	if len(w.stack) > 0 {
		p := &w.stack[len(w.stack)-1]
		p.good += f.good
		p.bad += f.bad
	}
}

// text adds a text node to the open block.
func (w *bodyWalker) text(s string) {
	if w.curLen >= w.maxText {
		w.truncated = true
		return
	}
	if len(s) > w.maxText {
		s = truncate(s, w.maxText)
	}
	before := w.cur.buf.Len()
	w.cur.write(s)
	added := w.cur.buf.Len() - before
	if added == 0 {
		return
	}
	w.brRun = 0
	n := utf8.RuneCountInString(w.cur.buf.String()[before:])
	w.curLen += n
	if w.inLink > 0 {
		w.link += n
	}
}

// flush closes the open block and records it under the nearest owning
// element.
func (w *bodyWalker) flush() {
	text := w.cur.String()
	runes, link := w.curLen, w.link
	w.cur = textBuilder{}
	w.curLen, w.link, w.brRun = 0, 0, 0
	if text == "" || len(w.stack) == 0 {
		return
	}
	// The owner is the nearest block element on the stack.
	oi := len(w.stack) - 1
	for oi > 0 && !w.stack[oi].owner {
		oi--
	}
	owner := &w.stack[oi]
	b := block{text: text, tag: owner.n.DataAtom, depth: owner.depth, runes: runes, linkLen: link, boilerAt: w.stack[len(w.stack)-1].boilerAt}
	for i := oi; i >= 0 && i >= oi-3; i-- {
		switch w.stack[i].n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			b.heading = true
		case atom.Li, atom.Dd:
			b.listItem = true
		case atom.Blockquote:
			b.quote = true
		}
	}
	b.weight = blockWeight(&b)
	if b.weight > 0 {
		owner.good += b.weight
	} else {
		owner.bad -= b.weight
	}
	w.blocks = append(w.blocks, b)
}

// blockWeight scores a block for container selection: article text
// counts for, furniture and link text against, short text not at all.
func blockWeight(b *block) float64 {
	ld := float64(b.linkLen) / float64(max(b.runes, 1))
	n := float64(effectiveLen(b.text, b.runes))
	switch {
	case b.boilerAt >= 0:
		return -n
	case ld > 0.5:
		return -n * ld
	case b.heading:
		return 0
	case n >= 60 || n >= 30 && endsSentence(b.text):
		return n * (1 - ld)
	}
	return 0
}

// effectiveLen counts characters, with ideographs counting three times:
// one carries about a word.
func effectiveLen(s string, runes int) int {
	if len(s) == runes {
		return runes
	}
	n := 0
	for _, r := range s {
		if r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)) {
			n += 3
		} else {
			n++
		}
	}
	return n
}

// endsSentence reports whether s ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', ':', '…', '。', '！', '？', ';':
		return true
	}
	return false
}
