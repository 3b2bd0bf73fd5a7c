package news

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is a byte range [start, end) of a string.
type span struct{ start, end int }

// splitSentences returns the sentences of s as byte spans, in order, each
// without the white space around it. It runs in time linear in len(s).
//
// A sentence ends at a line break, or at ".", "!", "?", an ellipsis
// ("..." or "…") followed by any closing quotes or brackets, then white
// space, then something that can start a sentence: an upper-case letter, a
// digit, an opening quote or bracket. So `"Why?" he asked.` is one sentence,
// a decimal point or "example.com" never ends one, and `world...so` goes on.
// A period does not end a sentence after an abbreviation that is always
// followed by more ("Mr.", "Dr.", "Sen.", "Jan.", "No.", "St."), nor after
// an initial ("J. R. Smith"). After an abbreviation that may also end a
// sentence ("U.S.", "Inc.", "Jr.", "a.m.") it ends one only when the next
// word usually starts sentences ("The", "He", "But").
func splitSentences(s string) []span {
	return slices.Collect(sentences(s))
}

// sentences yields the sentences of s as splitSentences returns them,
// without making the list.
func sentences(s string) iter.Seq[span] {
	return func(yield func(span) bool) {
		start := 0
		add := func(end int) bool {
			sp, ok := trimSpan(s, start, end)
			start = end
			return !ok || yield(sp)
		}
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == '\n' || r == '\r' || r == '\u2029':
				if !add(i) {
					return
				}
				i += size
				start = i
				continue
			case r == '.' || r == '!' || r == '?' || r == '…':
				end := sentenceEnd(s, i)
				if end > 0 {
					if !add(end) {
						return
					}
					i = end
					continue
				}
			}
			i += size
		}
		add(len(s))
	}
}

// sentenceEnd decides whether the terminator at s[i] ends a sentence and
// returns the offset just after it and its closing marks, or 0.
func sentenceEnd(s string, i int) int {
	j := i
	for j < len(s) && strings.IndexByte(".!?", s[j]) >= 0 {
		j++
	}
	if strings.HasPrefix(s[j:], "…") {
		j += len("…")
	}
	end := skipClosers(s, j)
	next := skipSpace(s, end)
	if next == len(s) {
		return end
	}
	if next == end { // no space after: "3.5", "U.S", "world...so"
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[next:])
	if !startsSentence(r) {
		return 0
	}
	if s[i] == '.' && j-i == 1 && end == j {
		switch abbreviationBefore(s, i) {
		case abbrevAlways:
			return 0
		case abbrevNumber:
			if unicode.IsDigit(r) {
				return 0
			}
		case abbrevMaybe:
			if !sentenceStarters[wordAt(s, next)] {
				return 0
			}
		}
	}
	return end
}

// skipClosers returns the offset after the closing quotes and brackets at
// s[i:].
func skipClosers(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune("\"'”’»)]}", r) {
			break
		}
		i += size
	}
	return i
}

// skipSpace returns the offset after the spaces and tabs at s[i:].
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != ' ' && r != '\t' && r != '\u00a0' {
			break
		}
		i += size
	}
	return i
}

// startsSentence reports whether r can be the first character of a
// sentence.
func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«([-–—¿¡", r) ||
		(unicode.IsLetter(r) && !unicode.IsLower(r)) // scripts without case
}

// The kinds of word before a period.
const (
	abbrevNone   = iota // an ordinary word: the period may end a sentence
	abbrevAlways        // "Mr.": more always follows
	abbrevMaybe         // "Inc.", "U.S.": may end a sentence
	abbrevNumber        // "No.": more follows when it is a number
)

// abbreviationBefore classifies the word that ends at the period s[i].
func abbreviationBefore(s string, i int) int {
	k := i
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= size
	}
	w := s[k:i]
	switch {
	case w == "":
		return abbrevNone
	case strings.Contains(w, "."): // "U.S", "a.m", "e.g"
		return abbrevMaybe
	case isInitial(w):
		return abbrevAlways
	}
	return abbreviations[strings.ToLower(w)]
}

// abbreviations are the words written with a period that usually do not
// end a sentence.
var abbreviations = map[string]int{
	"mr": abbrevAlways, "mrs": abbrevAlways, "ms": abbrevAlways, "dr": abbrevAlways,
	"prof": abbrevAlways, "sen": abbrevAlways, "rep": abbrevAlways, "gov": abbrevAlways,
	"gen": abbrevAlways, "lt": abbrevAlways, "col": abbrevAlways, "sgt": abbrevAlways,
	"capt": abbrevAlways, "maj": abbrevAlways, "adm": abbrevAlways, "cmdr": abbrevAlways,
	"rev": abbrevAlways, "fr": abbrevAlways, "hon": abbrevAlways, "pres": abbrevAlways,
	"atty": abbrevAlways, "supt": abbrevAlways, "det": abbrevAlways, "insp": abbrevAlways,
	"st": abbrevAlways, "mt": abbrevAlways, "ft": abbrevAlways, "no": abbrevNumber,
	"nos": abbrevNumber, "vs": abbrevAlways, "v": abbrevAlways, "fig": abbrevAlways,
	"approx": abbrevAlways, "ca": abbrevAlways, "jan": abbrevAlways, "feb": abbrevAlways,
	"mar": abbrevAlways, "apr": abbrevAlways, "jun": abbrevAlways, "jul": abbrevAlways,
	"aug": abbrevAlways, "sep": abbrevAlways, "sept": abbrevAlways, "oct": abbrevAlways,
	"nov": abbrevAlways, "dec": abbrevAlways, "messrs": abbrevAlways,
	"inc": abbrevMaybe, "corp": abbrevMaybe, "ltd": abbrevMaybe, "co": abbrevMaybe,
	"jr": abbrevMaybe, "sr": abbrevMaybe, "bros": abbrevMaybe, "etc": abbrevMaybe,
	"ave": abbrevMaybe, "blvd": abbrevMaybe, "rd": abbrevMaybe, "plc": abbrevMaybe,
	"calif": abbrevMaybe, "ill": abbrevMaybe, "mass": abbrevMaybe, "fla": abbrevMaybe,
	"pa": abbrevMaybe, "va": abbrevMaybe, "wash": abbrevMaybe, "minn": abbrevMaybe,
	"mich": abbrevMaybe, "conn": abbrevMaybe, "ariz": abbrevMaybe, "colo": abbrevMaybe,
	"tenn": abbrevMaybe, "ky": abbrevMaybe, "okla": abbrevMaybe, "ore": abbrevMaybe,
	"wis": abbrevMaybe, "md": abbrevMaybe, "ga": abbrevMaybe, "ala": abbrevMaybe,
	"ark": abbrevMaybe, "nev": abbrevMaybe, "tex": abbrevMaybe, "neb": abbrevMaybe,
	"kan": abbrevMaybe, "ind": abbrevMaybe, "del": abbrevMaybe, "mont": abbrevMaybe,
	"wyo": abbrevMaybe, "vt": abbrevMaybe, "la": abbrevMaybe, "miss": abbrevMaybe,
}

// sentenceStarters are words that usually begin a sentence; after an
// abbreviation that may end one they say it did.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "But": true, "And": true, "Or": true, "So": true,
	"Yet": true, "In": true, "On": true, "At": true, "As": true, "If": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "His": true, "Her": true,
	"Their": true, "Its": true, "Our": true, "My": true, "When": true, "While": true,
	"After": true, "Before": true, "Since": true, "Although": true, "Though": true,
	"However": true, "Meanwhile": true, "Still": true, "Also": true, "Now": true,
	"Then": true, "What": true, "Why": true, "How": true, "Who": true, "Where": true,
	"Some": true, "Many": true, "Most": true, "For": true, "With": true, "By": true,
}

// wordAt returns the run of letters at s[i:].
func wordAt(s string, i int) string {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return s[i:j]
}

// trimSpan trims white space from both ends of s[start:end] and reports
// whether anything is left.
func trimSpan(s string, start, end int) (span, bool) {
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return span{start, end}, start < end
}

// A token is a word or a punctuation mark of a text, by byte offsets.
type token struct {
	start, end int32
	// word marks a word: letters and digits, with the apostrophes,
	// hyphens, periods and ampersands inside it ("O'Neil", "Jong-un",
	// "U.S.", "AT&T"); otherwise the token is one punctuation character.
	word bool
	// name marks a word that can be part of a name (the entity stage
	// sets it).
	name bool
}

// splitTokens returns the tokens of s[sp.start:sp.end], in order, with
// offsets in s. A word keeps a final period only when it is a dotted
// abbreviation ("U.S.") or an initial ("J."): for other words the period
// is a token of its own.
func splitTokens(s string, sp span) []token {
	return appendTokens(nil, s, sp)
}

// appendTokens appends the tokens of s[sp.start:sp.end] to out, as
// splitTokens returns them.
func appendTokens(out []token, s string, sp span) []token {
	for t := range tokens(s, sp) {
		out = append(grow(out), t)
	}
	return out
}

// countTokens returns how many tokens appendTokens appends.
func countTokens(s string, sp span) int {
	n := 0
	for range tokens(s, sp) {
		n++
	}
	return n
}

// tokens yields the tokens of s[sp.start:sp.end] that appendTokens
// appends.
func tokens(s string, sp span) iter.Seq[token] {
	return func(yield func(token) bool) {
		for i := sp.start; i < sp.end; {
			r, size := utf8.DecodeRuneInString(s[i:sp.end])
			var t token
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case isWordRune(r) || (r == '@' && i+size < sp.end):
				end := wordEnd(s, i, sp.end)
				t = token{start: int32(i), end: int32(end), word: true}
				i = end
			default:
				t = token{start: int32(i), end: int32(i + size)}
				i += size
			}
			if !yield(t) {
				return
			}
		}
	}
}

// isWordRune reports whether r is a letter, digit or combining mark.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word that starts at s[start:], before
// limit.
func wordEnd(s string, start, limit int) int {
	_, size := utf8.DecodeRuneInString(s[start:limit])
	i := start + size
	dotted := true // single letters separated by periods so far
	for i < limit {
		r, size := utf8.DecodeRuneInString(s[i:limit])
		if isWordRune(r) {
			i += size
			continue
		}
		if !strings.ContainsRune("'’-‑.&", r) || i+size >= limit {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[i+size : limit])
		if !isWordRune(next) || (r == '&' && !unicode.IsUpper(next)) {
			break
		}
		if r == '.' && !singleLetterBefore(s, start, i) {
			dotted = false
		}
		i += size
	}
	if i < limit && s[i] == '.' {
		if w := s[start:i]; isInitial(w) || (dotted && strings.Contains(w, ".")) {
			i++
		}
	}
	return i
}

// isInitial reports whether w is one upper-case letter.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// singleLetterBefore reports whether s[from:dot] ends with a single
// letter after the start or a period ("U" in "U.S").
func singleLetterBefore(s string, from, dot int) bool {
	r, size := utf8.DecodeLastRuneInString(s[from:dot])
	if !unicode.IsLetter(r) {
		return false
	}
	k := dot - size
	return k == from || s[k-1] == '.'
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool { return unicode.IsUpper(firstRune(s)) }

// isAllCaps reports whether s has two or more letters, all upper case.
func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// stripPossessive removes a final "'s", "’s" or "'" from a word.
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// isContraction reports whether w is a contraction such as "We're",
// "I've", "Don't".
func isContraction(w string) bool {
	k := strings.LastIndexAny(w, "'’")
	if k < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[k:])
	switch strings.ToLower(w[k+size:]) {
	case "re", "ve", "ll", "d", "m":
		return true
	case "t":
		return k > 0 && (w[k-1] == 'n' || w[k-1] == 'N')
	}
	return false
}

// isNumber reports whether w is all digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isDottedInitials reports whether w is one to three initials with
// periods ("O.J.", "J.R.R.").
func isDottedInitials(w string) bool {
	n := 0
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// isDomain reports whether w is a domain name ("CBC.ca").
func isDomain(w string) bool {
	k := strings.LastIndexByte(w, '.')
	if k <= 0 || k >= len(w)-2 || len(w)-k > 5 {
		return false
	}
	for _, r := range w[k+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// isPluralAcronym reports whether w is an acronym with a plural "s"
// ("AMAs", "CEOs").
func isPluralAcronym(w string) bool {
	return len(w) > 2 && w[len(w)-1] == 's' && isAllCaps(w[:len(w)-1])
}

// isOpenQuote reports whether w opens a quotation.
func isOpenQuote(w string) bool { return w == "\"" || w == "“" || w == "‘" || w == "'" }

// isCloseQuote reports whether w closes a quotation.
func isCloseQuote(w string) bool { return w == "\"" || w == "”" || w == "’" || w == "'" }

// afterHyphen returns the part of w after its first hyphen.
func afterHyphen(w string) string {
	if k := strings.IndexAny(w, "-‑"); k >= 0 {
		_, size := utf8.DecodeRuneInString(w[k:])
		return w[k+size:]
	}
	return ""
}

// A slab hands out slices of T cut from larger arrays, so that the many
// short slices the text stages keep for each paragraph (tokens, sentences,
// runs of names) cost few allocations and no spare capacity. Its arrays grow from
// slabMin to slabMax elements; a slice longer than a quarter of that gets
// an array of its own.
type slab[T any] struct {
	free []T
	size int
}

// The sizes of a slab's arrays.
const slabMin, slabMax = 32, 8192

// bigText is the length from which the text stages count a text's tokens
// before they allocate room for them.
const bigText = 64 << 10

// copy returns a copy of s, without spare capacity.
func (sl *slab[T]) copy(s []T) []T {
	out := sl.make(len(s))
	copy(out, s)
	return out
}

// make returns a slice of n zero values, without spare capacity.
func (sl *slab[T]) make(n int) []T {
	switch {
	case n == 0:
		return nil
	case n > slabMax/4:
		return make([]T, n)
	case n > len(sl.free):
		sl.size = min(max(2*sl.size, slabMin), slabMax)
		sl.free = make([]T, max(sl.size, n))
	}
	out := sl.free[:n:n]
	sl.free = sl.free[n:]
	return out
}

// keep returns s to keep, and the buffer to use next: a short s is copied
// to the slab and its buffer used again; a long one is kept as it is, or
// copied when much of its buffer would be left unused.
func keep[T any](sl *slab[T], s []T) (kept, buf []T) {
	switch {
	case len(s) <= slabMax/4:
		return sl.copy(s), s[:0]
	case cap(s) <= len(s)+len(s)/4:
		return s[:len(s):len(s)], nil
	}
	return slices.Clone(s), nil
}

// lowerIs reports whether strings.ToLower(s) == t without making the
// lower-case string: it maps s rune by rune as ToLower does, an invalid
// byte becoming U+FFFD.
func lowerIs(s, t string) bool {
	j := 0
	for _, r := range s {
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			if j >= len(t) || t[j] != byte(r) {
				return false
			}
			j++
			continue
		}
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		if j+n > len(t) || t[j:j+n] != string(buf[:n]) {
			return false
		}
		j += n
	}
	return j == len(t)
}

// appendLower appends strings.ToLower(s) to dst.
func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// grow returns s with room for one more element: when it is full, it
// doubles its capacity, where append grows a long slice by a quarter, so
// that a long list costs two copies of itself at most, not five.
func grow[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), 8))
}
