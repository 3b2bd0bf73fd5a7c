package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A capRun is a run of capitalized words in a text that may be a name:
// "Huawei", "NASA Administrator Jim Bridenstine", "Center for Disease
// Control and Prevention", "Van Der Beek".
type capRun struct {
	from, to   int  // token range of the run
	name       int  // first token of the name proper, after titles
	possessive bool // the last word ends in 's
	org        bool // the run holds an organization keyword
	sentStart  bool // the run begins its sentence
	// weak marks a one-word run that only begins a sentence and is never
	// capitalized inside one: a common word ("Protesters"), no name.
	weak bool
	// spk memoizes what the run resolves to (see qdoc.resolveRun): 1 +
	// an index in qdoc.speakers, or 0 before it is resolved.
	spk int32
}

// appendCapRuns appends to runs the runs of capitalized words of a text,
// outside quotations, sentence by sentence, at most limit of them; it
// reports whether the text had more.
func appendCapRuns(runs []capRun, t *qtext, limit int) ([]capRun, bool) {
	first := len(runs)
	for _, sent := range t.sents {
		for i := sent.from; i < sent.to; {
			if !t.capWord(i) || (i == sent.from && t.word(i) == "I") {
				i++
				continue
			}
			j := i + 1
			org := orgKeywords()[t.word(i)]
			for j < sent.to {
				if t.capWord(j) && !t.endsPossessive(j-1) {
					org = org || orgKeywords()[t.word(j)]
					j++
					continue
				}
				if j+1 < sent.to && t.capWord(j+1) && !t.endsPossessive(j-1) && t.joinsName(j, org) {
					org = org || orgKeywords()[t.word(j+1)]
					j += 2
					continue
				}
				break
			}
			if run, ok := t.makeRun(i, j, i == sent.from); ok {
				if len(runs)-first >= limit {
					return runs, true
				}
				runs = append(grow(runs), run)
			}
			i = j
		}
	}
	return runs, false
}

// joinsName reports whether the lowercase word at token j links the run
// before it (org: the run has an organization word) to the capitalized
// word after it: a particle (van, de, bin), of/for after an organization
// word or a title, and/& inside an organization's name.
func (t *qtext) joinsName(j int, org bool) bool {
	if t.toks[j].kind != tkWord {
		return false
	}
	w := t.word(j)
	if nameParticles()[w] {
		return true
	}
	prev := t.word(j - 1)
	switch w {
	case "&":
		return true
	case "of", "for":
		return orgKeywords()[prev] || titleWords()[prev]
	case "and":
		return org
	}
	return false
}

// makeRun trims a run of words that only start the sentence ("The",
// "However") and splits off leading titles.
func (t *qtext) makeRun(i, j int, sentStart bool) (capRun, bool) {
	starts := qSentenceStarters()
	for i < j && (starts[t.word(i)] || t.toks[i].kind != tkWord) {
		if t.word(i) == "He" && i+1 < j && !starts[t.word(i+1)] && !titleWords()[t.word(i+1)] {
			break // He Jianxiong
		}
		i++
		sentStart = false
	}
	if sentStart && i+1 < j && looksVerbal(t.word(i)) {
		i++ // "Hosting Cook at Dreamforce"
		sentStart = false
	}
	for i < j && t.word(i) == "the" {
		i++
	}
	if i >= j {
		return capRun{}, false
	}
	r := capRun{from: i, to: j, name: i, sentStart: sentStart, possessive: t.endsPossessive(j - 1)}
	for k := i; k < j; k++ {
		w, _ := qStripPossessive(t.word(k))
		if orgKeywords()[w] {
			r.org = true
		}
	}
	titles := 0
	for k := i; k < j && titleWords()[t.word(k)]; k++ {
		titles++
	}
	if titles == j-i && !r.possessive {
		return capRun{}, false // only titles: "the Prime Minister"
	}
	if !r.org {
		for k := i; k < j-1; k++ {
			if titleWords()[t.word(k)] && t.capWord(k+1) {
				r.name = k + 1
			}
		}
		if sentStart && r.name == i && j-i > 1 && agentNouns()[strings.ToLower(t.word(i))] {
			r.name = i + 1 // "Prosecutor James Kennedy"
		}
	}
	return r, true
}

// looksVerbal reports a capitalized word shaped like a verb or adverb,
// which at the start of a sentence is no name.
func looksVerbal(w string) bool {
	if len(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// capWord reports a word token that can be part of a name: capitalized,
// not a lone pronoun.
func (t *qtext) capWord(i int) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tkWord {
		return false
	}
	w := t.word(i)
	return isCap(w) && w != "I"
}

// endsPossessive reports a word ending in 's or s’.
func (t *qtext) endsPossessive(i int) bool {
	_, ok := qStripPossessive(t.word(i))
	return ok
}

// runName is the name in a run, without titles and possessive ending.
func (t *qtext) runName(r capRun) string {
	s := t.s[t.toks[r.name].start:t.toks[r.to-1].end]
	if r.possessive {
		s, _ = qStripPossessive(s)
	}
	return s
}

// runRole is the title part of a run ("NASA Administrator"), if any.
func (t *qtext) runRole(r capRun) string {
	if r.name == r.from {
		return ""
	}
	return t.s[t.toks[r.from].start:t.toks[r.name-1].end]
}

// nameTokens splits a name into its words, dropping a suffix (Jr.) for
// the comparison of surnames.
func nameTokens(name string) []string {
	f := strings.Fields(name)
	for len(f) > 1 && nameSuffixes()[f[len(f)-1]] {
		f = f[:len(f)-1]
	}
	return f
}

// A nameForm is one distinct name written in the article.
type nameForm struct {
	text   string
	words  []string
	pos    int // document position of the first use
	person int // evidence that it names a person
	org    bool
	place  int // times used after in/at/from/to
}

// A nameIndex holds the names of an article, to resolve short forms
// ("Hong", "Plummer") to full ones ("Hong Lei", "William Plummer").
type nameIndex struct {
	forms   map[string]*nameForm
	byLast  map[string][]*nameForm // multi-word forms by last word
	byFirst map[string][]*nameForm // multi-word forms by first word
	inside  map[string]bool        // words seen capitalized inside a sentence
	single  map[string]bool        // one-word names seen alone inside a sentence
	// orgForms are the first organization names with several words,
	// for acronyms.
	orgForms []*nameForm
}

// maxFormsPerKey bounds the forms kept per word, so that lookups stay
// cheap on adversarial input.
const maxFormsPerKey = 8

// newNameIndex returns an empty index.
func newNameIndex() *nameIndex {
	return &nameIndex{forms: map[string]*nameForm{}, byLast: map[string][]*nameForm{},
		byFirst: map[string][]*nameForm{}, inside: map[string]bool{}, single: map[string]bool{}}
}

// add records a name at a document position with its evidence.
func (x *nameIndex) add(name string, pos int, person, place bool, org bool) *nameForm {
	f := x.forms[name]
	if f == nil {
		f = &nameForm{text: name, words: nameTokens(name), pos: pos, org: org}
		x.forms[name] = f
		if n := len(f.words); n > 1 {
			last, first := strings.ToLower(f.words[n-1]), strings.ToLower(f.words[0])
			if len(x.byLast[last]) < maxFormsPerKey {
				x.byLast[last] = append(x.byLast[last], f)
			}
			if len(x.byFirst[first]) < maxFormsPerKey {
				x.byFirst[first] = append(x.byFirst[first], f)
			}
		}
	}
	if person {
		f.person++
	}
	if org {
		f.org = true
	}
	if place {
		f.place++
	}
	return f
}

// isPersonLike reports a form that probably names a person.
func (f *nameForm) isPersonLike() bool {
	return !f.org && (f.person > 0 || len(f.words) > 1 && f.place == 0)
}

// fullForm resolves a name to the fullest form of the same name in the
// article: a one-word name to a longer name with that surname, or that
// first word (GGT and Citron, in both name orders); a longer name to a
// form that adds middle names or initials. pos is where the name is used:
// of several candidates the latest before it wins, else the earliest.
func (x *nameIndex) fullForm(name string, pos int) *nameForm {
	words := nameTokens(name)
	if len(words) == 0 {
		return nil
	}
	last := strings.ToLower(words[len(words)-1])
	var best *nameForm
	better := func(c *nameForm) bool {
		if best == nil {
			return true
		}
		if c.isPersonLike() != best.isPersonLike() {
			return c.isPersonLike()
		}
		cb, bb := c.pos < pos, best.pos < pos
		if cb != bb {
			return cb
		}
		if cb {
			return c.pos > best.pos
		}
		return c.pos < best.pos
	}
	for _, c := range x.byLast[last] {
		if extendsName(c.words, words) && better(c) {
			best = c
		}
	}
	if best == nil && len(words) == 1 {
		for _, c := range x.byFirst[last] {
			if better(c) {
				best = c
			}
		}
	}
	if best == nil || !best.org {
		if org := x.orgExtending(words); org != nil {
			best = org // "Big Machine" is short for "Big Machine Records"
		}
	}
	if best == nil {
		return x.forms[name]
	}
	return x.fullest(best)
}

// orgExtending finds the earliest organization name that begins with
// the words of a shorter name ("Big Machine" -> "Big Machine Records").
func (x *nameIndex) orgExtending(words []string) *nameForm {
	var best *nameForm
	for _, c := range x.byFirst[strings.ToLower(words[0])] {
		if !c.org || len(c.words) <= len(words) {
			continue
		}
		match := true
		for i, w := range words {
			if !strings.EqualFold(c.words[i], w) {
				match = false
				break
			}
		}
		if match && (best == nil || c.pos < best.pos) {
			best = c
		}
	}
	return best
}

// fullest returns the longest form that extends f (same surname, the
// same or compatible first word, more words).
func (x *nameIndex) fullest(f *nameForm) *nameForm {
	last := strings.ToLower(f.words[len(f.words)-1])
	best := f
	size := func(f *nameForm) int { return len(strings.Fields(f.text)) }
	for _, c := range x.byLast[last] {
		if c.org || !extendsName(c.words, f.words) {
			continue
		}
		if size(c) > size(best) || size(c) == size(best) && c.pos < best.pos {
			best = c
		}
	}
	return best
}

// extendsName reports whether the full name contains the short one: its
// words in order, ending with the same last word, a first word that
// matches or is a short or initial form of it.
func extendsName(full, short []string) bool {
	if len(short) > len(full) || len(short) == 0 {
		return false
	}
	if !strings.EqualFold(full[len(full)-1], short[len(short)-1]) {
		return false
	}
	if len(short) == 1 {
		return true
	}
	suffix := true
	for i := range short {
		if !strings.EqualFold(full[len(full)-len(short)+i], short[i]) {
			suffix = false
			break
		}
	}
	if suffix {
		return true // a surname of several words: Van Der Beek, Eriksson Ek
	}
	if !compatibleFirst(full[0], short[0]) {
		return false
	}
	j := 1
	for i := 1; i < len(full) && j < len(short)-1; i++ {
		if strings.EqualFold(full[i], short[j]) {
			j++
		}
	}
	return j == len(short)-1
}

// compatibleFirst reports first names that can be the same person's:
// equal, one a prefix of the other (Pat, Patrick) or an initial.
func compatibleFirst(a, b string) bool {
	a, b = strings.TrimSuffix(strings.ToLower(a), "."), strings.TrimSuffix(strings.ToLower(b), ".")
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 1 && strings.HasPrefix(b, a) && (len(a) == 1 || len(a) >= 3)
}

// acronymOf reports whether acr ("CDC") spells the initials of a run of
// consecutive capitalized words of name ("Chinese Center for Disease
// Control and Prevention").
func acronymOf(acr, name string) bool {
	if len(acr) < 2 || len(acr) > 8 || strings.ToUpper(acr) != acr {
		return false
	}
	var initials []rune
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	return strings.Contains(string(initials), acr)
}
