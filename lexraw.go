package news

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the lexer's readers of raw content: the text of raw text
// and RCDATA elements up to their end tag, with the escapes of scripts, and
// the character references of attribute values.

// rawText reads the content of the raw text or RCDATA element tag, up to
// its end tag, as a text token; it returns false when it is empty.
func (l *lexer) rawText(tag string) bool {
	rest := l.src[l.pos:]
	var end int
	switch tag {
	case "plaintext":
		end = len(rest)
	case "script":
		end = scriptEnd(rest)
	default:
		end = rawEnd(rest, tag)
	}
	l.pos += end
	if end == 0 {
		return false
	}
	l.setText(rest[:end], tag == "title" || tag == "textarea", true)
	return true
}

// rawEnd returns the offset in s of the end tag "</tag" that closes raw
// text, or len(s).
func rawEnd(s, tag string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return len(s)
		}
		i += j
		if closesRaw(s, i+2, tag) {
			return i
		}
		i += 2
	}
}

// closesRaw reports whether s holds tag at i, in any case, followed by
// white space, "/" or ">".
func closesRaw(s string, i int, tag string) bool {
	e := i + len(tag)
	if e >= len(s) || !strings.EqualFold(s[i:e], tag) {
		return false
	}
	c := s[e]
	return isHTMLSpace(c) || c == '/' || c == '>'
}

// The states of scriptEnd.
const (
	scriptData = iota
	scriptEscaped
	scriptEscapedDash
	scriptEscapedDashDash
	scriptDouble
	scriptDoubleDash
	scriptDoubleDashDash
)

// scriptEnd returns the offset of the "</script" that ends a script's
// content in s. Inside "<!--", a "<script" opens a nested script whose
// "</script" does not end the content. The states follow the tokenizer of
// html.Parse, which differs from the standard in one place: in an escaped
// script, "<" followed by anything but "/" or a letter ends the escape.
func scriptEnd(s string) int {
	state := scriptData
	i := 0
	for i < len(s) {
		switch state {
		case scriptData:
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				return len(s)
			}
			i += j + 1
			switch {
			case strings.HasPrefix(s[i:], "/"):
				if closesRaw(s, i+1, "script") {
					return i - 1
				}
				i++
			case strings.HasPrefix(s[i:], "!--"):
				i += 3
				state = scriptEscapedDashDash
			case strings.HasPrefix(s[i:], "!-"):
				i += 2
			case strings.HasPrefix(s[i:], "!"):
				i++
			}
			continue
		case scriptEscaped, scriptDouble:
			j := strings.IndexAny(s[i:], "-<")
			if j < 0 {
				return len(s)
			}
			i += j
		}
		c := s[i]
		i++
		double := state >= scriptDouble
		switch {
		case c == '<' && !double:
			var end int
			if end, i, state = escapedLessThan(s, i); end >= 0 {
				return end
			}
		case c == '<':
			state = scriptDouble
			if i < len(s) && s[i] == '/' && closesRaw(s, i+1, "script") {
				i += 1 + len("script") + 1
				state = scriptEscaped
			}
		case c == '-':
			state = min(state+1, scriptDashDashOf(double))
		case c == '>' && state == scriptDashDashOf(double):
			state = scriptData
		default:
			state = scriptEscaped
			if double {
				state = scriptDouble
			}
		}
	}
	return len(s)
}

// scriptDashDashOf returns the "dash dash" state of the escaped or the
// double escaped script.
func scriptDashDashOf(double bool) int {
	if double {
		return scriptDoubleDashDash
	}
	return scriptEscapedDashDash
}

// escapedLessThan reads what follows "<" in an escaped script, at i: the
// end tag that ends the script (end >= 0), or where to go on and in which
// state.
func escapedLessThan(s string, i int) (end, next, state int) {
	switch {
	case i < len(s) && s[i] == '/':
		if closesRaw(s, i+1, "script") {
			return i - 1, 0, 0
		}
		return -1, i + 1, scriptEscaped
	case i < len(s) && isASCIILetter(s[i]):
		if e := i + len("script"); e < len(s) && strings.EqualFold(s[i:e], "script") {
			if c := s[e]; isHTMLSpace(c) || c == '/' || c == '>' {
				return -1, e + 1, scriptDouble
			}
		}
		return -1, i, scriptEscaped
	}
	return -1, i, scriptData
}

// rawTextElement reports elements whose content the tokenizer reads
// as raw text or RCDATA.
func rawTextElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp,
		atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext:
		return true
	}
	return false
}

// unescapeAttr decodes the character references of an attribute value.
// Unlike text, a named reference without its ";" stays as it is when a
// letter, digit or "=" follows it ("?a=1&copy=2"), and a name is never cut
// to a shorter one that exists.
func unescapeAttr(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		j := i + 1
		if j < len(s) && s[j] == '#' {
			// Numeric references read the same in text and attributes.
			k := j + 1
			if k < len(s) && (s[k] == 'x' || s[k] == 'X') {
				k++
			}
			for k < len(s) && isASCIIAlnum(s[k]) {
				k++
			}
			if k < len(s) && s[k] == ';' {
				k++
			}
			b.WriteString(s[last:i])
			b.WriteString(html.UnescapeString(s[i:k]))
			last, i = k, k-1
			continue
		}
		for j < len(s) && isASCIIAlnum(s[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		ref := s[i:j]
		if j < len(s) && s[j] == ';' {
			ref = s[i : j+1]
		} else if j < len(s) && s[j] == '=' {
			continue
		}
		dec := html.UnescapeString(ref)
		if dec == ref || !exactReference(ref, dec) {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(dec)
		last = i + len(ref)
		i = last - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// exactReference reports whether html.UnescapeString decoded the whole of
// the named reference ref, not a shorter name at its start. A shorter name
// leaves the rest of ref: its ";" if it has one (no character but that of
// "&semi;" is ";"), else letters or digits, which no reference without
// ";" stands for.
func exactReference(ref, dec string) bool {
	if strings.HasSuffix(ref, ";") {
		return ref == "&semi;" || !strings.HasSuffix(dec, ";")
	}
	return !isASCIIAlnum(dec[len(dec)-1])
}

// isASCIIAlnum reports an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9'
}
