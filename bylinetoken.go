package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A bylineToken is a word or a separator of a byline.
type bylineToken struct {
	text  string      // the word as printed, without wrapping quotes
	key   string      // lower case without periods, for the word lists
	class bylineClass // the word lists it is in
	shape bylineShape // how it is written
	kind  uint8       // btWord, btSep or btJunk
	sep   rune        // for btSep: one of , ; | · / : ( ) & - . \n
	poss  bool        // printed with a possessive 's
}

// Kinds of byline token.
const (
	btWord = iota // a word
	btSep         // a separator
	btJunk        // a URL, an email address or a handle
)

// A bylineShape says how a byline word is written.
type bylineShape uint16

const (
	bsDigit    bylineShape = 1 << iota // holds a digit
	bsUpper                            // starts with a capital
	bsLower                            // starts with a lower-case letter
	bsUncased                          // starts with a letter without case (CJK, Arabic)
	bsCJK                              // holds Han, kana or Hangul
	bsCaps                             // two or more letters, all capitals
	bsHasUpper                         // holds a capital
	bsHasLower                         // holds a lower-case letter
	bsInitial                          // an initial or dotted initials: "J", "J.", "J.R.R."
	bsOdd                              // holds a character never in a name
)

// bylineWrap reports whether r is trimmed from both ends of a word: quotes
// and marks around it.
func bylineWrap(r rune) bool {
	return strings.ContainsRune("\"'“”‘’„‚«»‹›*!?¡¿…#~^_`", r)
}

// bylineDash reports whether r is a hyphen.
func bylineDash(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenizeByline cuts s into words and separators. Line breaks are
// separators; URLs, email addresses and handles are single junk tokens.
func tokenizeByline(s string) []bylineToken {
	s = strings.ToValidUTF8(s, " ")
	toks := make([]bylineToken, 0, 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029':
			toks = append(toks, bylineToken{text: s[i : i+n], kind: btSep, sep: '\n'})
			i += n
		case bylineSpace(r):
			i += n
		default:
			j := i + n
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if bylineSpace(r) {
					break
				}
				j += n
			}
			toks = bylineField(toks, s[i:j])
			i = j
		}
	}
	return toks
}

// bylineSpace reports whether r separates words (line breaks included).
func bylineSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

// bylineField cuts one run of characters without spaces into tokens.
func bylineField(toks []bylineToken, f string) []bylineToken {
	if bylineJunkField(f) {
		return append(toks, bylineToken{text: f, kind: btJunk})
	}
	start := -1
	for k, r := range f {
		sep := bylineSepOf(r)
		if r == ':' && k > 0 && k+1 < len(f) && bylineDigitByte(f[k-1]) && bylineDigitByte(f[k+1]) {
			sep = 0 // a time: "4:30"
		}
		if sep == 0 {
			if start < 0 {
				start = k
			}
			continue
		}
		if start >= 0 {
			toks = bylineWord(toks, f[start:k])
			start = -1
		}
		toks = append(toks, bylineToken{text: f[k : k+utf8.RuneLen(r)], kind: btSep, sep: sep})
	}
	if start >= 0 {
		toks = bylineWord(toks, f[start:])
	}
	return toks
}

func bylineDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// bylineSepOf returns the separator r stands for, or 0.
func bylineSepOf(r rune) rune {
	switch r {
	case ',', '，', '、':
		return ','
	case ';', '；':
		return ';'
	case '|', '｜', '¦':
		return '|'
	case '·', '•', '∙', '⋅', '●', '▪', '◦', '‧':
		return '·'
	case '/', '\\', '／':
		return '/'
	case ':', '：':
		return ':'
	case '(', '[', '{', '<', '（', '【', '「', '『', '〔', '＜':
		return '('
	case ')', ']', '}', '>', '）', '】', '」', '』', '〕', '＞':
		return ')'
	case '&', '＆', '+':
		return '&'
	case '–', '—', '―', '‒', '−':
		return '-'
	}
	return 0
}

// bylineJunkField reports whether f is a URL, an email address or a handle.
func bylineJunkField(f string) bool {
	if strings.ContainsAny(f, "@＠") || strings.Contains(f, "://") {
		return true
	}
	if len(f) >= 4 && strings.EqualFold(f[:4], "www.") {
		return true
	}
	f = strings.TrimRightFunc(f, func(r rune) bool { return strings.ContainsRune(".,;:!?)]}\"'”’", r) })
	dot := strings.LastIndexByte(f, '.')
	if dot <= 0 || dot == len(f)-1 {
		return false
	}
	if strings.ContainsRune(f, '/') {
		return true
	}
	switch strings.ToLower(f[dot+1:]) {
	case "com", "org", "net", "edu", "gov", "io", "co", "uk", "news", "info":
		return true
	}
	return false
}

// bylineWord appends one word, with a hyphen before or after it and a
// sentence period after it as separators. The period of an initial or an
// abbreviation ("J.", "Jr.", "Nov.") stays in the word.
func bylineWord(toks []bylineToken, w string) []bylineToken {
	w = strings.TrimFunc(w, bylineWrap)
	if t := strings.TrimLeftFunc(w, func(r rune) bool { return r == '.' || bylineDash(r) }); t != w {
		if strings.IndexFunc(w[:len(w)-len(t)], bylineDash) >= 0 {
			toks = append(toks, bylineToken{text: "-", kind: btSep, sep: '-'})
		}
		w = t
	}
	dash, dot := false, false
	if t := strings.TrimRightFunc(w, bylineDash); t != w {
		w, dash = t, true
	}
	if t := strings.TrimRight(w, "."); t != w {
		if bylineKeepsPeriod(t) {
			w = w[:len(t)+1]
		} else {
			w, dot = t, true
		}
	}
	poss := false
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(stem) >= 2 {
			w, poss = stem, true
			break
		}
	}
	if w != "" {
		toks = append(toks, newBylineWord(w, poss))
	}
	if dot {
		toks = append(toks, bylineToken{text: ".", kind: btSep, sep: '.'})
	}
	if dash {
		toks = append(toks, bylineToken{text: "-", kind: btSep, sep: '-'})
	}
	return toks
}

// bylineKeepsPeriod reports whether a period after w is part of the word.
func bylineKeepsPeriod(w string) bool {
	return strings.ContainsRune(w, '.') || utf8.RuneCountInString(w) == 1 ||
		bylineData().words[bylineKey(w)]&bcAbbrev != 0
}

// newBylineWord classifies a word.
func newBylineWord(w string, poss bool) bylineToken {
	d := bylineData()
	t := bylineToken{text: w, key: bylineKey(w), shape: bylineShapeOf(w), kind: btWord, poss: poss}
	t.class = d.words[t.key]
	if t.class == 0 && strings.ContainsRune(t.key, '-') { // "Editor-in-Chief", "Co-Founder"
		for part := range strings.SplitSeq(t.key, "-") {
			t.class |= d.words[part] & (bcRole | bcMod)
		}
	}
	if t.class&bcZone != 0 && t.shape&bsCaps != 0 {
		t.class |= bcTime
	}
	if t.shape&bsLower != 0 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) &&
		bylineShapeOf(w[3:])&bsUpper != 0 { // "el-Sisi" reads as a capitalized surname
		t.shape = t.shape&^bsLower | bsUpper
	}
	if t.class&bcHonorDot != 0 && strings.HasSuffix(w, ".") {
		t.class |= bcHonor
	}
	if t.class&bcLowerOnly != 0 && t.shape&bsLower != 0 {
		t.class |= d.lowerOnly[t.key]
	}
	if d.creds[strings.ReplaceAll(w, ".", "")] {
		t.class |= bcCred
	}
	return t
}

// bylineKey returns w in lower case without periods.
func bylineKey(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c == '.' || ('A' <= c && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if r != '.' {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// bylineShapeOf says how w is written.
func bylineShapeOf(w string) bylineShape {
	var sh bylineShape
	letters, seg, initial := 0, 0, true
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			if letters == 0 {
				switch {
				case unicode.IsUpper(r) || unicode.IsTitle(r):
					sh |= bsUpper
				case unicode.IsLower(r):
					sh |= bsLower
				default:
					sh |= bsUncased
				}
			}
			letters, seg = letters+1, seg+1
			initial = initial && seg == 1
			if unicode.IsLower(r) {
				sh |= bsHasLower
			} else if unicode.IsUpper(r) || unicode.IsTitle(r) {
				sh |= bsHasUpper
			}
			if r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				sh |= bsCJK
			}
		case unicode.IsDigit(r):
			sh |= bsDigit
		case unicode.IsMark(r):
		case r == '.':
			seg = 0
		case strings.ContainsRune("'’ʼ-‐‑・", r):
			initial = false
		default:
			sh |= bsOdd
		}
	}
	if letters >= 2 && sh&bsHasUpper != 0 && sh&bsHasLower == 0 {
		sh |= bsCaps
	}
	if initial && sh&bsUpper != 0 && (letters == 1 || strings.ContainsRune(w, '.')) {
		sh |= bsInitial
	}
	return sh
}
