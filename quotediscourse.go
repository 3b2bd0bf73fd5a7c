package news

import "strings"

// The discourse is what the quote stage remembers while it reads the
// article in order: the people and organizations named so far, the
// speakers, and the roles the article gave people.
type discourse struct {
	persons []qMention // recent people named, newest last
	orgs    []qMention // recent organizations named, newest last
	// last is the latest speech event; lastPerson the latest one whose
	// speaker is a person.
	last, lastPerson event
	// textEvent is the latest speech event of the current text, and
	// prevEvent the latest of the text before it.
	textEvent, prevEvent event
	// source is who last issued a statement, report or letter, for "the
	// statement said".
	source event
	order  int // rank of the current text
	// fed counts the texts and runs already taken into persons and orgs.
	fedText, fedRun int
	// roles maps a role word ("spokesperson") to the people described
	// with it; roleOf gives each person's first description.
	roles  map[string][]roleRec
	roleOf map[string]string
	// speaksAsI holds the speakers quoted saying "I", "me" or "my": people.
	speaksAsI map[string]bool
	// spoke holds the people who have spoken so far.
	spoke map[string]bool
	// orgNoun maps a noun ("group", "company") to the organization the
	// article last called so ("The group, WeWorkers Coalition,").
	orgNoun map[string]qMention
}

// A qMention is a resolved name at a document position.
type qMention struct {
	s   speaker
	pos int
	obj bool // after a preposition or in the possessive: not a subject
}

// An event is one act of speech: a quotation or reported speech.
type event struct {
	s     speaker
	order int // text rank
	pos   int
	verb  string
	ok    bool
}

// A roleRec is a person described with a role word.
type roleRec struct {
	s   speaker
	pos int
}

// maxRecent bounds the remembered mentions.
const maxRecent = 12

// addRole records that the article describes speaker s with role.
func (d *qdoc) addRole(s speaker, role string, pos int) {
	if s.name == "" || s.kind == Organization || s.kind == Location {
		return
	}
	if d.disc.roles == nil {
		d.disc.roles = map[string][]roleRec{}
		d.disc.roleOf = map[string]string{}
	}
	if _, ok := d.disc.roleOf[s.name]; !ok {
		d.disc.roleOf[s.name] = role
	}
	for _, w := range strings.Fields(role) {
		w = roleWord(w)
		recs := d.disc.roles[w]
		switch {
		case w == "":
		case len(recs) > 0 && recs[len(recs)-1].s.name == s.name:
			recs[len(recs)-1].pos = max(recs[len(recs)-1].pos, pos)
		case len(recs) < maxFormsPerKey:
			d.disc.roles[w] = append(recs, roleRec{s, pos})
		}
	}
}

// roleWord normalizes a word of a role for lookup: lower case, one word
// for spokesman, spokeswoman and spokesperson; "" for function words.
func roleWord(w string) string {
	w = strings.ToLower(strings.Trim(w, ",.;:"))
	w, _ = qStripPossessive(w)
	if functionWords()[w] || determiners()[w] || len(w) < 3 {
		return ""
	}
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen":
		return "spokesperson"
	case "premier":
		return "minister"
	}
	return w
}

// byRole finds the person the article described with a role noun: the
// latest one before pos, else the only one after it.
func (d *qdoc) byRole(noun string, pos int) (speaker, bool) {
	recs := d.disc.roles[roleWord(noun)]
	var best *roleRec
	for i := range recs {
		r := &recs[i]
		if r.pos <= pos && (best == nil || r.pos > best.pos) {
			best = r
		}
	}
	if best == nil && len(recs) > 0 {
		first := recs[0].s.name
		for _, r := range recs {
			if r.s.name != first {
				return speaker{entity: -1}, false
			}
		}
		best = &recs[0]
	}
	if best == nil {
		return speaker{entity: -1}, false
	}
	return best.s, true
}

// feed takes the names of the article up to token tok of text t into the
// discourse, resolved.
func (d *qdoc) feed(t *qtext, tok int) {
	for d.disc.fedText < int(t.order) {
		u := d.texts[d.disc.fedText]
		d.feedRuns(u, len(u.toks))
		d.disc.fedText++
		d.disc.fedRun = 0
	}
	d.feedRuns(t, tok)
}

// feedRuns takes the runs of text t before token tok into the
// discourse: people and organizations, with whether they stand as
// subjects.
func (d *qdoc) feedRuns(t *qtext, tok int) {
	if t.para == InHeadline {
		return
	}
	for ; d.disc.fedRun < len(t.runs) && t.runs[d.disc.fedRun].from < tok; d.disc.fedRun++ {
		run := t.runs[d.disc.fedRun]
		if run.weak {
			continue
		}
		s := d.resolveRun(t, d.disc.fedRun)
		a := min(t.roleStart(run), run.from)
		m := qMention{s: s, pos: docPos(int(t.order), run.from), obj: run.possessive || t.afterPreposition(a) || t.afterAddressing(a)}
		if w := t.word(run.from - 1); (w == "a" || w == "an") && isLowerWord(t.word(run.to)) {
			continue // a name used as a modifier: "a Netflix documentary"
		}
		switch s.kind {
		case Person:
			d.disc.persons = pushMention(d.disc.persons, m)
		case Organization:
			d.disc.orgs = pushMention(d.disc.orgs, m)
		}
	}
}

// afterPreposition reports a name that is not where a subject stands:
// after a preposition or a verb ("accusing Big Machine").
func (t *qtext) afterPreposition(i int) bool {
	if i == 0 || t.toks[i-1].kind != tkWord {
		return false
	}
	w := t.word(i - 1)
	if !isLowerWord(w) || isAgentNoun(w) || subjectOpeners()[w] {
		return false
	}
	if _, _, ok := t.verbAt(i - 1); ok {
		return afterAddressingVerb(w)
	}
	return true
}

// subjectOpeners are lowercase words after which a subject may stand.
var subjectOpeners = lazySet(`and but or that while when because as if although though so whereas
since after before until unless where which whom then also yet nor however meanwhile`)

// afterAddressing reports a name right after a verb of telling: the
// addressee, not the speaker ("Cook told Benioff").
func (t *qtext) afterAddressing(i int) bool {
	return afterAddressingVerb(t.word(i - 1))
}

// afterAddressingVerb reports a form of a verb of telling.
func afterAddressingVerb(w string) bool {
	for _, f := range verbLexicon()[w] {
		if addressing(f.lemma) {
			return true
		}
	}
	return false
}

// pushMention appends m to the recent mentions, merging it with the
// latest one when it names the same, and forgetting the oldest.
func pushMention(ms []qMention, m qMention) []qMention {
	if n := len(ms); n > 0 && ms[n-1].s.name == m.s.name {
		m.obj = m.obj && ms[n-1].obj // still a subject lately
		ms[n-1] = m
		return ms
	}
	if len(ms) >= maxRecent {
		copy(ms, ms[1:])
		ms = ms[:len(ms)-1]
	}
	return append(ms, m)
}

// startText moves the discourse to text t, the next in order.
func (d *qdoc) startText(t *qtext) {
	d.disc.prevEvent = d.disc.textEvent
	d.disc.textEvent = event{}
	d.disc.order = int(t.order)
}

// record notes a speech event.
func (d *qdoc) record(s speaker, t *qtext, tok int, verb string) {
	e := event{s: s, order: int(t.order), pos: docPos(int(t.order), tok), verb: verb, ok: true}
	d.disc.last = e
	d.disc.textEvent = e
	if s.kind == Person {
		d.disc.lastPerson = e
		if d.disc.spoke == nil {
			d.disc.spoke = map[string]bool{}
		}
		d.disc.spoke[s.name] = true
	}
}

// noteSource remembers who issued the statement, report or letter a
// sentence mentions: the speaker of the sentence, else its subject
// ("Big Machine Records issued a statement").
func (d *qdoc) noteSource(t *qtext, sent tokRange) {
	found := -1
	for i := sent.from; i < sent.to; i++ {
		if t.toks[i].kind == tkWord && sourceNouns()[t.word(i)] {
			found = i
			break
		}
	}
	e := d.disc.last
	inSentence := e.ok && e.pos >= docPos(int(t.order), sent.from) && e.s.name != ""
	if inSentence && (found >= 0 || writes(e.verb)) {
		d.disc.source = e // "reported The New York Times", "said in a statement"
		return
	}
	if found < 0 {
		return
	}
	np, ok := t.clauseSubject(sent.from, found)
	if !ok || np.head != "" && sourceNouns()[np.head] {
		return
	}
	if s := d.resolveNP(t, np, "", speaker{entity: -1}); s.name != "" {
		d.disc.source = event{s: s, order: int(t.order), pos: docPos(int(t.order), np.from), ok: true}
	}
}

// notePerson remembers a speaker quoted in the first person singular,
// which only a person does.
func (d *qdoc) notePerson(s speaker, text string) {
	if s.name == "" || s.kind == Organization || s.kind == Location {
		return
	}
	for _, w := range quoteWords(text) {
		switch w {
		case "I", "me", "my", "myself", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll":
			if d.disc.speaksAsI == nil {
				d.disc.speaksAsI = map[string]bool{}
			}
			d.disc.speaksAsI[s.name] = true
			return
		}
	}
}

// isSure reports a speaker known to be a person, or one who has spoken.
func (d *qdoc) isSure(s speaker) bool {
	return s.sure || d.disc.speaksAsI[s.name] || d.disc.spoke[s.name]
}

// quoteWords splits text into words with their apostrophes.
func quoteWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '’')
	})
}

// writes reports a verb of publishing: what it reports is a report.
func writes(verb string) bool {
	for _, f := range verbLexicon()[verb] {
		switch f.lemma {
		case "report", "write", "post", "tweet", "blog", "publish":
			return true
		}
	}
	return false
}

// recent reports an event no more than n texts before the text of rank
// order.
func (e event) recent(order, n int) bool { return e.ok && order-e.order <= n }

// resolvePronoun resolves he, she, they or it used at pos. A
// continuing verb ("he added") prefers the last person who spoke; other
// verbs the latest person named who is not the addressee.
func (d *qdoc) resolvePronoun(p string, order, pos int, lemma string, addr speaker) speaker {
	unresolved := speaker{entity: -1, known: true}
	switch p {
	case "he", "she":
		lp := d.disc.lastPerson
		if continuing(lemma) && lp.recent(order, 2) && lp.s.name != addr.name && d.genderFits(lp.s, p) {
			return lp.s
		}
		// The latest subject who is surely a person, in this text or the
		// one before, else the latest subject; then the same further back.
		for _, pass := range []struct {
			sure  bool
			texts int
		}{{true, 1}, {false, 1}, {true, 4}, {false, 4}} {
			for i := len(d.disc.persons) - 1; i >= 0; i-- {
				m := d.disc.persons[i]
				if !m.obj && m.s.name != addr.name && m.pos < pos && (d.isSure(m.s) || !pass.sure) &&
					order-m.pos>>24 <= pass.texts && d.genderFits(m.s, p) {
					return m.s
				}
			}
		}
		if lp.recent(order, 3) && lp.s.name != addr.name && d.genderFits(lp.s, p) {
			return lp.s
		}
		if l := d.disc.last; l.recent(order, 1) && l.s.kind == "" && l.s.name != "" && l.s.name != addr.name {
			return l.s
		}
	case "they":
		if l := d.disc.last; l.recent(order, 2) && l.s.name != addr.name {
			return l.s
		}
		if n := len(d.disc.orgs); n > 0 {
			return d.disc.orgs[n-1].s
		}
	case "it":
		if l := d.disc.last; l.recent(order, 2) && l.s.kind != Person && l.s.name != "" {
			return l.s
		}
		if n := len(d.disc.orgs); n > 0 {
			return d.disc.orgs[n-1].s
		}
	}
	return unresolved
}

// salientPerson returns the latest person named as a subject in this
// text or the one before, when the article has said for sure that it is
// a person: what "the actor" or "the lawyer" refers back to.
func (d *qdoc) salientPerson(order, pos int) (speaker, bool) {
	for i := len(d.disc.persons) - 1; i >= 0; i-- {
		m := d.disc.persons[i]
		if m.pos >= pos || m.obj {
			continue
		}
		if order-m.pos>>24 <= 1 && d.isSure(m.s) {
			return m.s, true
		}
		break
	}
	return speaker{entity: -1}, false
}

// continuing reports verbs that go on with the last speaker's words.
func continuing(lemma string) bool {
	switch lemma {
	case "add", "continue", "conclude", "go on", "elaborate", "reiterate", "repeat", "insist":
		return true
	}
	return false
}

// noteOrgNoun remembers that the article called organization s by a
// phrase whose last word is an organization noun ("The group"), at pos.
func (d *qdoc) noteOrgNoun(phrase string, s speaker, pos int) {
	if s.name == "" || s.kind == Person || s.kind == Location {
		return
	}
	w := strings.ToLower(phrase[strings.LastIndexByte(phrase, ' ')+1:])
	if !orgNouns()[w] {
		return
	}
	if d.disc.orgNoun == nil {
		d.disc.orgNoun = map[string]qMention{}
	}
	d.disc.orgNoun[w] = qMention{s: s, pos: pos}
}

// lastOrg returns the latest organization named before pos, preferring
// one whose name holds the noun ("the ministry" -> "Foreign Ministry").
func (d *qdoc) lastOrg(noun string, pos int) (speaker, bool) {
	if m, ok := d.disc.orgNoun[noun]; ok && pos>>24-m.pos>>24 <= 1 {
		return m.s, true // called so in this paragraph or the one before
	}
	orgs := d.disc.orgs
	for i := len(orgs) - 1; i >= 0; i-- {
		if orgs[i].pos < pos && strings.Contains(strings.ToLower(orgs[i].s.name), noun) {
			return orgs[i].s, true
		}
	}
	// A subject first: "the group" is not the Twitter it posted on.
	for _, subject := range []bool{true, false} {
		for i := len(orgs) - 1; i >= 0; i-- {
			if orgs[i].pos < pos && (!orgs[i].obj || !subject) {
				return orgs[i].s, true
			}
		}
	}
	return speaker{entity: -1}, false
}
