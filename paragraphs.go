package news

import (
	"strings"
	"unicode"
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

// selectParagraphs picks the paragraphs from the blocks of the chosen
// container, at the given depth: good text, and the headings, list items
// and short lines that sit between good text; never furniture inside the
// container, link lists, or repeats of the headline and standfirst.
func selectParagraphs(blocks []block, containerDepth int, a *Article) []string {
	type cand struct {
		b    *block
		good bool
		idx  int // index in blocks
	}
	headline, desc := normTitle(a.Headline), normTitle(a.Description)
	var cands []cand
	for i := range blocks {
		b := &blocks[i]
		if b.boilerAt > containerDepth {
			continue
		}
		ld := float64(b.linkLen) / float64(max(b.runes, 1))
		if ld > 0.5 && !isProse(b) {
			continue
		}
		nt := normTitle(b.text)
		if nt == "" || nt == headline || furnitureTexts[nt] {
			continue
		}
		if nt == desc && standfirst(blocks, i) {
			continue
		}
		if b.runes < 100 && bylineLike(b.text) || b.runes < 300 && captionLike(b.text) || galleryCounter(b.text) {
			continue
		}
		cands = append(cands, cand{b, isProse(b), i})
	}
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
		return nil
	}
	// A list that ends the article (a heading, then items of plain
	// text) belongs to it.
	for i := last + 1; i < len(cands); i++ {
		b := cands[i].b
		item := b.listItem && b.linkLen == 0 && b.runes >= 15
		if b.heading && i+1 < len(cands) && cands[i+1].b.listItem {
			item = true
		}
		if !item {
			break
		}
		cands[i].good = true
		last = i
	}
	var out []string
	for i, c := range cands {
		keep := c.good
		if !keep && i > first && i < last {
			keep = keepBetween(c.b, cands[i+1].good && cands[i+1].idx == c.idx+1)
		}
		if !keep && i == first-1 && c.idx == cands[first].idx-1 && (c.b.heading || endsSentence(c.b.text)) {
			keep = true // a subheading or short lede right before the text
		}
		if keep {
			out = append(out, c.b.text)
		}
	}
	return out
}

// keepBetween decides on a block that is not good text by itself but
// stands between paragraphs of the article: subheadings, list items and
// sentences are kept, stray labels are not.
func keepBetween(b *block, beforeProse bool) bool {
	if b.heading {
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
// "Written by ...").
func bylineLike(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "by ") || strings.HasPrefix(l, "written by ") ||
		strings.HasPrefix(l, "posted by ") || strings.HasPrefix(l, "story by ") ||
		strings.HasPrefix(l, "words by ") || strings.HasPrefix(l, "reporting by ")
}

// captionLike reports text that ends with a photo credit, as captions set
// outside figcaption do: "(Image: Getty)", "Photo: Reuters".
func captionLike(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if strings.HasSuffix(l, ")") {
		if i := strings.LastIndexByte(l, '('); i >= 0 {
			inner := strings.TrimSpace(l[i+1:])
			for _, p := range []string{"image:", "photo:", "picture:", "pic:", "credit:", "photo by", "image by", "photograph:"} {
				if strings.HasPrefix(inner, p) {
					return true
				}
			}
		}
	}
	for _, p := range []string{"photo:", "photograph:", "image:", "picture:", "credit:", "photo credit:", "image credit:"} {
		if i := strings.LastIndex(l, p); i >= 0 && len(l)-i < 60 {
			return true
		}
	}
	return false
}

// standfirst reports whether blocks[i], whose text is the page's
// description, is a standfirst set above the article (a heading, or a
// block followed by the byline or other non-prose) rather than the lede
// the description was copied from.
func standfirst(blocks []block, i int) bool {
	if blocks[i].heading {
		return true
	}
	return i+1 < len(blocks) && !isProse(&blocks[i+1])
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
