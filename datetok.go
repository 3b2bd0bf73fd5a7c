package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A dateTokKind is the kind of a date dateToken.
type dateTokKind uint8

const (
	tokEnd   dateTokKind = iota // past the end of the input
	tokNum                      // a run of ASCII digits
	tokWord                     // a run of letters, or one CJK or Hangul character
	tokPunct                    // any other single character
)

// A dateToken is one piece of a date string, located by byte offsets.
type dateToken struct {
	kind       dateTokKind
	space      bool // white space comes before the dateToken
	digits     int  // how many digits a tokNum has
	val        int  // a tokNum's value (first 9 digits); a tokPunct's rune
	start, end int
}

// lexToken reads the dateToken at byte offset pos of s and returns it with the
// offset after it; past the end it returns a tokEnd dateToken.
func lexToken(s string, pos int) (dateToken, int) {
	space := false
	for pos < len(s) {
		r, size := rune(s[pos]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[pos:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		space = true
		pos += size
	}
	t := dateToken{space: space, start: pos, end: pos}
	if pos >= len(s) {
		return t, pos
	}
	if c := s[pos]; '0' <= c && c <= '9' {
		t.kind = tokNum
		for ; pos < len(s) && '0' <= s[pos] && s[pos] <= '9'; pos++ {
			if t.digits < 9 {
				t.val = t.val*10 + int(s[pos]-'0')
			}
			t.digits++
		}
		t.end = pos
		return t, pos
	}
	r, size := utf8.DecodeRuneInString(s[pos:])
	pos += size
	switch {
	case dateWordRune(r) && r >= 0x2E80: // CJK, kana and Hangul: one character a dateToken
		t.kind = tokWord
	case dateWordRune(r):
		t.kind = tokWord
		for pos < len(s) {
			r, size := utf8.DecodeRuneInString(s[pos:])
			if !dateWordRune(r) || r >= 0x2E80 {
				break
			}
			pos += size
		}
	default:
		t.kind, t.val = tokPunct, int(r)
	}
	t.end = pos
	return t, pos
}

// dateWordRune reports whether r belongs in a word: a letter or a combining
// mark.
func dateWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// A tokenWindow lexes a string lazily and keeps the next lookahead tokens
// in a fixed buffer, so a scan over a long text needs no dateToken slice.
type tokenWindow struct {
	s       string
	pos     int
	head, n int // the window is buf[head : head+n]
	buf     [2 * lookahead]dateToken
}

func (w *tokenWindow) reset(s string) { w.s, w.pos, w.head, w.n = s, 0, 0, 0 }

// fill returns the next tokens, up to lookahead of them; none at the end.
func (w *tokenWindow) fill() []dateToken {
	if w.head+lookahead > len(w.buf) {
		copy(w.buf[:], w.buf[w.head:w.head+w.n])
		w.head = 0
	}
	for w.n < lookahead && w.pos < len(w.s) {
		t, pos := lexToken(w.s, w.pos)
		w.pos = pos
		if t.kind == tokEnd {
			break
		}
		w.buf[w.head+w.n] = t
		w.n++
	}
	return w.buf[w.head : w.head+w.n]
}

// advance drops the first dateToken of the window.
func (w *tokenWindow) advance() {
	if w.n > 0 {
		w.head++
		w.n--
	}
}

// A matcher reads date forms from a window of tokens; indexes past the
// window read as tokEnd.
type matcher struct {
	s        string
	toks     []dateToken
	dayFirst bool // read 05/11/2019 as 5 November (the text around is not English)
}

func (m *matcher) at(i int) dateToken {
	if i < len(m.toks) {
		return m.toks[i]
	}
	return dateToken{}
}

func (m *matcher) text(i int) string {
	t := m.at(i)
	return m.s[t.start:t.end]
}

// glued reports whether dateToken i exists with no space before it.
func (m *matcher) glued(i int) bool { t := m.at(i); return t.kind != tokEnd && !t.space }

func (m *matcher) punct(i int, r rune) bool {
	t := m.at(i)
	return t.kind == tokPunct && t.val == int(r)
}

// isWord reports whether dateToken i is a word equal to one of ws, ignoring case.
func (m *matcher) isWord(i int, ws ...string) bool {
	if m.at(i).kind != tokWord {
		return false
	}
	w := m.text(i)
	for _, x := range ws {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// num returns the value of dateToken i if it is a number of lo to hi digits.
func (m *matcher) num(i, lo, hi int) (int, bool) {
	t := m.at(i)
	if t.kind != tokNum || t.digits < lo || t.digits > hi {
		return 0, false
	}
	return t.val, true
}

// sepNum reports whether dateToken i is the mark r glued to a two-digit number.
func (m *matcher) sepNum(i int, r rune) bool {
	return m.punct(i, r) && m.glued(i) && m.glued(i+1) && m.at(i+1).digits == 2
}

func (m *matcher) month(i int) int {
	if m.at(i).kind != tokWord {
		return 0
	}
	return monthOf(m.text(i))
}
