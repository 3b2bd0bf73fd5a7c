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
		if sec := head.headline - 1; sec >= 0 && navLike(lines[sec]) && lines[sec].words <= 3 && utf8.RuneCountInString(lines[sec].text) > 1 {
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
		if n := len(out); n > 0 && !blank && !endsSentence(out[n-1].text) && startsLower(line) && utf8.RuneCountInString(out[n-1].text) >= 40 {
			out[n-1].text = truncate(out[n-1].text+" "+line, maxText)
			out[n-1].words = len(strings.Fields(out[n-1].text))
			continue
		}
		blank = false
		out = append(out, textLine{text: line, words: len(strings.Fields(line))})
	}
	return out
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
	limit := min(len(lines), max(h.body+1, 1))
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

// firstProse returns the index of the first line at or after from that
// reads as an article paragraph, or len(lines).
func firstProse(lines []textLine, from int) int {
	for i := from; i < len(lines); i++ {
		if proseLike(lines[i]) && !dateLine(lines[i].text) && !textBylineLine(lines[i].text) {
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
	for end > 0 && !proseLike(lines[end-1]) && !endsSentence(lines[end-1].text) {
		end--
	}
	headline := normTitle(a.Headline)
	var out []string
	for i := 0; i < end; i++ {
		l := lines[i]
		nt := normTitle(l.text)
		if furnitureTexts[nt] || nt == headline {
			continue
		}
		// A short line that is not a sentence stays only as a subheading
		// followed by prose.
		if !proseLike(l) && !endsSentence(l.text) && (i+1 >= end || !proseLike(lines[i+1]) || l.words < 2) {
			continue
		}
		out = append(out, l.text)
	}
	return out
}
