package news

import (
	"sort"
	"strings"
)

// An npRef is a noun phrase that names a speaker, as tokens of a text.
type npRef struct {
	from, to int    // token range of the phrase
	run      int    // index in the text's runs of the proper name, or -1
	pron     string // lowercase pronoun, when the phrase is one
	head     string // lowercase head noun of a phrase without a name
	mod      int    // run of a capitalized modifier ("a WeWork spokesperson") or of the PP ("a spokesperson for X"), or -1
	role     string // words around the name that describe the speaker
}

// runAt returns the index of the run that holds token i, or -1.
func (t *qtext) runAt(i int) int {
	lo := sort.Search(len(t.runs), func(m int) bool { return t.runs[m].to > i })
	if lo < len(t.runs) && t.runs[lo].from <= i && i < t.runs[lo].to {
		return lo
	}
	return -1
}

// isWordOrTitle reports a token that can stand in a noun phrase: a word
// or a quoted title read as a word.
func (t *qtext) isWordOrTitle(i int) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	switch t.toks[i].kind {
	case tkWord:
		return true
	case tkSpan:
		return t.spans[t.toks[i].span].kind == spanTitle
	}
	return false
}

// whWords open questions and relative clauses.
var whWords = lazySet(`what which who whom whose where when why how whatever whoever`)

// capBreakers are capitalized words that open an adverbial, not a name.
var capBreakers = lazySet(`In On At For With From By As After Before When While If Because Although
Though Since Of To Into During Despite Under Over Through About Against Among Between Unlike Like
Amid Following Without Within Upon Across Near`)

// determiners may begin a noun phrase without a name.
var determiners = lazySet(`the a an one another this that these those his her their its our my your
some several two three four many most all both each every any no The A An One Another This That
These Those His Her Their Its Our My Your Some Several Two Three Four Many Most All Both Each
Every Any No`)

// parseNP reads tokens [a, b) as a speaker phrase: a pronoun, a name with
// its titles and modifiers, or a common-noun phrase ("the production
// company", "a spokesperson for the ministry").
func (t *qtext) parseNP(a, b int) (npRef, bool) {
	np := npRef{from: a, to: b, run: -1, mod: -1}
	if a >= b || b-a > 16 {
		return np, false
	}
	if b-a == 1 && speakerPronouns()[t.word(a)] {
		np.pron = strings.ToLower(t.word(a))
		return np, true
	}
	core, ok := t.phraseCore(a, b)
	if !ok {
		return np, false
	}
	last := core - 1
	if r := t.runAt(last); r >= 0 && t.runs[r].to == core && t.namesSpeaker(a, r) {
		if a < core-1 && (t.word(a) == "a" || t.word(a) == "an") && t.runs[r].from == a+1 {
			return np, false // "a Tumblr" is no speaker
		}
		np.run = r
		np.role = t.roleText(a, t.runs[r])
		return np, true
	}
	if r := t.runAt(b - 1); core < b && r >= 0 && t.runs[r].to == b && !t.runs[r].org && t.runs[r].name > t.runs[r].from && t.namesSpeaker(a, r) {
		np.run = r // a role and a name: "China's ambassador to Britain Liu Xiaming"
		np.role = t.roleText(a, t.runs[r])
		return np, true
	}
	// A common-noun phrase: its head is the last word of the core.
	if t.toks[last].kind != tkWord || t.endsPossessive(last) {
		return np, false
	}
	np.head = strings.ToLower(t.word(last))
	if !t.plausibleCommonNP(a, core) {
		return np, false
	}
	np.mod = t.modifierRun(a, core, b)
	np.role = strings.TrimSpace(t.between(a, b))
	return np, true
}

// phraseCore checks that tokens [a, b) can form a speaker phrase and
// returns where its core ends: before a short prepositional modifier
// ("a spokesperson | for the ministry").
func (t *qtext) phraseCore(a, b int) (int, bool) {
	core := b
	for i := a; i < b; i++ {
		if !t.isWordOrTitle(i) {
			return 0, false
		}
		w := t.word(i)
		if t.toks[i].kind == tkWord && isLowerWord(w) && npBreakers()[w] && !(w == "to" && i > a && t.capWord(i+1)) {
			return 0, false
		}
		if isCap(w) && capBreakers()[w] {
			return 0, false // "In a Tumblr"
		}
		if core == b && i > a && (npPrepositions()[w] || w == "to") && t.runAt(i) < 0 {
			core = i
		}
	}
	if core-a > 10 || b-core > 12 || functionWords()[t.word(b-1)] {
		return 0, false
	}
	return core, true
}

// modifierRun finds the name that modifies a common-noun phrase: before
// its head ("a WeWork spokesperson") or in its prepositional modifier
// ("a report from Kotak Institutional Equities"); -1 when none.
func (t *qtext) modifierRun(a, core, b int) int {
	mod := -1
	for i := a; i < core-1; i++ {
		if r := t.runAt(i); r >= 0 {
			mod = r
			i = t.runs[r].to - 1
		}
	}
	for i := core + 1; i < b; i++ {
		if r := t.runAt(i); r >= 0 {
			return r
		}
	}
	return mod
}

// namesSpeaker reports whether run r, ending a phrase that starts at
// token a, can name its speaker: a name that is not in the possessive,
// not a common word capitalized at the start of a sentence, and alone.
func (t *qtext) namesSpeaker(a, r int) bool {
	run := t.runs[r]
	return !run.possessive && !run.weak && run.from >= a && run.name < run.to && !t.hasNameBefore(a, run.from)
}

// hasNameBefore reports a name among tokens [a, b) that is followed by
// words other than the final name: two people ("Trump and Lighthizer").
func (t *qtext) hasNameBefore(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if t.word(i) == "and" || t.word(i) == "&" {
			if r := t.runAt(i - 1); r >= 0 && t.runs[r].to == i && !t.runs[r].possessive {
				return true
			}
		}
	}
	return false
}

// roleText is the description before a name in a phrase: "Huawei
// spokesperson" in "Huawei spokesperson William Plummer", with titles.
func (t *qtext) roleText(a int, run capRun) string {
	if run.name == run.from+1 && honorifics()[t.word(run.from)] {
		return "" // "Mr." is no description
	}
	b := t.roleStart(run)
	if b < a {
		b = a
	}
	for b < run.name && determiners()[t.word(b)] {
		b++
	}
	if b >= run.name {
		return ""
	}
	return t.between(b, run.name)
}

// honorifics are titles of address that say nothing of a role.
var honorifics = lazySet(`Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Sir Dame`)

// roleStart finds where the description before a name begins: role
// nouns, capitalized modifiers and short links ("China's ambassador to
// Britain Liu Xiaming", "JPL scientist and study co-author Michael
// Malaska"). It returns run.name when there is none.
func (t *qtext) roleStart(run capRun) int {
	a := run.from
	agent := run.name > run.from
	for a > 0 && run.from-a < 8 && t.toks[a-1].kind == tkWord {
		w := t.word(a - 1)
		switch {
		case isAgentNoun(w):
			agent = true
		case isCap(w) && t.runAt(a-1) >= 0 && (!t.runs[t.runAt(a-1)].weak || isAgentNoun(t.word(a))):
		case (w == "to" || w == "of" || w == "for" || w == "at") && t.capWord(a) && a < run.name:
		case w == "and" && isAgentNoun(t.word(a-2)):
		case isLowerWord(w) && !functionWords()[w] && !npBreakers()[w] && !determiners()[w] && !whWords()[w] && isAgentNoun(t.word(a)):
			// a modifier of a role noun: "planetary geologist", "study co-author"
		default:
			if agent {
				return a
			}
			return run.name
		}
		a--
	}
	if agent {
		return a
	}
	return run.name
}

// plausibleCommonNP checks a phrase without a name: it starts with a
// determiner, a possessive, a capitalized modifier or is a short bare
// plural ("officials"), and its head is not a verb form.
func (t *qtext) plausibleCommonNP(a, core int) bool {
	head := t.word(core - 1)
	weak := t.runAt(core-1) >= 0 && t.runs[t.runAt(core-1)].weak
	if !isLowerWord(head) && !titleWords()[head] && !weak || functionWords()[head] || strings.HasSuffix(head, "ly") {
		return false
	}
	first := t.word(a)
	if speakerPronouns()[head] || isCap(first) && qSentenceStarters()[first] && !determiners()[first] {
		return false // "But he"
	}
	switch {
	case determiners()[first], t.endsPossessive(a):
		return core-a <= 6
	case isCap(first):
		return core-a <= 3 && !strings.HasSuffix(head, "ed")
	}
	// A bare phrase: "officials", "analysts say", "union chief".
	return core-a <= 2 && (strings.HasSuffix(head, "s") || knownHead(head))
}

// npForward reads the speaker phrase that starts at token a and ends
// before token hi: after an inverted verb ("said Hong", "says Jack Buser,
// director for games").
func (t *qtext) npForward(a, hi int) (npRef, int, bool) {
	e := a
	inPP := false
	for e < hi && e-a < 16 {
		if !t.isWordOrTitle(e) {
			break
		}
		w := t.word(e)
		if e > a && speakerPronouns()[t.word(e-1)] {
			break // "he" is a whole phrase
		}
		if isLowerWord(w) && t.toks[e].kind == tkWord {
			if r := t.runAt(e - 1); e > a && r >= 0 && t.runs[r].to == e && !npPrepositions()[w] && t.runAt(e) < 0 && !knownHead(w) {
				break // a name ends the phrase: "Van Der Beek even touched"
			}
			if npPrepositions()[w] && t.runAt(e) < 0 {
				if inPP || e == a || w == "in" || w == "at" || w == "with" {
					break
				}
				inPP = true
				e++
				continue
			}
			if npBreakers()[w] || t.isClauseWord(e) {
				break
			}
			if f, _, ok := t.verbAt(e); ok && e > a && !(f.nounlike && t.toks[e-1].kind == tkWord && isLowerWord(t.word(e-1))) {
				break
			}
		}
		e++
	}
	for e > a && t.toks[e-1].kind == tkWord && npPrepositions()[t.word(e-1)] {
		e--
	}
	np, ok := t.parseNP(a, e)
	return np, e, ok
}

// appositionEnd reports a sign that ends an apposition.
func appositionEnd(w string) bool {
	switch w {
	case ",", ";", ".", "!", "?", ":", "(", ")":
		return true
	}
	return false
}

// isClauseWord reports a word that starts a clause or an adverbial after
// a speaker phrase: when, who, referring, adding...
func (t *qtext) isClauseWord(i int) bool {
	w := t.word(i)
	switch w {
	case "on", "during", "in", "at", "when", "who", "which", "after", "before", "while", "as", "last", "this", "earlier", "later", "today", "yesterday", "tonight":
		return true
	}
	return strings.HasSuffix(w, "ing") && isLowerWord(w) && len(w) > 5
}

// apposition reads ", a professor of political science at Bucknell
// University," after a name that ends at token e: the words up to the
// next comma, as a role; "" when they begin a clause.
func (t *qtext) apposition(e, hi int) string {
	if t.word(e) != "," || e+1 >= hi {
		return ""
	}
	a := e + 1
	b := a
	for b < hi && !appositionEnd(t.word(b)) && t.toks[b].kind != tkSpan || b < hi && t.toks[b].kind == tkSpan && t.spans[t.toks[b].span].kind == spanTitle {
		b++
	}
	if b-a > 25 || b == a {
		return ""
	}
	w := t.word(a)
	if w == "who" || w == "which" || w == "whose" || t.isClauseWord(a) && !determiners()[w] {
		return ""
	}
	if _, _, ok := t.verbAt(a); ok {
		return ""
	}
	if b-a == 1 && (t.isAux(a) || w == "however") {
		return ""
	}
	return strings.TrimSpace(t.between(a, b))
}

// compoundNoun reports a phrase that, with a following word that is both
// a verb and a noun, reads as one noun phrase: "a phone" call, "a
// Tumblr" post. "The statement" read and "the report" notes do not.
func (t *qtext) compoundNoun(np npRef, k int) bool {
	if np.head != "" {
		return !sourceNouns()[np.head] && !isAgentNoun(np.head) && !orgNouns()[np.head]
	}
	return np.run >= 0 && determiners()[t.word(k-1)]
}

// knownHead reports a noun known to name who may speak: a role, an
// organization or a written source.
func knownHead(w string) bool {
	return isAgentNoun(w) || orgNouns()[w] || sourceNouns()[w] || speaksFor()[roleWord(w)]
}
