package news

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the insertion modes around the body: before and in the
// head, after the body, framesets, raw text, and foreign content (SVG and
// MathML).

// initialMode reads the doctype, which decides quirks mode.
func (b *treeBuilder) initialMode(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		if t.data, _ = trimLeadingSpace(t.data); t.data == "" {
			return true
		}
	case commentTok:
		b.doc.AppendChild(b.newNode(html.CommentNode, 0, t.data))
		return true
	case doctypeTok:
		n, quirks := b.doctype(t.data)
		b.doc.AppendChild(n)
		b.quirks = quirks
		b.mode = modeBeforeHTML
		return true
	}
	b.quirks = true
	b.mode = modeBeforeHTML
	return false
}

// beforeHTMLMode opens the html element.
func (b *treeBuilder) beforeHTMLMode(t *htmlToken) bool {
	switch t.kind {
	case doctypeTok:
		return true
	case textTok:
		if t.data, _ = trimLeadingSpace(t.data); t.data == "" {
			return true
		}
	case startTok:
		if t.atom == atom.Html {
			b.insertElement(t)
			b.mode = modeBeforeHead
			return true
		}
	case endTok:
		switch t.atom {
		case atom.Head, atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	case commentTok:
		b.doc.AppendChild(b.newNode(html.CommentNode, 0, t.data))
		return true
	}
	b.implied(startTok, atom.Html)
	return false
}

// beforeHeadMode opens the head element.
func (b *treeBuilder) beforeHeadMode(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		if t.data, _ = trimLeadingSpace(t.data); t.data == "" {
			return true
		}
	case startTok:
		switch t.atom {
		case atom.Head:
			b.head = b.insertElement(t)
			b.mode = modeInHead
			return true
		case atom.Html:
			return b.inBodyMode(t)
		}
	case endTok:
		switch t.atom {
		case atom.Head, atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	case commentTok:
		b.insertComment(t)
		return true
	case doctypeTok:
		return true
	}
	b.implied(startTok, atom.Head)
	return false
}

// inHeadMode reads the head's metadata, scripts and styles.
func (b *treeBuilder) inHeadMode(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		if b.takeLeadingSpace(t) {
			return true
		}
	case startTok:
		switch t.atom {
		case atom.Html:
			return b.inBodyMode(t)
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta:
			b.insertVoid(t)
			return true
		case atom.Noscript, atom.Script, atom.Title, atom.Noframes, atom.Style:
			b.rawElement(t)
			return true
		case atom.Head:
			return true
		case atom.Template:
			b.startTemplate(t)
			return true
		}
	case endTok:
		switch t.atom {
		case atom.Head:
			b.pop()
			b.mode = modeAfterHead
			return true
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			b.endTemplate()
			return true
		default:
			return true
		}
	case commentTok:
		b.insertComment(t)
		return true
	case doctypeTok:
		return true
	}
	b.implied(endTok, atom.Head)
	return false
}

// afterHeadMode opens the body element.
func (b *treeBuilder) afterHeadMode(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		if b.takeLeadingSpace(t) {
			return true
		}
	case startTok:
		switch t.atom {
		case atom.Html:
			return b.inBodyMode(t)
		case atom.Body:
			b.insertElement(t)
			b.framesetOK = false
			b.mode = modeInBody
			return true
		case atom.Frameset:
			b.insertElement(t)
			b.mode = modeInFrameset
			return true
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes,
			atom.Script, atom.Style, atom.Template, atom.Title:
			// Late head content goes into the head.
			b.push(b.head)
			done := b.inHeadMode(t)
			b.removeOpen(b.head)
			return done
		case atom.Head:
			return true
		}
	case endTok:
		switch t.atom {
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			return b.inHeadMode(t)
		default:
			return true
		}
	case commentTok:
		b.insertComment(t)
		return true
	case doctypeTok:
		return true
	}
	b.implied(startTok, atom.Body)
	b.framesetOK = true
	return t.kind == eofTok
}

// textMode adds the content of a raw text element and closes it.
func (b *treeBuilder) textMode(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		d := t.data
		if n := b.top(); n.DataAtom == atom.Textarea && n.FirstChild == nil {
			d = strings.TrimPrefix(d, "\n")
		}
		b.addText(d)
		return true
	case eofTok, endTok:
		b.pop()
	}
	b.mode = b.orig
	return t.kind == endTok
}

// afterBodyMode handles what follows </body> (or, with afterAfter,
// </html>): anything but white space and comments goes back into the body.
func (b *treeBuilder) afterBodyMode(t *htmlToken, afterAfter bool) bool {
	switch t.kind {
	case eofTok:
		return true
	case textTok:
		if isWhitespace(t.data) {
			return b.inBodyMode(t)
		}
	case startTok:
		if t.atom == atom.Html {
			return b.inBodyMode(t)
		}
	case endTok:
		if t.atom == atom.Html && !afterAfter {
			b.mode = modeAfterAfterBody
			return true
		}
	case commentTok:
		if afterAfter {
			b.doc.AppendChild(b.newNode(html.CommentNode, 0, t.data))
		} else {
			b.oe[0].AppendChild(b.newNode(html.CommentNode, 0, t.data))
		}
		return true
	case doctypeTok:
		if afterAfter {
			return b.inBodyMode(t)
		}
	}
	b.mode = modeInBody
	return false
}

// framesetMode reads a frameset page, or with after, what follows its
// frameset: only frames and white space count.
func (b *treeBuilder) framesetMode(t *htmlToken, after bool) bool {
	switch t.kind {
	case commentTok:
		b.insertComment(t)
	case textTok:
		b.addText(spaceOnly(t.data))
	case startTok:
		switch t.atom {
		case atom.Html:
			return b.inBodyMode(t)
		case atom.Frameset:
			if !after {
				b.insertElement(t)
			}
		case atom.Frame:
			if !after {
				b.insertVoid(t)
			}
		case atom.Noframes:
			return b.inHeadMode(t)
		}
	case endTok:
		switch {
		case after && t.atom == atom.Html:
			b.mode = modeAfterAfterFrameset
		case !after && t.atom == atom.Frameset && !b.topIs(atom.Html):
			b.pop()
			if !b.topIs(atom.Frameset) {
				b.mode = modeAfterFrameset
			}
		}
	}
	return true
}

// afterAfterFramesetMode handles what follows the </html> of a frameset
// page.
func (b *treeBuilder) afterAfterFramesetMode(t *htmlToken) bool {
	switch t.kind {
	case commentTok:
		b.doc.AppendChild(b.newNode(html.CommentNode, 0, t.data))
	case textTok:
		if s := spaceOnly(t.data); s != "" {
			t.data = s
			return b.inBodyMode(t)
		}
	case startTok:
		switch t.atom {
		case atom.Html:
			return b.inBodyMode(t)
		case atom.Noframes:
			return b.inHeadMode(t)
		}
	case doctypeTok:
		return b.inBodyMode(t)
	}
	return true
}

// inForeignContent reports whether a token is read by the rules of
// foreign content: inside SVG or MathML, outside their integration points.
func (b *treeBuilder) inForeignContent(t *htmlToken) bool {
	if len(b.oe) == 0 || t.kind == eofTok {
		return false
	}
	n := b.top()
	if n.Namespace == "" {
		return false
	}
	if mathTextPoint(n) && (t.kind == textTok ||
		t.kind == startTok && t.atom != atom.Mglyph && t.atom != atom.Malignmark) {
		return false
	}
	if n.Namespace == "math" && n.DataAtom == atom.AnnotationXml && t.kind == startTok && t.atom == atom.Svg {
		return false
	}
	return !(htmlPoint(n) && (t.kind == startTok || t.kind == textTok))
}

// foreignToken applies the rules of foreign content.
func (b *treeBuilder) foreignToken(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		if b.framesetOK && strings.TrimLeft(t.data, " \t\r\n\f\x00") != "" {
			b.framesetOK = false
		}
		b.addText(strings.ReplaceAll(t.data, "\x00", "\uFFFD"))
	case commentTok:
		b.insertComment(t)
	case startTok:
		if breaksOut(t) {
			for i := len(b.oe) - 1; i >= 0; i-- {
				if n := b.oe[i]; n.Namespace == "" || htmlPoint(n) || mathTextPoint(n) {
					b.oe = b.oe[:i+1]
					break
				}
			}
			return b.dispatch(b.mode, t)
		}
		ns := b.top().Namespace
		n := b.element(t)
		n.Namespace = ns
		adjustForeignAttrs(n)
		if ns == "svg" && t.name == "foreignobject" {
			n.Data, n.DataAtom = "foreignObject", atom.ForeignObject
		}
		b.insert(n)
		b.lx.rawTag = "" // raw text elements are not raw in foreign content
		if t.selfClosing {
			b.pop()
		}
	case endTok:
		for i := len(b.oe) - 1; i >= 0; i-- {
			if strings.EqualFold(b.oe[i].Data, t.name) {
				b.oe = b.oe[:i]
				return true
			}
			if i > 0 && b.oe[i-1].Namespace == "" {
				break
			}
		}
		return b.dispatch(b.mode, t)
	}
	return true
}

// breaksOut reports HTML start tags that end foreign content.
func breaksOut(t *htmlToken) bool {
	switch t.atom {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code,
		atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Hr, atom.I, atom.Img,
		atom.Li, atom.Listing, atom.Menu, atom.Meta, atom.Nobr, atom.Ol, atom.P,
		atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span, atom.Strong, atom.Strike,
		atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	case atom.Font:
		for _, a := range t.attrs {
			switch a.Key {
			case "color", "face", "size":
				return true
			}
		}
	}
	return false
}

// htmlPoint reports the foreign elements whose content is HTML.
func htmlPoint(n *html.Node) bool {
	switch n.Namespace {
	case "math":
		if n.Data == "annotation-xml" {
			for _, a := range n.Attr {
				if a.Key == "encoding" &&
					(strings.EqualFold(a.Val, "text/html") || strings.EqualFold(a.Val, "application/xhtml+xml")) {
					return true
				}
			}
		}
	case "svg":
		switch n.Data {
		case "desc", "foreignObject", "title":
			return true
		}
	}
	return false
}

// mathTextPoint reports the MathML elements whose content is text.
func mathTextPoint(n *html.Node) bool {
	if n.Namespace != "math" {
		return false
	}
	switch n.Data {
	case "mi", "mo", "mn", "ms", "mtext":
		return true
	}
	return false
}

// doctype makes the doctype node and tells whether the page is in quirks
// mode, as html.Parse decides it: a name other than "html" in lower case,
// a public identifier of an old HTML version, or anything unexpected.
func (b *treeBuilder) doctype(s string) (*html.Node, bool) {
	n := b.newNode(html.DoctypeNode, 0, "")
	i := strings.IndexAny(s, " \t\r\n\f")
	if i < 0 {
		i = len(s)
	}
	name := s[:i]
	n.Data = strings.ToLower(name)
	quirks := name != "html"
	s = strings.TrimLeft(s[i:], " \t\r\n\f")
	if len(s) < 6 {
		return n, quirks || s != ""
	}
	key := strings.ToLower(s[:6])
	s = s[6:]
	for key == "public" || key == "system" {
		s = strings.TrimLeft(s, " \t\r\n\f")
		if s == "" || s[0] != '"' && s[0] != '\'' {
			break
		}
		q := s[0]
		s = s[1:]
		id := s
		if j := strings.IndexByte(s, q); j >= 0 {
			id, s = s[:j], s[j+1:]
		} else {
			s = ""
		}
		n.Attr = append(n.Attr, html.Attribute{Key: key, Val: id})
		if key == "public" {
			key = "system"
		} else {
			key = ""
		}
	}
	if key != "" || s != "" {
		return n, true
	}
	if len(n.Attr) > 0 {
		if n.Attr[0].Key == "public" && quirkyPublicID(strings.ToLower(n.Attr[0].Val), len(n.Attr) == 1) {
			quirks = true
		}
		if last := n.Attr[len(n.Attr)-1]; last.Key == "system" &&
			strings.EqualFold(last.Val, "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd") {
			quirks = true
		}
	}
	return n, quirks
}

// quirkyPublicID reports public identifiers (lower case) that put a page in
// quirks mode; noSystem says the doctype has no system identifier.
func quirkyPublicID(id string, noSystem bool) bool {
	switch id {
	case "-//w3o//dtd w3 html strict 3.0//en//", "-/w3d/dtd html 4.0 transitional/en", "html":
		return true
	}
	for _, p := range quirkyPublicPrefixes {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return noSystem && (strings.HasPrefix(id, "-//w3c//dtd html 4.01 frameset//") ||
		strings.HasPrefix(id, "-//w3c//dtd html 4.01 transitional//"))
}

// quirkyPublicPrefixes are the starts of public identifiers of old HTML
// versions, from the HTML standard's list.
var quirkyPublicPrefixes = []string{
	"+//silmaril//dtd html pro v0r11 19970101//",
	"-//as//dtd html 3.0 aswedit + extensions//",
	"-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
	"-//ietf//dtd html 2.0 level 1//",
	"-//ietf//dtd html 2.0 level 2//",
	"-//ietf//dtd html 2.0 strict level 1//",
	"-//ietf//dtd html 2.0 strict level 2//",
	"-//ietf//dtd html 2.0 strict//",
	"-//ietf//dtd html 2.0//",
	"-//ietf//dtd html 2.1e//",
	"-//ietf//dtd html 3.0//",
	"-//ietf//dtd html 3.2 final//",
	"-//ietf//dtd html 3.2//",
	"-//ietf//dtd html 3//",
	"-//ietf//dtd html level 0//",
	"-//ietf//dtd html level 1//",
	"-//ietf//dtd html level 2//",
	"-//ietf//dtd html level 3//",
	"-//ietf//dtd html strict level 0//",
	"-//ietf//dtd html strict level 1//",
	"-//ietf//dtd html strict level 2//",
	"-//ietf//dtd html strict level 3//",
	"-//ietf//dtd html strict//",
	"-//ietf//dtd html//",
	"-//metrius//dtd metrius presentational//",
	"-//microsoft//dtd internet explorer 2.0 html strict//",
	"-//microsoft//dtd internet explorer 2.0 html//",
	"-//microsoft//dtd internet explorer 2.0 tables//",
	"-//microsoft//dtd internet explorer 3.0 html strict//",
	"-//microsoft//dtd internet explorer 3.0 html//",
	"-//microsoft//dtd internet explorer 3.0 tables//",
	"-//netscape comm. corp.//dtd html//",
	"-//netscape comm. corp.//dtd strict html//",
	"-//o'reilly and associates//dtd html 2.0//",
	"-//o'reilly and associates//dtd html extended 1.0//",
	"-//o'reilly and associates//dtd html extended relaxed 1.0//",
	"-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
	"-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
	"-//spyglass//dtd html 2.0 extended//",
	"-//sq//dtd html 2.0 hotmetal + extensions//",
	"-//sun microsystems corp.//dtd hotjava html//",
	"-//sun microsystems corp.//dtd hotjava strict html//",
	"-//w3c//dtd html 3 1995-03-24//",
	"-//w3c//dtd html 3.2 draft//",
	"-//w3c//dtd html 3.2 final//",
	"-//w3c//dtd html 3.2//",
	"-//w3c//dtd html 3.2s draft//",
	"-//w3c//dtd html 4.0 frameset//",
	"-//w3c//dtd html 4.0 transitional//",
	"-//w3c//dtd html experimental 19960712//",
	"-//w3c//dtd html experimental 970421//",
	"-//w3c//dtd w3 html//",
	"-//w3o//dtd w3 html 3.0//",
	"-//webtechs//dtd mozilla html 2.0//",
	"-//webtechs//dtd mozilla html//",
}

// adjustForeignAttrs puts the XLink, XML and XMLNS attributes of a foreign
// element in their namespaces.
func adjustForeignAttrs(n *html.Node) {
	for i := range n.Attr {
		a := &n.Attr[i]
		switch a.Key {
		case "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show",
			"xlink:title", "xlink:type", "xml:lang", "xml:space", "xmlns:xlink":
			j := strings.IndexByte(a.Key, ':')
			a.Namespace, a.Key = a.Key[:j], a.Key[j+1:]
		}
	}
}

// takeLeadingSpace inserts the white space that starts a text token and
// leaves the rest in the token; it reports whether nothing is left.
func (b *treeBuilder) takeLeadingSpace(t *htmlToken) bool {
	rest, space := trimLeadingSpace(t.data)
	if space == "" {
		return false
	}
	b.addText(space)
	t.data = rest
	return rest == ""
}
