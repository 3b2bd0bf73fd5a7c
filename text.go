package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plain text is read the way a page copied from a browser is laid out:
// navigation words, the headline, a standfirst, a byline and date, the
// paragraphs, then footer words. Lines are the units; blank lines only
// help to tell them apart.

// textLine is one line of pasted text.
type textLine struct {
	text  string
	words int
}

// parsePlainText reads an article from plain text.
func parsePlainText(s string, p *Parser) *Article {
	maxText := int(p.limit(int64(p.MaxTextLen), DefaultMaxTextLen))
	lines := splitTextLines(s, maxText)
	a := &Article{}
	if len(lines) == 0 {
		return a
	}
	head := textHeader(lines)
	if head.headline >= 0 {
		a.Headline = lines[head.headline].text
		if sec := head.headline - 1; sec >= 0 && navLike(lines[sec]) && lines[sec].words <= 3 &&
			utf8.RuneCountInString(lines[sec].text) > 1 && !interfaceWords[normTitle(lines[sec].text)] {
			a.Section = lines[sec].text
		}
	}
	if head.description >= 0 {
		a.Description = lines[head.description].text
	}
	if head.byline >= 0 {
		a.Authors = parseByline(lines[head.byline].text)
		if t, ok := dateInText(lines[head.byline].text); ok {
			a.Published = t
		}
	}
	for i := max(head.headline, 0); i < head.body && a.Published.IsZero(); i++ {
		if utf8.RuneCountInString(lines[i].text) < 120 {
			if t, ok := dateInText(lines[i].text); ok {
				a.Published = t
			}
		}
	}
	a.Paragraphs = textBody(lines[head.body:], a)
	maxParas := int(p.limit(int64(p.MaxParagraphs), DefaultMaxParagraphs))
	if len(a.Paragraphs) > maxParas {
		a.Paragraphs = a.Paragraphs[:maxParas]
		a.Truncated = true
	}
	if p.URL != "" {
		st := &pageState{p: p}
		a.URL = st.absURL(p.URL)
		a.Publication = st.publication(&ldArticle{}, a.URL)
	}
	return a
}

// splitTextLines cuts text into non-empty lines with white space
// collapsed. A line that continues a hard-wrapped sentence (the line
// before it does not end one and it starts in lower case) is joined to it.
func splitTextLines(s string, maxText int) []textLine {
	var out []textLine
	var cur strings.Builder // the line being built, with its joined parts
	words := 0
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, textLine{text: cur.String(), words: words})
			cur.Reset()
			words = 0
		}
	}
	blank := true
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		var line string
		if i < 0 {
			line, s = s, ""
		} else {
			line, s = s[:i], s[i+1:]
		}
		line = cleanText(truncate(line, maxText))
		if line == "" {
			blank = true
			continue
		}
		joined := cur.Len() >= 40 && !blank && startsLower(line) && !endsSentence(cur.String()[max(0, cur.Len()-8):])
		if joined && cur.Len()+1+len(line) <= maxText {
			cur.WriteByte(' ')
		} else {
			flush()
		}
		cur.WriteString(line)
		words += fieldCount(line)
		blank = false
	}
	flush()
	return out
}

// fieldCount counts the space-separated words of collapsed text.
func fieldCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// textHeaderLines locates the parts of a pasted article's header.
type textHeaderLines struct {
	headline, description, byline int // line indexes, or -1
	body                          int // the first body line
}

// textHeader finds the headline, standfirst, byline and the first body
// line of pasted text.
func textHeader(lines []textLine) textHeaderLines {
	h := textHeaderLines{headline: -1, description: -1, byline: -1}
	h.body = firstProse(lines, 0)
	// A byline before the body splits header from body.
	limit := min(len(lines), h.body+4)
	for i := 0; i < limit && i < 60; i++ {
		if textBylineLine(lines[i].text) {
			h.byline = i
			h.body = firstProse(lines, i+1)
			break
		}
	}
	end := h.body // the header is what comes before the body
	if h.byline >= 0 {
		end = h.byline
	}
	// Walk back from the end of the header: a standfirst sentence, then
	// the headline.
	i := end - 1
	for i >= 0 && dateLine(lines[i].text) {
		i--
	}
	if i >= 0 && h.byline >= 0 && proseLike(lines[i]) && i > 0 {
		h.description = i
		i--
		for i >= 0 && dateLine(lines[i].text) {
			i--
		}
	}
	for ; i >= 0; i-- {
		if lines[i].words >= 3 && !dateLine(lines[i].text) && !furnitureTexts[normTitle(lines[i].text)] {
			h.headline = i
			break
		}
	}
	if h.body >= len(lines) || h.body < 0 {
		h.body = len(lines)
	}
	return h
}

// interfaceWords are the words of a site's controls that pasted text
// carries along, never a section name.
var interfaceWords = map[string]bool{
	"log in": true, "login": true, "sign in": true, "sign up": true, "subscribe": true,
	"menu": true, "search": true, "home": true, "account": true, "register": true,
	"x": true, "close": true, "skip to main content": true, "skip to content": true,
	"share": true, "save": true, "comment": true, "comments": true, "listen": true,
	"gift article": true, "print": true, "more": true, "sections": true, "newsletters": true,
}

// firstProse returns the index of the first line at or after from that
// reads as an article paragraph, or len(lines).
func firstProse(lines []textLine, from int) int {
	for i := from; i < len(lines); i++ {
		if proseLike(lines[i]) && !dateLine(lines[i].text) && !textBylineLine(lines[i].text) && !captionLike(lines[i].text) {
			return i
		}
	}
	return len(lines)
}

// proseLike reports a line that reads as running text: several words ending
// a sentence, or a long line.
func proseLike(l textLine) bool {
	n := utf8.RuneCountInString(l.text)
	return l.words >= 8 && endsSentence(l.text) || n >= 100 || l.words >= 15
}

// navLike reports a short line of a menu or footer: a few words and no
// sentence.
func navLike(l textLine) bool {
	return l.words <= 4 && !endsSentence(l.text)
}

// textBylineLine reports a line that credits the author.
func textBylineLine(s string) bool {
	if utf8.RuneCountInString(s) > 150 {
		return false
	}
	l := strings.ToLower(s)
	for _, p := range []string{"by ", "written by ", "posted by ", "story by ", "words by ", "reporting by ", "author: ", "authors: ", "by: "} {
		if strings.HasPrefix(l, p) {
			return len(parseByline(s)) > 0
		}
	}
	if strings.Contains(s, " | ") && len(parseByline(s)) > 0 && !endsSentence(s) {
		return true
	}
	return false
}

// dateLine reports a short line that is mostly a date.
func dateLine(s string) bool {
	if utf8.RuneCountInString(s) > 80 {
		return false
	}
	_, ok := dateInText(s)
	return ok
}

// textBody returns the paragraphs of the body lines, less footer words
// at the end and furniture lines inside.
func textBody(lines []textLine, a *Article) []string {
	end := len(lines)
	for end > 0 && (!proseLike(lines[end-1]) && !endsSentence(lines[end-1].text) ||
		footerLine(lines[end-1].text) || promoLine(lines[end-1].text) || authorBio(lines[end-1].text, a.Authors)) {
		end--
	}
	headline := normTitle(a.Headline)
	var out []string
	for i := 0; i < end; i++ {
		l := lines[i]
		nt := normTitle(l.text)
		if furnitureTexts[nt] || nt == headline || promoLine(l.text) || captionLike(l.text) || furniturePrefix(nt) {
			continue
		}
		if i > 0 && promoLine(lines[i-1].text) && !endsSentence(l.text) {
			continue // the pitch under a newsletter box's heading
		}
		// A short line that is not a sentence stays only as a subheading
		// followed by prose.
		if !proseLike(l) && !endsSentence(l.text) {
			next := i + 1
			if next >= end || !proseLike(lines[next]) || promoLine(lines[next].text) || l.words < 2 {
				continue
			}
		}
		out = append(out, l.text)
	}
	return out
}

// furniturePrefix reports a short line that starts with a furniture text of
// two words or more ("Listen to this article · 4 min"); nt is normalized.
func furniturePrefix(nt string) bool {
	if len(nt) > 50 {
		return false
	}
	for i := 0; i < len(nt); i++ {
		if nt[i] == ' ' && strings.Contains(nt[:i], " ") && furnitureTexts[nt[:i]] {
			return true
		}
	}
	return false
}

// footerLine reports a copyright or rights line.
func footerLine(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "©") || strings.HasPrefix(l, "copyright") || strings.HasPrefix(l, "(c) ") ||
		strings.Contains(l, "all rights reserved")
}

// promoWords mark a line that promotes the site rather than telling the
// story: newsletter boxes, subscription prompts, sign-in walls.
var promoWords = []string{
	"newsletter", "unsubscribe", "privacy policy", "sign up for", "sign up to",
	"already a subscriber", "subscribe to", "subscribe now", "log in to", "create an account",
	"download the app", "follow us on",
}

// promoLine reports a line that promotes the site.
func promoLine(s string) bool {
	if utf8.RuneCountInString(s) > 300 {
		return false
	}
	l := strings.ToLower(s)
	for _, w := range promoWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// authorBio reports a line about one of the authors ("Jane Doe is the
// Ledger's East Africa correspondent"), as sites put after the story.
func authorBio(s string, authors []Author) bool {
	if utf8.RuneCountInString(s) > 400 {
		return false
	}
	for _, au := range authors {
		if rest, ok := strings.CutPrefix(s, au.Name+" "); ok {
			for _, v := range []string{"is ", "was ", "covers ", "writes ", "has ", "reports "} {
				if strings.HasPrefix(rest, v) {
					return true
				}
			}
		}
	}
	return false
}
