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
//
// Two kinds of page text need more than names and weights. A section
// that opens with a "You may also like" heading is furniture however much
// text its teasers hold (bodysections.go). And the site's own additions
// inside the article (calls to subscribe, a press release's "About Acme"
// after a rule, the footer's contact line) are cut from the paragraphs
// (bodytail.go).

// A block is a run of text a reader sees as one paragraph.
type block struct {
	text     string
	depth    int       // the owner's depth
	runes    int       // length in characters
	eff      int       // effective length: effectiveLen of text
	linkLen  int       // characters inside links
	boilerAt int       // depth of the nearest furniture ancestor, or -1
	weight   float64   // contribution to its containers' scores
	tag      atom.Atom // the owning block element
	shared   bool      // text is a slice of the page's: copy it to keep it
	listItem bool
	linkLead bool // its text starts inside a link
	quote    bool // inside a blockquote
	related  bool // a heading that names a section of other articles
	rule     bool // an <hr> comes right before it
	level    int8 // 1 to 6 inside a heading <h1> to <h6>, else 0
}

// heading reports a block inside a heading element.
func (b *block) heading() bool { return b.level > 0 }

// bodyElement is an element seen by the walk, with the range of blocks
// inside it.
type bodyElement struct {
	n          *html.Node
	depth      int
	first, end int // its blocks are blocks[first:end]
	kind       int // plainElement, furniture or articleBody; set when it holds blocks
	byTag      bool
	byHeading  bool // furniture because its heading names other articles
	owner      bool // text inside belongs to this element's own block
}

// bodyWalker holds the state of the body walk.
type bodyWalker struct {
	maxDepth, maxNodes, maxText int
	nodes                       int
	truncated                   bool

	blocks []block
	elems  []bodyElement // in document order (pre-order)
	stack  []int         // indexes in elems of the open elements
	cur    textBuilder   // the open block's text
	curLen int           // its runes
	link   int           // characters inside links so far in the open block
	inLink int           // nesting of <a>
	brRun  int           // consecutive <br> in the open block
	lead   bool          // the open block starts inside a link
	rule   bool          // an <hr> since the last block
	edge   bool          // an inline element opened or closed since the last text
}

// minArticleLen is the least text, in characters, that makes an article.
const minArticleLen = 150

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
		maxDepth: int(st.p.limit(int64(st.p.MaxDepth), DefaultMaxDepth)),
		maxNodes: int(st.p.limit(int64(st.p.MaxNodes), DefaultMaxNodes)),
		maxText:  int(st.p.limit(int64(st.p.MaxTextLen), DefaultMaxTextLen)),
		// The page walk counted the elements: most are in the body.
		elems: make([]bodyElement, 0, st.elements),
		stack: make([]int, 0, 64),
	}
	w.cur.share = true
	if st.elements > presizeBlocks {
		// Each block holds a text node or more: on a large page, room
		// for them all costs less than growing the slice as they come.
		w.blocks = make([]block, 0, min(countTexts(root), 2*st.elements+1))
	}
	w.run(root)
	if w.truncated {
		a.Truncated = true
	}
	best := w.container()
	if best == nil || best.end <= best.first {
		return nil
	}
	first, end := w.extend(best)
	paras, length := selectParagraphs(w.blocks[first:end], best.depth, a)
	if length < minArticleLen {
		return nil // a line or two of teaser is not an article
	}
	maxParas := int(st.p.limit(int64(st.p.MaxParagraphs), DefaultMaxParagraphs))
	if len(paras) > maxParas {
		paras = paras[:maxParas]
		a.Truncated = true
	}
	return paras
}

// presizeBlocks is the number of elements past which the body walk
// makes room for its blocks at once.
const presizeBlocks = 4096

// countTexts returns the number of text nodes under root.
func countTexts(root *html.Node) int {
	count := 0
	for n := root; n != nil; {
		if n.Type == html.TextNode {
			count++
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	return count
}

// container chooses the element that holds the article: the one whose
// blocks weigh most, good text for and furniture and links against. An
// element named as the article body wins when it holds most of what the
// best one holds.
func (w *bodyWalker) container() *bodyElement {
	w.markFurniture()
	// Prefix sums of good and bad weight over the blocks.
	good := make([]float64, len(w.blocks)+1)
	bad := make([]float64, len(w.blocks)+1)
	for i := range w.blocks {
		wt := blockWeight(&w.blocks[i])
		w.blocks[i].weight = wt
		good[i+1], bad[i+1] = good[i], bad[i]
		if wt > 0 {
			good[i+1] += wt
		} else {
			bad[i+1] -= wt
		}
	}
	var best, hint *bodyElement
	bestScore, hintScore := 0.0, 0.0
	for i := range w.elems {
		e := &w.elems[i]
		if e.end <= e.first {
			continue
		}
		score := good[e.end] - good[e.first] - badWeight*(bad[e.end]-bad[e.first])
		if best == nil || score > bestScore || score == bestScore && e.depth > best.depth {
			best, bestScore = e, score
		}
		if e.kind == articleBody && (hint == nil || score > hintScore) {
			hint, hintScore = e, score
		}
	}
	if hint != nil && hintScore >= 0.5*bestScore && hintScore > 0 {
		return hint
	}
	return best
}

// extend widens the container's range of blocks to the prose that
// follows it, outside furniture, in sibling elements: text continued after
// a break.
func (w *bodyWalker) extend(c *bodyElement) (first, end int) {
	first, end = c.first, c.end
	fits := func(b *block) bool {
		return b.boilerAt < 0 && b.depth >= c.depth && isProse(b)
	}
	for end < len(w.blocks) && fits(&w.blocks[end]) {
		end++
	}
	return first, end
}

// markFurniture sets each block's boilerAt, the depth of its nearest
// furniture ancestor. An element named like furniture that holds most of
// the page's prose is a misnamed wrapper and does not count.
func (w *bodyWalker) markFurniture() {
	raw := make([]int, len(w.blocks)+1)
	for i := range w.blocks {
		raw[i+1] = raw[i] + proseLen(&w.blocks[i])
	}
	total := raw[len(w.blocks)]
	w.markRelatedSections()
	for i := range w.elems {
		e := &w.elems[i]
		if e.kind == furniture && !e.byTag && !e.byHeading && total > 0 && 2*(raw[e.end]-raw[e.first]) >= total && !strongFurniture(e.n) {
			e.kind = plainElement
		}
	}
	// Sweep blocks and elements together; the open elements of block i
	// are its ancestors.
	type open struct{ end, furnAt int }
	var stack []open
	j := 0
	for i := range w.blocks {
		for len(stack) > 0 && stack[len(stack)-1].end <= i {
			stack = stack[:len(stack)-1]
		}
		for j < len(w.elems) && w.elems[j].first <= i {
			e := &w.elems[j]
			j++
			if e.end <= i {
				continue
			}
			for len(stack) > 0 && stack[len(stack)-1].end <= e.first {
				stack = stack[:len(stack)-1]
			}
			at := -1
			if len(stack) > 0 {
				at = stack[len(stack)-1].furnAt
			}
			switch e.kind {
			case furniture:
				at = e.depth
			case articleBody:
				if strongBody(e.n) {
					at = -1 // what marks itself as the article body is not furniture
				}
			}
			stack = append(stack, open{e.end, at})
		}
		w.blocks[i].boilerAt = -1
		if len(stack) > 0 {
			w.blocks[i].boilerAt = stack[len(stack)-1].furnAt
		}
	}
}

// proseLen is the length a block counts for as prose, whatever its
// ancestors are named.
func proseLen(b *block) int {
	if isProse(b) {
		return b.eff
	}
	return 0
}

// isProse reports a block that reads as article text by itself: a long
// run of text, or a sentence, with few of its words in links. Long
// sentences may link more of their words, as encyclopedic prose does.
func isProse(b *block) bool {
	if b.heading() || b.runes < 100 && bylineLike(b.text) {
		return false
	}
	n := b.eff
	ld := float64(b.linkLen) / float64(max(b.runes, 1))
	switch {
	case ld <= 0.3:
		return n >= 60 || n >= 30 && endsSentence(b.text)
	case ld <= 0.6:
		return n >= 150 && endsSentence(b.text)
	case ld <= 0.75:
		// Links that carry more than their visible words (hover cards)
		// around a sentence of plain text.
		return b.runes-b.linkLen >= 100 && endsSentence(b.text)
	}
	return false
}

// strongBody reports an element marked up as the article body with
// schema.org's itemprop, which outweighs furniture names around it.
func strongBody(n *html.Node) bool {
	return strings.Contains(strings.ToLower(attr(n, "itemprop")), "articlebody")
}

// strongFurniture reports elements whose names mark furniture for sure,
// however much text they hold (comment threads can outweigh the article).
func strongFurniture(n *html.Node) bool {
	ci := classID(n)
	return strings.Contains(ci, "comment") || strings.Contains(ci, "disqus")
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
	if skippedElement(n) || hidden(n) || hiddenClass(n) {
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
	case atom.Img, atom.Input, atom.Wbr:
		return false
	case atom.Hr:
		w.flush()
		w.rule = true
		return false
	}
	w.enter(n)
	return true
}

// enter opens an element.
func (w *bodyWalker) enter(n *html.Node) {
	owner := ownsText(n)
	if owner {
		w.flush()
	} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.cur.space = true
	}
	w.edge = w.edge || !owner
	e := bodyElement{n: n, depth: len(w.stack), first: len(w.blocks), owner: owner}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Figcaption, atom.Menu, atom.Dialog, atom.Header:
		e.byTag = true
	}
	if n.DataAtom == atom.A {
		w.inLink++
	}
	w.stack = append(w.stack, len(w.elems))
	w.elems = append(w.elems, e)
}

// leave closes an element: its text becomes a block if it owns one.
func (w *bodyWalker) leave(n *html.Node) {
	if w.elems[w.stack[len(w.stack)-1]].owner {
		w.flush()
	} else {
		w.edge = true
	}
	if n.DataAtom == atom.A && w.inLink > 0 {
		w.inLink--
	}
	top := w.stack[len(w.stack)-1]
	w.stack = w.stack[:len(w.stack)-1]
	e := &w.elems[top]
	e.end = len(w.blocks)
	if e.end > e.first {
		// Only elements that hold blocks are weighed: the names of the
		// others (inline and empty elements) need not be read.
		e.kind = furnitureKind(n)
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
	if w.edge && !w.cur.space && !w.cur.empty() {
		next, _ := utf8.DecodeRuneInString(s)
		w.cur.space = scriptBreak(w.cur.lastRune(), next)
	}
	before := w.cur.runes
	w.cur.write(s)
	n := w.cur.runes - before
	if n == 0 {
		return
	}
	w.brRun, w.edge = 0, false
	w.curLen += n
	if w.inLink > 0 {
		if w.curLen == n {
			w.lead = true
		}
		w.link += n
	}
}

// flush closes the open block and records it under the nearest block
// element.
func (w *bodyWalker) flush() {
	text, shared := w.cur.String(), w.cur.shared != ""
	runes, link, lead := w.curLen, w.link, w.lead
	w.cur.reset()
	w.curLen, w.link, w.brRun, w.lead = 0, 0, 0, false
	if text == "" || len(w.stack) == 0 {
		return
	}
	oi := len(w.stack) - 1
	for oi > 0 && !w.elems[w.stack[oi]].owner {
		oi--
	}
	owner := &w.elems[w.stack[oi]]
	b := block{text: text, tag: owner.n.DataAtom, depth: owner.depth, runes: runes, eff: effectiveLen(text, runes), linkLen: link, linkLead: lead, rule: w.rule, shared: shared}
	w.rule = false
	for i := oi; i >= 0 && i >= oi-3; i-- {
		switch a := w.elems[w.stack[i]].n.DataAtom; a {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			b.level = headingLevel(a)
		case atom.Li, atom.Dd:
			b.listItem = true
		case atom.Blockquote:
			b.quote = true
		}
	}
	if b.heading() {
		b.related = w.relatedHeading(oi, text)
	}
	w.blocks = append(w.blocks, b)
}

// ownsText reports whether text inside n belongs to n as one block.
// The cells of a data table are not blocks of their own: a row of short
// cells reads as one line, so the row owns their text.
func ownsText(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return true
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		return !simpleCell(n)
	}
	return isBlock(n)
}

// simpleCell reports a table cell holding only inline content.
func simpleCell(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) {
			return false
		}
	}
	return true
}

// blockWeight scores a block for container selection: article text
// counts for, furniture and link text against, short text not at all.
func blockWeight(b *block) float64 {
	ld := float64(b.linkLen) / float64(max(b.runes, 1))
	n := float64(b.eff)
	switch {
	case b.boilerAt >= 0:
		return -n
	case teaser(b):
		return 0
	case isProse(b):
		return n * (1 - ld)
	case ld > 0.5:
		return -n * ld
	}
	return 0
}

// teaser reports a list item that starts with a link and goes on with
// text: the title and summary of another article.
func teaser(b *block) bool {
	return b.listItem && b.linkLead && b.linkLen >= 15 && b.linkLen*10 >= b.runes
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

// scriptBreak reports two characters on either side of an inline element's
// edge that a space should part: Japanese or Chinese on one side, a Latin
// letter or digit on the other ("アプリ<a>Kindle</a>に"), as typesetters
// space the two scripts and as a reader sees a link set apart.
func scriptBreak(a, b rune) bool {
	ca, cb := ideograph(a), ideograph(b)
	return ca && !cb && alnumRune(b) || cb && !ca && alnumRune(a)
}

// ideograph reports Han, Hiragana and Katakana characters.
func ideograph(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// alnumRune reports a letter or digit.
func alnumRune(r rune) bool {
	return r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
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
