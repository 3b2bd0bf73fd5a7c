package news

import (
	"unicode"
	"unicode/utf8"
)

// A qspan is a stretch of one text between a pair of quotation marks.
// Offsets are bytes in that text.
type qspan struct {
	open  int32 // offset of the opening mark
	close int32 // offset of the closing mark; len(text) when unclosed
	start int32 // first byte of the quoted words
	end   int32 // end of the quoted words
	// single reports a span in single marks (‘...’, '...', ‹...›).
	single bool
	// unclosed reports a span whose closing mark is missing: it runs to
	// the end of the text. Only the first parts of a quotation that goes
	// on in the next paragraph are kept unclosed.
	unclosed bool

	// What the quote stage learns of the span:
	tok  int32    // its token in the text
	kind spanKind // what it is, once classified
	// cont marks a span that continues a quotation of the paragraph
	// before (it opened there and did not close); goesOn one that goes on
	// in the next paragraph.
	cont, goesOn bool
}

// newQSpan returns the span of the marks at open and close around the
// words at [start, end). The offsets are 32 bits, as the quote stage reads
// no text longer than maxUnitLen.
func newQSpan(open, close, start, end int) qspan {
	return qspan{open: int32(open), close: int32(close), start: int32(start), end: int32(end)}
}

// closeEnd is the offset just past the closing mark.
func (s qspan) closeEnd(text string) int {
	if s.unclosed {
		return len(text)
	}
	n := 0
	if s.single {
		_, n = singleAt(text, int(s.close))
	} else {
		_, n = markAt(text, int(s.close))
	}
	return int(s.close) + n
}

// A markFamily groups the quotation marks that close one another.
type markFamily uint8

const (
	famNone      markFamily = iota
	famEnglish              // " “ ” „ ‟ and doubled ’’ ‘‘ `` ''
	famGuillemet            // « »
	famCorner               // 「 」
	famWhite                // 『 』
)

// A markDir says which way a mark points by its shape alone.
type markDir uint8

const (
	dirBoth markDir = iota
	dirOpen
	dirClose
)

// markAt reports the double quotation mark that starts at text[i], as its
// family and byte length; famNone when there is none. A doubled single
// mark (two apostrophes, two backquotes, ’’ or ‘‘) counts as one double
// mark, as in some wire copy.
func markAt(text string, i int) (markFamily, int) {
	if i >= len(text) {
		return famNone, 0
	}
	switch c := text[i]; c {
	case '"':
		return famEnglish, 1
	case '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return famEnglish, 2
		}
		return famNone, 0
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			return famEnglish, 2
		}
		return famNone, 0
	}
	if text[i] < utf8.RuneSelf {
		return famNone, 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '“', '”', '„', '‟':
		return famEnglish, n
	case '‘', '’':
		if r2, n2 := utf8.DecodeRuneInString(text[i+n:]); r2 == r {
			return famEnglish, n + n2
		}
	case '«', '»':
		return famGuillemet, n
	case '「', '」':
		return famCorner, n
	case '『', '』':
		return famWhite, n
	}
	return famNone, 0
}

// glyphDir is the direction a double mark has by its shape.
func glyphDir(text string, i int) markDir {
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '“', '„', '‟', '«', '「', '『', '‘', '`':
		return dirOpen
	case '”', '»', '」', '』', '’':
		return dirClose
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			return dirClose
		}
	}
	return dirBoth
}

// flanks reports whether the mark text[i:j] can open (it touches the
// next word and follows a space or an opening sign) and whether it can
// close (it touches the previous word and precedes a space or punctuation).
func flanks(text string, i, j int) (canOpen, canClose bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[j:])
	atStart, atEnd := i == 0, j >= len(text)
	prevSpace := atStart || unicode.IsSpace(prev)
	nextSpace := atEnd || unicode.IsSpace(next)
	canOpen = !nextSpace && !isClosingPunct(next) && (prevSpace || isOpeningPunct(prev))
	canClose = !prevSpace && (nextSpace || isClosingPunct(next))
	return canOpen, canClose
}

// isOpeningPunct reports a sign after which a quotation may open.
func isOpeningPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '‘', '\'', '“', '"', '«', '¿', '¡':
		return true
	}
	return false
}

// isClosingPunct reports a sign before which a quotation may close.
func isClosingPunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '’', '\'', '”', '"', '»', '/':
		return true
	}
	return false
}

// closesFamily reports whether a mark of family f at text[i] can close a
// span opened by the mark at text[open].
func closesFamily(text string, open, i int, f markFamily) bool {
	of, _ := markAt(text, open)
	if of != f {
		return false
	}
	if f == famGuillemet {
		r0, _ := utf8.DecodeRuneInString(text[open:])
		r1, _ := utf8.DecodeRuneInString(text[i:])
		return r0 != r1 // « closes with », » (Danish) with «
	}
	return true
}

// pairMarks finds the quoted spans of one text in a single linear pass:
// the double marks first, then single marks in the stretches between
// them. A span still open at the end of the text is returned unclosed;
// the caller keeps it only when the next paragraph goes on with the
// quotation.
func pairMarks(text string) []qspan {
	var spans []qspan
	cur := -1 // offset of the open mark, or -1
	gap := 0  // start of the text outside double spans
	for i := 0; i < len(text); {
		f, n := markAt(text, i)
		if f == famNone {
			if text[i] < utf8.RuneSelf {
				i++
			} else {
				_, sz := utf8.DecodeRuneInString(text[i:])
				i += sz
			}
			continue
		}
		canOpen, canClose := flanks(text, i, i+n)
		dir := glyphDir(text, i)
		if cur >= 0 {
			if !closesFamily(text, cur, i, f) {
				i += n // a mark of another family nested inside
				continue
			}
			_, on := markAt(text, cur)
			switch {
			case canClose || (!canOpen && dir != dirOpen) || f == famCorner || f == famWhite:
				if hasLetter(text[cur+on : i]) {
					spans = append(spans, newQSpan(cur, i, cur+on, i))
				}
				gap = i + n
				cur = -1
			case canOpen || dir == dirOpen:
				// A new opening mark: the earlier one never closed.
				spans = appendSingles(spans, text, cur+on, i)
				cur = i
			default:
				if hasLetter(text[cur+on : i]) {
					spans = append(spans, newQSpan(cur, i, cur+on, i))
				}
				gap = i + n
				cur = -1
			}
			i += n
			continue
		}
		if canOpen || (!canClose && dir != dirClose) {
			spans = appendSingles(spans, text, gap, i)
			cur = i
		}
		i += n
	}
	if cur >= 0 {
		_, on := markAt(text, cur)
		sp := newQSpan(cur, len(text), cur+on, len(text))
		sp.unclosed = true
		spans = append(spans, sp)
		return spans
	}
	return appendSingles(spans, text, gap, len(text))
}

// singleAt reports the single quotation mark at text[i] and its length.
func singleAt(text string, i int) (markDir, int) {
	if text[i] == '\'' {
		return dirBoth, 1
	}
	if text[i] < utf8.RuneSelf {
		return 0, 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '‘', '‚', '‹':
		return dirOpen, n
	case '’', '›':
		return dirClose, n
	}
	return 0, 0
}

// isApostrophe reports a single mark at text[i:j] that is part of a word:
// inside one (don't, O’Brien), before a year (’90s) or an elision (’em).
func isApostrophe(text string, i, j int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[j:])
	if i > 0 && j < len(text) && qIsWordRune(prev) && unicode.IsLetter(next) {
		return true
	}
	if i > 0 && qIsWordRune(prev) {
		return false
	}
	if unicode.IsDigit(next) {
		k := j
		for k < len(text) && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		return k-j == 2 && (k == len(text) || text[k] == 's' || !isWordByte(text[k]))
	}
	w := j
	for w < len(text) && text[w] >= 'a' && text[w] <= 'z' {
		w++
	}
	switch text[j:w] {
	case "em", "til", "cause", "tis", "twas", "n":
		return w == len(text) || !isWordByte(text[w]) || text[w] == '\'' || text[w] == 0xe2
	}
	return false
}

// qIsWordRune reports a letter or digit.
func qIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isWordByte reports a byte of a word: an ASCII letter or digit, or any
// byte of a multi-byte character.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// appendSingles pairs the single quotation marks in text[from:to], a
// stretch outside double quotations, and appends the spans found. A
// plural possessive (students’ union) is not taken for a closing mark
// while a later one could close the span.
func appendSingles(spans []qspan, text string, from, to int) []qspan {
	lastClose := -1
	for i := from; i < to; i++ {
		if dir, n := singleAt(text, i); n > 0 {
			if _, c := flanks(text, i, i+n); c && dir != dirOpen && !isApostrophe(text, i, i+n) {
				lastClose = i
			}
			i += n - 1
		}
	}
	if lastClose < 0 {
		return spans
	}
	cur, curLen := -1, 0
	for i := from; i < to; i++ {
		dir, n := singleAt(text, i)
		if n == 0 {
			continue
		}
		if f, _ := markAt(text, i); f != famNone || isApostrophe(text, i, i+n) {
			i += n - 1
			continue
		}
		o, c := flanks(text, i, i+n)
		switch {
		case cur >= 0 && c && dir != dirOpen:
			if i < lastClose && possessiveS(text, i, i+n) {
				break
			}
			if hasLetter(text[cur+curLen : i]) {
				sp := newQSpan(cur, i, cur+curLen, i)
				sp.single = true
				spans = append(spans, sp)
			}
			cur = -1
		case o && dir != dirClose:
			cur, curLen = i, n
		}
		i += n - 1
	}
	return spans
}

// possessiveS reports a mark after a plural s and before a lowercase word.
func possessiveS(text string, i, j int) bool {
	if i == 0 || text[i-1] != 's' || j+1 >= len(text) || text[j] != ' ' {
		return false
	}
	return text[j+1] >= 'a' && text[j+1] <= 'z'
}

// hasLetter reports whether s holds a letter or digit.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
