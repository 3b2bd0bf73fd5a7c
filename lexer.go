package news

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The lexer cuts an HTML page, held in one string, into tokens the way the
// WHATWG tokenizer does: text, start and end tags with their attributes,
// comments and doctypes, with the content of raw text elements (script,
// style...) and RCDATA elements (title, textarea) taken whole. Names are
// lower case; text and attribute values are slices of the page wherever
// they need no decoding, so most tokens cost no allocation.

// tokenKind is the kind of a token.
type tokenKind uint8

// The token kinds.
const (
	textTok tokenKind = iota + 1
	startTok
	endTok
	commentTok
	doctypeTok
)

// htmlToken is one token of the page. Its attrs are reused by the next token.
type htmlToken struct {
	kind        tokenKind
	atom        atom.Atom // the tag's atom, or 0 for an unknown name
	name        string    // lower-case tag name
	data        string    // decoded text, comment or doctype text
	attrs       []html.Attribute
	selfClosing bool
}

// lexer reads tokens from src.
type lexer struct {
	src     string
	pos     int
	rawTag  string // the element whose raw content comes next, or ""
	cdata   bool   // CDATA sections are text (in SVG and MathML)
	scratch []byte // for lower-casing names
	attrs   []html.Attribute
	attrSet map[string]bool // names in attrs, for tags with many
	tok     htmlToken
}

// newLexer returns a lexer over the page.
func newLexer(src string) *lexer {
	return &lexer{src: src, attrs: make([]html.Attribute, 0, 16)}
}

// next reads the next token into l.tok; it returns false at the end of the
// input.
func (l *lexer) next() bool {
	if l.rawTag != "" {
		tag := l.rawTag
		l.rawTag = ""
		if l.rawText(tag) {
			return true
		}
	}
	start, i := l.pos, l.pos
	for i < len(l.src) {
		j := strings.IndexByte(l.src[i:], '<')
		if j < 0 {
			i = len(l.src)
			break
		}
		i += j
		if !markupStart(l.src, i) {
			i++
			continue
		}
		if i > start {
			break // the text before the markup is a token of its own
		}
		l.pos = i
		if l.markup() {
			return true
		}
		// Markup that makes no token ("</>", a tag cut off by the end
		// of the input) is dropped.
		start, i = l.pos, l.pos
	}
	l.pos = i
	if i > start {
		l.setText(l.src[start:i], true, false)
		return true
	}
	return false
}

// markupStart reports whether the "<" at s[i] starts a tag, comment,
// doctype or other markup rather than being text.
func markupStart(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	switch c := s[i+1]; {
	case isASCIILetter(c), c == '!', c == '?':
		return true
	case c == '/':
		return i+2 < len(s)
	}
	return false
}

// markup reads the markup at l.pos, where markupStart holds. It returns
// true with a token in l.tok, or false when the markup makes no token,
// with l.pos past it.
func (l *lexer) markup() bool {
	s := l.src[l.pos:]
	if len(s) < 2 {
		return false
	}
	switch c := s[1]; {
	case isASCIILetter(c):
		return l.tag(startTok)
	case c == '/':
		if len(s) < 3 {
			return false
		}
		switch c := s[2]; {
		case isASCIILetter(c):
			return l.tag(endTok)
		case c == '>':
			l.pos += 3 // "</>" is an empty comment to html.Parse
			l.tok = htmlToken{kind: commentTok}
			return true
		}
		l.bogusComment(2)
		return true
	case c == '!':
		switch {
		case strings.HasPrefix(s, "<!--"):
			l.comment()
		case len(s) >= 9 && strings.EqualFold(s[2:9], "doctype"):
			l.doctype()
		case l.cdata && strings.HasPrefix(s, "<![CDATA["):
			l.cdataSection()
		default:
			l.bogusComment(2)
		}
		return true
	case c == '?':
		l.bogusComment(1)
		return true
	}
	return false
}

// setText makes a text token of s, decoding character references when
// decode is set. The text of raw elements and CDATA sections (raw) has its
// NUL bytes replaced.
func (l *lexer) setText(s string, decode, raw bool) {
	if strings.IndexByte(s, '\r') >= 0 {
		s = normalizeNewlines(s)
	}
	if raw && strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	if decode && strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	l.tok = htmlToken{kind: textTok, data: s}
}

// normalizeNewlines turns "\r\n" and lone "\r" into "\n".
func normalizeNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// comment reads "<!--...-->" at l.pos. "<!-->" and "<!--->" are empty
// comments; "--!>" also ends a comment; an unclosed comment runs to the
// end of the input.
func (l *lexer) comment() {
	body := l.pos + 4
	rest := l.src[body:]
	switch {
	case strings.HasPrefix(rest, ">"):
		l.pos = body + 1
		l.tok = htmlToken{kind: commentTok}
		return
	case strings.HasPrefix(rest, "->"):
		l.pos = body + 2
		l.tok = htmlToken{kind: commentTok}
		return
	}
	for i := 0; ; {
		j := strings.Index(rest[i:], "--")
		if j < 0 {
			l.pos = len(l.src)
			l.tok = htmlToken{kind: commentTok, data: trimTrailingDashes(rest)}
			return
		}
		k := i + j + 2
		for k < len(rest) && rest[k] == '-' {
			k++
		}
		end := -1
		switch {
		case k < len(rest) && rest[k] == '>':
			end = k + 1
		case k+1 < len(rest) && rest[k] == '!' && rest[k+1] == '>':
			end = k + 2
		}
		if end >= 0 {
			l.pos = body + end
			l.tok = htmlToken{kind: commentTok, data: normalizeComment(rest[:k-2])}
			return
		}
		i = k
	}
}

// trimTrailingDashes drops the dashes an unclosed comment ends with.
func trimTrailingDashes(s string) string {
	for i := 0; i < 2 && strings.HasSuffix(s, "-"); i++ {
		s = s[:len(s)-1]
	}
	return normalizeComment(s)
}

// normalizeComment fixes the newlines of comment text and decodes its
// character references, as html.Parse does.
func normalizeComment(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = normalizeNewlines(s)
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// bogusComment reads markup that is read as a comment up to the next ">":
// "<?...>", "<!...>", "</ ...>". skip is the length of what opens it
// before its text.
func (l *lexer) bogusComment(skip int) {
	rest := l.src[l.pos+skip:]
	i := strings.IndexByte(rest, '>')
	if i < 0 {
		l.pos = len(l.src)
		l.tok = htmlToken{kind: commentTok, data: normalizeComment(rest)}
		return
	}
	l.pos += skip + i + 1
	l.tok = htmlToken{kind: commentTok, data: normalizeComment(rest[:i])}
}

// cdataSection reads "<![CDATA[...]]>" at l.pos as text.
func (l *lexer) cdataSection() {
	rest := l.src[l.pos+9:]
	i := strings.Index(rest, "]]>")
	if i < 0 {
		l.pos = len(l.src)
		l.setText(rest, false, true)
		return
	}
	l.pos += 9 + i + 3
	l.setText(rest[:i], false, true)
}

// doctype reads "<!DOCTYPE ...>" at l.pos; data keeps what follows the
// keyword, for the tree builder to read the name and identifiers from.
func (l *lexer) doctype() {
	rest := l.src[l.pos+9:]
	i := strings.IndexByte(rest, '>')
	if i < 0 {
		i = len(rest)
		l.pos = len(l.src)
	} else {
		l.pos += 9 + i + 1
	}
	l.tok = htmlToken{kind: doctypeTok, data: normalizeComment(strings.TrimLeft(rest[:i], " \t\n\r\f"))}
}

// tag reads a start or end tag at l.pos. A tag cut off by the end of the
// input makes no token.
func (l *lexer) tag(kind tokenKind) bool {
	i := l.pos + 1
	if kind == endTok {
		i++
	}
	s := l.src
	j := i
	for j < len(s) && !isHTMLSpace(s[j]) && s[j] != '/' && s[j] != '>' {
		j++
	}
	l.tok = htmlToken{kind: kind}
	l.tok.atom, l.tok.name = l.name(s[i:j])
	l.attrs = l.attrs[:0]
	i = j
	for {
		for i < len(s) && isHTMLSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			l.pos = len(s)
			return false
		}
		switch s[i] {
		case '>':
			l.pos = i + 1
			return l.endTag(kind)
		case '/':
			if i+1 < len(s) && s[i+1] == '>' {
				l.pos = i + 2
				l.tok.selfClosing = true
				return l.endTag(kind)
			}
			i++
			continue
		}
		var ok bool
		if i, ok = l.attr(i, kind == startTok); !ok {
			l.pos = len(s)
			return false
		}
	}
}

// endTag finishes a tag: a start tag of a raw text element makes its
// content the next token.
func (l *lexer) endTag(kind tokenKind) bool {
	if kind == startTok {
		l.tok.attrs = l.attrs
		if rawTextElement(l.tok.atom) {
			l.rawTag = l.tok.name
		}
	}
	return true
}

// attr reads one attribute starting at i and keeps it unless keep is false
// or the tag already has one of that name. It returns where the attribute
// ends, and false when the input ends inside a quoted value.
func (l *lexer) attr(i int, keep bool) (int, bool) {
	s := l.src
	j := i + 1 // an attribute name may start with "="
	for j < len(s) && !isHTMLSpace(s[j]) && s[j] != '/' && s[j] != '>' && s[j] != '=' {
		j++
	}
	rawKey := s[i:j]
	k := j
	for k < len(s) && isHTMLSpace(s[k]) {
		k++
	}
	val := ""
	decode := false
	if k < len(s) && s[k] == '=' {
		k++
		for k < len(s) && isHTMLSpace(s[k]) {
			k++
		}
		if k < len(s) && (s[k] == '"' || s[k] == '\'') {
			e := strings.IndexByte(s[k+1:], s[k])
			if e < 0 {
				return len(s), false
			}
			val = s[k+1 : k+1+e]
			j = k + 1 + e + 1
		} else {
			e := k
			for e < len(s) && !isHTMLSpace(s[e]) && s[e] != '>' {
				e++
			}
			val = s[k:e]
			j = e
		}
		decode = true
	}
	if !keep {
		return j, true
	}
	key := l.attrName(rawKey)
	if l.hasAttr(key) {
		return j, true // the first of attributes with one name counts
	}
	if decode {
		if strings.IndexByte(val, '\r') >= 0 {
			val = normalizeNewlines(val)
		}
		if strings.IndexByte(val, 0) >= 0 {
			val = strings.ReplaceAll(val, "\x00", "\uFFFD")
		}
		if strings.IndexByte(val, '&') >= 0 {
			val = unescapeAttr(val)
		}
	}
	l.attrs = append(l.attrs, html.Attribute{Key: key, Val: val})
	return j, true
}

// attrName returns an attribute name in lower case: the name itself when
// it is, which is nearly always.
func (l *lexer) attrName(raw string) string {
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c >= 'A' && c <= 'Z' || c == 0 {
			_, name := l.name(raw)
			return name
		}
	}
	return raw
}

// hasAttr reports whether the tag being read has an attribute of the
// name. Past a few attributes, a set of their names keeps the test cheap.
func (l *lexer) hasAttr(key string) bool {
	const small = 16
	if len(l.attrs) < small {
		for _, a := range l.attrs {
			if a.Key == key {
				return true
			}
		}
		return false
	}
	if len(l.attrs) == small || l.attrSet == nil {
		l.attrSet = make(map[string]bool, 2*small)
		for _, a := range l.attrs {
			l.attrSet[a.Key] = true
		}
	}
	if l.attrSet[key] {
		return true
	}
	l.attrSet[key] = true
	return false
}

// name returns a tag or attribute name in lower case, with its atom. Known
// names cost no allocation.
func (l *lexer) name(raw string) (atom.Atom, string) {
	lower := true
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c >= 'A' && c <= 'Z' || c == 0 {
			lower = false
			break
		}
	}
	if lower {
		a := atom.Lookup([]byte(raw))
		if a != 0 {
			return a, a.String()
		}
		return 0, raw
	}
	b := l.scratch[:0]
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0:
			b = append(b, "\uFFFD"...)
			continue
		}
		b = append(b, c)
	}
	l.scratch = b
	if a := atom.Lookup(b); a != 0 {
		return a, a.String()
	}
	return 0, string(b)
}

// isHTMLSpace reports the white space of HTML syntax.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}
