package news

import (
	"math"
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
//     suffixes, inner capitals as in "WeWork") and from its context ("Mr.",
//     "said", "in", ", 45,", ", a spokesman for", "Huawei spokesperson",
//     "-based", "City, State", "director of", "(NYSE: LOW)", "the Gush
//     Etzion settlement"), and the role the context gives. Products,
//     programs, works, events and species vote for a fifth kind, a thing
//     that is not an entity ("the benchmark Sensex", "its Blue Moon
//     lander", "Google Stadia", "Affordable Care Act"; entitythings.go). The
//     members of a list ("A, B and C") share the kind most of them clearly
//     have, or the kind a noun before them gives ("franchises such as A
//     and B").
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
//     Credit lines and invitations to the reader ("Reporting by ...",
//     "Follow us on Twitter") name no entity of the article and are
//     passed over (entityskip.go), as is a title in quotes ("Dawson's
//     Creek") unless something else supports the names in it.
//
// The work is linear in the length of the text: maps keyed by names,
// windows of bounded size, at most maxCandidates long names compared with
// each short form, and runs of capitalized words longer than maxRun read
// as title-case text.

// maxRun is the most tokens a candidate name may have; a longer run of
// capitalized words is read as title-case text.
const maxRun = 10

// maxMentions bounds the candidate names of one article. An article names
// a few hundred at most; text built to be nothing but names (a million
// capitalized words) stops being looked at past the bound, and the
// Article is marked Truncated.
const maxMentions = 8192

// maxUnitLen is the longest text the entity and quote stages read: their
// offsets are 32 bits. Longer texts, which the default limits never let
// through, are passed over.
const maxUnitLen = math.MaxInt32

// A unitMode says how much a text's capitals tell.
type unitMode uint8

const (
	modeNormal unitMode = iota // running text: capitals mark names
	modeTitle                  // title case: most words capitalized
	modeCaps                   // ALL CAPS
)

// A textUnit is one text of the article.
type textUnit struct {
	para  int32 // paragraph index, or InHeadline or InDescription
	mode  unitMode
	text  string // the text
	toks  []token
	sents []span // token index ranges of the sentences
}

// A kind index in votes.
const (
	vPerson = iota
	vOrg
	vLoc
	vGroup
	vThing // a product, program, work or event: not an entity
	nKinds
)

// votes weigh the evidence for each kind.
type votes [nKinds]float32

// best returns the index of the kind with the most votes; organization
// wins ties.
func (v *votes) best() int {
	best := vOrg
	for k := range v {
		if v[k] > v[best] {
			best = k
		}
	}
	return best
}

// kindOf maps a vote index to a Kind.
var kindOf = [nKinds]Kind{Person, Organization, Location, Group, ""}

// A mention is one candidate name in a text.
type mention struct {
	// The offsets are 32 bits, as texts longer than maxUnitLen are not
	// read: a long article has thousands of mentions.
	unit        int32  // index in entityDoc.units
	first, end  int32  // token index range of the name
	start, stop int32  // byte range of the name in the unit's text
	words       int32  // the number of words of key
	note        int32  // 1 + the index of its note in entityDoc.notes, or 0
	key         string // nameKey(text) without a leading "the "
	ident       string // the key entities merge on (see identity)
	votes       votes
	context     float32 // the weight of the votes its context gave
	tentative   bool    // kept only if something else supports it
	strong      bool    // its own shape says what it is
	locCue      bool    // its context says it is a place
	afterThe    bool    // preceded by a lower-case "the"
	bare        bool    // one unknown word with no evidence of its kind
}

// An entityDoc is the state of one call of findEntities.
type entityDoc struct {
	g         *gazetteer
	units     []textUnit
	ments     []mention
	expected  int             // the mentions expected, for the room made for them
	lowerSeen map[string]bool // words seen in lower case
	capSeen   map[string]bool // words seen capitalized inside a sentence
	acronyms  []acronymLink   // names defined with an acronym
	deferred  [][3]int        // long capitalized runs: unit, first, end
	formFirst map[string]bool // first words of the names of several words
	notes     []mentionNote   // the roles and gazetteer names of mentions
	parent    []int           // union-find over mentions
	truncated bool            // maxMentions was reached

	// Buffers and slabs for the tokens and sentences of the texts.
	tokBuf   []token
	sentBuf  []span
	lower    []byte // a lower-cased text
	tokSlab  slab[token]
	spanSlab slab[span]
}

// A mentionNote holds what few mentions have, kept out of the mention so
// that thousands of them take less room.
type mentionNote struct {
	canonical string // the gazetteer's name for it, if any
	role      string // the role its context gives
}

// noteOf returns the note of m, made if need be.
func (d *entityDoc) noteOf(m *mention) *mentionNote {
	if m.note == 0 {
		d.notes = append(d.notes, mentionNote{})
		m.note = int32(len(d.notes))
	}
	return &d.notes[m.note-1]
}

// canonical returns the gazetteer's name for m, if any.
func (d *entityDoc) canonical(m *mention) string {
	if m.note == 0 {
		return ""
	}
	return d.notes[m.note-1].canonical
}

// role returns the role the context of m gives, if any.
func (d *entityDoc) role(m *mention) string {
	if m.note == 0 {
		return ""
	}
	return d.notes[m.note-1].role
}

// setCanonical records the gazetteer's name for m.
func (d *entityDoc) setCanonical(m *mention, c string) {
	if c != "" || m.note != 0 {
		d.noteOf(m).canonical = c
	}
}

// An acronymLink joins a name and the acronym in brackets after it: the
// token indexes where each starts, in the text of unit.
type acronymLink struct {
	unit, name, acr int
}

// findEntities finds the people, organizations and places named in an
// article.
func findEntities(headline, description string, paras []string) []Entity {
	ents, _ := entitiesOf(headline, description, paras)
	return ents
}

// entitiesOf is findEntities, and reports whether it stopped at
// maxMentions.
func entitiesOf(headline, description string, paras []string) (ents []Entity, truncated bool) {
	d := &entityDoc{g: loadGazetteer(), units: make([]textUnit, 0, len(paras)+2)}
	d.addUnit(InHeadline, headline)
	d.addUnit(InDescription, description)
	for i, p := range paras {
		d.addUnit(i, p)
	}
	ntoks := 0
	for _, u := range d.units {
		ntoks += len(u.toks)
	}
	// The sizes suit an article; a longer text's vocabulary is not
	// proportionally larger, so the maps grow from there if need be.
	d.lowerSeen = make(map[string]bool, min(ntoks/2, 1024))
	d.capSeen = make(map[string]bool, min(ntoks/8, 256))
	d.countWords()
	names := 0
	for _, u := range d.units {
		for _, t := range u.toks {
			if t.name {
				names++
			}
		}
	}
	// Room for the mentions of an article; on a longer text they grow
	// as the tokens of the texts read are let go (see dropTokens).
	d.expected = min(names/2+8, maxMentions)
	d.ments = make([]mention, 0, min(d.expected, maxListedMentions))
	d.tokBuf, d.sentBuf, d.tokSlab, d.spanSlab = nil, nil, slab[token]{}, slab[span]{}
	for u := range d.units {
		if d.units[u].mode != modeNormal {
			continue
		}
		first, deferred := len(d.ments), len(d.deferred)
		if !d.truncated {
			d.collect(u)
			d.listVotes(first)
		}
		if len(d.deferred) == deferred {
			d.dropTokens(u)
		}
	}
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
	return d.entities(), d.truncated
}

// addUnit splits a text into sentences and tokens.
func (d *entityDoc) addUnit(para int, text string) {
	if len(text) > maxUnitLen || strings.TrimSpace(text) == "" || para >= 0 && d.asideText(text) {
		return
	}
	// The tokens and sentences are gathered in buffers used again for
	// each text, and kept in the slabs.
	toks, sents := d.tokBuf[:0], d.sentBuf[:0]
	switch {
	case len(text) > bigText:
		// Counted first, a long text's tokens take one allocation of
		// the right size, not a series of growing ones.
		n := 0
		for sp := range sentences(text) {
			n += countTokens(text, sp)
		}
		toks = make([]token, 0, n)
	case cap(toks) < len(text)/5+1:
		toks = make([]token, 0, len(text)/5+1)
	}
	for sp := range sentences(text) {
		if para >= 0 && d.invitation(text[sp.start:sp.end]) {
			continue
		}
		first := len(toks)
		toks = appendTokens(toks, text, sp)
		toks = attachPeriods(d.g, text, toks, first)
		sents = append(grow(sents), span{first, len(toks)})
	}
	u := textUnit{para: int32(para), text: text}
	u.toks, d.tokBuf = keep(&d.tokSlab, toks)
	u.sents, d.sentBuf = keep(&d.spanSlab, sents)
	u.mode = textMode(text, u.toks, para < 0)
	for i := range u.toks {
		u.toks[i].name = d.nameToken(&u, i)
	}
	d.units = append(d.units, u)
}

// maxListedMentions bounds the room made for mentions before they are
// collected: an article's few hundred fit, and a longer text's grow as
// its tokens are let go, not on top of them.
const maxListedMentions = 512

// growMentions makes room for one more mention: twice as much, but no
// more than the mentions expected until they are reached.
func (d *entityDoc) growMentions() {
	n := len(d.ments)
	if n < cap(d.ments) {
		return
	}
	room := 2 * n
	if n < d.expected {
		room = min(room, d.expected)
	}
	d.ments = slices.Grow(d.ments, max(room-n, 1))
}

// dropTokens lets go of the tokens and sentences of unit ui once its names
// are collected, when none of its runs is looked up later: no later step
// reads them. On a long article they weigh more than the mentions, whose
// room grows as theirs is freed.
func (d *entityDoc) dropTokens(ui int) {
	d.units[ui].toks, d.units[ui].sents = nil, nil
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
		if k == 0 || isSmallWord(w) || !unicode.IsLetter(firstRune(w)) {
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

// isSmallWord reports whether w is one of smallWords in any case.
func isSmallWord(w string) bool {
	// Lower-casing keeps the number of characters, and small words have
	// at most four: a longer word is none and needs no lower-casing.
	if len(w) > 4 && utf8.RuneCountInString(w) > 4 {
		return false
	}
	var buf [4 * utf8.UTFMax]byte
	return smallWords[string(appendLower(buf[:0], w))]
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
	return i >= 0 && i < len(u.toks) && u.toks[i].name
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
	if p := u.word(i - 1); (p == "#" || p == "@" || p == "/") && u.toks[i-1].end == u.toks[i].start {
		return false // a hashtag, a handle or a path: "#IStandWithAhmed", "pic.twitter.com/XPxUJuyIAC"
	}
	w = stripPossessive(w)
	if strings.IndexFunc(w, unicode.IsDigit) >= 0 && !d.g.knownText(w) {
		return false // "T3", "FY2020", but "G7"
	}
	return !d.g.isNonName(w)
}

// nameText returns the name of mention m as written, possessive removed.
func (d *entityDoc) nameText(m *mention) string {
	return d.units[m.unit].text[m.start:m.stop]
}
