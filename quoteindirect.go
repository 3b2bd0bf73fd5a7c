package news

// indirectSpeech finds reported speech without quotation marks in
// sentence si of text t: "X said (that) ...", "..., X said." and
// "According to X, ...". Every reporting verb with a subject is noted as
// a speech event, for the quotations that follow; the first one whose
// speaker has a name and that reports a clause is returned.
func (d *qdoc) indirectSpeech(t *qtext, si int) (Quote, bool) {
	sent := t.sents[si]
	end := sent.to
	for end > sent.from && t.toks[end-1].kind == tkPunct {
		end--
	}
	var found Quote
	ok, recorded := false, false
	for v := sent.from; v < end; v++ {
		f, w, isVerb := t.verbAt(v)
		if !isVerb || f.ing {
			continue
		}
		from := max(sent.from, v-maxCueWindow)
		np, has := t.subjectBefore(from, v)
		if !has && t.coordinated(v) {
			np, has = t.clauseSubject(from, v)
		}
		if !has {
			continue
		}
		if recorded {
			break // one speech event a sentence: later verbs are in its clause
		}
		a := d.fromCue(t, t.newCue(v, w, f, np, end))
		d.record(a.s, t, v, a.verb)
		recorded = true
		if !f.clause || a.s.name == "" || np.pron == "i" || np.pron == "we" {
			continue
		}
		if start := t.clauseStart(v+w, end, f.lemma); start >= 0 && end-start >= 3 {
			found, ok = d.newQuote(t, int(t.toks[start].start), int(t.toks[end-1].end), a), true
			found.Indirect = true
		}
	}
	if ok {
		return found, true
	}
	if c, has := t.finalCue(sent.from, end); has && c.comma-sent.from >= 4 && !t.frontedAdverbial(sent.from, c.comma) && c.spk.pron != "i" && c.spk.pron != "we" {
		a := d.fromCue(t, c)
		d.record(a.s, t, c.at, a.verb)
		if a.s.name != "" {
			q := d.newQuote(t, int(t.toks[sent.from].start), int(t.toks[c.comma-1].end), a)
			q.Indirect = true
			return q, true
		}
	}
	if t.accordingAt(sent.from) {
		if np, e, has := t.npForward(sent.from+2, end); has && t.word(e) == "," && end-e > 3 {
			a := d.fromCue(t, cue{verb: "according to", lemma: "according to", at: sent.from, spk: np})
			d.record(a.s, t, sent.from, a.verb)
			if a.s.name != "" {
				q := d.newQuote(t, int(t.toks[e+1].start), int(t.toks[end-1].end), a)
				q.Indirect = true
				return q, true
			}
		}
	}
	return Quote{}, false
}

// clauseStart finds where the reported clause begins after a reporting
// verb that ends at token j: past the addressee of "told", "that", and up
// to three short phrases such as "in a statement" or "on Tuesday". It
// returns -1 when what follows is not a clause.
func (t *qtext) clauseStart(j, end int, lemma string) int {
	if addressing(lemma) {
		if _, e, ok := t.npForward(j, end); ok {
			j = e
		}
	}
	// "announced Nov. 18 that", "said in the China Daily report that"
	for k := j; k < end && k-j <= 8; k++ {
		w := t.word(k)
		if w == "that" {
			return k + 1
		}
		if t.toks[k].kind != tkWord && w != "." {
			break
		}
		if _, _, verb := t.verbAt(k); verb {
			break
		}
	}
	if !bareClause()[lemma] {
		return -1 // "announced the deal", "denied the allegations"
	}
	for n := 0; n < 3 && j < end; n++ {
		w := t.word(j)
		if w == "that" {
			return j + 1
		}
		if !isClausePreposition(w) && !isTimeWord(w) {
			break
		}
		j = t.skipPhrase(j+1, end)
	}
	if j >= end || t.toks[j].kind != tkWord {
		return -1
	}
	switch w := t.word(j); {
	case w == "that":
		return j + 1
	case determiners()[w], speakerPronouns()[w], w == "there", isCap(w) && !isTimeWord(w), w[0] >= '0' && w[0] <= '9':
		return j
	}
	return -1
}

// skipPhrase skips the noun phrase of a prepositional phrase that starts
// at token j: a determiner and the content words after it, up to "that",
// a pronoun or the next determiner.
func (t *qtext) skipPhrase(j, end int) int {
	if determiners()[t.word(j)] {
		j++
	}
	for j < end && t.toks[j].kind == tkWord {
		w := t.word(j)
		if w == "that" || determiners()[w] || speakerPronouns()[w] || functionWords()[w] {
			break
		}
		j++
	}
	return j
}

// bareClause are the reporting lemmas whose clause may follow without
// "that" ("said the budget would be balanced"); the others take an
// object unless "that" follows them.
var bareClause = lazySet(`say tell add claim believe think argue insist warn write report explain
predict estimate suggest note admit acknowledge agree fear hope worry reveal confirm stress recall
conclude declare allege complain testify speculate concede caution`)

// isClausePreposition reports a preposition that may open a phrase
// between a reporting verb and its clause ("said in a statement that").
func isClausePreposition(w string) bool {
	switch w {
	case "in", "on", "at", "during", "after", "before", "via", "through", "from":
		return true
	}
	return false
}

// isTimeWord reports a day, a month or a word of time.
func isTimeWord(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"yesterday", "today", "tonight", "earlier", "later", "recently", "previously", "last", "this":
		return true
	}
	return false
}
