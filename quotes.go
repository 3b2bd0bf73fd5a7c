package news

import (
	"sort"
	"strings"
)

// findQuotes finds the quotations in an article and their speakers.
//
// It works in passes over the headline, the description and the body
// paragraphs, in document order:
//
//  1. Pair the quotation marks of each text (pairMarks), joining a
//     quotation that runs over several paragraphs.
//  2. Split each text into tokens and sentences, quotations kept whole,
//     and collect the capitalized names and their evidence.
//  3. Tell speech from titles, nicknames and scare quotes.
//  4. Attribute each quotation: a reporting cue around it (after, before,
//     at the end of its sentence), else the quotation before it in the
//     same sentence or paragraph, else the next sentence, else the
//     previous paragraph. Speakers are resolved to full names through
//     the entities when given and the article's own names otherwise.
//  5. Report indirect speech (X said that ...) in the other sentences.
func findQuotes(headline, description string, paras []string, ents []Entity) []Quote {
	d := newQuoteDoc(headline, description, paras, ents)
	if !d.anyQuoteOrCue() {
		return nil
	}
	d.indexNames()
	var out []Quote
	for _, t := range d.texts {
		out = append(out, d.attributeText(t)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		oi, oj := textOrder(out[i].Paragraph), textOrder(out[j].Paragraph)
		if oi != oj {
			return oi < oj
		}
		return out[i].Start < out[j].Start
	})
	return out
}

// textOrder ranks a Paragraph value in document order: headline,
// description, then the body.
func textOrder(p int) int {
	switch p {
	case InHeadline:
		return 0
	case InDescription:
		return 1
	}
	return p + 2
}

// A qtext is one text of the article (headline, description or a body
// paragraph) prepared for the quote stage.
type qtext struct {
	doc   *qdoc
	para  int // paragraph index, InHeadline or InDescription
	order int // rank in document order
	s     string
	spans []qspan
	toks  []qtoken
	sents []tokRange
	runs  []capRun
	// spanTok is the token index of each span.
	spanTok []int
	// kinds says what each span is, once classified.
	kinds []spanKind
	// entMentions are the entity stage's mentions in this text, by start.
	entMentions []entMention
	// runSpk memoizes what each run resolves to.
	runSpk []speaker
	// cont marks spans that continue a quotation of the paragraph before
	// (it opened there and did not close); first marks spans that go on
	// in the next paragraph.
	cont, goesOn []bool
}

// A spanKind says whether a quoted span is speech.
type spanKind uint8

const (
	spanSpeech spanKind = iota
	spanTitle           // a title, name or nickname: read as a word
	spanScare           // a scare quote or term: left out, but not a word
)

// word returns the text of token i.
func (t *qtext) word(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.s[t.toks[i].start:t.toks[i].end]
}

// between returns the text from the start of token i to the end of
// token j-1.
func (t *qtext) between(i, j int) string {
	if i >= j {
		return ""
	}
	return t.s[t.toks[i].start:t.toks[j-1].end]
}

// A qdoc is the article as the quote stage sees it.
type qdoc struct {
	texts []*qtext
	ents  []Entity
	names *nameIndex
	// entBySurface maps a normalized name or alias to its entity.
	entBySurface map[string]int
	// entByWord maps the first and last words of person entities.
	entByLast, entByFirst map[string][]int
	// gender holds what the article says of people's gender, 'm' or 'f'.
	gender map[string]byte
	// state of the discourse while attributing, in document order
	disc discourse
}

// newQuoteDoc prepares the texts of an article: marks paired, runs of
// quotation joined over paragraphs, tokens, sentences and capitalized
// runs found, and the entities indexed.
func newQuoteDoc(headline, description string, paras []string, ents []Entity) *qdoc {
	d := &qdoc{ents: ents}
	add := func(para int, s string) {
		if strings.TrimSpace(s) == "" {
			return
		}
		d.texts = append(d.texts, &qtext{doc: d, para: para, order: len(d.texts), s: s})
	}
	add(InHeadline, headline)
	add(InDescription, description)
	for i, p := range paras {
		add(i, p)
	}
	for _, t := range d.texts {
		t.spans = pairMarks(t.s)
	}
	d.joinParagraphs()
	for _, t := range d.texts {
		t.toks = tokenize(t.s, t.spans)
		t.spanTok = make([]int, len(t.spans))
		for i, tok := range t.toks {
			if tok.kind == tkSpan {
				t.spanTok[tok.span] = i
			}
		}
		t.sents = quoteSentences(t.s, t.toks, t.spans)
		t.runs = findCapRuns(t)
		t.kinds = make([]spanKind, len(t.spans))
	}
	d.indexEntities()
	return d
}

// joinParagraphs keeps an unclosed quotation only when the next body
// paragraph opens with a quotation mark (the convention for a quotation
// over several paragraphs) and the quotation opened where one begins: at
// the start of the paragraph or after a colon, a comma or the end of a
// sentence. Otherwise the unmatched mark is dropped, so that it never
// swallows more than its own paragraph.
func (d *qdoc) joinParagraphs() {
	for _, t := range d.texts {
		t.cont = make([]bool, len(t.spans))
		t.goesOn = make([]bool, len(t.spans))
	}
	for k, t := range d.texts {
		n := len(t.spans)
		if n == 0 || !t.spans[n-1].unclosed {
			continue
		}
		var next *qtext
		if k+1 < len(d.texts) && t.para >= 0 {
			next = d.texts[k+1]
		}
		if next != nil && len(next.spans) > 0 && !next.spans[0].single && !t.spans[n-1].single &&
			strings.TrimSpace(next.s[:next.spans[0].open]) == "" && opensQuotation(t.s[:t.spans[n-1].open]) {
			sp := &t.spans[n-1]
			sp.end = len(strings.TrimRight(t.s, " \t\r\n"))
			if sp.end < sp.start {
				sp.end = sp.start
			}
			t.goesOn[n-1] = true
			next.cont[0] = true
			continue
		}
		t.spans = t.spans[:n-1]
		t.cont = t.cont[:n-1]
		t.goesOn = t.goesOn[:n-1]
	}
}

// opensQuotation reports whether a quotation that runs on to the next
// paragraph may open after the text before.
func opensQuotation(before string) bool {
	before = strings.TrimRight(before, " \t")
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case ':', ',', '.', '!', '?', ';':
		return true
	}
	return strings.HasSuffix(before, "—")
}

// anyQuoteOrCue reports whether the article has any quotation mark or
// reporting verb worth a closer look.
func (d *qdoc) anyQuoteOrCue() bool {
	for _, t := range d.texts {
		if len(t.spans) > 0 {
			return true
		}
		for i := range t.toks {
			if _, _, ok := t.verbAt(i); ok {
				return true
			}
		}
	}
	return false
}
