package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isWordRune reports whether r is a word character: a letter, a decimal
// digit or '_'. Combining marks are not (see the package documentation).
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Words returns the maximal runs of word characters in s, case kept.
func Words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// lowerWords returns the words of s in lower case.
func lowerWords(s string) []string {
	w := Words(s)
	for i := range w {
		w[i] = strings.ToLower(w[i])
	}
	return w
}

// containsWords reports whether the word sequence needle occurs, contiguous
// and whole, in hay. An empty needle is never found.
func containsWords(hay, needle []string) bool {
	if len(needle) == 0 {
		return false
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// collapseSpace trims s and turns every run of white space (and zero-width
// characters) into one space.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
			// zero-width: dropped
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldPunct maps curly quotes and apostrophes to straight ones and every
// dash to '-'.
func foldPunct(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return '-'
	}
	return r
}

// NormalizeText is the comparison form of headlines, author and publication
// names: lower case, quotes, apostrophes and dashes folded to their ASCII
// forms, white space collapsed, and trailing . , ; : ! ? … removed.
func NormalizeText(s string) string {
	s = collapseSpace(strings.Map(foldPunct, strings.ToLower(s)))
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(".,;:!?\u2026 ", r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}
