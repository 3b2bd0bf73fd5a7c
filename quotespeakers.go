package news

import (
	"sort"
	"strings"
)

// A speaker is who a cue or a qMention names, resolved.
type speaker struct {
	name   string // canonical full name; "" when unnamed
	entity int    // index in the entities, or -1
	kind   Kind   // Person, Organization, Location, or "" when unknown
	role   string // description given in the article
	known  bool   // a speaker was identified, even if unnamed ("an insider")
	sure   bool   // known to be a person (entity kind, title, role noun)
}

// docPos is a position in the document: the text's rank and a token.
func docPos(order, tok int) int { return order<<24 | tok }

// normName normalizes a name for comparison: lower case, no periods, no
// leading "the", no trailing possessive.
func normName(s string) string {
	s = strings.TrimSpace(s)
	s, _ = qStripPossessive(s)
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

// indexEntities prepares the lookups into the entities from the
// entity stage: by every surface form, by the first and last words of
// people's names, and by qMention position.
func (d *qdoc) indexEntities() {
	d.entBySurface = map[string]int{}
	d.entByLast = map[string][]int{}
	d.entByFirst = map[string][]int{}
	for i, e := range d.ents {
		if e.Kind == Group {
			continue
		}
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			k := normName(s)
			if _, dup := d.entBySurface[k]; !dup && k != "" {
				d.entBySurface[k] = i
			}
			if e.Kind != Person {
				continue
			}
			if w := nameTokens(s); len(w) > 1 {
				last, first := strings.ToLower(w[len(w)-1]), strings.ToLower(w[0])
				if len(d.entByLast[last]) < maxFormsPerKey {
					d.entByLast[last] = append(d.entByLast[last], i)
				}
				if len(d.entByFirst[first]) < maxFormsPerKey {
					d.entByFirst[first] = append(d.entByFirst[first], i)
				}
			}
		}
	}
	d.indexMentions()
}

// indexMentions gives each text the entity mentions in it, by start. The
// mentions of each paragraph (offset by 2 for the headline and
// description) are counted first, so that the lists are cut from one
// array, in the order of the entities.
func (d *qdoc) indexMentions() {
	n := 2
	for _, t := range d.texts {
		n = max(n, int(t.para)+3)
	}
	end := make([]int, n) // the end of each paragraph's list in all
	for _, e := range d.ents {
		if e.Kind == Group {
			continue
		}
		for _, m := range e.Mentions {
			if k := m.Paragraph + 2; k >= 0 && k < n {
				end[k]++
			}
		}
	}
	for k := 1; k < n; k++ {
		end[k] += end[k-1]
	}
	all := make([]entMention, end[n-1])
	next := make([]int, n) // where the next mention of each paragraph goes
	for k := 1; k < n; k++ {
		next[k] = end[k-1]
	}
	for i, e := range d.ents {
		if e.Kind == Group {
			continue
		}
		for _, m := range e.Mentions {
			if k := m.Paragraph + 2; k >= 0 && k < n {
				all[next[k]] = entMention{int32(m.Start), int32(m.End), int32(i)}
				next[k]++
			}
		}
	}
	for _, t := range d.texts {
		k := t.para + 2
		from := 0
		if k > 0 {
			from = end[k-1]
		}
		if ms := all[from:end[k]:end[k]]; len(ms) > 0 {
			sort.Slice(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
			t.mentFrom, t.mentTo = int32(from), int32(end[k])
		}
	}
	d.entMentions = all
}

// An entMention is where the entity stage found an entity in a text: its
// byte offsets, and the entity's index.
type entMention struct{ start, end, ent int32 }

// entityAt returns the entity mentioned over bytes [start, end) of text
// t, or -1.
func (d *qdoc) entityAt(t *qtext, start, end int) int {
	ms := d.entMentions[t.mentFrom:t.mentTo]
	i := sort.Search(len(ms), func(i int) bool { return int(ms[i].end) > start })
	for ; i < len(ms) && int(ms[i].start) < end; i++ {
		return int(ms[i].ent)
	}
	return -1
}

// entitySpeaker makes a speaker of entity i.
func (d *qdoc) entitySpeaker(i int) speaker {
	e := d.ents[i]
	return speaker{name: e.Name, entity: i, kind: e.Kind, role: e.Role, known: true, sure: e.Kind == Person}
}

// lookupEntity finds the entity a name stands for: by surface form, then
// (for a one-word name of a person) by surname or first name.
func (d *qdoc) lookupEntity(name string) int {
	if len(d.ents) == 0 {
		return -1
	}
	if i, ok := d.entBySurface[normName(name)]; ok {
		return i
	}
	w := nameTokens(name)
	if len(w) != 1 {
		return -1
	}
	k := strings.ToLower(strings.TrimSuffix(w[0], "."))
	if c := d.entByLast[k]; len(c) > 0 {
		return c[0]
	}
	if c := d.entByFirst[k]; len(c) > 0 {
		return c[0]
	}
	return -1
}

// resolveRun resolves the name in run r of text t to a speaker: the
// entity mentioned there, or the entity or full name it is a short form
// of, in the article's own names.
func (d *qdoc) resolveRun(t *qtext, r int) speaker {
	if k := t.runs[r].spk; k > 0 {
		return d.speakers[k-1] // the index is complete before the first call
	}
	run := t.runs[r]
	var s speaker
	if i := d.entityAt(t, int(t.toks[run.name].start), int(t.toks[run.to-1].end)); i >= 0 {
		s = d.entitySpeaker(i)
	} else {
		s = d.resolveName(t.runName(run), docPos(int(t.order), run.from))
	}
	if s.known {
		t.runs[r].spk = d.internSpeaker(s)
	}
	return s
}

// internSpeaker returns 1 + the index of s in d.speakers, adding it if it
// is new: runs that name the same speaker share one copy.
func (d *qdoc) internSpeaker(s speaker) int32 {
	if k, ok := d.speakerIndex[s]; ok {
		return k
	}
	if d.speakerIndex == nil {
		d.speakerIndex = map[speaker]int32{}
	}
	d.speakers = append(d.speakers, s)
	k := int32(len(d.speakers))
	d.speakerIndex[s] = k
	return k
}

// resolveName resolves a name used at a position.
func (d *qdoc) resolveName(name string, pos int) speaker {
	if i := d.lookupEntity(name); i >= 0 {
		return d.entitySpeaker(i)
	}
	f := d.names.fullForm(name, pos)
	if w := nameTokens(name); (f == nil || f.text == name) && len(w) <= 2 && strings.ToUpper(w[len(w)-1]) == w[len(w)-1] {
		if full := d.names.acronym(w[len(w)-1]); full != nil {
			f = full // "CDC", "Chinese CDC"
		}
	}
	if f == nil {
		return speaker{name: name, entity: -1, known: true}
	}
	if i := d.lookupEntity(f.text); i >= 0 {
		return d.entitySpeaker(i)
	}
	s := speaker{name: f.text, entity: -1, known: true}
	switch {
	case f.org:
		s.kind = Organization
	case f.isPersonLike():
		s.kind = Person
		s.sure = f.person > 0
	}
	return s
}

// acronym finds the name whose initials spell acr ("CDC").
func (x *nameIndex) acronym(acr string) *nameForm {
	var best *nameForm
	for _, f := range x.orgForms {
		if acronymOf(acr, f.text) && (best == nil || f.pos < best.pos) {
			best = f
		}
	}
	return best
}

// indexNames collects the names of the article with evidence of what
// they are: a title or a role noun before a name, an age or "who" after
// it mark a person; in/at/from before it a place. A capitalized word
// that only starts sentences is a common word ("Protesters"), unless it
// is part of a longer name of the article. Then it learns genders and
// records the roles the article gives people, for "the spokesman said".
func (d *qdoc) indexNames() {
	x := newNameIndex()
	d.names = x
	d.markInside()
	type start struct {
		t *qtext
		r *capRun
	}
	var starts []start
	for _, t := range d.texts {
		if t.para == InHeadline {
			continue // a headline capitalizes every word
		}
		for ri := range t.runs {
			run := &t.runs[ri]
			if run.to-run.name >= 3 && !run.org && x.single[t.word(run.name)] {
				run.name++ // "Britain Liu Xiaming": a place, then a name
			}
			if run.sentStart && run.to-run.from == 1 && !x.inside[t.word(run.name)] {
				starts = append(starts, start{t, run})
				continue
			}
			d.addForm(t, run)
		}
	}
	for _, s := range starts {
		if s.t.commonStart(x, *s.r) {
			s.r.weak = true
			continue
		}
		d.addForm(s.t, s.r)
	}
	d.learnGenders()
	d.addEntityRoles()
	for _, t := range d.texts {
		for ri, run := range t.runs {
			if role := t.describedAs(run); role != "" {
				d.addRole(d.resolveRun(t, ri), role, docPos(int(t.order), run.from))
			}
		}
	}
}

// commonStart reports a one-word run at the start of a sentence that is
// a common word, not a name: it is not part of a longer name of the
// article, and is a known noun or the plural of one ("Police",
// "Protesters", "Analysts"). "Jones" and "Benioff" stay names.
func (t *qtext) commonStart(x *nameIndex, run capRun) bool {
	lw := strings.ToLower(t.word(run.name))
	if len(x.byLast[lw]) > 0 || len(x.byFirst[lw]) > 0 {
		return false
	}
	if knownHead(lw) || qSentenceStarters()[t.word(run.name)] {
		return true
	}
	if sing, ok := strings.CutSuffix(lw, "s"); ok && (knownHead(sing) || strings.HasSuffix(sing, "e") && knownHead(strings.TrimSuffix(sing, "e"))) {
		return true
	}
	return false
}

// addEntityRoles records the roles the entity stage gives people, as of
// their first qMention.
func (d *qdoc) addEntityRoles() {
	// order gives the rank of each text by paragraph, offset by 2 for
	// the headline and description; 0 for a paragraph with no text.
	n := 2
	for _, t := range d.texts {
		n = max(n, int(t.para)+3)
	}
	order := make([]int, n)
	for _, t := range d.texts {
		if k := int(t.para) + 2; k >= 0 && k < len(order) {
			order[k] = int(t.order)
		}
	}
	for i, e := range d.ents {
		if e.Role != "" && e.Kind == Person {
			pos := 0
			if len(e.Mentions) > 0 {
				if k := e.Mentions[0].Paragraph + 2; k >= 0 && k < len(order) {
					pos = docPos(order[k], 0)
				}
			}
			d.addRole(d.entitySpeaker(i), e.Role, pos)
		}
	}
}

// markInside notes the words capitalized inside sentences, and the
// one-word names used alone there.
func (d *qdoc) markInside() {
	x := d.names
	for _, t := range d.texts {
		if t.para == InHeadline {
			continue
		}
		for _, run := range t.runs {
			if run.sentStart {
				continue
			}
			for i := run.from; i < run.to; i++ {
				x.inside[t.word(i)] = true
			}
			if run.to-run.name == 1 {
				x.single[t.runName(run)] = true
			}
		}
	}
}

// addForm adds the name of a run to the index with its evidence.
func (d *qdoc) addForm(t *qtext, run *capRun) {
	person := run.name > run.from || t.agentBefore(run.from) || t.personAfter(run.to) || t.describedAs(*run) != ""
	if !run.org && t.groupLike(*run) {
		run.org = true
	}
	place := false
	switch t.word(run.from - 1) {
	case "in", "at", "from", "near", "across", "outside", "inside", "into":
		place = true
	}
	f := d.names.add(t.runName(*run), docPos(int(t.order), run.from), person, place, run.org)
	if run.org && len(d.names.orgForms) < 64 && len(f.words) > 1 {
		d.names.orgForms = append(d.names.orgForms, f)
	}
}

// describedAs returns the description the text gives of the person named
// by a run: titles and role nouns before the name ("Huawei spokesperson
// William Plummer"), an apposition after it ("Zhu Zhiqun, a professor of
// political science") or before it ("A spokesperson for the ministry,
// Hong Lei,").
func (t *qtext) describedAs(run capRun) string {
	if run.org || run.possessive {
		return ""
	}
	if a := t.roleStart(run); a < run.name && !(run.name == run.from+1 && honorifics()[t.word(run.from)] && a == run.from) {
		return t.between(a, run.name)
	}
	if ap := t.apposition(run.to, len(t.toks)); ap != "" && t.closedApposition(run.to) &&
		(determiners()[firstWord(ap)] || isAgentNoun(firstWord(ap)) || titleWords()[firstWord(ap)] || t.endsPossessive(run.to+1)) {
		return ap
	}
	if t.word(run.from-1) == "," && t.word(run.to) == "," {
		c := run.from - 1
		b := c
		for b > 0 && t.word(b-1) != "," && t.toks[b-1].kind == tkWord && c-b < 12 {
			b--
		}
		if b < c && determiners()[t.word(b)] {
			if np, ok := t.parseNP(b, c); ok && np.head != "" && isAgentNoun(np.head) {
				return t.between(b, c)
			}
		}
	}
	return ""
}

// closedApposition reports an apposition after the comma at token e that
// ends with another comma, not a list or the end of the sentence.
func (t *qtext) closedApposition(e int) bool {
	for i := e + 1; i < len(t.toks) && i-e < 26; i++ {
		switch t.word(i) {
		case ",":
			return true
		case ".", ";", "and":
			return false
		}
	}
	return false
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// groupLike reports a name the text treats as an organization: followed
// by ", which", or set in apposition to an organization noun ("The group
// that owns most of her music, Big Machine, says").
func (t *qtext) groupLike(run capRun) bool {
	if t.word(run.to) == "," && t.word(run.to+1) == "which" {
		return true
	}
	if t.word(run.from-1) != "," || t.word(run.to) != "," {
		return false
	}
	for b, n := run.from-2, 0; b >= 0 && n < 12 && t.word(b) != ","; b, n = b-1, n+1 {
		if determiners()[t.word(b)] && orgNouns()[strings.ToLower(t.word(b+1))] {
			return true
		}
		if determiners()[t.word(b)] && b+2 < run.from && orgNouns()[strings.ToLower(t.word(b+2))] {
			return true
		}
	}
	return false
}

// agentBefore reports a lowercase role noun right before token i
// ("spokesperson William Plummer", "host Tom Bergeron").
func (t *qtext) agentBefore(i int) bool {
	if i == 0 || t.toks[i-1].kind != tkWord {
		return false
	}
	return isAgentNoun(t.word(i - 1))
}

// isAgentNoun reports a word that names a person by what they do.
func isAgentNoun(w string) bool {
	if !isLowerWord(w) || functionWords()[w] || len(w) < 3 {
		return false
	}
	if agentNouns()[w] {
		return true
	}
	for _, suf := range []string{"ist", "ian", "man", "woman", "person", "ologist", "or", "eer"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return strings.HasSuffix(w, "er") && len(w) > 5 && !strings.HasSuffix(w, "ter") && !strings.HasSuffix(w, "ever")
}

// agentNouns are role nouns that the suffix rule misses.
var agentNouns = lazySet(`host judge chief coach star head aide envoy minister secretary president
official actor actress author senator governor mayor deputy rep analyst scientist geologist
spokesperson spokesman spokeswoman chairman chairwoman executive director founder co-founder
co-author economist professor student resident expert negotiator lawyer attorney prosecutor
diplomat general commander captain player singer rapper artist colleague partner wife husband
son daughter mother father brother sister friend nurse doctor surgeon physician agent
detective sheriff inspector commissioner administrator superintendent principal dean editor
journalist reporter correspondent columnist critic activist candidate voter chancellor premier
king queen prince princess pope bishop priest rabbi imam cardinal defenseman forward goalie
midfielder striker quarterback pitcher guard center tackle scholar historian researcher
strategist consultant adviser advisor lawmaker congressman congresswoman teacher deportee
entrepreneur investor billionaire officer soldier veteran victim witness survivor`)

// personAfter reports an age or a relative "who" after a name ending at
// token i: "Parise, 35," or "Sowers, who".
func (t *qtext) personAfter(i int) bool {
	if t.word(i) != "," {
		return false
	}
	w := t.word(i + 1)
	if w == "who" {
		return true
	}
	if len(w) >= 1 && len(w) <= 3 && w[0] >= '0' && w[0] <= '9' && t.word(i+2) == "," {
		return true
	}
	return false
}
