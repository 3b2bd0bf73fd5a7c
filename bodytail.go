package news

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs inside the article's container that the site adds to every
// article: calls to subscribe or follow, the press-release boilerplate
// about the company, the contact line of the footer.

// maxPromoLen is the longest paragraph, in characters, read as a promo.
const maxPromoLen = 300

// promoPhrases mark a short paragraph that promotes the site to the
// reader rather than telling the story (compared in lower case).
var promoPhrases = []string{
	"your inbox", "your letterbox", "follow us on", "follow us @", "join our", "like us on facebook",
	"already a subscriber", "download our app", "subscribe to our", "subscribe to us", "sign up for our",
	"sign up to our", "you can unsubscribe", "like this story?", "share it with a friend", "share it with your friends",
	// Portuguese, Spanish, French, Italian, German, Russian
	"siga-nos", "inscreva-se", "assine a nossa", "assine nossa", "síguenos", "suscríbete",
	"suivez-nous", "abonnez-vous", "seguici", "iscriviti", "folgen sie uns", "abonnieren sie",
	"подпишитесь", "подписывайтесь",
}

// promoIndex holds promoPhrases by their first four bytes, read as a
// little-endian number.
var promoIndex = func() map[uint32][]string {
	m := make(map[uint32][]string, len(promoPhrases))
	for _, p := range promoPhrases {
		k := uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
		m[k] = append(m[k], p)
	}
	return m
}()

// newsletterVerbs go with "newsletter" in a call to subscribe to it.
var newsletterVerbs = []string{"sign up", "subscribe", "inbox", "delivered", "register"}

// promoParagraph reports a short paragraph that asks the reader to
// subscribe, sign up or follow the site; pub is the site's name, for
// "Subscribe to <pub>".
func promoParagraph(text, pub string) bool {
	if utf8.RuneCountInString(text) > maxPromoLen {
		return false
	}
	return promoLower(appendLower(nil, text), strings.ToLower(pub))
}

// promoLower is promoParagraph for a paragraph and a site name in lower
// case.
func promoLower(l []byte, pub string) bool {
	// One pass over l, looking the phrases up by their first four bytes.
	for i := 0; i+4 <= len(l); i++ {
		for _, p := range promoIndex[uint32(l[i])|uint32(l[i+1])<<8|uint32(l[i+2])<<16|uint32(l[i+3])<<24] {
			if bytes.HasPrefix(l[i:], []byte(p)) && !insideQuote(l[:i]) {
				return true
			}
		}
	}
	if containsUnquoted(l, "newsletter") && (hasWordLower(l, "your") || hasWordLower(l, "our")) {
		for _, v := range newsletterVerbs {
			if containsUnquoted(l, v) {
				return true
			}
		}
	}
	if pub != "" && len(pub) < 60 {
		for _, v := range [...]string{"subscribe to ", "sign up for ", "sign up to "} {
			for i := 0; i+len(v) <= len(l); i++ {
				if i = indexLower(l, v, i); i < 0 {
					break
				}
				rest := l[i+len(v):]
				if bytes.HasPrefix(rest, []byte(pub)) || bytes.HasPrefix(rest, []byte("the ")) && bytes.HasPrefix(rest[4:], []byte(pub)) {
					return true
				}
			}
		}
	}
	return false
}

// containsUnquoted reports whether l contains p outside quotation marks:
// the words are the site's, not someone's it quotes.
func containsUnquoted(l []byte, p string) bool {
	for i := indexLower(l, p, 0); i >= 0; i = indexLower(l, p, i+1) {
		if !insideQuote(l[:i]) {
			return true
		}
	}
	return false
}

// insideQuote reports whether the text after l is inside a quotation:
// l opens more quotation marks than it closes.
func insideQuote(l []byte) bool {
	straight, open := false, 0
	for _, r := range string(l) {
		switch r {
		case '"':
			straight = !straight
		case '“', '«', '„':
			open++
		case '”', '»':
			open = max(open-1, 0)
		}
	}
	return straight || open > 0
}

// indexLower returns the index of the first p in l at or after from, or
// -1.
func indexLower(l []byte, p string, from int) int {
	if from > len(l) {
		return -1
	}
	if i := bytes.Index(l[from:], []byte(p)); i >= 0 {
		return from + i
	}
	return -1
}

// hasWordLower reports whether l holds the word w (lower-case ASCII),
// with no letter on either side.
func hasWordLower(l []byte, w string) bool {
	for i := indexLower(l, w, 0); i >= 0; i = indexLower(l, w, i+1) {
		before := i == 0 || !isASCIILetter(l[i-1])
		after := i+len(w) == len(l) || !isASCIILetter(l[i+len(w)])
		if before && after {
			return true
		}
	}
	return false
}

// endMarker reports the line that ends a press release ("###", "-30-").
// What follows it is about the company and whom to call.
func endMarker(s string) bool {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "###", "# # #", "-30-", "- 30 -", "-ends-", "- ends -", "ends", "-end-", "- end -":
		return true
	}
	return false
}

// trimTail cuts what the site appends to the article from the end of the
// candidates: the press-release boilerplate after the last thematic break
// ("About Acme", "Acme is a leading provider of..."), and contact lines
// after the last paragraph of text.
func trimTail(cands []paraCand) []paraCand {
	// Contact and address lines end the page, not the article.
	end := len(cands)
	for end > 0 && (!cands[end-1].good || contactLine(cands[end-1].b.text)) {
		end--
	}
	for i := end; i < len(cands); i++ {
		if contactLine(cands[i].b.text) {
			cands = cands[:i]
			break
		}
	}
	// The last break, with text of the article before it.
	for i := len(cands) - 1; i > 0; i-- {
		if !cands[i].rule {
			continue
		}
		if companyBoilerplate(cands[i:]) && anyGood(cands[:i]) {
			return cands[:i]
		}
		break
	}
	return cands
}

// anyGood reports whether some candidate is prose.
func anyGood(cands []paraCand) bool {
	for _, c := range cands {
		if c.good {
			return true
		}
	}
	return false
}

// aboutPrefixes open the title of a press release's boilerplate, "About
// Acme", in the languages most often met (lower case).
var aboutPrefixes = []string{
	"about ", "über ", "à propos de ", "à propos d’", "à propos d'", "a propos de ", "acerca de ",
	"sobre ", "informazioni su ", "over ", "om ", "о компании", "o firmie", "o společnosti",
}

// companyWords are what a company's description says of it.
var companyWords = []string{
	"headquarter", "founded in", "employs", "employees", "listed on", "subsidiaries",
	"offices in", "operations in", "leading provider", "global provider", "solutions provider",
	"for more information", "www.",
}

// companyBoilerplate reports whether the candidates, the tail of the
// article after a break, open with a company's standard description:
// an "About Acme" title, or "Acme is a ..." with what companies say of
// themselves (headquarters, staff, listing).
func companyBoilerplate(tail []paraCand) bool {
	t := tail[0].b.text
	if aboutTitle(t) {
		return true
	}
	if !companyOpening(t) {
		return false
	}
	for _, c := range tail {
		l := strings.ToLower(c.b.text)
		for _, w := range companyWords {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// aboutTitle reports the title of a company's description: "About
// Acme", a short line whose name starts with a capital letter.
func aboutTitle(t string) bool {
	if len(t) > 80 || len(strings.Fields(t)) > 6 {
		return false
	}
	l := strings.ToLower(t)
	if len(l) != len(t) {
		return false // the case change moved the bytes
	}
	for _, p := range aboutPrefixes {
		if !strings.HasPrefix(l, p) {
			continue
		}
		rest := strings.TrimSpace(t[len(p):])
		if rest == "" {
			return !strings.HasSuffix(p, " ") // "О компании": the title says "the company"
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	return false
}

// companyOpening reports text that starts by defining a name: a few
// words, the first capitalized, then "is a", "is an" or "is the".
func companyOpening(t string) bool {
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	head := t[:min(len(t), 80)]
	for _, v := range [...]string{" is a ", " is an ", " is the ", " are a ", " is one of "} {
		if i := strings.Index(head, v); i > 0 && len(strings.Fields(head[:i])) <= 5 {
			return true
		}
	}
	return false
}

// contactLine reports a line of contact details (address, phone, company
// number) rather than text: no sentence, many digits, fields set apart by
// dashes or bars.
func contactLine(s string) bool {
	if endsSentence(s) || len(s) > 400 {
		return false
	}
	digits, alnum := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
			alnum++
		case unicode.IsLetter(r):
			alnum++
		}
	}
	if digits < 10 || digits*5 < alnum {
		return false
	}
	seps := strings.Count(s, " - ") + strings.Count(s, " | ") + strings.Count(s, " – ") + strings.Count(s, " • ")
	return seps >= 3
}

// scriptNotices are what a page shows in place of a widget that needs
// scripts (compared in lower case).
var scriptNotices = []string{
	"requires javascript", "enable javascript", "javascript is disabled", "javascript must be enabled",
	"javascript is required", "browser does not support", "browser doesn't support",
}

// scriptNotice reports a short line standing in for a scripted widget:
// "This slideshow requires JavaScript."
func scriptNotice(s string) bool {
	return len(s) <= maxNoticeLen && noticeLower(appendLower(nil, s))
}

// maxNoticeLen is the longest line, in bytes, read as a script notice.
const maxNoticeLen = 200

// noticeLower is scriptNotice for a line in lower case.
func noticeLower(l []byte) bool {
	if len(l) > maxNoticeLen {
		return false
	}
	for _, p := range scriptNotices {
		if bytes.Contains(l, []byte(p)) {
			return true
		}
	}
	return false
}

// shortcode reports a short block that starts with a content-management
// shortcode the site failed to expand: "[button link=...]Send us your
// review[/button]".
func shortcode(s string) bool {
	if len(s) > 4*maxPromoLen || len(s) < 3 || s[0] != '[' {
		return false
	}
	i := 1
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || s[i] == '_' || s[i] == '-') {
		i++
	}
	if i == 1 || i == len(s) {
		return false
	}
	name := s[1:i]
	end := strings.IndexByte(s, ']')
	switch {
	case end < 0:
		return false
	case s[i] == ' ' && strings.IndexByte(s[:end], '=') >= 0:
		return true // [name key=value ...]
	}
	return strings.Contains(s, "[/"+name+"]")
}

// tagLabels open the list of an article's tags (lower case).
var tagLabels = []string{
	"tags", "tagged", "topics", "keywords", "palavras-chave", "etiquetas", "temas", "schlagwörter",
	"schlagworte", "mots-clés", "mots clés", "argomenti", "теги", "метки",
}

// tagList reports a block of links that lists the article's tags:
// "Tags: budget, taxes, parliament".
func tagList(b *block) bool {
	if b.linkLen*2 < b.runes {
		return false
	}
	head := strings.ToLower(truncate(b.text, 32))
	for _, l := range tagLabels {
		if rest, ok := strings.CutPrefix(head, l); ok && rest != "" {
			switch rest[0] {
			case ' ', ':', '\t':
				return true
			}
		}
	}
	return false
}
