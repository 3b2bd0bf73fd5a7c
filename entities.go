package news

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding entities works in the manner of Mikheev, Moens and Grover (1999),
// without a statistical model: sure evidence first, then the document's
// own names, then weaker guesses.
//
//  1. Each text (headline, description, paragraph) is split into sentences
//     and tokens (sentences.go). Runs of capitalized words, with the
//     connectors that occur inside names ("Bank of America", "Johnson &
//     Johnson", "Ludwig van Beethoven", "China's Foreign Ministry"), are
//     candidate names.
//  2. Each run is cleaned: a leading "The" or an ordinary word capitalized
//     only because it starts a sentence is dropped (it is ordinary when it
//     is a common word or the article writes it in lower case elsewhere);
//     honorifics and job titles are split off ("NASA Administrator Charles
//     Bolden": an organization, a role, a person); an acronym in brackets
//     trims the name to the words it spells; two known names side by side
//     are split ("Kentucky GOP"); "-based" and similar cues are cut off.
//  3. Each mention collects votes for each kind from its shape (the
//     gazetteers of gazetteer.go: first names, surnames, places,
//     well-known organizations, organization and place words, legal
//     suffixes) and from its context ("Mr.", "said", "in", ", 45,", ", a
//     spokesman for", "Huawei spokesperson", "-based", "City, State"), and
//     the role the context gives. The members of a list ("A, B and C")
//     share the kind most of them clearly have.
//  4. Mentions are merged into entities: by one identity key (case,
//     periods, legal suffixes, middle initials removed; a demonym or
//     possessive country made the country; gazetteer aliases such as
//     "U.S." = "United States"), by acronym definitions, and by short forms
//     of longer names of the document: a surname or first name joins its
//     person (the nearest one before), an acronym the name it abbreviates,
//     a first word its organization ("Huawei" = "Huawei Technologies"),
//     "the Times" the newspaper, "Security Council" "UN Security Council".
//  5. Each entity takes the kind with the most votes over all its
//     mentions: one kind per name across the article. An entity resting
//     only on capitals nothing supports (a word seen only where any word
//     is capitalized, a single unknown word mentioned once with nothing
//     around it) is left out.
//  6. Headlines in title case, subheadings and ALL-CAPS lines say nothing
//     by their capitals, so only names already known (from the body or
//     the gazetteers) and first-name-shaped persons are looked up in them.
//
// The work is linear in the length of the text: maps keyed by names,
// windows of bounded size, at most maxCandidates long names compared with
// each short form, and runs of capitalized words longer than maxRun read
// as title-case text.

// maxRun is the most tokens a candidate name may have; a longer run of
// capitalized words is read as title-case text.
const maxRun = 10

// A unitMode says how much a text's capitals tell.
type unitMode uint8

const (
	modeNormal unitMode = iota // running text: capitals mark names
	modeTitle                  // title case: most words capitalized
	modeCaps                   // ALL CAPS
)

// A textUnit is one text of the article.
type textUnit struct {
	para  int    // paragraph index, or InHeadline or InDescription
	text  string // the text
	mode  unitMode
	toks  []token
	names []bool // whether each token can be part of a name
	sents []span // token index ranges of the sentences
}

// A kind index in votes.
const (
	vPerson = iota
	vOrg
	vLoc
	vGroup
	nKinds
)

// votes weigh the evidence for each kind.
type votes [nKinds]float32

// kindOf maps a vote index to a Kind.
var kindOf = [nKinds]Kind{Person, Organization, Location, Group}

// A mention is one candidate name in a text.
type mention struct {
	unit        int    // index in entityDoc.units
	first, end  int    // token index range of the name
	start, stop int    // byte range of the name in the unit's text
	text        string // the name as written, possessive removed
	key         string // nameKey(text) without a leading "the "
	words       int    // the number of words of key
	ident       string // the key entities merge on (see identity)
	canonical   string // the gazetteer's name for it, if any
	votes       votes
	role        string
	tentative   bool    // kept only if something else supports it
	strong      bool    // its own shape says what it is
	locCue      bool    // its context says it is a place
	afterThe    bool    // preceded by a lower-case "the"
	context     float32 // the weight of the votes its context gave
	bare        bool    // one unknown word with no evidence of its kind
}

// An entityDoc is the state of one call of findEntities.
type entityDoc struct {
	g         *gazetteer
	units     []textUnit
	ments     []mention
	lowerSeen map[string]bool // words seen in lower case
	capSeen   map[string]bool // words seen capitalized inside a sentence
	acronyms  []acronymLink   // names defined with an acronym
	deferred  [][3]int        // long capitalized runs: unit, first, end
	formFirst map[string]bool // first words of the names of several words
	parent    []int           // union-find over mentions
}

// An acronymLink joins a name and the acronym in brackets after it: the
// token indexes where each starts, in the text of unit.
type acronymLink struct {
	unit, name, acr int
}

// findEntities finds the people, organizations and places named in an
// article.
func findEntities(headline, description string, paras []string) []Entity {
	d := &entityDoc{g: loadGazetteer()}
	d.addUnit(InHeadline, headline)
	d.addUnit(InDescription, description)
	for i, p := range paras {
		d.addUnit(i, p)
	}
	ntoks := 0
	for _, u := range d.units {
		ntoks += len(u.toks)
	}
	d.lowerSeen = make(map[string]bool, ntoks/2)
	d.capSeen = make(map[string]bool, ntoks/8)
	d.countWords()
	names := 0
	for _, u := range d.units {
		for _, n := range u.names {
			if n {
				names++
			}
		}
	}
	d.ments = make([]mention, 0, names/2+8)
	for u := range d.units {
		if d.units[u].mode == modeNormal {
			d.collect(u)
		}
	}
	d.listVotes()
	d.merge()
	forms := d.knownForms()
	for u := range d.units {
		if d.units[u].mode != modeNormal {
			for _, s := range d.units[u].sents {
				d.lookupKnown(forms, u, s.start, s.end)
			}
		}
	}
	for _, r := range d.deferred {
		d.lookupKnown(forms, r[0], r[1], r[2])
	}
	return d.entities()
}

// addUnit splits a text into sentences and tokens.
func (d *entityDoc) addUnit(para int, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	u := textUnit{para: para, text: text, toks: make([]token, 0, len(text)/5+1)}
	for _, sp := range splitSentences(text) {
		first := len(u.toks)
		u.toks = appendTokens(u.toks, text, sp)
		u.toks = attachPeriods(d.g, text, u.toks, first)
		u.sents = append(u.sents, span{first, len(u.toks)})
	}
	u.mode = textMode(text, u.toks, para < 0)
	u.names = make([]bool, len(u.toks))
	for i := range u.toks {
		u.names[i] = d.nameToken(&u, i)
	}
	d.units = append(d.units, u)
}

// attachPeriods joins an abbreviation and its period into one token
// ("Jr" "." -> "Jr.", "Calif" "." -> "Calif.") from index first on.
func attachPeriods(g *gazetteer, text string, toks []token, first int) []token {
	out := toks[:first]
	for i := first; i < len(toks); i++ {
		t := toks[i]
		if t.word && i+1 < len(toks) && toks[i+1].start == t.end && text[t.end] == '.' &&
			g.periodWords[strings.ToLower(text[t.start:t.end])] && isUpperStart(text[t.start:t.end]) {
			t.end++
			i++
		}
		out = append(out, t)
	}
	return out
}

// textMode tells title-case and all-caps text from running text. In a
// body paragraph, title case must look like a subheading.
func textMode(text string, toks []token, headline bool) unitMode {
	upper, letters, capWords, words := 0, 0, 0, 0
	for k, t := range toks {
		if !t.word {
			continue
		}
		w := text[t.start:t.end]
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if k == 0 || smallWords[strings.ToLower(w)] || !unicode.IsLetter(firstRune(w)) {
			continue
		}
		words++
		if isUpperStart(w) {
			capWords++
		}
	}
	switch {
	case letters >= 8 && upper*10 >= letters*8:
		return modeCaps
	case words >= 3 && capWords*4 >= words*3 && (headline || isSubheading(text, words)):
		return modeTitle
	}
	return modeNormal
}

// isSubheading reports whether a body paragraph of title-case words reads
// as a subheading: short, with no sentence punctuation, commas or
// brackets (a list item "Ceres Robotics, Palo Alto, California", a credit
// line or a sentence full of names is running text).
func isSubheading(text string, words int) bool {
	t := strings.TrimRight(text, " \"'”’)")
	return words <= 12 && !strings.ContainsAny(text, ",;()") && !strings.HasSuffix(t, ".") &&
		!strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?")
}

// smallWords stay lower case in title-case headlines.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true, "but": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "from": true, "as": true, "vs": true, "via": true, "into": true, "over": true,
}

// word returns the text of token i of unit u.
func (u *textUnit) word(i int) string {
	if i < 0 || i >= len(u.toks) {
		return ""
	}
	return u.text[u.toks[i].start:u.toks[i].end]
}

// isWord reports whether token i is a word.
func (u *textUnit) isWord(i int) bool { return i >= 0 && i < len(u.toks) && u.toks[i].word }

// lower returns token i in lower case.
func (u *textUnit) lower(i int) string { return strings.ToLower(u.word(i)) }

// sentenceStart reports whether token i begins its sentence: it is the
// first word, or only quotes, brackets or dashes come before it, or it
// follows an opening quote or a colon.
func (u *textUnit) sentenceStart(i int, sent span) bool {
	for k := i - 1; k >= sent.start; k-- {
		if u.toks[k].word {
			return false
		}
		switch u.word(k) {
		case "\"", "“", "‘", "'", "(", "[", "—", "–", "-", "«":
			if k == sent.start || strings.Contains("\"“‘—–-", u.word(k)) {
				return true
			}
		case ":":
			return true
		default:
			return false
		}
	}
	return true
}

// countWords records which words the document writes in lower case and
// which it capitalizes inside sentences (Mikheev's evidence for the
// capitalized word at the start of a sentence).
func (d *entityDoc) countWords() {
	for ui := range d.units {
		u := &d.units[ui]
		if u.mode != modeNormal {
			continue
		}
		for _, s := range u.sents {
			for i := s.start; i < s.end; i++ {
				if !u.toks[i].word {
					continue
				}
				w := stripPossessive(u.word(i))
				if !isUpperStart(w) {
					d.lowerSeen[w] = true
				} else if !u.sentenceStart(i, s) {
					d.capSeen[w] = true
				}
			}
		}
	}
}

// isNameToken reports whether token i can be part of a name: a
// capitalized word that is not a month, weekday, non-name acronym or "I".
func (d *entityDoc) isNameToken(u *textUnit, i int) bool {
	return i >= 0 && i < len(u.names) && u.names[i]
}

// nameToken computes isNameToken for token i, once per token.
func (d *entityDoc) nameToken(u *textUnit, i int) bool {
	if !u.isWord(i) {
		return false
	}
	w := u.word(i)
	if !isUpperStart(w) || isContraction(w) || utf8.RuneCountInString(w) == 1 {
		return false // "I", "E", but initials ("J.") keep their period
	}
	w = stripPossessive(w)
	if strings.IndexFunc(w, unicode.IsDigit) >= 0 && !d.g.knownText(w) {
		return false // "T3", "FY2020", but "G7"
	}
	return !d.g.isNonName(w)
}

// collect finds the candidate names of a unit in running text.
func (d *entityDoc) collect(ui int) {
	u := &d.units[ui]
	for _, s := range u.sents {
		for i := s.start; i < s.end; {
			if !d.isNameToken(u, i) {
				d.hyphenPrefixed(ui, i)
				i++
				continue
			}
			j := d.runEnd(u, i, s.end)
			d.analyzeRun(ui, s, i, j)
			i = j
		}
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
	d.addMention(ui, i, i+1, u.toks[i].end-len(rest), u.toks[i].end, votes{}, "", false)
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
			if u.lower(j-1) == "the" {
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
	if c == "of" || c == "for" {
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
	case "of", "for":
		if d.g.orgWords[head] || d.g.placeWords[head]&placeSuffix != 0 || d.g.isTitle(head) || d.g.cues["ofhead"][head] {
			return true
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
		return d.runHas(u, i, j, "of", "for") // "Department of Health and Human Services"
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
	if d.g.surnameFirst.has(lw) && j-i > 1 && !d.g.isCommon(u.word(i+1)) && !isAllCaps(u.word(i+1)) {
		return i, false // "He Jianxiong"
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
	case d.g.orgs[nameKey(u.text[u.toks[i].start:u.toks[k-1].end])] != "" && j-k <= 2 && d.allCommon(u, k, j):
		return k, true
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
	return !allCommon && !d.endsInNameWord(u, j)
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

// acronymAfter looks for an acronym in brackets after the name [i, j)
// ("National Security Agency (NSA)"). When the acronym spells only the
// last words of the name it returns where those start, so that "US
// National Security Agency (NSA)" is "US" and "National Security
// Agency"; otherwise it returns i. It records the acronym as an alias.
func (d *entityDoc) acronymAfter(ui, i, j int) int {
	u := &d.units[ui]
	if u.word(j) != "(" || u.word(j+2) != ")" || !isAllCaps(u.word(j+1)) {
		return i
	}
	acr := strings.ReplaceAll(u.word(j+1), ".", "")
	for s := i; s < j; s++ {
		if spells(acr, d.initials(u, s, j), s == i) {
			d.acronyms = append(d.acronyms, acronymLink{unit: ui, name: s, acr: j + 1})
			return s
		}
	}
	return i
}

// initials returns the first letters of the capitalized words of [i, j),
// all letters of an all-caps word.
func (d *entityDoc) initials(u *textUnit, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		w := u.word(k)
		switch {
		case !u.isWord(k) || !isUpperStart(w):
		case isAllCaps(w) && len(w) <= 4:
			b.WriteString(strings.ReplaceAll(w, ".", ""))
		default:
			b.WriteRune(firstRune(w))
		}
	}
	return b.String()
}

// spells reports whether acr abbreviates words with the given initials:
// equal, or, when loose, the acronym's letters appear in order with the
// first one first and at most two initials left out ("NYAG" for "New York
// State Attorney General").
func spells(acr, initials string, loose bool) bool {
	acr, initials = strings.ToUpper(acr), strings.ToUpper(initials)
	if acr == initials {
		return len(acr) >= 2
	}
	if !loose || len(acr) < 2 || len(initials) > len(acr)+2 || acr[0] != initials[0] {
		return false
	}
	k := 0
	for i := 0; i < len(initials) && k < len(acr); i++ {
		if initials[i] == acr[k] {
			k++
		}
	}
	return k == len(acr)
}

// splitHyphen adds the name [i, j), cutting a cue after a hyphen off its
// last word ("Shenzhen-based") and splitting compounds of two known places
// ("US-China").
func (d *entityDoc) splitHyphen(ui, i, j int, v votes, role string, tentative bool) {
	u := &d.units[ui]
	last := u.word(j - 1)
	stop := u.toks[j-1].end
	start := u.toks[i].start
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
	u := &d.units[ui]
	text := u.text[start:stop]
	if t := stripPossessive(text); t != text {
		text, stop = t, start+len(t)
	}
	m := mention{unit: ui, first: first, end: end, start: start, stop: stop, text: text,
		votes: v, role: role, tentative: tentative}
	m.key = strings.TrimPrefix(nameKey(text), "the ")
	if m.key == "" || m.key == "the" || (!strings.Contains(m.key, " ") && (d.g.isTitle(m.key) || d.g.isHonorific(m.key))) {
		return
	}
	m.afterThe = u.lower(first-1) == "the"
	m.words = strings.Count(m.key, " ") + 1
	d.shapeVotes(&m)
	shape := m.votes
	m.context = d.contextVotes(&m, u)
	if m.context >= 1.5 {
		m.tentative = false
	}
	m.bare = m.words == 1 && !m.strong && m.context == 0 && shape[vLoc] == 0 &&
		shape[vPerson] < 0.4 && !strings.HasPrefix(m.text, "The ")
	m.ident = d.identity(&m)
	d.ments = append(d.ments, m)
}

// shapeVotes adds the votes that the name itself gives: gazetteer entries,
// organization and place words, legal suffixes, the shape of a personal
// name.
func (d *entityDoc) shapeVotes(m *mention) {
	g, v := d.g, &m.votes
	words := strings.Fields(m.text)
	if len(words) > 1 && words[0] == "The" {
		words = words[1:]
	}
	n := len(words)
	common := n == 1 && g.isCommon(words[0])
	if st, ok := g.stateAbbrevs[m.text]; ok {
		v[vLoc] += 5
		m.strong, m.canonical = true, st
		return
	}
	key := m.key
	if rest, ok := strings.CutPrefix(key, "state of "); ok && g.place(rest).class == majorPlace {
		key = rest // "State of Texas"
	}
	if p := g.place(key); p.class != notPlace && !(common && p.class < bigCity) && g.caseFits(m.text, key) {
		v[vLoc] += [...]float32{0, 0.8, 3, 5}[p.class]
		if p.class >= bigCity {
			m.strong, m.canonical = p.class == majorPlace, p.canonical
		}
	}
	if c := g.orgs[m.key]; c != "" && g.caseFits(m.text, m.key) {
		v[vOrg] += 5
		m.strong, m.canonical = true, c
	}
	if g.demonyms[m.key] != "" || g.groups[m.key] {
		v[vGroup] += 8
		m.strong = true
	}
	if m.strong {
		return
	}
	if n == 1 {
		if strings.HasPrefix(m.text, "The ") {
			v[vOrg]++ // "The Hill", "The Independent"
		}
		d.singleWordVotes(m, words[0])
		return
	}
	d.multiWordVotes(m, words)
}

// singleWordVotes weighs a one-word name unknown to the gazetteers.
func (d *entityDoc) singleWordVotes(m *mention, w string) {
	g, v := d.g, &m.votes
	k := nameKey(w)
	if isDomain(w) {
		v[vOrg] += 2 // "Moneycontrol.com"
		return
	}
	switch {
	case isAllCaps(w) && (g.isCommon(w) || utf8.RuneCountInString(w) > 5):
		m.tentative = true // "VOTE", "EBITDA"
	case isAllCaps(w):
		v[vOrg] += 1 // an acronym
		return
	case isPluralAcronym(w) || (g.isCommon(w) && !strings.HasPrefix(m.text, "The ")):
		m.tentative = true // "AMAs", "Complete"
	case len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) &&
		g.place(k).class == notPlace && !g.surname.has(k):
		m.tentative = true // "Editing"
	case g.given.has(k):
		v[vPerson] += 0.4
	}
	if g.surname.has(k) {
		v[vPerson] += 0.45
	}
	v[vOrg] += 0.3
}

// multiWordVotes weighs a name of several words by its words.
func (d *entityDoc) multiWordVotes(m *mention, words []string) {
	g, v := d.g, &m.votes
	n := len(words)
	first, last := nameKey(words[0]), nameKey(strings.TrimSuffix(words[n-1], ","))
	switch {
	case g.legal[last]:
		v[vOrg] += 6
		m.strong = true
	case g.orgWords[last]:
		v[vOrg] += 4
	case g.placeWords[last]&placeSuffix != 0:
		v[vLoc] += 4
	case g.placeWords[first]&placePrefix != 0:
		v[vLoc] += 3
	case last == "state" && g.place(strings.TrimSuffix(m.key, " state")).class == majorPlace:
		v[vLoc] += 4 // "New York State"
	}
	for k := 1; k < n-1; k++ {
		if words[k] != "of" && words[k] != "for" {
			continue
		}
		head := nameKey(words[k-1])
		switch {
		case words[k] == "for" || g.orgWords[head]:
			v[vOrg] += 4
		case g.placeWords[head]&placeSuffix != 0 || d.g.cues["ofhead"][head]:
			v[vLoc] += 4
		}
		break
	}
	if v[vOrg] > 0 || v[vLoc] > 0 {
		return
	}
	person := float32(0)
	allCommon := true
	for k, w := range words {
		if !g.isCommon(w) && !d.g.cues["particle"][w] {
			allCommon = false
		}
		if k > 0 && k < n-1 && isInitial(strings.TrimSuffix(w, ".")) {
			person += 2
		}
	}
	caps := isAllCaps(words[0])
	switch {
	case isDottedInitials(words[0]):
		person += 2 // "O.J. Simpson"
	case caps:
	case g.given.has(first) && !g.isCommon(words[0]):
		person += 3
	case g.given.has(first):
		person += 1.5
	case g.surnameFirst.has(first) && n <= 3:
		person += 2.5
	}
	if (g.surname.has(last) || g.surname.has(strings.ReplaceAll(last, "'", ""))) && !caps &&
		!g.isCommon(words[0]) && g.place(first).class == notPlace {
		person++
	}
	if d.g.cues["namesuffix"][last] {
		person += 4
	}
	if (allCommon || g.mostlyCommon(words)) && !strings.HasPrefix(m.text, "The ") ||
		d.g.cues["nonentity"][strings.ToLower(words[n-1])] {
		m.tentative = true // "Total Endorsement", "Affordable Care Act"
	}
	if person == 0 && !caps && n <= 3 && !g.anyCommon(words) && !strings.Contains(m.text, "&") {
		person, v[vOrg] = 0.6, v[vOrg]+0.4 // "Romelu Lukaku": two unknown words
	}
	if strings.Contains(m.text, "&") {
		v[vOrg] += 2 // "Chapter & Verse"
	}
	if person == 0 {
		v[vOrg] += 0.5
		if g.place(first).class >= bigCity && d.g.cues["compass"][last] {
			v[vLoc] += 1 // "Kowloon West"
		}
	}
	v[vPerson] += person
}

// contextVotes adds the votes that the words around a mention give, and
// its role, and returns the weight added.
func (d *entityDoc) contextVotes(m *mention, u *textUnit) float32 {
	var v votes
	p1, p2 := u.lower(m.first-1), u.lower(m.first-2)
	n1 := u.word(m.end)
	possessive := m.stop < u.toks[m.end-1].end && stripPossessive(u.word(m.end-1)) != u.word(m.end-1)
	switch p1 {
	case "in", "near", "across", "throughout", "outside", "inside", "toward", "towards", "into":
		v[vLoc] += 1.5
	case "at":
		v[vLoc] += 0.4
		v[vOrg] += 0.4
	case "from":
		v[vLoc] += 0.5
	case "of":
		if d.g.cues["placenoun"][p2] {
			v[vLoc] += 2 // "the city of Columbia"
		}
	case "said", "says", "asked", "added", "told":
		if n1 == "." || n1 == "," || n1 == "" {
			v[vPerson] += 1.5
		}
	case "to":
		if p2 == "according" && m.words > 1 {
			v[vPerson] += 0.5
		} else if p2 == "according" {
			v[vOrg]++ // "according to Statista"
		}
	}
	if d.g.isOrgNoun(p1) && u.isWord(m.first-1) && !isUpperStart(u.word(m.first-1)) {
		v[vOrg] += 2 // "the journal JAMA Psychiatry"
	}
	if d.g.cues["speech"][strings.ToLower(n1)] && !possessive {
		v[vPerson]++
	}
	if n1 == "," {
		d.commaVotes(m, u, &v)
	}
	switch {
	case possessive && (d.g.isTitle(n1) || d.g.cues["owned"][strings.ToLower(n1)]):
		v[vOrg] += 1.5
	case !possessive && d.g.isTitle(n1) && u.isWord(m.end):
		v[vOrg] += 1.5 // "Huawei spokesperson"
	case !possessive && (strings.EqualFold(n1, "shares") || strings.EqualFold(n1, "stock")):
		v[vOrg] += 2
	}
	orgShaped := m.votes[vOrg] >= 4 // "indie developer Tequila Works"
	if r := d.preModifierRole(u, m.first); r != "" && !orgShaped {
		v[vPerson] += 5
		if m.role == "" {
			m.role = r
		}
	}
	if r := d.appositionBefore(u, m.first, m.end); r != "" && !orgShaped {
		v[vPerson] += 4
		if m.role == "" {
			m.role = r
		}
	}
	if m.first == 0 && isAllCaps(m.text) && strings.Contains(",(—–-:", n1) && n1 != "" {
		v[vLoc] += 3 // a dateline: "BUFFALO, N.Y. (AP) —"
	}
	if p1 == "," && isAllCaps(m.text) && d.g.postal[m.text] != "" && d.isNameToken(u, m.first-2) {
		v[vLoc] += 5 // "Palo Alto, CA"
		m.canonical = d.g.postal[m.text]
	}
	m.locCue = v[vLoc] > 0
	total := float32(0)
	for k := range v {
		m.votes[k] += v[k]
		total += v[k]
	}
	return total
}

// commaVotes reads what follows "Name,": an age, "who", "which", a place
// ("Springfield, Ill."), or an apposition that describes the name.
func (d *entityDoc) commaVotes(m *mention, u *textUnit, v *votes) {
	n2, n3 := u.word(m.end+1), u.word(m.end+2)
	switch {
	case isNumber(n2) && n3 == ",":
		v[vPerson] += 4
		return
	case strings.EqualFold(n2, "who"):
		v[vPerson] += 2
		return
	case strings.EqualFold(n2, "which"):
		v[vOrg]++
		return
	case d.g.stateAbbrevs[n2] != "" || d.g.place(nameKey(n2)).class == majorPlace && isUpperStart(n2):
		v[vLoc] += 2
		return
	}
	role, kind := d.appositionAfter(u, m.end)
	if kind < 0 {
		return
	}
	v[kind] += 3
	if kind == vPerson {
		v[kind]++
		if m.role == "" {
			m.role = role
		}
	}
}

// preModifierRole returns the role written before a name ("Huawei
// spokesperson William Plummer", "NSA whistleblower Edward Snowden"): a
// title right before it and the modifiers and names before the title.
func (d *entityDoc) preModifierRole(u *textUnit, first int) string {
	k := first - 1
	if !u.isWord(k) || !d.g.isTitle(u.word(k)) || d.g.isHonorific(u.word(k)) || d.g.cues["adjtitle"][u.word(k)] {
		return ""
	}
	l := k
	for l-1 >= 0 && k-l < 5 && u.isWord(l-1) {
		w := u.word(l - 1)
		lw := strings.ToLower(w)
		if lw == "a" || lw == "an" || lw == "the" || d.g.cues["speech"][lw] {
			break
		}
		if !isUpperStart(w) && !d.g.cues["rolemod"][lw] && !d.g.cues["orgnoun"][lw] && !d.g.isTitle(lw) && stripPossessive(w) == w {
			break
		}
		l--
	}
	return u.text[u.toks[l].start:u.toks[k].end]
}

// appositionAfter reads the phrase after "Name," up to the next comma or
// the end of the sentence: a title makes it a person's role ("a professor
// of political science at Bucknell University"), an organization noun
// ("a Chinese company") or a place noun ("a city in") says the kind. It
// returns the role and the kind, or -1.
func (d *entityDoc) appositionAfter(u *textUnit, end int) (string, int) {
	k := end + 1
	article := false
	if w := u.lower(k); w == "a" || w == "an" || w == "the" {
		k++
		article = true
	}
	kind, e := -1, k
	for ; e < len(u.toks) && e-k < 14; e++ {
		w := u.word(e)
		if !u.toks[e].word {
			if !strings.Contains("-&'’/", w) {
				break
			}
			continue
		}
		lw := strings.ToLower(w)
		if lw == "who" || lw == "which" || lw == "that" || d.g.cues["speech"][lw] {
			return "", -1
		}
		if kind >= 0 || e-k >= 6 || stripPossessive(w) != w || (isUpperStart(w) && !d.g.isTitle(w)) {
			continue
		}
		switch {
		case d.g.isTitle(lw):
			kind = vPerson
		case d.g.cues["orgnoun"][lw]:
			kind = vOrg
		case d.g.cues["placenoun"][lw]:
			kind = vLoc
		}
	}
	if kind < 0 || e == k || (u.word(e) != "," && u.word(e) != "." && e < len(u.toks)) {
		return "", -1
	}
	if !article {
		w := u.word(k)
		if !d.g.isTitle(w) && !d.g.cues["rolemod"][strings.ToLower(w)] && stripPossessive(w) == w {
			return "", -1
		}
	}
	return u.text[u.toks[k].start:u.toks[e-1].end], kind
}

// appositionBefore reads "a spokesperson from China's Foreign Ministry,
// Hong Lei, said": a phrase with an article and a title, then a comma,
// then the name followed by a comma or a speech verb. It returns the role.
func (d *entityDoc) appositionBefore(u *textUnit, first, end int) string {
	if u.word(first-1) != "," {
		return ""
	}
	if n := u.word(end); n != "," && !d.g.cues["speech"][strings.ToLower(n)] {
		return ""
	}
	k := first - 2
	for k >= 0 && first-k < 16 && (u.toks[k].word || strings.Contains("-&'’", u.word(k))) {
		k--
	}
	k++
	if w := u.lower(k); w != "a" && w != "an" && w != "the" {
		return ""
	}
	for t := k + 1; t < first-1; t++ {
		if d.g.isTitle(u.word(t)) && !d.g.isHonorific(u.word(t)) {
			return u.text[u.toks[k+1].start:u.toks[first-2].end]
		}
	}
	return ""
}

// identity returns the key that mentions of one entity share: the
// gazetteer's name, or the name without a legal suffix, middle initials,
// "Jr." and with a demonym or possessive place made the place ("Chinese
// Foreign Ministry" = "China's Foreign Ministry").
func (d *entityDoc) identity(m *mention) string {
	if m.votes[vGroup] >= 5 {
		return "group:" + m.key
	}
	if m.canonical != "" {
		return nameKey(m.canonical)
	}
	words := strings.Fields(m.key)
	if len(words) < 2 {
		return m.key
	}
	if n := len(words); d.g.legal[words[n-1]] || d.g.cues["namesuffix"][words[n-1]] {
		words = words[:n-1]
		words[n-2] = strings.TrimSuffix(words[n-2], ",")
	}
	if len(words) >= 3 {
		kept := words[:1]
		for _, w := range words[1 : len(words)-1] {
			if utf8.RuneCountInString(w) > 1 {
				kept = append(kept, w)
			}
		}
		words = append(kept, words[len(words)-1])
	}
	if c := d.g.demonyms[words[0]]; c != "" {
		words[0] = nameKey(c)
	} else if st := stripPossessive(words[0]); st != words[0] {
		if p := d.g.place(st); p.class >= bigCity {
			words[0] = nameKey(p.canonical)
		}
	}
	return strings.Join(words, " ")
}

// listVotes gives the members of a list of names ("Astrobotic,
// Intuitive Machines and Orbit Beyond") the kind most of the others
// clearly have: coordinated names are usually of one kind.
func (d *entityDoc) listVotes() {
	for a := 0; a < len(d.ments); {
		b := a + 1
		and := false
		for b < len(d.ments) {
			link, ok := d.coordinated(&d.ments[b-1], &d.ments[b])
			if !ok {
				break
			}
			and = and || link
			b++
		}
		if b-a >= 3 || b-a == 2 && and {
			d.shareListKind(d.ments[a:b])
		}
		a = b
	}
}

// coordinated reports whether mention n follows mention m in a list:
// only ",", "and", "or" or ", and" between them. It also reports whether
// the link was a conjunction.
func (d *entityDoc) coordinated(m, n *mention) (conj, ok bool) {
	if m.unit != n.unit || n.first <= m.end-1 {
		return false, false
	}
	u := &d.units[m.unit]
	between := make([]string, 0, 2)
	for k := m.end; k < n.first; k++ {
		between = append(between, u.lower(k))
		if len(between) > 2 {
			return false, false
		}
	}
	switch strings.Join(between, " ") {
	case ",":
		return false, true
	case "and", "or", ", and", ", or":
		return true, true
	}
	return false, false
}

// shareListKind adds to the weakly typed members of a list the kind that
// the others clearly share.
func (d *entityDoc) shareListKind(list []mention) {
	var sum votes
	for _, m := range list {
		if max(m.votes[vPerson], m.votes[vOrg], m.votes[vLoc]) >= 3 {
			sum[m.kindIndex()] += 1
		}
	}
	best := vOrg
	for k := range sum {
		if sum[k] > sum[best] {
			best = k
		}
	}
	if best == vGroup || sum[best] < 2 || sum[best] < 2*(sum[vPerson]+sum[vOrg]+sum[vLoc]-sum[best]) {
		return
	}
	for i := range list {
		m := &list[i]
		if max(m.votes[vPerson], m.votes[vOrg], m.votes[vLoc], m.votes[vGroup]) < 1.5 {
			m.votes[best] += 1.5
			m.bare = false
		}
	}
}

// kindIndex returns the kind with the most votes of a mention.
func (m *mention) kindIndex() int {
	best := vOrg
	for k := range m.votes {
		if m.votes[k] > m.votes[best] {
			best = k
		}
	}
	return best
}

// find returns the representative of mention i's entity.
func (d *entityDoc) find(i int) int {
	for d.parent[i] != i {
		d.parent[i] = d.parent[d.parent[i]]
		i = d.parent[i]
	}
	return i
}

// union joins the entities of mentions a and b; the earlier mention
// represents them.
func (d *entityDoc) union(a, b int) {
	a, b = d.find(a), d.find(b)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	d.parent[b] = a
}

// A cluster is the set of mentions of one entity.
type cluster struct {
	root    int   // the representative mention
	ments   []int // mention indexes, in the order added
	votes   votes
	longest int      // the mention with the most words
	words   []string // the words of the longest mention's identity
	strong  bool     // some mention's own shape says its kind
	locCues int      // mentions whose context says it is a place
}

// kind returns the index of the kind with the most votes.
func (c *cluster) kind() int {
	best := vOrg
	for k := range c.votes {
		if c.votes[k] > c.votes[best] {
			best = k
		}
	}
	return best
}

// clusters groups the mentions by entity, in order of first mention.
func (d *entityDoc) clusters() []*cluster {
	byRoot := map[int]*cluster{}
	var out []*cluster
	for i := range d.ments {
		r := d.find(i)
		c := byRoot[r]
		if c == nil {
			c = &cluster{root: r, longest: i}
			byRoot[r] = c
			out = append(out, c)
		}
		m := &d.ments[i]
		c.ments = append(c.ments, i)
		for k := range m.votes {
			c.votes[k] += m.votes[k]
		}
		c.strong = c.strong || m.strong
		if m.locCue {
			c.locCues++
		}
		if m.words > d.ments[c.longest].words {
			c.longest = i
		}
	}
	for _, c := range out {
		c.words = strings.Fields(d.ments[c.longest].ident)
	}
	return out
}

// merge joins the mentions that name one entity: those with one identity,
// a name and its acronym, and short forms with the longer names they
// stand for.
func (d *entityDoc) merge() {
	d.parent = make([]int, len(d.ments))
	byIdent := map[string]int{}
	for i, m := range d.ments {
		d.parent[i] = i
		if j, ok := byIdent[m.ident]; ok {
			d.union(j, i)
		} else {
			byIdent[m.ident] = i
		}
	}
	d.linkAcronyms()
	d.joinShortForms(d.clusters())
}

// linkAcronyms joins each name defined with an acronym to the acronym.
func (d *entityDoc) linkAcronyms() {
	if len(d.acronyms) == 0 {
		return
	}
	at := map[[2]int]int{}
	for i, m := range d.ments {
		at[[2]int{m.unit, m.first}] = i
	}
	for _, a := range d.acronyms {
		n, ok1 := at[[2]int{a.unit, a.name}]
		k, ok2 := at[[2]int{a.unit, a.acr}]
		if ok1 && ok2 {
			d.union(n, k)
		}
	}
}

// shortFormIndex finds the longer names a short form may stand for.
type shortFormIndex struct {
	personLast, personFirst, personSuffix map[string][]*cluster
	orgPrefix, initials, lastWord         map[string][]*cluster
	unmodified                            map[string][]*cluster
}

// newShortFormIndex indexes the clusters whose names have several words.
func (d *entityDoc) newShortFormIndex(cl []*cluster) *shortFormIndex {
	x := &shortFormIndex{
		personLast: map[string][]*cluster{}, personFirst: map[string][]*cluster{},
		personSuffix: map[string][]*cluster{}, orgPrefix: map[string][]*cluster{},
		initials: map[string][]*cluster{}, lastWord: map[string][]*cluster{},
		unmodified: map[string][]*cluster{},
	}
	for _, c := range cl {
		w, kind := c.words, c.kind()
		n := len(w)
		if n < 2 || n > maxRun || kind == vGroup {
			continue
		}
		switch kind {
		case vPerson:
			x.personLast[w[n-1]] = append(x.personLast[w[n-1]], c)
			x.personFirst[w[0]] = append(x.personFirst[w[0]], c)
			for k := 1; k < n-1; k++ {
				x.personSuffix[strings.Join(w[k:], " ")] = append(x.personSuffix[strings.Join(w[k:], " ")], c)
			}
			continue
		case vOrg:
			for k := 1; k < n; k++ {
				p := strings.Join(w[:k], " ")
				x.orgPrefix[p] = append(x.orgPrefix[p], c)
			}
			if f := strings.Fields(d.ments[c.longest].text); d.g.knownKey(w[0]) || isAllCaps(f[0]) {
				rest := strings.Join(w[1:], " ")
				x.unmodified[rest] = append(x.unmodified[rest], c)
			}
		}
		x.lastWord[w[n-1]] = append(x.lastWord[w[n-1]], c)
		for _, m := range c.ments {
			if a := d.nameInitials(d.ments[m].text); len(a) >= 2 {
				x.initials[a] = append(x.initials[a], c)
			}
		}
	}
	return x
}

// nameInitials returns the lower-case initials of the capitalized words of
// a name of two or more words, without a leading "The".
func (d *entityDoc) nameInitials(text string) string {
	words := strings.Fields(text)
	if len(words) > 0 && words[0] == "The" {
		words = words[1:]
	}
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if isUpperStart(w) {
			b.WriteRune(unicode.ToLower(firstRune(w)))
		}
	}
	return b.String()
}

// joinShortForms joins each short form to the one longer name it stands
// for: a surname or first name to its person, an acronym to its name, a
// first word to its organization ("Huawei" = "Huawei Technologies"), "the
// Times" to "The New York Times", "Security Council" to "UN Security
// Council".
func (d *entityDoc) joinShortForms(cl []*cluster) {
	x := d.newShortFormIndex(cl)
	for _, c := range cl {
		w := c.words
		if len(w) == 0 || c.kind() == vGroup || len(w) > maxRun {
			continue
		}
		key := strings.Join(w, " ")
		text := d.ments[c.longest].text
		personOK := (!c.strong && c.locCues*2 <= len(c.ments)) || c.votes[vPerson] >= 5
		switch {
		case len(w) == 1 && isAllCaps(text) && d.joinOne(c, x.initials[key]):
		case len(w) == 1 && personOK && d.joinNearest(c, x.personLast[key]):
		case len(w) == 1 && personOK && d.joinNearest(c, x.personFirst[key]):
		case (c.kind() == vOrg || !c.strong && c.votes[vPerson] < 1 && c.kind() != vLoc) && d.joinOne(c, x.orgPrefix[key]):
		case len(w) == 1 && d.afterThe(c) && (d.g.orgWords[key] || d.g.placeWords[key] != 0) &&
			d.joinOne(c, x.lastWord[key]):
		case d.joinOne(c, x.unmodified[key]) || d.joinOne(c, x.unmodified[d.ments[c.longest].key]):
		case len(w) > 1 && c.kind() == vPerson && d.joinOne(c, x.personSuffix[key]):
		case len(w) == 2 && c.kind() == vPerson && d.joinOne(c, d.longerFirstName(c, x.personLast[w[1]])):
		}
	}
}

// afterThe reports whether a mention of c follows a lower-case "the".
func (d *entityDoc) afterThe(c *cluster) bool {
	for _, m := range c.ments {
		if d.ments[m].afterThe {
			return true
		}
	}
	return false
}

// longerFirstName returns the persons whose first name starts with c's
// ("Pat Carlineo" and "Patrick Carlineo").
func (d *entityDoc) longerFirstName(c *cluster, persons []*cluster) []*cluster {
	var out []*cluster
	for _, p := range persons {
		if p != c && len(p.words) >= 2 && strings.HasPrefix(p.words[0], c.words[0]) {
			out = append(out, p)
		}
	}
	return out
}

// maxCandidates is the most longer names a short form is compared with;
// a short form that could stand for more is left alone (and the work
// stays linear).
const maxCandidates = 8

// distinct returns the entities among cands other than c's own.
func (d *entityDoc) distinct(c *cluster, cands []*cluster) []int {
	if len(cands) > maxCandidates {
		return nil
	}
	var roots []int
	self := d.find(c.root)
	for _, t := range cands {
		r := d.find(t.root)
		if r != self && !containsInt(roots, r) {
			roots = append(roots, r)
		}
	}
	return roots
}

// containsInt reports whether xs holds x.
func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// joinOne joins c to the single entity among cands and reports whether
// there was exactly one.
func (d *entityDoc) joinOne(c *cluster, cands []*cluster) bool {
	roots := d.distinct(c, cands)
	if len(roots) != 1 {
		return false
	}
	d.union(c.root, roots[0])
	return true
}

// joinNearest joins c to one of the persons in cands: the only one, or
// the one mentioned last before c first is (the first mentioned when
// none is before).
func (d *entityDoc) joinNearest(c *cluster, cands []*cluster) bool {
	roots := d.distinct(c, cands)
	if len(roots) == 0 {
		return false
	}
	best, bestPos := roots[0], -1
	first := c.ments[0]
	for _, t := range cands {
		for _, m := range t.ments {
			if m < first && m > bestPos && containsInt(roots, d.find(m)) {
				best, bestPos = d.find(m), m
			}
		}
	}
	d.union(c.root, best)
	for _, mi := range c.ments {
		if m := &d.ments[mi]; !m.locCue && !m.strong {
			m.votes[vLoc], m.votes[vOrg] = 0, 0 // "Hamilton" is Ian Hamilton
		}
	}
	return true
}

// knownForms maps the key of every form of the entities found in running
// text, and the surname and first name of each person, to the entity's
// representative mention. A name shared by two entities maps to -1.
func (d *entityDoc) knownForms() map[string]int {
	forms := map[string]int{}
	add := func(k string, r int) {
		if old, ok := forms[k]; ok && old != r {
			forms[k] = -1
		} else {
			forms[k] = r
		}
	}
	d.formFirst = map[string]bool{}
	for _, c := range d.clusters() {
		if c.kind() == vGroup {
			continue
		}
		for _, m := range c.ments {
			add(d.ments[m].key, c.root)
			add(d.ments[m].ident, c.root)
			for _, k := range []string{d.ments[m].key, d.ments[m].ident} {
				if first, _, ok := strings.Cut(k, " "); ok {
					d.formFirst[first] = true
				}
			}
		}
		if c.kind() == vPerson && len(c.words) >= 2 {
			add(c.words[len(c.words)-1], c.root)
			add(c.words[0], c.root)
		}
	}
	return forms
}

// lookupKnown finds, in tokens [i, j) of unit ui whose capitals say
// nothing (title case, ALL CAPS, long capitalized runs), the names known
// from running text and the best-known places and organizations, longest
// first.
func (d *entityDoc) lookupKnown(forms map[string]int, ui, i, j int) {
	u := &d.units[ui]
	for i < j {
		if !d.isNameToken(u, i) {
			i++
			continue
		}
		e := i
		for e < j && e-i < 6 && d.isNameToken(u, e) {
			e++
		}
		n := d.longestKnown(forms, ui, i, e)
		if n == 0 {
			n = 1
		}
		i += n
	}
}

// longestKnown adds the longest known name starting at token i and ending
// before e, and returns its length in tokens, or 0.
func (d *entityDoc) longestKnown(forms map[string]int, ui, i, e int) int {
	u := &d.units[ui]
	if fw := nameKey(stripPossessive(u.word(i))); !d.formFirst[fw] && !d.g.startsName(fw) && !d.g.given.has(fw) {
		e = i + 1 // no longer name starts with this word
	}
	for k := e; k > i; k-- {
		start, stop := u.toks[i].start, u.toks[k-1].end
		text := stripPossessive(u.text[start:stop])
		key := strings.TrimPrefix(nameKey(text), "the ")
		root, ok := forms[key]
		if ok && root < 0 {
			continue
		}
		known := ok || d.g.knownText(text) && d.g.demonyms[key] == "" && !d.g.groups[key] || d.personShaped(u, i, k)
		if !known || (k-i == 1 && d.g.isCommon(text) && !ok) {
			continue
		}
		n := len(d.ments)
		d.addMention(ui, i, k, start, stop, votes{}, "", false)
		if len(d.ments) == n {
			return 0
		}
		d.parent = append(d.parent, n)
		if ok {
			d.union(root, n)
		} else if r, ok := forms[d.ments[n].ident]; ok && r >= 0 {
			d.union(r, n)
		} else {
			forms[key], forms[d.ments[n].ident] = n, n
		}
		return k - i
	}
	return 0
}

// personShaped reports whether tokens [i, k) are two or three words that
// read as a person's name: a first name that is not a common word, then
// words that are not common either.
func (d *entityDoc) personShaped(u *textUnit, i, k int) bool {
	if k-i < 2 || k-i > 3 || isAllCaps(u.word(i)) || !d.g.given.has(nameKey(u.word(i))) {
		return false
	}
	for t := i; t < k; t++ {
		if d.g.isCommon(u.word(t)) || d.g.isTitle(u.word(t)) {
			return false
		}
	}
	return true
}

// entities turns the clusters into the article's entities, in order of
// first mention, leaving out those with nothing to support them.
func (d *entityDoc) entities() []Entity {
	var kept []*cluster
	for _, c := range d.clusters() {
		if d.supported(c) {
			slices.SortFunc(c.ments, d.compareMentions)
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b *cluster) int { return d.compareMentions(a.ments[0], b.ments[0]) })
	out := make([]Entity, 0, len(kept))
	for _, c := range kept {
		out = append(out, d.entity(c))
	}
	return out
}

// compareMentions orders mentions by position in the document.
func (d *entityDoc) compareMentions(a, b int) int {
	ma, mb := &d.ments[a], &d.ments[b]
	if ma.unit != mb.unit {
		return ma.unit - mb.unit
	}
	return ma.start - mb.start
}

// supported reports whether an entity rests on more than capitals seen
// only where any word is capitalized.
func (d *entityDoc) supported(c *cluster) bool {
	if d.allBare(c) {
		return false
	}
	for _, m := range c.ments {
		if !d.ments[m].tentative {
			return true
		}
	}
	return false
}

// allBare reports whether an entity is named too rarely, by one unknown
// word and with nothing around it that says what it is: such words are
// as often products, programs or events as organizations.
func (d *entityDoc) allBare(c *cluster) bool {
	if len(c.ments) > 1 {
		return false
	}
	for _, m := range c.ments {
		if !d.ments[m].bare {
			return false
		}
	}
	return true
}

// entity builds the Entity of a cluster whose mentions are in document
// order.
func (d *entityDoc) entity(c *cluster) Entity {
	k := c.kind()
	e := Entity{Kind: kindOf[k], Name: d.bestName(c, k)}
	seen := map[string]bool{e.Name: true}
	for _, mi := range c.ments {
		m := &d.ments[mi]
		if !seen[m.text] {
			seen[m.text] = true
			e.Aliases = append(e.Aliases, m.text)
		}
		if k == vPerson && e.Role == "" {
			e.Role = m.role
		}
		e.Mentions = append(e.Mentions, Mention{Paragraph: d.units[m.unit].para, Start: m.start, End: m.stop})
	}
	return e
}

// bestName returns the name of an entity: the country's or state's own
// name for a place the gazetteer knows as one, else the fullest form the
// article uses, preferring mixed case to ALL CAPS and the first used.
func (d *entityDoc) bestName(c *cluster, k int) string {
	if k == vLoc {
		for _, mi := range c.ments {
			if cn := d.ments[mi].canonical; cn != "" && (d.g.isCountry(cn) || d.g.place(nameKey(cn)).class == majorPlace) {
				return cn
			}
		}
	}
	best := c.ments[0]
	score := func(m *mention) int {
		s := m.words*4 + strings.Count(m.text, " ")
		if !isAllCaps(m.text) || m.words == 1 && len(m.text) <= 5 {
			s += 2
		}
		return s
	}
	for _, mi := range c.ments[1:] {
		if score(&d.ments[mi]) > score(&d.ments[best]) {
			best = mi
		}
	}
	return d.ments[best].text
}
