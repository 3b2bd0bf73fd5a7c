package news

import (
	"strings"
	"unicode/utf8"
)

// Finding the names: runs of capitalized words cut into candidate names,
// with acronyms, prefixes and hyphenated forms, and their mentions.

// collect finds the candidate names of a unit in running text.
func (d *entityDoc) collect(ui int) {
	u := &d.units[ui]
	for _, s := range u.sents {
		if d.truncated {
			return
		}
		for i := s.start; i < s.end; {
			if !d.isNameToken(u, i) {
				d.hyphenPrefixed(ui, i)
				i++
				continue
			}
			if e := d.quotedTitleEnd(u, i, s.end); e > 0 {
				d.analyzeTitle(ui, i, e) // "Dawson's Creek" in quotes
				i = e
				continue
			}
			if e := d.expansionEnd(u, i, s.end); e > 0 {
				d.acronyms = append(d.acronyms, acronymLink{unit: ui, name: i, acr: i - 2})
				d.splitHyphen(ui, i, e, votes{}, "", false) // "DACA (Deferred Action for Childhood Arrivals)"
				i = e
				continue
			}
			j := d.runEnd(u, i, s.end)
			d.analyzeRun(ui, s, i, j)
			i = j
		}
	}
}

// quotedTitleEnd returns the end of a title in quotes that starts at token
// i: after an opening quote, two or more words up to the closing quote,
// each capitalized but for the small words of titles ("“Dawson's
// Creek”", "“Red for Ed”"). It returns 0 when there is none.
func (d *entityDoc) quotedTitleEnd(u *textUnit, i, limit int) int {
	if !isOpenQuote(u.word(i - 1)) {
		return 0
	}
	for e := i; e < limit && e-i <= maxRun; e++ {
		w := u.word(e)
		switch {
		case isCloseQuote(w) && e-i >= 2:
			return e
		case (w == "," || w == ".") && isCloseQuote(u.word(e+1)) && e-i >= 2:
			return e // "“Red for Ed,” they chanted"
		case !u.isWord(e):
			return 0
		case !isUpperStart(w) && !smallWords[w] && !isNumber(w):
			return 0
		}
	}
	return 0
}

// analyzeTitle adds the names in the title [i, e) as tentative mentions:
// the title of a work is not an entity, but names in it may be known.
func (d *entityDoc) analyzeTitle(ui, i, e int) {
	u := &d.units[ui]
	for i < e {
		if !d.isNameToken(u, i) {
			i++
			continue
		}
		j := d.runEnd(u, i, e)
		d.analyzePart(ui, i, j, true)
		i = j
	}
}

// hyphenPrefixed finds the name in a lower-case compound such as
// "anti-Trump" or "pro-Beijing".
func (d *entityDoc) hyphenPrefixed(ui, i int) {
	u := &d.units[ui]
	if !u.isWord(i) {
		return
	}
	w := u.word(i)
	k := strings.IndexAny(w, "-‑")
	if k <= 0 || isUpperStart(w) {
		return
	}
	rest := afterHyphen(w)
	if !isUpperStart(rest) || d.g.isNonName(rest) || d.g.isCommon(rest) || d.g.isTitle(rest) {
		return
	}
	end := int(u.toks[i].end)
	d.addMention(ui, i, i+1, end-len(rest), end, votes{}, "", false)
}

// runEnd returns the end of the run of name tokens starting at i, with
// the connectors that may occur inside a name.
func (d *entityDoc) runEnd(u *textUnit, i, limit int) int {
	j := i + 1
	for j < limit && j-i <= maxRun*4 {
		last := u.word(j - 1)
		if d.hyphenCue(last) != "" {
			return j // "Shenzhen-based" ends a run
		}
		if stripPossessive(last) != last {
			if !d.possessiveContinues(u, i, j, limit) {
				return j
			}
		}
		switch {
		case d.isNameToken(u, j):
			j++
		case u.isWord(j) && d.g.isNonName(u.word(j)) && !isAllCaps(u.word(j)) && d.g.given.has(nameKey(last)) &&
			!d.g.isCommon(last):
			j++ // "Theresa May"
		case d.connects(u, i, j, limit):
			j += 2
			if u.lower(j-1) == "the" && j < limit {
				j++
			}
		case u.word(j) == "," && d.g.legal[nameKey(u.word(j+1))] && isUpperStart(u.word(j+1)):
			j += 2 // "Tyvak Nano-Satellite Systems, Inc."
		default:
			return j
		}
	}
	return j
}

// hyphenCue returns the lower-case word after the last hyphen of w when
// it is not part of a name but says something about it ("based" in
// "Shenzhen-based", "dominated" in "GOP-dominated"), or "".
func (d *entityDoc) hyphenCue(w string) string {
	k := strings.LastIndexAny(w, "-‑")
	if k <= 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(w[k:])
	rest := w[k+size:]
	if d.g.cues["hyphen"][rest] || d.g.cues["hyphenloc"][rest] || (len(rest) >= 5 && strings.ToLower(rest) == rest) {
		return rest
	}
	return ""
}

// possessiveContinues reports whether a run ending in a possessive goes
// on: "China's Foreign Ministry" names the ministry when a place or
// organization owns a name that ends in an organization word.
func (d *entityDoc) possessiveContinues(u *textUnit, i, j, limit int) bool {
	if j-i != 1 {
		return d.g.isTitle(stripPossessive(u.word(j-1))) && d.ownedOrg(u, j, limit)
	}
	owner := stripPossessive(u.word(i))
	k := nameKey(owner)
	if d.g.place(k).class < bigCity {
		// "People's Liberation Army", "Attorney's Office"
		return (d.g.isCommon(owner) || d.g.isTitle(owner)) && d.ownedOrg(u, j, limit)
	}
	e := j
	for e < limit && e-j < maxRun && d.isNameToken(u, e) {
		w := u.word(e)
		if !d.g.isCommon(w) && !d.g.orgWords[nameKey(w)] && d.g.demonyms[nameKey(w)] == "" {
			return false
		}
		e++
	}
	return e > j && d.g.orgWords[nameKey(u.word(e-1))]
}

// ownedOrg reports whether the name tokens from j end in an organization
// word.
func (d *entityDoc) ownedOrg(u *textUnit, j, limit int) bool {
	e := j
	for e < limit && e-j < maxRun && d.isNameToken(u, e) {
		e++
	}
	return e > j && d.g.orgWords[nameKey(u.word(e-1))]
}

// connects reports whether the lower-case word or "&" at j joins the run
// [i, j) with the name token after it.
func (d *entityDoc) connects(u *textUnit, i, j, limit int) bool {
	c := u.word(j)
	next := j + 1
	if c == "of" || c == "for" || c == "on" {
		if u.lower(next) == "the" {
			next++
		}
	}
	if next >= limit || !d.isNameToken(u, next) {
		return false
	}
	head := nameKey(stripPossessive(u.word(j - 1)))
	switch c {
	case "&":
		return true
	case "on":
		// "Council on Foreign Relations", "National Survey on Drug Use"
		return d.g.orgWords[head] || d.g.cues["nonentity"][head]
	case "of", "for":
		if d.g.orgWords[head] || d.g.placeWords[head]&placeSuffix != 0 || d.g.isTitle(head) || d.g.cues["ofhead"][head] ||
			d.g.cues["publication"][u.lower(i-1)] {
			return true // "the journal Monthly Notices of the Royal Astronomical Society"
		}
		e := next
		for e < limit && e-next < 4 && d.isNameToken(u, e) {
			e++
		}
		return d.g.knownText(u.text[u.toks[i].start:u.toks[e-1].end]) // "Joint Chiefs of Staff"
	case "and":
		e := next
		for e < limit && e-next < 6 && d.isNameToken(u, e) {
			e++
		}
		for s := max(i, j-3); s < j; s++ {
			if d.g.knownText(u.text[u.toks[s].start:u.toks[e-1].end]) {
				return true // "(U.S.) Securities and Exchange Commission"
			}
		}
		if isAllCaps(u.word(j-1)) || d.g.knownKey(head) || d.g.given.has(head) || d.g.orgWords[head] {
			return false
		}
		if nw := u.word(next); e-next == 2 && d.g.given.has(nameKey(nw)) && !d.g.isCommon(nw) && !d.endsInNameWord(u, e) {
			return false // "Department of Homeland Security and Alex Azar"
		}
		return d.runHas(u, i, j, "of", "for", "on") // "Department of Health and Human Services"
	}
	return d.g.cues["particle"][c] && j > i
}

// runHas reports whether one of the words occurs in tokens [i, j).
func (d *entityDoc) runHas(u *textUnit, i, j int, words ...string) bool {
	for k := i; k < j; k++ {
		for _, w := range words {
			if u.word(k) == w {
				return true
			}
		}
	}
	return false
}

// analyzeRun cleans the run of name tokens [i, j) of a sentence and adds
// the mentions in it.
func (d *entityDoc) analyzeRun(ui int, s span, i, j int) {
	u := &d.units[ui]
	if j-i > maxRun {
		d.deferred = append(d.deferred, [3]int{ui, i, j})
		return
	}
	if j-i > 1 && isOpenQuote(u.word(i-1)) && isCloseQuote(u.word(j)) {
		d.analyzePart(ui, i, j, true) // a title in quotes: "Dancing Queen"
		return
	}
	initial := u.sentenceStart(i, s)
	if u.word(i) == "The" && j-i > 1 && initial {
		i++
		initial = false
	}
	tentative := false
	if initial {
		i, tentative = d.initialWord(u, i, j)
		if i >= j {
			return
		}
	}
	d.analyzePart(ui, i, j, tentative)
}

// initialWord decides about the capitalized word i at the start of a
// sentence: it returns where the name starts (i+1 when the word is an
// ordinary word capitalized by position) and whether the name rests on
// the word alone, with nothing to confirm it yet.
func (d *entityDoc) initialWord(u *textUnit, i, j int) (int, bool) {
	w := stripPossessive(u.word(i))
	lw := strings.ToLower(w)
	if d.knownWord(w) || d.knownPrefix(u, i, j) || d.g.isTitle(w) && j-i > 1 {
		return i, false
	}
	if !d.g.cues["function"][lw] && j-i > 2 && d.endsInNameWord(u, j) &&
		!d.g.knownText(u.text[u.toks[i+1].start:u.toks[j-1].end]) {
		return i, false // "Big Machine Records"
	}
	if d.g.surnameFirst.has(lw) && j-i > 1 && !d.g.isCommon(u.word(i+1)) && !isAllCaps(u.word(i+1)) &&
		!(d.g.cues["function"][lw] && d.knownRest(u, i+1, j)) {
		return i, false // "He Jianxiong", but not "An Associated Press"
	}
	plural := strings.TrimSuffix(lw, "s")
	if d.g.isCommon(w) || d.lowerSeen[lw] || d.g.isCommon(plural) || d.g.isTitle(plural) ||
		(!isAllCaps(w) && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly"))) {
		return i + 1, false
	}
	if j-i > 1 || d.capSeen[w] || isAllCaps(w) {
		return i, false
	}
	return i, true
}

// knownRest reports whether the words [i, j) after a first word begin
// with a known name or end in an organization or place word: "An" is then
// the article, not a surname ("An Associated Press photographer").
func (d *entityDoc) knownRest(u *textUnit, i, j int) bool {
	return d.knownWord(stripPossessive(u.word(i))) || d.knownPrefix(u, i, j) || d.endsInNameWord(u, j)
}

// knownPrefix reports whether the first two to four words of the run
// [i, j) are a known place or organization ("New York").
func (d *entityDoc) knownPrefix(u *textUnit, i, j int) bool {
	for k := i + 2; k <= j && k <= i+4; k++ {
		if d.g.knownText(stripPossessive(u.text[u.toks[i].start:u.toks[k-1].end])) {
			return true
		}
	}
	return false
}

// knownWord reports whether the gazetteers know a single word as a name:
// a place, an organization, a demonym, a first name that is not also a
// common word, an honorific or a title.
func (d *entityDoc) knownWord(w string) bool {
	k := nameKey(w)
	if d.g.isCommon(w) {
		return d.g.place(k).class >= bigCity && !d.lowerSeen[strings.ToLower(w)]
	}
	return d.g.knownText(w) || d.g.given.has(k) || d.g.isHonorific(w) || d.g.isTitle(w)
}

// analyzePart splits honorifics, job titles and an acronym's extra words
// off the name tokens [i, j) and adds what remains.
func (d *entityDoc) analyzePart(ui, i, j int, tentative bool) {
	u := &d.units[ui]
	if i >= j {
		return
	}
	var v votes
	role := ""
	whole := nameKey(u.text[u.toks[i].start:u.toks[j-1].end])
	titlePhrase := d.g.isTitle(u.word(i)) && (u.word(i+1) == "of" || u.word(i+1) == "for")
	if !d.g.knownKey(whole) && (titlePhrase || !d.endsInNameWord(u, j)) {
		first, last, n := d.titleSplit(u, i, j)
		if first >= 0 {
			if first > i {
				d.addPrefix(ui, i, first)
			}
			if n < 0 {
				return
			}
			if d.g.isHonorific(u.word(last)) {
				v[vPerson] += 6
			} else {
				v[vPerson] += 5
				role = u.text[u.toks[i].start:u.toks[n-1].end]
			}
			i = n
			tentative = false
		}
	}
	if k := d.acronymAfter(ui, i, j); k > i {
		d.analyzePart(ui, i, k, false)
		i = k
	}
	if k, product := d.knownSplit(u, i, j); k > i && v == (votes{}) {
		d.splitHyphen(ui, i, k, v, role, tentative)
		d.analyzePart(ui, k, j, tentative || product)
		return
	}
	d.splitHyphen(ui, i, j, v, role, tentative)
}

// allCommon reports whether the words [i, j) are all common words or
// gerunds.
func (d *entityDoc) allCommon(u *textUnit, i, j int) bool {
	for k := i; k < j; k++ {
		if w := u.word(k); !d.g.isCommon(w) && !strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return true
}

// knownSplit finds where a run made of two names splits: a known place,
// organization or group followed by another known name ("Kentucky GOP",
// "Virginia Democrats", "Afghan Taliban") or by a person's name
// ("Republican Phil Bryant"), or a company followed by a product ("Google
// Stadia"). It returns the start of the second name, or i, and whether the
// second name is a product's.
func (d *entityDoc) knownSplit(u *textUnit, i, j int) (int, bool) {
	if j-i < 2 || d.endsInNameWord(u, j) || d.g.knownText(u.text[u.toks[i].start:u.toks[j-1].end]) {
		return i, false
	}
	k := i
	for e := i + 1; e < j && e <= i+4; e++ {
		if d.g.knownText(u.text[u.toks[i].start:u.toks[e-1].end]) {
			k = e
		}
	}
	if k == i {
		return i, false
	}
	rest := nameKey(u.text[u.toks[k].start:u.toks[j-1].end])
	restFirst := u.word(k)
	switch {
	case d.g.knownKey(rest) && !d.g.isCommon(u.text[u.toks[k].start:u.toks[j-1].end]):
		return k, false
	case d.g.given.has(nameKey(restFirst)) && !d.g.isCommon(restFirst) && j-k >= 2:
		return k, false
	case d.g.surnameFirst.has(nameKey(restFirst)) && j-k >= 2 && j-k <= 3:
		return k, false // "Britain Liu Xiaming"
	case d.g.orgs[nameKey(u.text[u.toks[i].start:u.toks[k-1].end])] != "" && (j-k <= 2 && d.allCommon(u, k, j) ||
		j-k == 1 && !d.g.isOrgNoun(u.lower(i-1))):
		return k, true // "Google Stadia", "Amazon Alexa", not "the journal Nature Astronomy"
	}
	return i, false
}

// endsInNameWord reports whether the run ending at j ends in an
// organization or place word, so that a title inside it ("General
// Motors", "King County") is part of the name.
func (d *entityDoc) endsInNameWord(u *textUnit, j int) bool {
	k := nameKey(stripPossessive(u.word(j - 1)))
	return d.g.orgWords[k] || d.g.placeWords[k]&placeSuffix != 0 || d.g.legal[k]
}

// titleSplit finds the honorifics and titles in the run [i, j): the first
// one, the last one followed by a name, and where that name starts (-1
// when no name follows). "Secretary of State Mike Pompeo" gives the name
// "Mike Pompeo".
func (d *entityDoc) titleSplit(u *textUnit, i, j int) (first, last, name int) {
	first, last, name = -1, -1, -1
	for k := i; k < j; k++ {
		w := u.word(k)
		if !d.g.isHonorific(w) && !d.g.isTitle(w) {
			continue
		}
		if first < 0 {
			first = k
		}
		n := k + 1
		if n < j && (u.word(n) == "of" || u.word(n) == "for") {
			n += 2
			if u.lower(n-1) == "the" {
				n++
			}
			for p := n + 1; p < j; p++ {
				if d.g.given.has(nameKey(u.word(p))) && j-p <= 3 {
					n = p
					break
				}
			}
		}
		if n < j && d.looksLikeName(u, n, j) {
			last, name = k, n
		}
	}
	return first, last, name
}

// looksLikeName reports whether tokens [i, j) can be a person's name after
// a title: not a title, organization, place or common words alone.
func (d *entityDoc) looksLikeName(u *textUnit, i, j int) bool {
	allCommon := true
	for k := i; k < j; k++ {
		w := stripPossessive(u.word(k))
		if !u.isWord(k) {
			return false
		}
		if !d.g.isTitle(w) && !d.g.isHonorific(w) && !d.g.isCommon(w) {
			allCommon = false
		}
	}
	return !allCommon && !d.endsInNameWord(u, j) && !d.g.isTitle(u.word(j-1)) // not "Chief Strategy Officer"
}

// addPrefix adds the words before a title ("NASA" in "NASA Administrator
// Charles Bolden"): they name the organization or place the title belongs
// to, unless they are ordinary words ("Foreign Minister"). Of several
// words, only the known names and acronyms are kept.
func (d *entityDoc) addPrefix(ui, i, j int) {
	u := &d.units[ui]
	if j-i == 1 || d.endsInNameWord(u, j) || d.g.knownText(u.text[u.toks[i].start:u.toks[j-1].end]) {
		if !d.g.isCommon(u.word(i)) || j-i > 1 {
			d.analyzePart(ui, i, j, false)
		}
		return
	}
	// Several words: keep the known names among them ("Kentucky GOP
	// Gov.", "Indian External Affairs Minister").
	for i < j {
		e := i
		for k := i + 1; k <= j && k <= i+4; k++ {
			if d.g.knownText(u.text[u.toks[i].start:u.toks[k-1].end]) {
				e = k
			}
		}
		if e > i {
			d.analyzePart(ui, i, e, false)
			i = e
			continue
		}
		if isAllCaps(u.word(i)) && !d.g.isCommon(u.word(i)) {
			d.analyzePart(ui, i, i+1, false)
		}
		i++
	}
}

// splitHyphen adds the name [i, j), cutting a cue after a hyphen off its
// last word ("Shenzhen-based") and splitting compounds of two known places
// ("US-China").
func (d *entityDoc) splitHyphen(ui, i, j int, v votes, role string, tentative bool) {
	u := &d.units[ui]
	last := u.word(j - 1)
	stop := int(u.toks[j-1].end)
	start := int(u.toks[i].start)
	if cue := d.hyphenCue(last); cue != "" {
		stop -= len(cue) + 1
		if d.g.cues["hyphenloc"][cue] {
			v[vLoc] += 4
		}
		if stop <= start {
			return
		}
	} else if k := strings.IndexAny(last, "-‑"); k > 0 {
		rest := afterHyphen(last)
		if j-i == 1 && k == 1 && (d.g.stateAbbrevs[rest+"."] != "" || d.g.place(nameKey(rest)).class == majorPlace) {
			start += len(last) - len(rest) // "D-Minn." is a state
			if u.word(j) == "." && d.g.stateAbbrevs[rest+"."] != "" {
				stop++
			}
		} else if j-i == 1 && isUpperStart(rest) && d.g.knownText(last[:k]) && d.g.knownText(rest) {
			d.addMention(ui, i, j, start, start+k, v, "", false)
			d.addMention(ui, i, j, stop-len(rest), stop, v, "", false)
			return
		}
	}
	d.addMention(ui, i, j, start, stop, v, role, tentative)
}

// addMention adds the name at bytes [start, stop) of unit ui, made of
// tokens [first, end), with the votes and role found so far.
func (d *entityDoc) addMention(ui, first, end, start, stop int, v votes, role string, tentative bool) {
	if len(d.ments) >= maxMentions {
		d.truncated = true
		return
	}
	u := &d.units[ui]
	text := u.text[start:stop]
	if t := stripPossessive(text); t != text {
		text, stop = t, start+len(t)
	}
	m := mention{unit: int32(ui), first: int32(first), end: int32(end), start: int32(start), stop: int32(stop),
		votes: v, tentative: tentative}
	m.key = strings.TrimPrefix(nameKey(text), "the ")
	if m.key == "" || m.key == "the" || (!strings.Contains(m.key, " ") && (d.g.isTitle(m.key) || d.g.isHonorific(m.key))) {
		return
	}
	if role != "" {
		d.noteOf(&m).role = role
	}
	m.afterThe = u.lower(first-1) == "the"
	m.words = int32(strings.Count(m.key, " ") + 1)
	d.shapeVotes(&m)
	shape := m.votes
	m.context = d.contextVotes(&m, u)
	if m.context >= 1.5 {
		m.tentative = false
	}
	m.bare = m.words == 1 && !m.strong && m.context == 0 && shape[vLoc] == 0 &&
		shape[vPerson] < 0.4 && !isBrandCase(text) && !strings.HasPrefix(text, "The ")
	m.ident = d.identity(&m)
	d.growMentions()
	d.ments = append(d.ments, m)
}
