package news

import (
	"errors"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The tree builder turns the lexer's tokens into the same *html.Node tree
// golang.org/x/net/html.Parse builds, following the WHATWG tree
// construction rules: implied html, head and body elements, paragraphs and
// list items closed by what follows them, tables with their implied row
// groups and text moved out of them, formatting elements reopened after a
// block closes them (the adoption agency), raw text elements, SVG and
// MathML. It is several times faster than html.Parse: the page is not
// copied, nodes are allocated in slabs, and text is sliced from the page.

// errTooDeep is returned when more elements are open at once than
// html.Parse accepts; the caller flattens the page and tries again.
var errTooDeep = errors.New("news: elements nested too deep")

// maxOpenElements is the most elements open at once, as html.Parse allows.
const maxOpenElements = 512

// insertionMode is a state of tree construction.
type insertionMode uint8

// The insertion modes.
const (
	modeInitial insertionMode = iota
	modeBeforeHTML
	modeBeforeHead
	modeInHead
	modeAfterHead
	modeInBody
	modeText
	modeInTable
	modeInCaption
	modeInColumnGroup
	modeInTableBody
	modeInRow
	modeInCell
	modeInTemplate
	modeAfterBody
	modeInFrameset
	modeAfterFrameset
	modeAfterAfterBody
	modeAfterAfterFrameset
	modeIgnoreRest
)

// eofTok is the kind of the token that ends the input.
const eofTok tokenKind = 0

// treeBuilder holds the state of tree construction.
type treeBuilder struct {
	lx         *lexer
	doc        *html.Node
	head, form *html.Node
	oe         []*html.Node // open elements
	afe        []*html.Node // active formatting elements; nil is a marker
	templates  []insertionMode
	mode, orig insertionMode
	quirks     bool
	framesetOK bool
	foster     bool // insert in table context with foster parenting
	err        error

	nodes    []html.Node      // slab for new nodes
	attrs    []html.Attribute // slab for attributes
	merged   map[*html.Node][]byte
	count    int // nodes made
	maxNodes int
	capped   bool // maxNodes reached: the rest of the page is dropped

	deep deepTags // start tags dropped past the nesting limit, if any
}

// errTreeBuilder is returned when the tree builder fails on a page; the
// caller falls back to html.Parse.
var errTreeBuilder = errors.New("news: tree builder failed")

// buildTree parses a page into a tree like html.Parse does. It stops
// making nodes past maxNodes (reporting capped) and fails with errTooDeep
// past maxOpenElements open elements.
func buildTree(src string, maxNodes int) (doc *html.Node, capped bool, err error) {
	return buildTreeLimited(src, maxNodes, 0)
}

// buildTreeLimited is buildTree with a nesting limit: when depth is not
// zero, a start tag that would open an element with depth elements already
// open is dropped with its end tag, and its content goes to the element
// above (see deepTags), so that a page nested deeper than html.Parse
// accepts is read in one pass. It reports truncated when it dropped tags
// or stopped at maxNodes. Pages nested less deeply get html.Parse's tree.
func buildTreeLimited(src string, maxNodes, depth int) (doc *html.Node, truncated bool, err error) {
	defer func() {
		// The rules are many: should one of them meet a state it does
		// not expect, the page is parsed by html.Parse instead.
		if recover() != nil {
			doc, truncated, err = nil, false, errTreeBuilder
		}
	}()
	b := &treeBuilder{lx: newLexer(src), framesetOK: true, maxNodes: maxNodes}
	b.deep.limit = depth
	b.doc = b.newNode(html.DocumentNode, 0, "")
	for b.err == nil && !b.capped {
		b.lx.cdata = b.top().Namespace != ""
		if !b.lx.next() {
			break
		}
		if depth > 0 && b.dropDeep(&b.lx.tok) {
			continue
		}
		b.process(&b.lx.tok) // the rules may rewrite the token: it is read once
	}
	if b.err == nil && !b.capped {
		b.process(&htmlToken{kind: eofTok})
	}
	for n, text := range b.merged {
		n.Data = string(text)
	}
	return b.doc, b.capped || b.deep.any, b.err
}

// A page nested deeper than a browser would ever show is an attack or a
// broken generator. Rather than refuse it, as html.Parse does, or parse it
// twice, the tree builder flattens what lies past the limit as it goes:
// deeper start tags are dropped along with their end tags, and their
// content joins the element above. The elements that never stay open
// (void elements) and those whose content is raw text (script, style,
// title, textarea) are kept, so that no script becomes text. A dropped
// block becomes one paragraph break, however many blocks are dropped in a
// row, so the flattened page costs no more nodes than its text does.

// deepLimit is the most elements open at once in the trees Parse builds,
// below maxOpenElements by enough for the elements a rule may imply or
// reopen past it.
const deepLimit = maxOpenElements - 32

// maxDroppedNames bounds the distinct names of dropped tags whose end
// tags are looked for; past it, the end tag of a new name is read as it
// stands.
const maxDroppedNames = 64

// deepTags is the state of flattening past the nesting limit.
type deepTags struct {
	limit   int            // most open elements; 0 for no limit
	dropped map[string]int // dropped start tags by name, awaiting their end tags
	any     bool           // some tag was dropped
	broken  bool           // a paragraph break ends the content so far
}

// dropDeep drops t when it is a start tag past the nesting limit or the
// end tag of one, and reports whether it did.
func (b *treeBuilder) dropDeep(t *htmlToken) bool {
	d := &b.deep
	switch {
	case t.kind == startTok && len(b.oe) >= d.limit && !keptDeep(t, b.top().Namespace != ""):
		if n := d.dropped[t.name]; n > 0 || len(d.dropped) < maxDroppedNames {
			if d.dropped == nil {
				d.dropped = map[string]int{}
			}
			d.dropped[t.name] = n + 1
		}
		d.any = true
		b.deepBreak(t.atom)
		return true
	case t.kind == endTok && d.dropped[t.name] > 0:
		if d.dropped[t.name]--; d.dropped[t.name] == 0 {
			delete(d.dropped, t.name)
		}
		b.deepBreak(t.atom)
		return true
	}
	if d.broken && t.kind != commentTok && (t.kind != textTok || !isWhitespace(t.data)) {
		d.broken = false // content follows the break
	}
	return false
}

// keptDeep reports the start tags kept past the nesting limit. In SVG and
// MathML, whose text is never read, those that close at once. In HTML,
// those of void elements, of raw text elements, and html, head and body,
// whose attributes merge into the open ones.
func keptDeep(t *htmlToken, foreign bool) bool {
	if foreign {
		return t.selfClosing
	}
	if rawTextElement(t.atom) {
		return true
	}
	switch t.atom {
	case atom.Area, atom.Base, atom.Basefont, atom.Bgsound, atom.Br, atom.Col, atom.Embed,
		atom.Frame, atom.Hr, atom.Image, atom.Img, atom.Input, atom.Keygen, atom.Link,
		atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Html, atom.Head, atom.Body:
		return true
	}
	return false
}

// deepBreak inserts a paragraph break for a dropped block tag, unless one
// ends the content already or the current node is foreign.
func (b *treeBuilder) deepBreak(a atom.Atom) {
	if b.deep.broken || !breakingTag(a) || b.top().Namespace != "" {
		return
	}
	b.deep.broken = true
	for range 2 {
		b.implied(startTok, atom.Br)
	}
}

// breakingTag reports the block elements whose dropped tags make a
// paragraph break.
func breakingTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Tr, atom.Td, atom.Th, atom.Section, atom.Article, atom.Blockquote, atom.Ul,
		atom.Ol, atom.Table, atom.Dd, atom.Dt, atom.Pre, atom.Header, atom.Footer, atom.Aside,
		atom.Main, atom.Figure, atom.Form, atom.Center:
		return true
	}
	return false
}

// process runs a token through the rules until one consumes it.
func (b *treeBuilder) process(t *htmlToken) {
	for guard := 0; guard < 64 && b.err == nil; guard++ {
		if b.inForeignContent(t) {
			if b.foreignToken(t) {
				return
			}
			continue
		}
		if b.dispatch(b.mode, t) {
			return
		}
	}
}

// dispatch applies the rules of an insertion mode; it returns false when
// the token must be processed again.
func (b *treeBuilder) dispatch(m insertionMode, t *htmlToken) bool {
	switch m {
	case modeInitial:
		return b.initialMode(t)
	case modeBeforeHTML:
		return b.beforeHTMLMode(t)
	case modeBeforeHead:
		return b.beforeHeadMode(t)
	case modeInHead:
		return b.inHeadMode(t)
	case modeAfterHead:
		return b.afterHeadMode(t)
	case modeInBody:
		return b.inBodyMode(t)
	case modeText:
		return b.textMode(t)
	case modeInTable:
		return b.inTableMode(t)
	case modeInCaption:
		return b.inCaptionMode(t)
	case modeInColumnGroup:
		return b.inColumnGroupMode(t)
	case modeInTableBody:
		return b.inTableBodyMode(t)
	case modeInRow:
		return b.inRowMode(t)
	case modeInCell:
		return b.inCellMode(t)
	case modeInTemplate:
		return b.inTemplateMode(t)
	case modeAfterBody, modeAfterAfterBody:
		return b.afterBodyMode(t, m == modeAfterAfterBody)
	case modeInFrameset, modeAfterFrameset:
		return b.framesetMode(t, m == modeAfterFrameset)
	case modeAfterAfterFrameset:
		return b.afterAfterFramesetMode(t)
	}
	return true
}

// implied processes a start or end tag the rules imply.
func (b *treeBuilder) implied(kind tokenKind, a atom.Atom) {
	b.process(&htmlToken{kind: kind, atom: a, name: a.String()})
}

// newNode returns a node from the slab.
func (b *treeBuilder) newNode(typ html.NodeType, a atom.Atom, data string) *html.Node {
	if len(b.nodes) == 0 {
		size := 64
		if b.count >= 256 {
			size = 512
		}
		b.nodes = make([]html.Node, size)
	}
	n := &b.nodes[0]
	b.nodes = b.nodes[1:]
	b.count++
	if b.count > b.maxNodes {
		b.capped = true
	}
	n.Type, n.DataAtom, n.Data = typ, a, data
	return n
}

// element makes an element for a start tag, with a copy of its
// attributes.
func (b *treeBuilder) element(t *htmlToken) *html.Node {
	n := b.newNode(html.ElementNode, t.atom, t.name)
	if k := len(t.attrs); k > 0 {
		if len(b.attrs) < k {
			b.attrs = make([]html.Attribute, max(k, 256))
		}
		n.Attr = b.attrs[:k:k]
		b.attrs = b.attrs[k:]
		copy(n.Attr, t.attrs)
	}
	return n
}

// clone copies an element without its children.
func (b *treeBuilder) clone(n *html.Node) *html.Node {
	c := b.newNode(html.ElementNode, n.DataAtom, n.Data)
	c.Namespace = n.Namespace
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	return c
}

// top returns the current node.
func (b *treeBuilder) top() *html.Node {
	if len(b.oe) == 0 {
		return b.doc
	}
	return b.oe[len(b.oe)-1]
}

// topIs reports whether the current node is an HTML element of one of the
// atoms.
func (b *treeBuilder) topIs(as ...atom.Atom) bool {
	n := b.top()
	if n.Type != html.ElementNode || n.Namespace != "" {
		return false
	}
	for _, a := range as {
		if n.DataAtom == a {
			return true
		}
	}
	return false
}

// push opens an element.
func (b *treeBuilder) push(n *html.Node) {
	b.oe = append(b.oe, n)
	if len(b.oe) > maxOpenElements {
		b.err = errTooDeep
	}
}

// pop closes the current element.
func (b *treeBuilder) pop() *html.Node {
	n := b.oe[len(b.oe)-1]
	b.oe = b.oe[:len(b.oe)-1]
	return n
}

// insert adds a node at the insertion point and opens it if it is an
// element.
func (b *treeBuilder) insert(n *html.Node) {
	if b.shouldFoster() {
		b.fosterParent(n)
	} else {
		b.top().AppendChild(n)
	}
	if n.Type == html.ElementNode {
		b.push(n)
	}
}

// insertElement inserts and opens an element for a start tag.
func (b *treeBuilder) insertElement(t *htmlToken) *html.Node {
	n := b.element(t)
	b.insert(n)
	return n
}

// insertVoid inserts an element that is closed at once.
func (b *treeBuilder) insertVoid(t *htmlToken) {
	b.insertElement(t)
	b.pop()
}

// insertComment adds a comment at the insertion point.
func (b *treeBuilder) insertComment(t *htmlToken) {
	b.insert(b.newNode(html.CommentNode, 0, t.data))
}

// rawElement inserts an element whose content is raw text.
func (b *treeBuilder) rawElement(t *htmlToken) {
	b.insertElement(t)
	b.orig, b.mode = b.mode, modeText
}

// shouldFoster reports whether a node inserted now is foster parented.
func (b *treeBuilder) shouldFoster() bool {
	return b.foster && b.topIs(atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr)
}

// fosterParent inserts a node before the table it would go into, or in a
// template opened after that table.
func (b *treeBuilder) fosterParent(n *html.Node) {
	ti, pi := -1, -1
	for i := len(b.oe) - 1; i >= 0; i-- {
		if b.oe[i].DataAtom == atom.Table {
			ti = i
			break
		}
	}
	for i := len(b.oe) - 1; i >= 0; i-- {
		if b.oe[i].DataAtom == atom.Template {
			pi = i
			break
		}
	}
	if pi >= 0 && (ti < 0 || pi > ti) {
		b.oe[pi].AppendChild(n)
		return
	}
	var table, parent, prev *html.Node
	if ti >= 0 {
		table = b.oe[ti]
		parent = table.Parent
		if parent == nil {
			parent = b.oe[ti-1]
		}
		prev = table.PrevSibling
	} else {
		parent = b.oe[0]
		prev = parent.LastChild
	}
	if prev != nil && prev.Type == html.TextNode && n.Type == html.TextNode {
		b.appendText(prev, n.Data)
		return
	}
	if table != nil && table.Parent != parent {
		table = nil
	}
	parent.InsertBefore(n, table)
}

// addText inserts text, joining it to a text node just before it.
func (b *treeBuilder) addText(s string) {
	if s == "" {
		return
	}
	if b.shouldFoster() {
		b.fosterParent(b.newNode(html.TextNode, 0, s))
		return
	}
	if last := b.top().LastChild; last != nil && last.Type == html.TextNode {
		b.appendText(last, s)
		return
	}
	b.top().AppendChild(b.newNode(html.TextNode, 0, s))
}

// appendText adds s to a text node, in a buffer so that many pieces cost
// linear time; the buffers become the nodes' data at the end.
func (b *treeBuilder) appendText(n *html.Node, s string) {
	if b.merged == nil {
		b.merged = map[*html.Node][]byte{}
	}
	buf, ok := b.merged[n]
	if !ok {
		buf = append(make([]byte, 0, len(n.Data)+len(s)), n.Data...)
	}
	b.merged[n] = append(buf, s...)
}

// copyAttrs adds the attributes of a start tag that n lacks.
func copyAttrs(n *html.Node, t *htmlToken) {
	if len(t.attrs) > 16 || len(n.Attr) > 16 {
		// Long lists: test names through a set, in linear time.
		have := make(map[string]bool, len(n.Attr)+len(t.attrs))
		for _, a := range n.Attr {
			have[a.Key] = true
		}
		for _, a := range t.attrs {
			if !have[a.Key] {
				have[a.Key] = true
				n.Attr = append(n.Attr, a)
			}
		}
		return
	}
	for _, a := range t.attrs {
		found := false
		for _, o := range n.Attr {
			if o.Key == a.Key {
				found = true
				break
			}
		}
		if !found {
			n.Attr = append(n.Attr, a)
		}
	}
}

// hasOpen reports whether an HTML element of atom a is open.
func (b *treeBuilder) hasOpen(a atom.Atom) bool {
	for _, n := range b.oe {
		if n.DataAtom == a && n.Namespace == "" {
			return true
		}
	}
	return false
}

// removeOpen removes n from the open elements.
func (b *treeBuilder) removeOpen(n *html.Node) {
	if i := indexNode(b.oe, n); i >= 0 {
		b.oe = append(b.oe[:i], b.oe[i+1:]...)
	}
}

// indexNode returns the last index of n in list, or -1.
func indexNode(list []*html.Node, n *html.Node) int {
	for i := len(list) - 1; i >= 0; i-- {
		if list[i] == n {
			return i
		}
	}
	return -1
}

// removeNode removes the last n from list.
func removeNode(list []*html.Node, n *html.Node) []*html.Node {
	if i := indexNode(list, n); i >= 0 {
		return append(list[:i], list[i+1:]...)
	}
	return list
}

// detach removes n from its parent, if it has one.
func detach(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// isWhitespace reports text of HTML white space only.
func isWhitespace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHTMLSpace(s[i]) {
			return false
		}
	}
	return true
}

// trimLeadingSpace returns s without its leading HTML white space, and
// that white space.
func trimLeadingSpace(s string) (rest, space string) {
	i := 0
	for i < len(s) && isHTMLSpace(s[i]) {
		i++
	}
	return s[i:], s[:i]
}

// spaceOnly keeps the HTML white space of s.
func spaceOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && isHTMLSpace(byte(r)) {
			return r
		}
		return -1
	}, s)
}
