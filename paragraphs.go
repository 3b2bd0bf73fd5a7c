package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// furnitureTexts are short lines that sites put between paragraphs and that
// are never article text (compared in lower case, without punctuation).
var furnitureTexts = map[string]bool{
	"advertisement": true, "advertisements": true, "sponsored": true, "ad": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"continue reading": true, "continue reading below": true, "read more": true,
	"read more below": true, "related": true, "related articles": true, "related stories": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"subscribe": true, "sign up": true, "click here": true, "loading": true, "more": true,
	"tweet": true, "email": true, "print": true, "comments": true, "show comments": true,
	"skip advertisement": true, "supported by": true, "recommended": true, "watch": true,
	"listen": true, "listen to this article": true, "scroll to continue": true,
	"report an error": true, "editorial standards": true, "view comments": true,
	"back to top": true, "gift article": true, "save": true, "comment": true,
}

// maxFurnitureText is more than the length of the longest of
// furnitureTexts.
const maxFurnitureText = 64

// blockTitle appends to buf the normTitle form of a block's text, for
// comparing with furnitureTexts and the headline and description in that
// form. Past maxFurnitureText bytes it may stop, unless the form so far
// starts the headline or description: a long form can only match them.
func blockTitle(buf []byte, text, headline, desc string) []byte {
	buf = appendNormTitle(buf, text, maxFurnitureText)
	if len(buf) > maxFurnitureText && (hasPrefixBytes(headline, buf) || hasPrefixBytes(desc, buf)) {
		buf = appendNormTitle(buf[:0], text, -1)
	}
	return buf
}

// hasPrefixBytes reports whether s starts with p.
func hasPrefixBytes(s string, p []byte) bool {
	return len(s) >= len(p) && s[:len(p)] == string(p)
}

// selectParagraphs picks the paragraphs from the blocks of the chosen
// container, at the given depth: good text, and the headings, list items
// and short lines that sit between good text; never furniture inside the
// container, link lists, or repeats of the headline and standfirst. It
// returns them with their effective length together.
func selectParagraphs(blocks []block, containerDepth int, a *Article) (paras []string, length int) {
	cands := paragraphCands(blocks, containerDepth, a)
	cands = trimTail(cands)
	first, last := -1, -1
	for i, c := range cands {
		if c.good {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil, 0
	}
	// A list that ends the article (a heading, then items of plain
	// text) belongs to it.
	for i := last + 1; i < len(cands); i++ {
		b := cands[i].b
		item := b.listItem && b.linkLen == 0 && b.runes >= 15
		if b.heading() && i+1 < len(cands) && cands[i+1].b.listItem {
			item = true
		}
		if !item {
			break
		}
		cands[i].good = true
		last = i
	}
	for i, c := range cands {
		keep := c.good
		if !keep && i > first && i < last {
			keep = keepBetween(c.b, cands[i+1].good && cands[i+1].idx == c.idx+1)
		}
		if !keep && i == first-1 && c.idx == cands[first].idx-1 && (c.b.heading() || endsSentence(c.b.text)) {
			keep = true // a subheading or short lede right before the text
		}
		if keep {
			text := c.b.text
			if c.b.shared {
				// The Article must not hold the whole page alive.
				text = strings.Clone(text)
			}
			paras = append(paras, text)
			length += c.b.eff
		}
	}
	return paras, length
}

// A paraCand is a block that may be a paragraph of the article.
type paraCand struct {
	b    *block
	good bool // prose: a paragraph by itself
	rule bool // a thematic break (<hr>) comes before it
	idx  int  // index in the blocks
}

// paragraphCands returns the blocks that may be paragraphs, in order:
// not furniture inside the container, link lists, repeats of the
// headline and standfirst, bylines, captions or promotions of the site.
func paragraphCands(blocks []block, containerDepth int, a *Article) []paraCand {
	headline, desc := normTitle(a.Headline), normTitle(a.Description)
	var cands []paraCand
	var nt []byte // the normTitle form of each block, in one buffer
	rule := false // a break before a block left out
	pub := strings.ToLower(a.Publication.Name)
	var low []byte // a short block's text in lower case
	for i := range blocks {
		b := &blocks[i]
		rule = rule || b.rule
		if b.boilerAt > containerDepth {
			continue
		}
		ld := float64(b.linkLen) / float64(max(b.runes, 1))
		if ld > 0.5 && !isProse(b) {
			if tagList(b) && anyGood(cands) {
				break // the article's tags close it; comments and more follow
			}
			continue
		}
		nt = blockTitle(nt[:0], b.text, headline, desc)
		if len(nt) == 0 && endMarker(b.text) {
			rule = true // "###" ends a press release
			continue
		}
		if len(nt) == 0 || string(nt) == headline || furnitureTexts[string(nt)] {
			continue
		}
		if string(nt) == desc && standfirst(blocks, i) {
			continue
		}
		if b.runes < 100 && bylineLike(b.text) || b.runes < 300 && captionLike(b.text) || galleryCounter(b.text) || shortcode(b.text) {
			continue
		}
		if b.runes <= maxPromoLen {
			low = appendLower(low[:0], b.text)
			if promoLower(low, pub) || noticeLower(low) {
				continue // the site's own calls to subscribe, its script notices
			}
		}
		cands = append(cands, paraCand{b, isProse(b), rule, i})
		rule = false
	}
	return cands
}

// keepBetween decides on a block that is not good text by itself but
// stands between paragraphs of the article: subheadings, list items and
// sentences are kept, stray labels are not.
func keepBetween(b *block, beforeProse bool) bool {
	if b.heading() {
		return b.runes < 200
	}
	if beforeProse && b.linkLen == 0 && b.runes < 120 && !startsLower(b.text) && len(strings.Fields(b.text)) >= 2 {
		return true // a subheading set as a paragraph
	}
	if b.linkLen*2 > b.runes {
		return false
	}
	if endsSentence(b.text) {
		return true
	}
	if b.listItem || b.quote {
		return true
	}
	// A short line with lower-case words reads as text; a line of
	// capitals or a lone label does not.
	words := strings.Fields(b.text)
	if len(words) < 3 {
		return false
	}
	lower := false
	for _, r := range b.text {
		if unicode.IsLower(r) {
			lower = true
			break
		}
	}
	return lower
}

// bylineLike reports a short line that credits the author ("By Jane Doe",
// "Written by ..."), in any case.
func bylineLike(s string) bool {
	if s == "" {
		return false
	}
	switch lowerByte(s[0]) {
	case 'b', 'w', 'p', 's', 'r':
		// The first letters of bylinePrefixes: no other character
		// lower-cases to one of them.
	default:
		return false
	}
	head := s[:min(len(s), 48)]
	if !isASCII(head) {
		// Lower-case the start, as a letter outside ASCII may lower-case
		// to an ASCII one ("İ" to "i"); a character shrinks to a third
		// at most.
		for len(head) < len(s) && !utf8.RuneStart(s[len(head)]) {
			head = s[:len(head)+1]
		}
		head = strings.ToLower(head)
	}
	for _, p := range bylinePrefixes {
		if hasPrefixFold(head, p) {
			return true
		}
	}
	return false
}

// bylinePrefixes start the lines bylineLike reports.
var bylinePrefixes = []string{"by ", "written by ", "posted by ", "story by ", "words by ", "reporting by "}

// captionLike reports text that ends with a photo credit, as captions set
// outside figcaption do: "(Image: Getty)", "Photo: Reuters".
func captionLike(s string) bool {
	if !isASCII(s) {
		t := strings.TrimSpace(s)
		if !strings.HasSuffix(t, ")") && strings.IndexByte(t[max(0, len(t)-240):], ':') < 0 {
			return false // no parenthesis to end with, no label
		}
		return captionLikeLower(lowerEnds(t))
	}
	l := strings.TrimSpace(s)
	if strings.HasSuffix(l, ")") {
		if i := strings.LastIndexByte(l, '('); i >= 0 {
			inner := strings.TrimSpace(l[i+1:])
			for _, p := range captionOpenings {
				if hasPrefixFold(inner, p) {
					return true
				}
			}
		}
	}
	// Only the end of the text can hold a credit label, and every label
	// ends with a colon.
	tail := l[max(0, len(l)-80):]
	if strings.IndexByte(tail, ':') < 0 {
		return false
	}
	for _, p := range captionLabels {
		if i := lastIndexFold(tail, p); i >= 0 && len(tail)-i < 60 {
			return true
		}
	}
	return false
}

// lowerEnds lower-cases what captionLikeLower reads of text: its last
// part, where a credit label must end, and the start of its last
// parenthesis. Lower-casing a character shrinks it to a third at most, so
// 240 bytes of text give the 80 bytes the labels are looked for in.
func lowerEnds(s string) captionText {
	t := captionText{tail: s}
	if len(s) > 240 {
		i := len(s) - 240
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		t.tail = s[i:]
	}
	t.tail = strings.ToLower(t.tail)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i >= 0 {
			inner := strings.TrimSpace(s[i+1:])
			j := min(len(inner), 48)
			for j < len(inner) && !utf8.RuneStart(inner[j]) {
				j++
			}
			t.paren, t.hasParen = strings.ToLower(inner[:j]), true
		}
	}
	return t
}

// captionText is what captionLikeLower reads of a text, lower-cased: its
// tail, and the start of what its last parenthesis holds when the text
// ends with ")".
type captionText struct {
	tail     string
	paren    string
	hasParen bool
}

// captionLikeLower is captionLike for the parts of text lowerEnds gives.
func captionLikeLower(t captionText) bool {
	if t.hasParen {
		for _, p := range captionOpenings {
			if strings.HasPrefix(t.paren, p) {
				return true
			}
		}
	}
	l := t.tail
	for _, p := range captionLabels {
		if i := strings.LastIndex(l, p); i >= 0 && len(l)-i < 60 {
			return true
		}
	}
	return false
}

// captionOpenings start a credit in parentheses; captionLabels name a
// credit near the end of a caption.
var (
	captionOpenings = []string{"image:", "photo:", "picture:", "pic:", "credit:", "photo by", "image by", "photograph:"}
	captionLabels   = []string{"photo:", "photograph:", "image:", "picture:", "credit:", "photo credit:", "image credit:"}
)

// isASCII reports text of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lastIndexFold returns the index of the last occurrence of the ASCII word
// w (lower case) in s, in any case, or -1.
func lastIndexFold(s, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		if s[i]|0x20 == w[0] && hasPrefixFold(s[i:], w) {
			return i
		}
	}
	return -1
}

// standfirst reports whether blocks[i], whose text is the page's
// description, is a standfirst set above the article (a heading, or a
// block followed by the byline or other non-prose) rather than the lede
// the description was copied from.
func standfirst(blocks []block, i int) bool {
	if blocks[i].heading() {
		return true
	}
	if i+1 >= len(blocks) {
		return false
	}
	next := &blocks[i+1]
	return !isProse(next) || next.tag != blocks[i].tag || next.depth != blocks[i].depth
}

// galleryCounter reports a slideshow's position label: "Image 1 of 5",
// "3 of 12".
func galleryCounter(s string) bool {
	if len(s) > 30 {
		return false
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 4 {
		switch f[0] {
		case "image", "photo", "picture", "slide", "foto", "bild":
			f = f[1:]
		}
	}
	return len(f) == 3 && f[1] == "of" && allDigits(f[0]) && allDigits(f[2])
}

// allDigits reports a non-empty string of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
