package news

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An attribution is the speaker found for one quotation.
type attribution struct {
	s    speaker
	verb string
	ok   bool
	cued bool // found by a cue of its own, not inherited
}

// attributeText classifies the quotations of text t, finds their
// speakers, and reports the indirect speech of its other sentences: it
// appends the quotes to out and returns it.
func (d *qdoc) attributeText(out []Quote, t *qtext) []Quote {
	d.startText(t)
	for k := range t.spans {
		t.spans[k].kind = t.shapeKind(k)
	}
	var in []int
	for si, sent := range t.sents {
		in = in[:0]
		for i := sent.from; i < sent.to; i++ {
			if tk := t.toks[i]; tk.kind == tkSpan && t.spans[tk.span].kind != spanTitle {
				in = append(in, int(tk.span))
			}
		}
		if len(in) == 0 {
			if t.para >= 0 {
				if q, ok := d.indirectSpeech(t, si); ok {
					out = append(out, q)
				}
				d.noteSource(t, sent)
			}
			continue
		}
		var prev attribution
		for n, k := range in {
			lo, hi := sent.from, sent.to
			if n > 0 {
				lo = int(t.spans[in[n-1]].tok) + 1
			}
			if n+1 < len(in) {
				hi = int(t.spans[in[n+1]].tok)
			}
			if q, a, ok := d.quoteOf(t, si, k, lo, hi, prev); ok {
				out = append(out, q)
				if a.ok {
					prev = a
				}
			}
		}
		d.noteSource(t, sent)
	}
	return out
}

// quoteOf classifies span k of text t and, when it is speech, finds its
// speaker. Tokens [lo, hi) are the stretch of its sentence between the
// quotations before and after it.
func (d *qdoc) quoteOf(t *qtext, si, k, lo, hi int, prev attribution) (Quote, attribution, bool) {
	tok := int(t.spans[k].tok)
	after, okA := t.cueAfter(tok+1, hi)
	before, okB := t.cueBefore(lo, tok)
	var final cue
	okF := false
	if !okA {
		final, okF = t.finalCue(tok+1, hi)
	}
	near := okB && (t.verbNear(max(lo, tok-20), tok) || t.word(tok-1) == ":")
	if !okA && !okB && !okF {
		if c, ok := t.nextSentenceCue(si); ok && c.final {
			final, okF = c, true // "... human right". Another is ..., Cook said.
		}
	}
	if !prev.ok && d.disc.textEvent.ok {
		prev = attribution{s: d.disc.textEvent.s, verb: d.disc.textEvent.verb, ok: true, cued: true}
	}
	kind := t.speechKind(k, t.sents[si].from, okA, near, okF, okB && tok-before.at <= 3, prev)
	if kind != spanSpeech {
		t.spans[k].kind = kind
		return Quote{}, attribution{}, false
	}
	var a attribution
	pe := d.disc.prevEvent
	switch {
	case okA:
		a = d.fromCue(t, after)
	case t.spans[k].cont && pe.ok:
		a = attribution{s: pe.s, verb: pe.verb, ok: true}
	case okB:
		a = d.fromCue(t, before)
	case okF:
		a = d.fromCue(t, final)
	case prev.ok:
		a = prev
	case d.disc.textEvent.ok:
		e := d.disc.textEvent
		a = attribution{s: e.s, verb: e.verb, ok: true}
	default:
		if c, ok := t.nextSentenceCue(si); ok {
			a = d.fromCue(t, c)
		} else if int(t.para) > 0 && tok == 0 && pe.ok && pe.order == int(t.order)-1 {
			a = attribution{s: pe.s, verb: pe.verb, ok: true}
		}
	}
	sp := t.spans[k]
	if a.ok {
		d.record(a.s, t, tok, a.verb)
		d.notePerson(a.s, t.s[sp.start:sp.end])
	}
	q := d.newQuote(t, int(sp.start), int(sp.end), a)
	q.Partial = t.isPartial(k, lo, okA)
	return q, a, true
}

// verbNear reports a reporting verb among tokens [a, b).
func (t *qtext) verbNear(a, b int) bool {
	for i := a; i < b; i++ {
		if _, _, ok := t.verbAt(i); ok || t.accordingAt(i) || t.nominalAt(i) {
			return true
		}
	}
	return false
}

// fromCue resolves the speaker of a cue.
func (d *qdoc) fromCue(t *qtext, c cue) attribution {
	addr := speaker{entity: -1}
	if c.addr.to > c.addr.from && c.addr.run >= 0 {
		addr = d.resolveRun(t, c.addr.run)
	}
	s := d.resolveNP(t, c.spk, c.lemma, addr)
	if s.name != "" && s.role != "" && s.kind != Organization {
		d.addRole(s, s.role, docPos(int(t.order), c.spk.from))
	}
	return attribution{s: s, verb: c.verb, ok: true, cued: true}
}

// newQuote builds a Quote of text t's bytes [start, end).
func (d *qdoc) newQuote(t *qtext, start, end int, a attribution) Quote {
	q := Quote{Text: t.s[start:end], Entity: -1, Verb: a.verb, Paragraph: int(t.para), Start: start, End: end}
	if !a.ok || a.s.name == "" {
		return q
	}
	q.Speaker = a.s.name
	if e := a.s.entity; e >= 0 && e < len(d.ents) && d.ents[e].Name == a.s.name {
		q.Entity = e
	}
	q.Role = a.s.role
	if q.Role == "" {
		q.Role = d.disc.roleOf[a.s.name]
	}
	if q.Role == "" && q.Entity >= 0 {
		q.Role = d.ents[q.Entity].Role
	}
	return q
}

// resolveNP resolves a speaker phrase used with a verb of lemma, the
// addressee excluded.
func (d *qdoc) resolveNP(t *qtext, np npRef, lemma string, addr speaker) speaker {
	d.feed(t, np.from)
	switch {
	case np.pron != "":
		return d.resolvePronoun(np.pron, int(t.order), docPos(int(t.order), np.from), lemma, addr)
	case np.run >= 0:
		s := d.resolveRun(t, np.run)
		if np.role != "" {
			s.role = np.role
			d.noteOrgNoun(np.role, s, docPos(int(t.order), np.from))
		}
		return s
	case np.head == "":
		return speaker{entity: -1}
	}
	return d.resolveCommonNP(t, np)
}

// resolveCommonNP resolves a phrase without a name: a spokesperson of a
// named organization speaks as it; a statement or report as who issued
// it; "the company" as the latest organization named; "the spokesman"
// as the person the article described so; else no one by name.
func (d *qdoc) resolveCommonNP(t *qtext, np npRef) speaker {
	pos := docPos(int(t.order), np.from)
	unnamed := speaker{entity: -1, known: true, role: np.role}
	h := np.head
	switch {
	case speaksFor()[roleWord(h)]:
		if np.mod >= 0 && !isDemonym(t.runName(t.runs[np.mod])) && !t.runs[np.mod].possessive {
			if s := d.resolveRun(t, np.mod); s.kind != Location {
				s.role = np.role
				return s
			}
		}
	case sourceNouns()[h]:
		if s, ok := d.sourceOf(t, np); ok {
			return s
		}
		return unnamed
	case orgNouns()[h]:
		if np.mod >= 0 {
			name := strings.TrimSpace(t.between(np.from, np.to))
			for _, det := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
				name = strings.TrimPrefix(name, det)
			}
			if i := d.lookupEntity(name); i >= 0 {
				return d.entitySpeaker(i)
			}
			return speaker{name: name, entity: -1, kind: Organization, known: true}
		}
		if indefinite()[strings.ToLower(t.word(np.from))] {
			return unnamed // "a group of employees"
		}
		if s, ok := d.lastOrg(h, pos); ok {
			d.noteOrgNoun(h, s, pos)
			return s
		}
		return unnamed
	}
	if indefinite()[strings.ToLower(t.word(np.from))] {
		return unnamed // "a resident", "one official": someone new
	}
	if s, ok := d.byRole(h, pos); ok {
		return s
	}
	if (t.word(np.from) == "the" || t.word(np.from) == "The") && isAgentNoun(h) {
		if s, ok := d.salientPerson(int(t.order), pos); ok {
			return s // "said the actor": the person the story is about
		}
	}
	return unnamed
}

// sourceOf finds who issued the statement, report or letter a phrase
// names: the organization it names ("a report from Kotak"), the subject
// of its sentence ("X issued a statement warning that"), or the latest
// issuer or speaker.
func (d *qdoc) sourceOf(t *qtext, np npRef) (speaker, bool) {
	if np.mod >= 0 {
		if s := d.resolveRun(t, np.mod); s.kind != Location {
			return s, true
		}
	}
	if sent := t.sentOf(np.from); np.from > sent.from {
		if sub, ok := t.clauseSubject(sent.from, np.from); ok && sub.from < np.from && !(sub.head != "" && sourceNouns()[sub.head]) {
			if s := d.resolveNP(t, sub, "", speaker{entity: -1}); s.name != "" {
				return s, true
			}
		}
	}
	if src := d.disc.source; src.recent(int(t.order), 4) {
		return src.s, true
	}
	if l := d.disc.last; l.recent(int(t.order), 3) && l.s.name != "" {
		return l.s, true
	}
	return speaker{entity: -1}, false
}

// indefinite are determiners that introduce someone not named before.
var indefinite = lazySet(`a an one another some several many two three four five`)

// speaksFor lists the people who speak for an organization: "a WeWork
// spokesperson", "Alibaba leaders" speak as the company.
var speaksFor = lazySet(`spokesperson representative representatives official officials executive
executives leader leaders management`)

// isDemonym reports a word that names a people ("Israeli", "Chinese").
func isDemonym(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "i", "ch", "ss"} {
		if strings.HasSuffix(w, suf) && len(w) > 4 {
			return true
		}
	}
	return false
}

// nextSentenceCue finds a speaker named in the sentence after sentence
// si, when that sentence has no quotation of its own.
func (t *qtext) nextSentenceCue(si int) (cue, bool) {
	if si+1 >= len(t.sents) {
		return cue{}, false
	}
	s := t.sents[si+1]
	for i := s.from; i < s.to; i++ {
		if tk := t.toks[i]; tk.kind == tkSpan && t.spans[tk.span].kind != spanTitle {
			return cue{}, false
		}
	}
	if c, ok := t.finalCue(s.from, s.to); ok {
		return c, true
	}
	if c, ok := t.cueAfter(s.from, s.to); ok && c.spk.run >= 0 {
		return c, true
	}
	return cue{}, false
}

// shapeKind tells titles and nicknames by their shape alone: a quotation
// inside a name (Dwayne "The Rock" Johnson), after a naming word (the
// film "...", called "..."), or in title case inside a sentence.
func (t *qtext) shapeKind(k int) spanKind {
	sp := t.spans[k]
	tok := int(t.spans[k].tok)
	text := t.s[sp.start:sp.end]
	words := countWords(text)
	if words <= 4 && t.capWord(tok-1) && t.capWord(tok+1) && !t.endsPossessive(tok-1) && isCap(strings.TrimSpace(text)) && !endsPunct(text) {
		return spanTitle // a nickname: Dwayne "The Rock" Johnson
	}
	if words <= 12 && t.namingBefore(tok) {
		return spanTitle
	}
	if t.para != InHeadline && words <= 12 && isTitleCase(text) && t.midSentence(tok) {
		prev := t.word(tok - 1)
		if _, _, verb := t.verbAt(tok - 1); !verb && prev != ":" && prev != "," {
			return spanTitle
		}
	}
	return spanSpeech
}

// namingBefore reports a naming word before token tok: called, dubbed,
// the film, the word, known as.
func (t *qtext) namingBefore(tok int) bool {
	p := tok - 1
	for n := 0; n < 2 && p >= 0; n++ {
		switch strings.ToLower(t.word(p)) {
		case "the", "a", "an", "its", "his", "her", "their", "new", "latest", "hit", "popular", "upcoming":
			p--
			continue
		}
		break
	}
	if p < 0 || t.toks[p].kind != tkWord {
		return false
	}
	w := strings.ToLower(t.word(p))
	if namingWords()[w] {
		return true
	}
	if w == "as" {
		switch t.word(p - 1) {
		case "known", "billed", "marketed", "branded", "referred", "nicknamed":
			return true
		}
	}
	return false
}

// sentOf returns the sentence that holds token tok.
func (t *qtext) sentOf(tok int) tokRange {
	lo := sort.Search(len(t.sents), func(m int) bool { return t.sents[m].to > tok })
	if lo < len(t.sents) {
		return t.sents[lo]
	}
	return tokRange{tok, tok}
}

// midSentence reports a token with words before it in its sentence.
func (t *qtext) midSentence(tok int) bool {
	return tok > t.sentOf(tok).from
}

// speechKind decides, with the cues found, whether span k is speech. A
// short quotation inside the reporter's sentence with no reporting cue
// near it is a scare quote; a title-case one is a title.
func (t *qtext) speechKind(k, sentFrom int, okA, okB, okF, verbRightBefore bool, prev attribution) spanKind {
	sp := t.spans[k]
	tok := int(t.spans[k].tok)
	text := t.s[sp.start:sp.end]
	if t.spans[k].cont || t.spans[k].goesOn {
		return spanSpeech
	}
	mid := tok > sentFrom
	premod := t.premodifier(k)
	cued := okA || okB || okF && !premod
	if sp.single {
		if cued && countWords(text) >= 1 {
			return spanSpeech
		}
		return spanScare
	}
	words := countWords(text)
	if t.para != InHeadline && words <= 12 && isTitleCase(text) && mid && !okA && !verbRightBefore {
		return spanTitle
	}
	if words <= 4 && mid && !cued && !(prev.ok && prev.cued) {
		return spanScare
	}
	return spanSpeech
}

// premodifier reports a quotation that modifies the noun after it
// ("a “skinny” trade deal").
func (t *qtext) premodifier(k int) bool {
	sp := t.spans[k]
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t.s[sp.start:sp.end], " "))
	if unicode.IsPunct(r) {
		return false
	}
	after := int(sp.tok) + 1
	next := t.word(after)
	return after < len(t.toks) && t.toks[after].kind == tkWord && isLowerWord(next) && !functionWords()[next]
}

// isPartial reports a quotation that is a fragment of the reporter's
// sentence: words of the sentence come before it that are not just an
// introduction ("X said:", "she added,"), or the sentence runs on after
// it without a break.
func (t *qtext) isPartial(k, lo int, okA bool) bool {
	if t.spans[k].cont {
		return false
	}
	tok := int(t.spans[k].tok)
	sp := t.spans[k]
	text := strings.TrimSpace(t.s[sp.start:sp.end])
	lo = max(lo, tok-maxCueWindow)
	if tok > lo {
		switch t.word(tok - 1) {
		case ":":
			return false
		case ",":
			for i := lo; i < tok; i++ {
				if _, _, ok := t.verbAt(i); ok || t.accordingAt(i) {
					return false
				}
			}
			r, _ := utf8.DecodeRuneInString(text)
			return !unicode.IsUpper(r) && !unicode.IsDigit(r)
		}
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	if unicode.IsPunct(r) || okA || tok+1 >= len(t.toks) {
		return false
	}
	return t.toks[tok+1].kind == tkWord && isLowerWord(t.word(tok+1))
}

// endsPunct reports text that ends with punctuation.
func endsPunct(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return unicode.IsPunct(r)
}

// countWords counts the words of s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

// smallTitleWords may stay lowercase in a title.
var smallTitleWords = lazySet(`a an the of in on at to for and or but with by from as vs nor de la le`)

// isTitleCase reports text whose words are all capitalized, but for the
// small words a title leaves in lower case: "Dancing with the Stars".
func isTitleCase(s string) bool {
	caps := 0
	for s != "" {
		// The next word: a run of letters, digits, apostrophes and
		// hyphens.
		i := strings.IndexFunc(s, titleWordRune)
		if i < 0 {
			break
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !titleWordRune(r) })
		if j < 0 {
			j = len(s)
		}
		w := s[:j]
		s = s[j:]
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case caps > 0 && smallTitleWords()[w]:
		default:
			return false
		}
	}
	return caps > 0
}

// titleWordRune reports a character of a word for isTitleCase.
func titleWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
}
