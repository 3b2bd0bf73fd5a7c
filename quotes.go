package news

import (
	"slices"
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
	quotes, _ := quotesOf(headline, description, paras, ents)
	return quotes
}

// quotesOf is findQuotes, and reports whether it stopped looking at names
// at maxRuns.
func quotesOf(headline, description string, paras []string, ents []Entity) (quotes []Quote, truncated bool) {
	d := newQuoteDoc(headline, description, paras, ents)
	if !d.anyQuoteOrCue() {
		return nil, d.truncated
	}
	d.indexNames()
	// Most quotes are quotations: room for one a span saves growing the
	// list many times over on a page of thousands.
	spans := 0
	for _, t := range d.texts {
		spans += len(t.spans)
	}
	out := make([]Quote, 0, spans+4)
	for _, t := range d.texts {
		out = d.attributeText(out, t)
	}
	switch {
	case len(out) == 0:
		out = nil
	case cap(out) > len(out)+len(out)/4+4:
		out = slices.Clone(out)
	}
	sort.SliceStable(out, func(i, j int) bool {
		oi, oj := textOrder(out[i].Paragraph), textOrder(out[j].Paragraph)
		if oi != oj {
			return oi < oj
		}
		return out[i].Start < out[j].Start
	})
	return out, d.truncated
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
	para  int32 // paragraph index, InHeadline or InDescription
	order int32 // rank in document order
	s     string
	spans []qspan
	toks  []qtoken
	sents []tokRange
	runs  []capRun
	// The entity stage's mentions in this text, by start, are
	// qdoc.entMentions[mentFrom:mentTo].
	mentFrom, mentTo int32
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
	// entMentions are the entity stage's mentions, by text (see
	// qtext.mentFrom).
	entMentions []entMention
	// entBySurface maps a normalized name or alias to its entity.
	entBySurface map[string]int
	// entByWord maps the first and last words of person entities.
	entByLast, entByFirst map[string][]int
	// gender holds what the article says of people's gender, 'm' or 'f'.
	gender map[string]byte
	// speakers are the speakers runs resolve to, each once, and
	// speakerIndex gives 1 + the index of each.
	speakers     []speaker
	speakerIndex map[speaker]int32
	// truncated reports that maxRuns was reached.
	truncated bool
	// state of the discourse while attributing, in document order
	disc discourse
}

// newQuoteDoc prepares the texts of an article: marks paired, runs of
// quotation joined over paragraphs, tokens, sentences and capitalized
// runs found, and the entities indexed.
func newQuoteDoc(headline, description string, paras []string, ents []Entity) *qdoc {
	d := &qdoc{ents: ents, texts: make([]*qtext, 0, len(paras)+2)}
	all := make([]qtext, 0, len(paras)+2) // room for all: never moved
	add := func(para int, s string) {
		if len(s) > maxUnitLen || strings.TrimSpace(s) == "" {
			return
		}
		all = append(all, qtext{para: int32(para), order: int32(len(d.texts)), s: s})
		d.texts = append(d.texts, &all[len(all)-1])
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
	// The tokens, sentences and runs of each text are gathered in buffers
	// used again for each, and kept in slabs.
	var b qbuffers
	runs := 0
	for _, t := range d.texts {
		switch {
		case len(t.s) > bigText:
			b.toks = make([]qtoken, 0, countQTokens(t.s, t.spans)) // see entityDoc.addUnit
		case cap(b.toks) < len(t.s)/5+1:
			b.toks = make([]qtoken, 0, len(t.s)/5+1)
		}
		t.toks, b.toks = keep(&b.tokSlab, appendQTokens(b.toks[:0], t.s, t.spans))
		for i, tok := range t.toks {
			if tok.kind == tkSpan {
				t.spans[tok.span].tok = int32(i)
			}
		}
		t.sents, b.sents = keep(&b.sentSlab, appendQSentences(b.sents[:0], t.s, t.toks, t.spans))
		var cut bool
		b.runs, cut = appendCapRuns(b.runs[:0], t, maxRuns-runs)
		t.runs, b.runs = keep(&b.runSlab, b.runs)
		runs += len(t.runs)
		d.truncated = d.truncated || cut
	}
	d.indexEntities()
	return d
}

// qbuffers are the buffers and slabs of newQuoteDoc.
type qbuffers struct {
	toks     []qtoken
	sents    []tokRange
	runs     []capRun
	tokSlab  slab[qtoken]
	sentSlab slab[tokRange]
	runSlab  slab[capRun]
}

// maxRuns bounds the runs of capitalized words the quote stage looks at
// in one article, as maxMentions does the names of the entity stage. Past
// it, later texts are read without names: their quotations may go
// unattributed, and the Article is marked Truncated.
const maxRuns = 2 * maxMentions

// joinParagraphs keeps an unclosed quotation only when the next body
// paragraph opens with a quotation mark (the convention for a quotation
// over several paragraphs) and the quotation opened where one begins: at
// the start of the paragraph or after a colon, a comma or the end of a
// sentence. Otherwise the unmatched mark is dropped, so that it never
// swallows more than its own paragraph.
func (d *qdoc) joinParagraphs() {
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
			sp.end = int32(len(strings.TrimRight(t.s, " \t\r\n")))
			if sp.end < sp.start {
				sp.end = sp.start
			}
			sp.goesOn = true
			next.spans[0].cont = true
			continue
		}
		t.spans = t.spans[:n-1]
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
