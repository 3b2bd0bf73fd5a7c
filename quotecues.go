package news

import "strings"

// A cue is a reporting cue with the phrase that names its speaker.
type cue struct {
	verb  string // as printed, lowercase: "said", "according to", ":"
	lemma string
	at    int   // token of the verb
	spk   npRef // the speaker phrase
	addr  npRef // the addressee of "told X", if any (from == to when none)
	final bool  // found at the end of the sentence, after other words
	comma int   // for a final cue, the comma before it
}

// verbAt reports a reporting verb at token i, its form and its width in
// tokens (2 for a phrasal verb).
func (t *qtext) verbAt(i int) (verbForm, int, bool) {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tkWord {
		return verbForm{}, 0, false
	}
	w := t.word(i)
	if !isLowerWord(w) {
		return verbForm{}, 0, false
	}
	forms := verbLexicon()[w]
	var single *verbForm
	for k := range forms {
		f := forms[k]
		if f.particle == "" {
			single = &forms[k]
			continue
		}
		if t.word(i+1) == f.particle {
			return f, 2, true
		}
	}
	if single == nil {
		return verbForm{}, 0, false
	}
	if t.word(i-1) == "to" || t.passiveBefore(i) || negated(t.word(i-1)) {
		return verbForm{}, 0, false // to say, was told, did not comment
	}
	if single.lemma == "call" && (i+1 >= len(t.toks) || t.toks[i+1].kind == tkSpan) {
		return verbForm{}, 0, false // called "X" names, called it "X" speaks
	}
	return *single, 1, true
}

// infinitiveAt reports the base form of a reporting verb at token i
// ("allowed Mosseri to claim").
func (t *qtext) infinitiveAt(i int) (verbForm, bool) {
	for _, f := range verbLexicon()[t.word(i)] {
		if f.particle == "" && !f.ing && f.lemma == t.word(i) {
			return f, true
		}
	}
	return verbForm{}, false
}

// nominalAt reports a noun of speech at token i: statement,
// announcement, remarks, tweet.
func (t *qtext) nominalAt(i int) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tkWord && nominalCues()[t.word(i)]
}

// negated reports a negation right before a verb.
func negated(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// passiveBefore reports "was/were/is/are/been" right before token i.
func (t *qtext) passiveBefore(i int) bool {
	switch t.word(i - 1) {
	case "was", "were", "is", "are", "been", "being", "be":
		return true
	}
	return false
}

// accordingAt reports "according to" at token i.
func (t *qtext) accordingAt(i int) bool {
	w := t.word(i)
	return (w == "according" || w == "According") && t.word(i+1) == "to"
}

// isAux reports an auxiliary or adverb that may stand between a subject
// and its verb ("has also said", "later told").
func (t *qtext) isAux(i int) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tkWord {
		return false
	}
	w := t.word(i)
	return auxWords()[w] || (strings.HasSuffix(w, "ly") && isLowerWord(w) && len(w) > 4)
}

// newCue builds a cue for the verb at token v with speaker np, reading
// the addressee of "told".
func (t *qtext) newCue(v, width int, f verbForm, np npRef, hi int) cue {
	c := cue{verb: strings.ToLower(t.between(v, v+width)), lemma: f.lemma, at: v, spk: np}
	if addressing(f.lemma) {
		if addr, _, ok := t.npForward(v+width, hi); ok {
			c.addr = addr
		}
	}
	return c
}

// addressing reports verbs whose object is the person spoken to.
func addressing(lemma string) bool {
	switch lemma {
	case "tell", "inform", "assure", "reassure", "remind", "brief", "ask", "introduce", "urge", "thank", "advise", "instruct", "notify", "beg", "implore":
		return true
	}
	return false
}

// cueAfter finds a cue that starts right after a quotation, ending
// before token hi: ", he said", "said Hong", "Huawei spokesperson
// William Plummer said", "Dylan Nelson, a postdoctoral fellow ..., said",
// "according to the analyst".
func (t *qtext) cueAfter(a, hi int) (cue, bool) {
	i := a
	for n := 0; i < hi && n < 2 && t.toks[i].kind == tkPunct && isLeadPunct(t.word(i)); n++ {
		i++
	}
	if i >= hi {
		return cue{}, false
	}
	if t.accordingAt(i) {
		if np, _, ok := t.npForward(i+2, hi); ok {
			return cue{verb: "according to", lemma: "according to", at: i, spk: np}, true
		}
		return cue{}, false
	}
	if f, w, ok := t.verbAt(i); ok && f.inverts() && !(f.nounlike && i == a && t.unpunctuatedSpan(a-1)) {
		j := i + w
		for j < hi && t.isAux(j) {
			j++
		}
		if np, e, ok := t.npForward(j, hi); ok {
			if np.role == "" {
				np.role = t.apposition(e, hi)
			}
			return t.newCue(i, w, f, np, hi), true
		}
	}
	for v := i + 1; v < hi && v-i <= 45; v++ {
		if tk := t.toks[v]; tk.kind == tkSpan && t.spans[tk.span].kind != spanTitle || t.word(v) == ";" {
			break
		}
		f, w, ok := t.verbAt(v)
		if !ok {
			continue
		}
		if np, ok := t.subjectAfter(i, v); ok {
			return t.newCue(v, w, f, np, hi), true
		}
	}
	if w := t.word(a); i > a && (w == "—" || w == "–" || w == "--") {
		// A signature: "..." —Commissioner Geoffrey Starks
		end := hi
		for end > i && t.toks[end-1].kind == tkPunct {
			end--
		}
		if np, ok := t.parseNP(i, end); ok && np.run >= 0 {
			return cue{verb: w, lemma: w, at: a, spk: np}, true
		}
	}
	return cue{}, false
}

// unpunctuatedSpan reports a quotation at token i whose words end
// without punctuation: what follows it continues the sentence ("denied
// 'sensational' claims").
func (t *qtext) unpunctuatedSpan(i int) bool {
	if i < 0 || t.toks[i].kind != tkSpan {
		return false
	}
	sp := t.spans[t.toks[i].span]
	return !endsPunct(t.s[sp.start:sp.end])
}

// isLeadPunct reports a sign that may stand between a quotation and
// the cue after it.
func isLeadPunct(s string) bool {
	switch s {
	case ",", "—", "–", "-", "--":
		return true
	}
	return false
}

// maxCueWindow bounds, in tokens, how far from a quotation its cue is
// looked for, which keeps the work linear on run-on sentences.
const maxCueWindow = 60

// cueBefore finds a cue before a quotation in tokens [lo, hi): an
// introduction ("Parise said:", "she added,", "According to X,") or, for
// a quotation inside the reporter's sentence, the reporting verb that
// governs it ("The ministry said the government was"). An introduction
// takes the verb nearest the quotation, a fragment the first verb of the
// sentence; then come "allowed X to claim", "X's announcement" and a
// bare "X:".
func (t *qtext) cueBefore(lo, hi int) (cue, bool) {
	lo = max(lo, hi-maxCueWindow)
	intro := hi-1 >= lo && (t.word(hi-1) == ":" || t.word(hi-1) == ",")
	var verbs []int
	for i := lo; i < hi; i++ {
		if _, _, ok := t.verbAt(i); ok || t.accordingAt(i) {
			verbs = append(verbs, i)
		}
	}
	for n := range verbs {
		v := verbs[n]
		if intro {
			v = verbs[len(verbs)-1-n]
		}
		if c, ok := t.verbCue(lo, v, hi); ok {
			return c, true
		}
	}
	if c, ok := t.nounCue(lo, hi); ok {
		return c, true
	}
	if intro && t.word(hi-1) == ":" && hi-1 > lo {
		if r := t.runAt(hi - 2); r >= 0 && !t.runs[r].possessive && t.runs[r].from >= lo {
			return cue{verb: ":", lemma: ":", at: hi - 1, spk: t.runPhrase(r, hi-1)}, true
		}
	}
	return cue{}, false
}

// verbCue reads the cue of the reporting verb (or "according to") at
// token v, with its subject before it, the subject of its clause for a
// participle or a second verb, or a name after an inverting verb.
func (t *qtext) verbCue(lo, v, hi int) (cue, bool) {
	if t.accordingAt(v) {
		if np, _, ok := t.npForward(v+2, hi); ok {
			return cue{verb: "according to", lemma: "according to", at: v, spk: np}, true
		}
		return cue{}, false
	}
	f, w, _ := t.verbAt(v)
	np, ok := t.subjectBefore(lo, v)
	if ok && f.ing && np.head != "" && !knownHead(np.head) {
		ok = false // "earlier this month stating": not who states
	}
	if !ok && (f.ing || t.coordinated(v)) {
		np, ok = t.clauseSubject(lo, v)
	}
	if !ok && f.inverts() {
		j := v + w
		for j < hi && t.isAux(j) {
			j++
		}
		if np2, _, ok2 := t.npForward(j, hi); ok2 && np2.run >= 0 {
			np, ok = np2, true
		}
	}
	if !ok {
		return cue{}, false
	}
	return t.newCue(v, w, f, np, hi), true
}

// nounCue finds a speaker named without a finite verb: "allowed Mosseri
// to claim", "Mr. Trump's announcement that".
func (t *qtext) nounCue(lo, hi int) (cue, bool) {
	for i := lo + 1; i < hi; i++ {
		r := t.runAt(i - 1)
		if r < 0 || t.runs[r].to != i {
			continue
		}
		if t.word(i) == "to" && i+1 < hi {
			if f, ok := t.infinitiveAt(i + 1); ok {
				return cue{verb: t.word(i + 1), lemma: f.lemma, at: i + 1, spk: t.runPhrase(r, i)}, true
			}
		}
		if t.nominalAt(i) && t.runs[r].possessive {
			return cue{verb: t.word(i), lemma: t.word(i), at: i, spk: t.runPhrase(r, i)}, true
		}
	}
	return cue{}, false
}

// runPhrase makes a speaker phrase of run r, ending at token to.
func (t *qtext) runPhrase(r, to int) npRef {
	return npRef{from: t.runs[r].from, to: to, run: r, mod: -1, role: t.runRole(t.runs[r])}
}

// roleBeforeName widens a final cue over a description set off before
// the name: "..., its governor, Pedro Alves, said." The description
// becomes the role and the clause ends at the comma before it.
func (t *qtext) roleBeforeName(cu *cue) {
	if cu.spk.run < 0 || t.word(cu.comma) != "," {
		return
	}
	b := cu.comma - 1
	for b >= 0 && cu.comma-b < 8 && t.word(b) != "," {
		b--
	}
	if b < 0 || t.word(b) != "," {
		return
	}
	if np, ok := t.parseNP(b+1, cu.comma); ok && np.head != "" && isAgentNoun(np.head) {
		cu.spk.role = t.between(b+1, cu.comma)
		cu.comma = b
	}
}

// shortTail reports that tokens [a, end) after a cue only finish it: a
// few words ("in a statement on Tuesday") or an apposition (", a China
// scholar with the American Enterprise Institute").
func (t *qtext) shortTail(a, end int) bool {
	if a >= end {
		return true
	}
	limit := 8
	if t.word(a) == "," {
		limit = 25
		a++
	}
	if end-a > limit {
		return false
	}
	for k := a; k < end; k++ {
		if t.word(k) == "," || t.word(k) == ";" {
			return false
		}
		if f, _, ok := t.verbAt(k); ok && !(f.nounlike && determiners()[t.word(k-1)]) {
			return false // another verb: a clause, not the end of a cue
		}
	}
	return true
}

// finalCue finds a cue at the end of a sentence, after other words:
// `... of the patients, Dempsey said.`, `..., according to the analyst.`
func (t *qtext) finalCue(a, hi int) (cue, bool) {
	a = max(a, hi-maxCueWindow)
	end := hi
	for end > a && t.toks[end-1].kind == tkPunct && !isLeadPunct(t.word(end-1)) {
		end--
	}
	tried := 0
	for c := end - 1; c >= a && tried < 3; c-- {
		if t.word(c) != "," {
			continue
		}
		tried++
		cu, ok := t.cueAfter(c+1, end)
		if !ok {
			continue
		}
		if t.shortTail(max(cu.at+1, cu.spk.to), end) {
			cu.final, cu.comma = true, c
			t.roleBeforeName(&cu)
			return cu, true
		}
	}
	return cue{}, false
}
