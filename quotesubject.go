package news

import "strings"

// subjectBefore finds the subject of the reporting verb at token v,
// looking back no further than token lo: "Huawei spokesperson William
// Plummer said", "Zhu Zhiqun, a professor ..., said", "he later told".
func (t *qtext) subjectBefore(lo, v int) (npRef, bool) {
	e := v
	if t.word(v-1) == "as" && t.word(v-2) == "quoted" {
		e = v - 2 // was quoted as saying
		for e-1 >= lo && (t.isAux(e-1) || t.passiveBefore(e)) {
			e--
		}
	}
	for e-1 >= lo && t.isAux(e-1) {
		e--
	}
	if e-1 < lo {
		return npRef{}, false
	}
	if t.word(e-1) == "," {
		return t.subjectOfApposition(lo, e-1)
	}
	if !t.isWordOrTitle(e - 1) {
		return npRef{}, false
	}
	k := e - 1
	for k-1 >= lo && e-k < 12 && t.isWordOrTitle(k-1) && !t.stopsBackward(k-1) {
		k--
	}
	nounlike := false
	if f, _, ok := t.verbAt(v); ok {
		nounlike = f.nounlike
	}
	if np, ok := t.subjectFrom(k, e, nounlike); ok {
		if np.head != "" && !knownHead(np.head) && e-1 > np.from && !nounlike {
			if np2, ok2 := t.subjectFrom(np.from, e-1, false); ok2 && np2.head != "" && knownHead(np2.head) {
				return np2, true // "the company flat-out denied"
			}
		}
		return np, true
	}
	// One more word may be an adverb the lists lack: "the company
	// flat-out denied".
	if w := t.word(e - 1); e-1 > k && t.toks[e-1].kind == tkWord && isLowerWord(w) && !nounlike && !functionWords()[w] && !npBreakers()[w] {
		if np, ok := t.subjectFrom(k, e-1, false); ok && (np.run >= 0 || np.pron != "" || determiners()[t.word(np.from)]) {
			return np, true
		}
	}
	return npRef{}, false
}

// subjectFrom returns the longest speaker phrase that ends at token e
// and starts at token k or later.
func (t *qtext) subjectFrom(k, e int, nounlike bool) (npRef, bool) {
	for ; k < e; k++ {
		if np, ok := t.parseNP(k, e); ok {
			if nounlike && t.compoundNoun(np, k) {
				return npRef{}, false // "a phone call", "a Tumblr post"
			}
			return np, true
		}
	}
	return npRef{}, false
}

// stopsBackward reports a word that ends a speaker phrase read leftward.
func (t *qtext) stopsBackward(i int) bool {
	if t.toks[i].kind != tkWord {
		return false
	}
	w := t.word(i)
	if w == "to" {
		return !t.capWord(i + 1)
	}
	if isLowerWord(w) && npBreakers()[w] {
		return true
	}
	_, _, isVerb := t.verbAt(i)
	return isVerb
}

// subjectOfApposition finds the subject of a verb preceded by the comma
// at token c: the first phrase of the clause that is not an adverbial,
// with the apposition between it and the verb as its role. When that
// phrase has no name and the apposition is one ("A spokesperson for the
// ministry, Hong Lei, said"), the name is the subject. A clause joined by
// "but" or "and" starts afresh.
func (t *qtext) subjectOfApposition(lo, c int) (npRef, bool) {
	lo = max(lo, c-maxCueWindow)
	start := lo
	for i := c - 1; i >= lo; i-- {
		if w := t.word(i); w == ";" || w == ":" || w == "—" || w == "(" {
			start = i + 1
			break
		}
	}
	seg := start
	for i := start; i <= c; i++ {
		if t.word(i) != "," {
			continue
		}
		a := seg
		if coordinators()[t.word(a)] || t.word(a) == "while" || t.word(a) == "whereas" {
			a++
		}
		seg = i + 1
		if t.frontedAdverbial(a, i) || c-i > 45 {
			continue
		}
		np, ok := t.parseNP(a, i)
		if !ok {
			continue
		}
		if np.run < 0 && np.pron == "" {
			if r := t.runAt(i + 1); r >= 0 && t.runs[r].from == i+1 && t.runs[r].to == c && !t.runs[r].possessive {
				return npRef{from: i + 1, to: c, run: r, mod: -1, role: t.between(a, i)}, true
			}
		}
		if ap := t.apposition(i, c); ap != "" && np.run >= 0 {
			if np.role == "" || determiners()[firstWord(ap)] {
				np.role = ap
			}
		}
		return np, true
	}
	return npRef{}, false
}

// adverbialStarters begin a fronted adverbial phrase or clause.
var adverbialStarters = lazySet(`in on at after before during when while although though as since
because if for with from by despite unlike like under over through throughout following according
asked speaking noting citing meanwhile however but and still also now then yet so later earlier
last this today yesterday instead indeed in amid barely just once even only critically
separately similarly additionally moreover furthermore nevertheless overall ultimately
finally first second previously recently currently outside inside nearby elsewhere overseas
abroad here there afterward afterwards instead otherwise`)

// frontedAdverbial reports a phrase [a, b) that opens a sentence without
// being its subject: "In a letter to the president in May", "Noting
// that...", "On Tuesday", "However".
func (t *qtext) frontedAdverbial(a, b int) bool {
	if a >= b {
		return true
	}
	w := strings.ToLower(t.word(a))
	if adverbialStarters()[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") && len(w) > 4 {
		return true
	}
	if b-a <= 2 {
		switch strings.ToLower(t.word(b - 1)) {
		case "week", "month", "year", "day", "morning", "night", "afternoon", "evening", "time", "ago":
			return true
		}
	}
	return false
}

// clauseSubject finds who speaks through a participle or a second verb
// ("..., telling them", "and warned that"): the subject of an earlier
// reporting verb in the window, else the first phrase of the clause.
func (t *qtext) clauseSubject(lo, v int) (npRef, bool) {
	lo = max(lo, v-maxCueWindow)
	for u := v - 1; u >= lo; u-- {
		if f, _, ok := t.verbAt(u); ok && !f.ing {
			if np, ok := t.subjectBefore(lo, u); ok {
				return np, true
			}
		}
	}
	seg := lo
	for i := lo; i <= v; i++ {
		if i < v && t.word(i) != "," {
			continue
		}
		if !t.frontedAdverbial(seg, i) {
			np, e, ok := t.npForward(seg, i)
			if ok && np.head != "" && e == i && t.word(i) == "," {
				if r := t.runAt(i + 1); r >= 0 && t.runs[r].from == i+1 && t.word(t.runs[r].to) == "," {
					return npRef{from: i + 1, to: t.runs[r].to, run: r, mod: -1, role: t.between(seg, i)}, true
				}
			}
			if ok && (np.run >= 0 || np.pron != "" || determiners()[t.word(seg)]) {
				return np, true
			}
			return npRef{}, false
		}
		seg = i + 1
	}
	return npRef{}, false
}

// coordinated reports a verb joined to an earlier one by and/but.
func (t *qtext) coordinated(v int) bool {
	u := v - 1
	for u >= 0 && t.isAux(u) {
		u--
	}
	return coordinators()[t.word(u)]
}

// subjectAfter reads tokens [i, v) as the subject of the verb at v,
// with an optional apposition closed by a comma before the verb.
func (t *qtext) subjectAfter(i, v int) (npRef, bool) {
	e := v
	for e-1 > i && t.isAux(e-1) {
		e--
	}
	c := -1
	for k := i; k < e; k++ {
		if t.word(k) == "," {
			c = k
			break
		}
	}
	if c < 0 {
		np, ok := t.parseNP(i, e)
		if f, _, _ := t.verbAt(v); ok && f.nounlike && t.compoundNoun(np, i) {
			return npRef{}, false
		}
		return np, ok
	}
	if t.word(e-1) != "," || c == i {
		return npRef{}, false
	}
	np, ok := t.parseNP(i, c)
	if !ok || np.pron != "" {
		return npRef{}, false
	}
	if np.role == "" || determiners()[t.word(c+1)] {
		if ap := t.apposition(c, e); ap != "" {
			np.role = ap
		}
	}
	return np, true
}
