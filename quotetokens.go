package news

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A tokKind says what a qtoken is.
type tokKind uint8

const (
	tkWord  tokKind = iota
	tkPunct         // one punctuation sign, or an ellipsis
	tkSpan          // a whole quotation, marks included
)

// A qtoken is a word, a punctuation sign or a whole quotation in a text.
type qtoken struct {
	start, end int32
	span       int32 // index in the text's spans, for tkSpan
	kind       tokKind
}

// A tokRange is a run of tokens [from, to).
type tokRange struct{ from, to int }

// qAbbreviations are words whose period does not end a sentence.
var qAbbreviations = lazySet(`Mr Mrs Ms Dr Prof Sen Rep Gov Gen Col Lt Sgt Capt Cmdr Adm Maj Rev St Jr Sr Inc Corp Co Ltd Bros
No vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft Pres Supt Det Insp Atty Ave`)

// appendQTokens appends to toks the words, punctuation signs and
// quotations of text, whose spans must be in order and not overlap. Words
// keep inner apostrophes, hyphens and the periods of qAbbreviations (U.S.,
// Mr., J.).
func appendQTokens(toks []qtoken, text string, spans []qspan) []qtoken {
	for t := range qtokens(text, spans) {
		toks = append(grow(toks), t)
	}
	return toks
}

// countQTokens returns how many tokens appendQTokens appends.
func countQTokens(text string, spans []qspan) int {
	n := 0
	for range qtokens(text, spans) {
		n++
	}
	return n
}

// qtokens yields the tokens appendQTokens appends.
func qtokens(text string, spans []qspan) iter.Seq[qtoken] {
	return func(yield func(qtoken) bool) {
		si := 0
		for i := 0; i < len(text); {
			var t qtoken
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case si < len(spans) && i == int(spans[si].open):
				end := spans[si].closeEnd(text)
				t = qtoken{start: int32(i), end: int32(end), kind: tkSpan, span: int32(si)}
				i = end
				si++
			case unicode.IsSpace(r):
				i += n
				continue
			case isWordStart(r):
				j := qWordEnd(text, i)
				if si < len(spans) && j > int(spans[si].open) {
					j = int(spans[si].open)
				}
				t = qtoken{start: int32(i), end: int32(j)}
				i = j
			default:
				j := i + n
				if r == '.' && strings.HasPrefix(text[j:], "..") {
					j += 2
				}
				t = qtoken{start: int32(i), end: int32(j), kind: tkPunct}
				i = j
			}
			if !yield(t) {
				return
			}
		}
	}
}

// isWordStart reports a character that can begin a word.
func isWordStart(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '#' || r == '$'
}

// qWordEnd returns the end of the word starting at text[i].
func qWordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || (j == i && !unicode.IsLetter(r)) {
			j += n
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+n:])
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		switch r {
		case '\'', '’', '-', '‐', '&':
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				j += n
				continue
			}
			if (r == '\'' || r == '’') && prev == 's' && j+n < len(text) && (next == ' ' || next == ',') && possessivePlural(text[i:j]) {
				j += n // the plural possessive: Stars’
				return j
			}
		case '.', ',':
			if unicode.IsDigit(prev) && unicode.IsDigit(next) {
				j += n
				continue
			}
			if r == '.' && isAbbreviation(text[i:j], next) {
				j += n
				if unicode.IsLetter(next) {
					continue
				}
				return j
			}
		}
		break
	}
	return j
}

// possessivePlural reports a capitalized word ending in s, whose
// apostrophe after it is a possessive rather than a closing mark.
func possessivePlural(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && len(w) > 3
}

// isAbbreviation reports whether the period after word w belongs to it:
// a known abbreviation, a single letter (an initial), or a dotted
// abbreviation such as U.S.
func isAbbreviation(w string, next rune) bool {
	if qAbbreviations()[w] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || unicode.IsLetter(next)
	}
	return strings.Contains(w, ".") || unicode.IsLetter(next) && utf8.RuneCountInString(w) <= 2
}

// appendQSentences appends to out the sentences of the tokens. A sentence
// ends at a period, question or exclamation mark followed by a capital, a digit or
// a quotation; quotations are atomic, so their inner sentences do not
// count here, except that a quotation ending with a period ends its
// sentence when a capital follows (the attribution of such a quotation
// comes before it, or after a comma).
func appendQSentences(out []tokRange, text string, toks []qtoken, spans []qspan) []tokRange {
	from := 0
	for i, t := range toks {
		if t.kind == tkSpan && i+1 < len(toks) && endsWithPeriod(text, spans[t.span]) && qStartsSentence(text, toks[i+1]) {
			out = append(grow(out), tokRange{from, i + 1})
			from = i + 1
			continue
		}
		if t.kind == tkWord && i+1 < len(toks) && toks[i+1].kind == tkSpan && strings.HasSuffix(text[t.start:t.end], ".") &&
			!titleWords()[text[t.start:t.end]] && startsUpper(text[spans[toks[i+1].span].start:]) {
			out = append(grow(out), tokRange{from, i + 1}) // "... Harbor Logistics Inc. “We remain”"
			from = i + 1
			continue
		}
		if t.kind != tkPunct || i+1 >= len(toks) {
			continue
		}
		switch text[t.start:t.end] {
		case ".", "!", "?", "…", "...":
		default:
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].kind == tkPunct && isCloser(text[toks[j].start:toks[j].end]) {
			j++
		}
		if j >= len(toks) || !qStartsSentence(text, toks[j]) {
			continue
		}
		out = append(grow(out), tokRange{from, j})
		from = j
	}
	if from < len(toks) {
		out = append(grow(out), tokRange{from, len(toks)})
	}
	return out
}

// endsWithPeriod reports a closed quotation whose words end with a
// single period.
func endsWithPeriod(text string, s qspan) bool {
	if s.unclosed {
		return false
	}
	w := strings.TrimRight(text[s.start:s.end], " ")
	return strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "..")
}

// startsUpper reports text whose first letter is a capital.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.IsUpper(r) || unicode.IsDigit(r)
		}
	}
	return false
}

// isCloser reports a closing bracket.
func isCloser(s string) bool { return s == ")" || s == "]" }

// qStartsSentence reports a token that can begin a sentence.
func qStartsSentence(text string, t qtoken) bool {
	if t.kind == tkSpan {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[t.start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || r == '[' || r == '@'
}

// isCap reports a word that starts with a capital letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isLowerWord reports a word that starts with a lowercase letter.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// qStripPossessive removes a trailing 's or s’ and reports whether it did.
func qStripPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	if strings.HasSuffix(w, "s'") {
		return w[:len(w)-1], true
	}
	if strings.HasSuffix(w, "s’") {
		return w[:len(w)-len("’")], true
	}
	return w, false
}
