package news

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key (lower case), or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// skippedElement reports whether the content of an element is never text a
// reader sees.
func skippedElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg,
		atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
		atom.Select, atom.Option, atom.Textarea, atom.Button, atom.Head,
		atom.Title, atom.Audio, atom.Video, atom.Picture, atom.Map:
		return true
	}
	switch n.Data {
	case "amp-analytics", "amp-ad", "amp-state", "amp-script", "amp-sidebar":
		return true
	}
	return false
}

// hidden reports whether an element is hidden from readers by its
// attributes.
func hidden(n *html.Node) bool {
	aria, style := false, false // the first of each counts, as attr reads it
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch {
		case a.Key == "hidden":
			return true
		case a.Key == "aria-hidden" && !aria:
			aria = true
			if strings.EqualFold(a.Val, "true") && n.DataAtom != atom.Span && n.DataAtom != atom.I {
				return true
			}
		case a.Key == "style" && !style:
			style = true
			if hiddenStyle(a.Val) {
				return true
			}
		case a.Key == "class" && n.DataAtom != atom.A && popupClass(a.Val):
			return true
		}
	}
	return false
}

// popupClass reports class names of content shown only on hover (on
// "rollover"): tooltips, popovers and hover cards that sit inside the text
// they annotate. Links themselves are never taken for them.
func popupClass(c string) bool {
	// Every name looked for holds "tip" or "ver" (in lower case,
	// capitalized or in capitals): most class lists hold neither and need
	// no closer look.
	if !strings.Contains(c, "ip") && !strings.Contains(c, "IP") && !strings.Contains(c, "ver") &&
		!strings.Contains(c, "Ver") && !strings.Contains(c, "VER") {
		return false
	}
	for c != "" {
		var w string
		w, c = nextClassName(c)
		l := lowerASCII(w)
		if strings.Contains(l, "tooltip") || strings.Contains(l, "popover") || strings.Contains(l, "hovercard") ||
			strings.Contains(l, "hover-card") || strings.HasPrefix(l, "rollover") {
			return true
		}
	}
	return false
}

// nextClassName splits the first space-separated name off a class list.
func nextClassName(s string) (name, rest string) {
	s = strings.TrimLeft(s, " \t\n\r\f")
	i := strings.IndexAny(s, " \t\n\r\f")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// hiddenStyle reports an inline style that hides the element: one that
// holds "display:none" or "visibility:hidden" in any case once its spaces
// are removed.
func hiddenStyle(s string) bool {
	if !isASCII(s) {
		// Two letters outside ASCII lower-case to ASCII ones ("İ" to
		// "i"): take the long way.
		s = strings.ReplaceAll(strings.ToLower(s), " ", "")
		return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
	}
	return containsFoldNoSpace(s, "display:none") || containsFoldNoSpace(s, "visibility:hidden")
}

// containsFoldNoSpace reports whether s, lower-cased and without its
// spaces, contains pat (lower-case ASCII). Each try reads at most len(pat)
// bytes that are not spaces, so the cost is linear.
func containsFoldNoSpace(s, pat string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != pat[0] {
			continue
		}
		j, k := i, 0
		for k < len(pat) {
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j >= len(s) || lowerByte(s[j]) != pat[k] {
				break
			}
			j++
			k++
		}
		if k == len(pat) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the ASCII text w (lower
// case), in any case.
func hasPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte(s[i]) != w[i] {
			return false
		}
	}
	return true
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// textContent returns the text of n and its descendants, as a reader sees
// it, with white space collapsed. Scripts and hidden elements are left
// out.
func textContent(n *html.Node) string {
	var b textBuilder
	b.add(n, 0)
	return b.String()
}

// textBuilder gathers collapsed text from a subtree.
type textBuilder struct {
	buf   []byte
	runes int  // characters written
	space bool // a space is pending before the next word
	// With share, text that needs no collapsing, written first, is kept
	// as shared, a slice of the string written, rather than copied into
	// buf: most blocks of a page are one such text node.
	share  bool
	shared string
}

// maxTextDepth bounds recursion in text gathering.
const maxTextDepth = 256

func (b *textBuilder) add(n *html.Node, depth int) {
	if depth > maxTextDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.write(n.Data)
		return
	case html.ElementNode:
		if skippedElement(n) || hidden(n) {
			return
		}
		if n.DataAtom == atom.Br || isBlock(n) {
			b.space = true
		}
		if n.DataAtom == atom.Img {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.add(c, depth+1)
	}
	if n.Type == html.ElementNode && isBlock(n) {
		b.space = true
	}
}

// write appends text, collapsing runs of white space (including no-break
// spaces) to one space and dropping invisible format characters. Runs of
// printable ASCII are copied whole.
func (b *textBuilder) write(s string) {
	if b.share && b.runes == 0 && len(b.buf) == 0 {
		if t, runes, trail := collapsed(s); runes > 0 {
			b.shared, b.runes, b.space = t, runes, trail
			return
		}
	}
	if b.shared != "" {
		b.buf = append(b.buf, b.shared...)
		b.shared = ""
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < 0x7f {
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
				j++
			}
			if b.space && len(b.buf) > 0 {
				b.buf = append(b.buf, ' ')
				b.runes++
			}
			b.space = false
			b.buf = append(b.buf, s[i:j]...)
			b.runes += j - i
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			// ASCII white space, or a control character: invisible.
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				b.space = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isSpace(r) {
			b.space = true
			continue
		}
		if invisible(r) {
			continue
		}
		if b.space && len(b.buf) > 0 {
			b.buf = append(b.buf, ' ')
			b.runes++
		}
		b.space = false
		b.buf = utf8.AppendRune(b.buf, r)
		b.runes++
	}
}

// collapsed returns s less the ASCII white space around it, with its
// length in characters and whether white space followed it, when that is
// what write makes of s: printable ASCII, single spaces between words and
// valid UTF-8 with no other spaces or invisible characters. Otherwise it
// returns zero characters.
func collapsed(s string) (t string, runes int, trail bool) {
	i, j := 0, len(s)
	for i < j && asciiSpace(s[i]) {
		i++
	}
	for j > i && asciiSpace(s[j-1]) {
		j--
	}
	for k := i; k < j; {
		c := s[k]
		switch {
		case c > ' ' && c < 0x7f:
			k++
		case c == ' ' && s[k+1] != ' ':
			k++ // a single space: the text ends with no space
		case c < utf8.RuneSelf:
			return "", 0, false
		default:
			r, size := utf8.DecodeRuneInString(s[k:])
			if r == utf8.RuneError && size == 1 || isSpace(r) || invisible(r) {
				return "", 0, false
			}
			k += size
		}
		runes++
	}
	return s[i:j], runes, j < len(s)
}

// asciiSpace reports the ASCII white space write collapses.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// String returns the text written.
func (b *textBuilder) String() string {
	if b.shared != "" {
		return b.shared
	}
	return string(b.buf)
}

// empty reports whether nothing has been written.
func (b *textBuilder) empty() bool { return b.shared == "" && len(b.buf) == 0 }

// lastRune returns the last character written.
func (b *textBuilder) lastRune() rune {
	if b.shared != "" {
		r, _ := utf8.DecodeLastRuneInString(b.shared)
		return r
	}
	r, _ := utf8.DecodeLastRune(b.buf)
	return r
}

// reset empties the builder, keeping its buffer.
func (b *textBuilder) reset() {
	b.buf, b.runes, b.space, b.shared = b.buf[:0], 0, false, ""
}

// isSpace reports white space as a reader sees it, including no-break and
// other Unicode spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0x2007, 0x202F, 0x3000, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// invisible reports characters that have no glyph: zero-width spaces and
// joiners, soft hyphens, byte order marks, control characters.
func invisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}

// cleanText collapses white space in s and trims it. Text that is clean
// already is returned as it is.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	var b textBuilder
	b.write(s)
	return b.String()
}

// isClean reports text that cleanText leaves as it is: printable ASCII
// words separated by single spaces.
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// isBlock reports elements that break a line of text.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote,
		atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Caption, atom.Section, atom.Article, atom.Aside,
		atom.Header, atom.Footer, atom.Nav, atom.Main, atom.Figure,
		atom.Figcaption, atom.Form, atom.Fieldset, atom.Address, atom.Hr,
		atom.Body, atom.Html, atom.Details, atom.Summary, atom.Center,
		atom.Legend, atom.Menu, atom.Dialog:
		return true
	}
	return false
}

// classID returns n's class and id attributes, lower case, joined by a
// space, for matching against name patterns.
func classID(n *html.Node) string {
	var c, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			c = a.Val
		case "id":
			id = a.Val
		}
	}
	return joinClassID(c, id)
}

// joinClassID returns a class and an id, lower case, joined by a space.
func joinClassID(c, id string) string {
	switch {
	case c == "" && id == "":
		return ""
	case id == "":
		return lowerASCII(c)
	case c == "":
		return lowerASCII(id)
	}
	return lowerASCII(c + " " + id)
}

// lowerASCII lower-cases s, without allocating when it has no upper-case
// ASCII letters.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// hasClass reports whether n's class list contains the class c exactly.
func hasClass(n *html.Node, c string) bool {
	return hasField(attr(n, "class"), c)
}

// walk calls f on every element under n in document order, to depth max;
// f returns false to skip an element's children.
func walk(n *html.Node, max int, f func(*html.Node) bool) {
	type frame struct {
		n     *html.Node
		depth int
	}
	stack := []frame{{n, 0}}
	for len(stack) > 0 {
		fr := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if fr.n.Type == html.ElementNode && !f(fr.n) {
			continue
		}
		if fr.depth >= max {
			continue
		}
		// Push children in reverse so they pop in document order.
		for c := fr.n.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode || c.Type == html.DocumentNode {
				stack = append(stack, frame{c, fr.depth + 1})
			}
		}
	}
}

// truncate cuts s to at most max bytes at a rune boundary.
func truncate(s string, max int) string {
	if len(s) <= max {
		return s
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}
