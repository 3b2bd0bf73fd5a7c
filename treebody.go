package news

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the rules of the "in body" insertion mode, where most of
// a page is read.

// inBodyMode applies the rules of the body.
func (b *treeBuilder) inBodyMode(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		d := t.data
		if b.topIs(atom.Pre, atom.Listing) && b.top().FirstChild == nil {
			d = strings.TrimPrefix(d, "\n") // a newline right after <pre> is not content
		}
		if strings.IndexByte(d, 0) >= 0 {
			d = strings.ReplaceAll(d, "\x00", "")
		}
		if d == "" {
			return true
		}
		b.reconstructFormatting()
		b.addText(d)
		if b.framesetOK && !isWhitespace(d) {
			b.framesetOK = false
		}
	case startTok:
		return b.bodyStartTag(t)
	case endTok:
		return b.bodyEndTag(t)
	case commentTok:
		b.insertComment(t)
	case eofTok:
		if len(b.templates) > 0 {
			b.mode = modeInTemplate
			return false
		}
	}
	return true
}

// bodyStartTag applies the rules of the body to a start tag.
func (b *treeBuilder) bodyStartTag(t *htmlToken) bool {
	switch t.atom {
	case atom.Html:
		if !b.hasOpen(atom.Template) {
			copyAttrs(b.oe[0], t)
		}
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes,
		atom.Script, atom.Style, atom.Template, atom.Title:
		return b.inHeadMode(t)
	case atom.Body:
		if !b.hasOpen(atom.Template) && len(b.oe) >= 2 && b.oe[1].DataAtom == atom.Body {
			b.framesetOK = false
			copyAttrs(b.oe[1], t)
		}
	case atom.Frameset:
		if b.framesetOK && len(b.oe) >= 2 && b.oe[1].DataAtom == atom.Body {
			detach(b.oe[1])
			b.oe = b.oe[:1]
			b.insertElement(t)
			b.mode = modeInFrameset
		}
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Search, atom.Section, atom.Summary, atom.Ul:
		b.popUntil(buttonScope, atom.P)
		b.insertElement(t)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.popUntil(buttonScope, atom.P)
		if b.topIs(atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6) {
			b.pop()
		}
		b.insertElement(t)
	case atom.Pre, atom.Listing:
		b.popUntil(buttonScope, atom.P)
		b.insertElement(t)
		b.framesetOK = false
	case atom.Form:
		inTemplate := b.hasOpen(atom.Template)
		if b.form != nil && !inTemplate {
			return true
		}
		b.popUntil(buttonScope, atom.P)
		n := b.insertElement(t)
		if !inTemplate {
			b.form = n
		}
	case atom.Li:
		b.closeListItem(atom.Li, 0)
		b.insertElement(t)
	case atom.Dd, atom.Dt:
		b.closeListItem(atom.Dd, atom.Dt)
		b.insertElement(t)
	case atom.Plaintext:
		b.popUntil(buttonScope, atom.P)
		b.insertElement(t)
	case atom.Button:
		if b.inScope(defaultScope, atom.Button) {
			b.impliedEndTags("")
			b.popUntil(defaultScope, atom.Button)
		}
		b.reconstructFormatting()
		b.insertElement(t)
		b.framesetOK = false
	case atom.A:
		for i := len(b.afe) - 1; i >= 0 && b.afe[i] != nil; i-- {
			if n := b.afe[i]; n.DataAtom == atom.A {
				b.adoptionAgency(atom.A, "a")
				b.removeOpen(n)
				b.afe = removeNode(b.afe, n)
				break
			}
		}
		b.reconstructFormatting()
		b.insertFormatting(t)
	case atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small,
		atom.Strike, atom.Strong, atom.Tt, atom.U:
		b.reconstructFormatting()
		b.insertFormatting(t)
	case atom.Nobr:
		b.reconstructFormatting()
		if b.inScope(defaultScope, atom.Nobr) {
			b.adoptionAgency(atom.Nobr, "nobr")
			b.reconstructFormatting()
		}
		b.insertFormatting(t)
	case atom.Applet, atom.Marquee, atom.Object:
		b.reconstructFormatting()
		b.insertElement(t)
		b.afe = append(b.afe, nil)
		b.framesetOK = false
	case atom.Table:
		if !b.quirks {
			b.popUntil(buttonScope, atom.P)
		}
		b.insertElement(t)
		b.framesetOK = false
		b.mode = modeInTable
	default:
		return b.bodyStartTagMore(t)
	}
	return true
}

// bodyStartTagMore applies the rules of the body to the start tags
// bodyStartTag leaves: void, raw text, form control, ruby and foreign
// elements, and the rest.
func (b *treeBuilder) bodyStartTagMore(t *htmlToken) bool {
	switch t.atom {
	case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Keygen, atom.Wbr:
		b.reconstructFormatting()
		b.insertVoid(t)
		b.framesetOK = false
	case atom.Input:
		b.popUntil(defaultScope, atom.Select)
		b.reconstructFormatting()
		b.insertVoid(t)
		hiddenInput := false
		for _, a := range t.attrs {
			if a.Key == "type" && strings.EqualFold(a.Val, "hidden") {
				hiddenInput = true
			}
		}
		if !hiddenInput {
			b.framesetOK = false
		}
	case atom.Param, atom.Source, atom.Track:
		b.insertVoid(t)
	case atom.Hr:
		if b.inScope(buttonScope, atom.P) {
			b.impliedEndTags("p")
			b.popUntil(defaultScope, atom.P)
		}
		if b.inScope(defaultScope, atom.Select) {
			b.impliedEndTags("")
		}
		b.insertVoid(t)
		b.framesetOK = false
	case atom.Image:
		t.atom, t.name = atom.Img, "img"
		return false
	case atom.Textarea, atom.Iframe:
		b.rawElement(t)
		b.framesetOK = false
	case atom.Xmp:
		b.popUntil(buttonScope, atom.P)
		b.reconstructFormatting()
		b.framesetOK = false
		b.rawElement(t)
	case atom.Noembed, atom.Noscript:
		b.rawElement(t)
	case atom.Select:
		if b.popUntil(defaultScope, atom.Select) {
			return true
		}
		b.reconstructFormatting()
		b.insertElement(t)
		b.framesetOK = false
	case atom.Option, atom.Optgroup:
		switch {
		case b.inScope(defaultScope, atom.Select) && t.atom == atom.Option:
			b.impliedEndTags("optgroup")
		case b.inScope(defaultScope, atom.Select):
			b.impliedEndTags("")
		case b.topIs(atom.Option):
			b.pop()
		}
		b.reconstructFormatting()
		b.insertElement(t)
	case atom.Rb, atom.Rtc, atom.Rp, atom.Rt:
		if b.inScope(defaultScope, atom.Ruby) {
			if t.atom == atom.Rp || t.atom == atom.Rt {
				b.impliedEndTags("rtc")
			} else {
				b.impliedEndTags("")
			}
		}
		b.insertElement(t)
	case atom.Math, atom.Svg:
		b.reconstructFormatting()
		n := b.insertElement(t)
		n.Namespace = t.name
		adjustForeignAttrs(n)
		b.lx.rawTag = ""
		if t.selfClosing {
			b.pop()
		}
	case atom.Caption, atom.Col, atom.Colgroup, atom.Frame, atom.Head, atom.Tbody,
		atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
		// Ignored outside a table.
	default:
		b.reconstructFormatting()
		b.insertElement(t)
	}
	return true
}

// closeListItem closes an open list item (li, or dd and dt) before a new
// one, unless a block other than address, div and p comes first.
func (b *treeBuilder) closeListItem(a1, a2 atom.Atom) {
	b.framesetOK = false
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		if n.Namespace == "" && (n.DataAtom == a1 || a2 != 0 && n.DataAtom == a2) {
			b.oe = b.oe[:i]
			break
		}
		if n.Namespace == "" && (n.DataAtom == atom.Address || n.DataAtom == atom.Div || n.DataAtom == atom.P) {
			continue
		}
		if specialElement(n) {
			break
		}
	}
	b.popUntil(buttonScope, atom.P)
}

// bodyEndTag applies the rules of the body to an end tag.
func (b *treeBuilder) bodyEndTag(t *htmlToken) bool {
	switch t.atom {
	case atom.Body:
		if b.inScope(defaultScope, atom.Body) {
			b.mode = modeAfterBody
		}
	case atom.Html:
		if b.inScope(defaultScope, atom.Body) {
			b.implied(endTok, atom.Body)
			return false
		}
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Button, atom.Center,
		atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Listing, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.Pre, atom.Search, atom.Section, atom.Select, atom.Summary, atom.Ul:
		if i := b.indexInScope(defaultScope, t.atom); i >= 0 {
			// None of these elements is closed by impliedEndTags: i
			// stays its index.
			b.impliedEndTags("")
			b.oe = b.oe[:i]
		}
	case atom.Form:
		b.endForm()
	case atom.P:
		if !b.inScope(buttonScope, atom.P) {
			b.implied(startTok, atom.P) // "</p>" alone makes an empty paragraph
		}
		b.popUntil(buttonScope, atom.P)
	case atom.Li:
		b.popUntil(listItemScope, atom.Li)
	case atom.Dd, atom.Dt:
		b.popUntil(defaultScope, t.atom)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.popUntil(defaultScope, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S,
		atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		b.adoptionAgency(t.atom, t.name)
	case atom.Applet, atom.Marquee, atom.Object:
		if b.popUntil(defaultScope, t.atom) {
			b.clearFormatting()
		}
	case atom.Br:
		t.kind, t.attrs = startTok, nil
		return false
	case atom.Template:
		return b.inHeadMode(t)
	default:
		b.endTagOther(t.atom, t.name)
	}
	return true
}

// endForm closes the form element.
func (b *treeBuilder) endForm() {
	if b.hasOpen(atom.Template) {
		i := b.indexInScope(defaultScope, atom.Form)
		if i < 0 {
			return
		}
		b.impliedEndTags("")
		if b.oe[i].DataAtom == atom.Form {
			b.popUntil(defaultScope, atom.Form)
		}
		return
	}
	n := b.form
	b.form = nil
	i := b.indexInScope(defaultScope, atom.Form)
	if n == nil || i < 0 || b.oe[i] != n {
		return
	}
	b.impliedEndTags("")
	b.removeOpen(n)
}

// endTagOther closes the nearest open element of the end tag's name,
// unless a special element (a block, a table part...) comes first.
func (b *treeBuilder) endTagOther(a atom.Atom, name string) {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		if n.Namespace == "" && n.DataAtom == a && (a != 0 || n.Data == name) {
			b.oe = b.oe[:i]
			return
		}
		if specialElement(n) {
			return
		}
	}
}

// The scopes in which an element is looked for.
type elementScope uint8

const (
	defaultScope elementScope = iota
	listItemScope
	buttonScope
	tableScope
)

// indexInScope returns the index of the innermost open HTML element of one
// of the atoms, or -1 when a boundary of the scope comes first.
func (b *treeBuilder) indexInScope(s elementScope, as ...atom.Atom) int {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		a := n.DataAtom
		if n.Namespace == "" {
			for _, m := range as {
				if m == a {
					return i
				}
			}
			switch {
			case s == listItemScope && (a == atom.Ol || a == atom.Ul),
				s == buttonScope && a == atom.Button,
				s == tableScope && (a == atom.Html || a == atom.Table || a == atom.Template):
				return -1
			}
		}
		if s != tableScope && scopeBoundary(n) {
			return -1
		}
	}
	return -1
}

// scopeBoundary reports the elements that bound the default scope.
func scopeBoundary(n *html.Node) bool {
	switch n.Namespace {
	case "":
		switch n.DataAtom {
		case atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th,
			atom.Marquee, atom.Object, atom.Template, atom.Select:
			return true
		}
	case "math":
		switch n.DataAtom {
		case atom.AnnotationXml, atom.Mi, atom.Mn, atom.Mo, atom.Ms, atom.Mtext:
			return true
		}
	case "svg":
		switch n.DataAtom {
		case atom.Desc, atom.ForeignObject, atom.Title:
			return true
		}
	}
	return false
}

// inScope reports whether an element of one of the atoms is in scope.
func (b *treeBuilder) inScope(s elementScope, as ...atom.Atom) bool {
	return b.indexInScope(s, as...) >= 0
}

// popUntil closes the innermost element of one of the atoms in scope and
// everything inside it; it reports whether there was one.
func (b *treeBuilder) popUntil(s elementScope, as ...atom.Atom) bool {
	if i := b.indexInScope(s, as...); i >= 0 {
		b.oe = b.oe[:i]
		return true
	}
	return false
}

// impliedEndTags closes the elements whose end tags may be left out
// (p, li, option...), but for one named except.
func (b *treeBuilder) impliedEndTags(except string) {
	for len(b.oe) > 0 {
		n := b.top()
		switch n.DataAtom {
		case atom.Dd, atom.Dt, atom.Li, atom.Optgroup, atom.Option, atom.P, atom.Rb,
			atom.Rp, atom.Rt, atom.Rtc:
			if n.Data == except {
				return
			}
			b.pop()
			continue
		}
		return
	}
}

// specialElement reports the elements that "any other end tag" does not
// close through, and that end the search of the adoption agency.
func specialElement(n *html.Node) bool {
	switch n.Namespace {
	case "", "html":
		switch n.DataAtom {
		case atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base,
			atom.Basefont, atom.Bgsound, atom.Blockquote, atom.Body, atom.Br, atom.Button,
			atom.Caption, atom.Center, atom.Col, atom.Colgroup, atom.Dd, atom.Details,
			atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Embed, atom.Fieldset, atom.Figcaption,
			atom.Figure, atom.Footer, atom.Form, atom.Frame, atom.Frameset, atom.H1, atom.H2,
			atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr,
			atom.Html, atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li, atom.Link,
			atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav,
			atom.Noembed, atom.Noframes, atom.Noscript, atom.Object, atom.Ol, atom.P,
			atom.Param, atom.Plaintext, atom.Pre, atom.Script, atom.Section, atom.Select,
			atom.Source, atom.Style, atom.Summary, atom.Table, atom.Tbody, atom.Td,
			atom.Template, atom.Textarea, atom.Tfoot, atom.Th, atom.Thead, atom.Title,
			atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp:
			return n.DataAtom != 0
		}
	case "math":
		switch n.Data {
		case "mi", "mo", "mn", "ms", "mtext", "annotation-xml":
			return true
		}
	case "svg":
		switch n.Data {
		case "foreignObject", "desc", "title":
			return true
		}
	}
	return false
}
