package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds of byline reading. Bylines are short: the bounds keep the work
// small and turn away text that is not a byline.
const (
	bylineMaxBytes   = 1024 // longer text is not a byline
	bylineProseRunes = 120  // longer bylines are checked for prose
	bylineProseWords = 4    // ordinary lower-case words that make a long byline prose
	bylineNameWords  = 5    // most words in one name
	bylineWordRunes  = 40   // longest word in a name
	bylineMaxAuthors = 32   // most authors kept from one byline
)

// parseByline splits a byline as printed on a page (the visible text of a
// byline element, or a text line) into authors, in order. Returns nil when it
// holds no person.
//
// The byline is cut into words and separators: commas, semicolons, "|", "·",
// "/", dashes, colons, parentheses, line breaks, "&" and the word "and" in
// several languages. Each piece between separators gives at most one person:
// the first run of capitalized words in it that reads as a name. Around it:
//   - "By" and its translations ("Por", "Par", "Przez"; "From", "Von", "Di",
//     "Door", "Av" at the start) end a label that is dropped ("View all posts
//     by", "Words by"). A label naming a credit that is not authorship
//     ("Editing by", "Photos by", "Medically reviewed by", "Editor:") drops
//     the names after it up to the next ";", "|", "·", "." or line break: in
//     "Reporting by A; Editing by B" only A is an author.
//   - A role printed with the name ("Jane Doe, Staff Writer", "Jane Doe |
//     Senior Editor", "Jane Doe - Reporter", "Staff Writer Jane Doe") becomes
//     its Role; a role after several names goes to each of them that has
//     none ("A and B, Staff Writers"); "Reporter: Jane Doe" gives the role to
//     the next name.
//   - Agencies and staff credits ([isAgency]), outlets ("CNN", "The
//     Washington Post", "ABC News"), places ("in Washington", "New York"),
//     dates and times, page furniture ("Share", "Email the author", handles,
//     URLs), honorifics ("Dr.") and credentials ("MS, RDN, LD", "PhD") are
//     not people and are dropped. Generational suffixes ("Jr.", "III") stay.
//   - "Updated", "Published" and their translations start an update note,
//     skipped up to the next "by" or strong separator.
//
// A name printed in capitals is put in title case: "JOHN MCDONALD" -> "John
// McDonald", "MARY O'BRIEN" -> "Mary O'Brien", "JEAN-LUC PICARD" ->
// "Jean-Luc Picard", "LUDWIG VAN BEETHOVEN" -> "Ludwig van Beethoven". Any
// other name is kept as written ("DeShawn", "van der Berg", "AJ Smith"). A
// byline with no capital letter at all gives names, as written, only after a
// "by" ("by danah boyd"): without one, lower-case words are prose. A name
// has one to five words, and only one in Chinese, Japanese or Korean script,
// which does not space names; a single Latin word ("Madonna") is not taken
// from a byline, where it is far more often an outlet. A byline longer than
// 120 characters with several ordinary lower-case words is prose: nil.
func parseByline(s string) []Author {
	if len(s) > bylineMaxBytes {
		return nil
	}
	toks := tokenizeByline(s)
	if bylineIsProse(s, toks) {
		return nil
	}
	as := newBylineParser(toks, false).parse()
	// A staff credit ("Our Foreign Staff") leaves words that are no name
	// once its staff word is trimmed; "Jane Doe Forbes Staff" leaves one.
	if len(as) == 1 && isAgency(s) && !loadGazetteer().given.has(nameKey(firstWord(as[0].Name))) {
		return nil
	}
	return as
}

// authorName cleans one author value from metadata (JSON-LD author name, meta
// name=author, article:author, parsely-author, dc.creator...) that should name
// one person; ok=false when it is not a person's name (a URL, a handle, an
// agency, the outlet, "Staff", an email...).
//
// Text in parentheses is dropped ("Jane Doe (Reuters)"), as is a role or
// credential after a comma ("Jane Doe, Staff Writer"). A surname-first value
// ("Doe, Jane", "van der Berg, Anna", "King, Martin Luther, Jr.") is put in
// reading order. One capitalized word is a name ("Madonna"), but not one in
// capitals ("CNN") nor one in lower case ("janedoe", a handle or slug). A
// value that names several people ("Jane Doe and John Roe") is not one
// person's name: ok=false, and parseByline splits it. Capitals and case are
// treated as in parseByline, except that an all-lower-case value of two or
// more words is kept as written.
func authorName(s string) (string, bool) {
	if len(s) > 300 || isAgency(s) {
		return "", false
	}
	toks := bylineFlipSurname(bylineDropBrackets(tokenizeByline(s)))
	if t, ok := bylineLoneWord(toks); ok {
		return bylineSingleName(t)
	}
	as := newBylineParser(toks, true).parse()
	if len(as) != 1 {
		return "", false
	}
	return as[0].Name, true
}

// isAgency reports whether s names a wire agency or a staff credit rather
// than a person ("Associated Press", "AP", "Reuters", "AFP", "Agence
// France-Presse", "Bloomberg", "PA Media", "dpa", "Xinhua", "EFE", "ANSA",
// "Kyodo", "Yonhap", "UPI", "CNN Wire", "Staff", "Staff Reporter", "Editorial
// Board", "News Desk", "Web Desk"...). A leading "By", "From" or "The" is
// ignored, several agencies may be joined ("AP and Reuters", "AFP/Reuters",
// "Staff and agencies"), and an outlet's name followed by a staff word is a
// staff credit ("Times Staff", "Sports Desk", "Fox News Wire").
func isAgency(s string) bool {
	if len(s) > 200 {
		return false
	}
	var w []bylineToken
	for _, t := range tokenizeByline(s) {
		if t.kind == btWord {
			w = append(w, t)
		}
	}
	for len(w) > 0 && (w[0].class&bcBy != 0 || w[0].key == "from" || w[0].key == "the") {
		w = w[1:]
	}
	i, found := 0, false
	for i < len(w) {
		if w[i].class&bcConn != 0 || w[i].key == "the" {
			i++
			continue
		}
		n := bylineAgencyLen(w[i:])
		if n == 0 {
			break
		}
		i, found = i+n, true
	}
	if found && i == len(w) {
		return true
	}
	return len(w) >= 2 && len(w) <= 5 && w[len(w)-1].class&bcStaff != 0
}

// A bylineParser holds the state of reading one byline.
type bylineParser struct {
	toks    []bylineToken
	out     []Author
	group   int    // first author that a role piece still applies to
	last    int    // the author the previous piece named, or -1
	pending string // role from a "Role:" label, for the authors that follow
	other   bool   // inside a credit that is not authorship ("Editing by")
	skip    bool   // inside an update note ("Updated 4:30 PM ET")
	lower   bool   // the byline has no capital letter
	sawBy   bool   // a "by" has been read
	meta    bool   // reading one metadata value, for authorName
}

func newBylineParser(toks []bylineToken, meta bool) *bylineParser {
	p := &bylineParser{toks: toks, last: -1, meta: meta}
	var upper, lower bool
	for _, t := range toks {
		upper = upper || t.shape&bsHasUpper != 0
		lower = lower || t.shape&bsHasLower != 0
	}
	p.lower = lower && !upper
	return p
}

// parse cuts the tokens into pieces at separators, connectors, "by" words
// and update notes, and reads each piece.
func (p *bylineParser) parse() []Author {
	toks := p.toks
	start, seen := 0, false
	for i := range toks {
		t := &toks[i]
		switch {
		case t.kind == btSep:
			if !p.skip {
				p.piece(toks[start:i], t.sep)
			}
			if strings.ContainsRune(";|·.\n", t.sep) {
				p.other, p.skip, p.pending = false, false, ""
			}
			start = i + 1
		case t.kind != btWord:
		case p.byAt(i, seen):
			if !p.skip {
				p.label(toks[start:i])
			}
			p.skip, p.sawBy = false, true
			start = i + 1
		case p.skip:
			start = i + 1
		case p.connectorAt(i):
			p.piece(toks[start:i], ',')
			start = i + 1
		case p.stopAt(i):
			p.piece(toks[start:i], 0)
			p.skip = true
			start = i + 1
		}
		seen = seen || t.kind == btWord
	}
	if !p.skip {
		p.piece(toks[start:], 0)
	}
	return p.out
}

// nextWord returns the word after toks[i], if one follows at once.
func (p *bylineParser) nextWord(i int) *bylineToken {
	if i+1 < len(p.toks) && p.toks[i+1].kind == btWord {
		return &p.toks[i+1]
	}
	return nil
}

// byAt reports whether toks[i] is "by" or a translation of it. "From",
// "Von", "Di" and their kin are only at the start or after a label word,
// and the surname particles among them only before two capitalized words
// ("Von Max Mustermann", not "Von Miller").
func (p *bylineParser) byAt(i int, seen bool) bool {
	t := &p.toks[i]
	if t.class&bcBy != 0 {
		return true
	}
	if t.class&bcByStart == 0 {
		return false
	}
	if seen && (i == 0 || p.toks[i-1].class&(bcJunk|bcOther) == 0) {
		return false
	}
	if t.class&bcParticle != 0 {
		return i+2 < len(p.toks) && p.toks[i+1].kind == btWord && p.toks[i+2].kind == btWord &&
			p.toks[i+1].shape&bsUpper != 0 && p.toks[i+2].shape&bsUpper != 0
	}
	return true
}

// connectorAt reports whether toks[i] joins two names; "ET" after a time is
// a time zone, not French "et".
func (p *bylineParser) connectorAt(i int) bool {
	t := &p.toks[i]
	if t.class&bcConn == 0 {
		return false
	}
	if t.class&bcTime != 0 && i > 0 {
		prev := &p.toks[i-1]
		return prev.shape&bsDigit == 0 && prev.class&bcTime == 0
	}
	return true
}

// stopAt reports whether toks[i] starts an update note ("Updated", "Last
// updated"), and not a label ("Posted by").
func (p *bylineParser) stopAt(i int) bool {
	t, next := &p.toks[i], p.nextWord(i)
	stop := t.class&bcStop != 0 || (t.class&bcStopNext != 0 && next != nil && next.class&bcStop != 0)
	return stop && (next == nil || next.class&bcBy == 0)
}

// label reads the words before a "by": a credit that is not authorship
// ("Photos by") drops the names that follow. Words before the label word
// are a piece of their own ("Jane Doe Photography by ...").
func (p *bylineParser) label(ts []bylineToken) {
	k := 0
	for k < len(ts) && ts[k].class&(bcJunk|bcOther) == 0 {
		k++
	}
	if k < len(ts) && k > 0 {
		p.piece(ts[:k], 0)
	}
	p.other = false
	for _, t := range ts[k:] {
		if t.class&bcOther != 0 {
			p.other = true
		}
	}
}

// piece reads the words between two separators; end is the separator that
// ends them.
func (p *bylineParser) piece(ts []bylineToken, end rune) {
	if len(ts) == 0 {
		return
	}
	name, role := p.extract(ts)
	if end == ':' && name == nil {
		p.colonLabel(ts, role)
		return
	}
	if p.other || (p.lower && !p.sawBy && !p.meta) {
		p.last = -1
		return
	}
	switch {
	case name != nil:
		p.add(bylineNameText(name), bylineRoleText(role))
		return
	case p.last >= 0 && len(ts) == 1 && ts[0].class&bcSuffix != 0:
		p.out[p.last].Name += " " + bylineCaseWord(ts[0], 1, 2, false)
	case role != nil:
		p.attachRole(bylineRoleText(role))
	}
	for _, t := range ts {
		if t.class&bcOther != 0 { // "AP Photo", "Getty Images"
			p.other = true
		}
	}
	p.last = -1
}

// colonLabel reads a piece ending in a colon that names nobody: "Author:",
// "Reporter:" (a role for the next name), "Photos:" or "Editor:" (a credit
// that is not authorship).
func (p *bylineParser) colonLabel(ts, role []bylineToken) {
	if len(ts) == 1 && (ts[0].key == "editor" || ts[0].key == "editors") {
		p.other = true
		return
	}
	for _, t := range ts {
		if t.class&bcOther != 0 {
			p.other = true
			return
		}
	}
	if role != nil {
		p.pending, p.other = bylineRoleText(role), false
		return
	}
	for _, t := range ts {
		if t.class&(bcJunk|bcBy) != 0 {
			p.other = false
			return
		}
	}
}

// add appends an author, or gives a role to one already named.
func (p *bylineParser) add(name, role string) {
	if role == "" {
		role = p.pending
	}
	for k := range p.out {
		if strings.EqualFold(p.out[k].Name, name) {
			if p.out[k].Role == "" {
				p.out[k].Role = role
			}
			p.last = k
			return
		}
	}
	if len(p.out) == bylineMaxAuthors {
		p.last = -1
		return
	}
	p.out = append(p.out, Author{Name: name, Role: role})
	p.last = len(p.out) - 1
	if role != "" {
		p.group = len(p.out)
	}
}

// attachRole gives a role printed after names to each of them without one.
func (p *bylineParser) attachRole(role string) {
	for k := p.group; k < len(p.out); k++ {
		if p.out[k].Role == "" {
			p.out[k].Role = role
		}
	}
	p.group = len(p.out)
}

// extract finds the first name in one piece and the role printed with it.
// When the piece holds a role but no name, name is nil.
func (p *bylineParser) extract(ts []bylineToken) (name, role []bylineToken) {
	var lead []bylineToken
	for i := 0; i < len(ts); {
		if !p.startsName(ts, i) {
			i++
			continue
		}
		j := p.runEnd(ts, i)
		if i > 0 && ts[i-1].key == "the" { // "The Verge", "The Editors"
			i = j
			continue
		}
		ns, ne, rs, re := bylineSplitRole(ts, i, j)
		if rs == re {
			if n := bylineAgencyLen(ts[i:j]); n >= 2 || n == j-i {
				i += n
				continue
			}
		} else if re == j {
			re = bylineRoleTail(ts, re)
		}
		if nm := p.trimName(ts[ns:ne]); p.validName(nm) {
			if rs < re {
				return nm, ts[rs:re]
			}
			return nm, lead
		}
		if lead == nil && rs < re {
			lead = ts[min(ns, rs):re] // "Live Science Contributor"
		}
		i = j
	}
	return nil, lead
}

// bylineBreaks are the word classes that are never part of a name.
const bylineBreaks = bcJunk | bcOther | bcStop | bcTime | bcFunc | bcHonor | bcWeekday | bcConn | bcBy

// startsName reports whether a name or a role may start at ts[i].
func (p *bylineParser) startsName(ts []bylineToken, i int) bool {
	t := &ts[i]
	if t.kind != btWord || t.shape&(bsDigit|bsOdd) != 0 || bylineIsDate(ts, i) {
		return false
	}
	if t.class&(bcRole|bcMod) != 0 {
		return true
	}
	if t.class&(bylineBreaks|bcSuffix) != 0 {
		return false
	}
	return t.shape&(bsUpper|bsUncased) != 0 || (p.lower && t.class&bcParticle == 0)
}

// runEnd returns the end of the run of name and role words that starts at
// ts[i].
func (p *bylineParser) runEnd(ts []bylineToken, i int) int {
	j := i + 1
	for j < len(ts) && !ts[j-1].poss && p.inRun(ts, i, j) {
		j++
	}
	return j
}

// inRun reports whether ts[j] continues the run started at ts[i].
func (p *bylineParser) inRun(ts []bylineToken, i, j int) bool {
	t := &ts[j]
	if t.kind != btWord || t.shape&(bsDigit|bsOdd) != 0 || bylineIsDate(ts, j) {
		return false
	}
	if t.class&bcSuffix != 0 {
		return true
	}
	if j-i >= 2 && t.class&(bcStaff|bcRole) == 0 { // "JANE DOE Associated Press", "Jane Doe AP"
		if n := bylineAgencyLen(ts[j:]); n >= 2 || (n == 1 && t.class&bcWire != 0) {
			return false
		}
	}
	switch {
	case t.class&(bcRole|bcMod) != 0:
		return true
	case t.class&bylineBreaks != 0:
		return false
	case t.shape&(bsUpper|bsUncased) != 0, t.class&bcParticle != 0:
		return true
	}
	return p.lower
}

// bylineIsDate reports whether ts[i] is a month next to a number.
func bylineIsDate(ts []bylineToken, i int) bool {
	if ts[i].class&bcMonth == 0 {
		return false
	}
	return (i+1 < len(ts) && ts[i+1].shape&bsDigit != 0) || (i > 0 && ts[i-1].shape&bsDigit != 0)
}

// bylineSplitRole splits the run ts[i:j] into a name ts[ns:ne] and a role
// ts[rs:re]: "Jane Doe Senior Editor", "Senior Editor Jane Doe", "홍길동 기자".
// Role words before a role ("White House Correspondent") join it, as long as
// two words of name are left.
func bylineSplitRole(ts []bylineToken, i, j int) (ns, ne, rs, re int) {
	k := i
	for k < j && ts[k].class&bcRole == 0 {
		k++
	}
	if k == j {
		return i, j, j, j
	}
	e := k + 1
	for e < j && ts[e].class&(bcRole|bcMod) != 0 {
		e++
	}
	s := i
	for s < k && ts[s].class&bcMod != 0 {
		s++
	}
	if s == k {
		return e, j, i, e
	}
	least := i + 2
	if ts[i].shape&bsUncased != 0 {
		least = i + 1
	}
	for s = k; s > least && ts[s-1].class&bcMod != 0; s-- {
	}
	return i, s, s, e
}

// bylineRoleTail extends a role that ends at ts[re] over a phrase such as
// "at Large" or "for The Atlantic".
func bylineRoleTail(ts []bylineToken, re int) int {
	if re >= len(ts) {
		return re
	}
	switch ts[re].key {
	case "at", "of", "for", "de", "du", "für":
	default:
		return re
	}
	k := re + 1
	for k < len(ts) && k-re <= 5 && ts[k].kind == btWord && ts[k].shape&(bsDigit|bsOdd) == 0 &&
		ts[k].class&(bcJunk|bcOther|bcStop|bcTime|bcWeekday) == 0 {
		k++
	}
	if k == re+1 {
		return re
	}
	return k
}

// trimName drops what is printed after a name in the same run: lower-case
// words, credentials ("MS"), staff words, an outlet ("CNN", "ABC News"), and
// the second copy of a name printed twice.
func (p *bylineParser) trimName(n []bylineToken) []bylineToken {
	for len(n) > 0 {
		t := &n[len(n)-1]
		lowerWord := t.shape&bsLower != 0 && t.class&bcSuffix == 0 && (!p.lower || t.class&bcParticle != 0)
		if !lowerWord && !(len(n) > 2 && (t.class&(bcCred|bcStaff|bcRoleAdj) != 0 || bylineAcronymTail(n))) {
			break
		}
		if t.class&bcStaff != 0 && len(n) > 3 { // "Jane Doe Forbes Staff"
			n = n[:len(n)-1]
		}
		n = n[:len(n)-1]
	}
	for len(n) >= 2 && n[len(n)-1].class&bcOrg != 0 {
		n = bylineCutOrg(n)
	}
	if len(n) >= 3 && brandShaped(n[len(n)-1].text) { // "Jane Doe WebMD"
		n = n[:len(n)-1]
	}
	if h := len(n) / 2; h >= 2 && len(n)%2 == 0 && bylineSameWords(n[:h], n[h:]) {
		n = n[:h]
	}
	return n
}

// bylineAcronymTail reports whether a name in mixed case ends with a short
// word in capitals that is not a numeral: an outlet ("Jane Doe CNN").
func bylineAcronymTail(n []bylineToken) bool {
	t := &n[len(n)-1]
	if !bylineShortCaps(t) || t.class&bcSuffix != 0 {
		return false
	}
	for _, u := range n[:len(n)-1] {
		if u.shape&bsHasLower != 0 {
			return true
		}
	}
	return false
}

// bylineShortCaps reports whether t is a word of two to four capitals.
func bylineShortCaps(t *bylineToken) bool {
	return t.shape&bsCaps != 0 && t.shape&bsInitial == 0 && utf8.RuneCountInString(t.key) <= 4
}

// bylineCutOrg cuts an outlet's name off the end of a name: "Jane Doe ABC
// News", "Jane Doe Business Insider", "Jane Doe New York Times". One word
// before the outlet word is taken as part of it when two are left.
func bylineCutOrg(n []bylineToken) []bylineToken {
	mixed := false
	for _, t := range n {
		mixed = mixed || t.shape&bsHasLower != 0
	}
	s := len(n) - 1
	switch {
	case mixed && bylineShortCaps(&n[s-1]):
		for s > 0 && bylineShortCaps(&n[s-1]) {
			s--
		}
	case s > 2:
		s--
	}
	if s > 0 && n[s-1].class&bcPlaceStart != 0 {
		s--
	}
	return n[:s]
}

// bylineSameWords reports whether a and b are the same words, ignoring case.
func bylineSameWords(a, b []bylineToken) bool {
	for k := range a {
		if a[k].key != b[k].key {
			return false
		}
	}
	return true
}

// validName reports whether the words n can be a person's name.
func (p *bylineParser) validName(n []bylineToken) bool {
	if len(n) == 0 || len(n) > bylineNameWords {
		return false
	}
	if len(n) == 1 {
		c := utf8.RuneCountInString(n[0].text)
		return n[0].shape&bsCJK != 0 && c >= 2 && c <= 6
	}
	if n[0].shape&bsLower != 0 && !p.lower {
		return false
	}
	if n[0].shape&bsCaps != 0 && n[0].class&bcCred != 0 {
		return false // "MA WebMD": a credential, then an outlet
	}
	full, plain := 0, false
	for _, t := range n {
		if utf8.RuneCountInString(t.text) > bylineWordRunes {
			return false
		}
		if t.class&bcStaff != 0 {
			return false
		}
		if t.shape&bsInitial == 0 && t.class&bcSuffix == 0 {
			full++
		}
		plain = plain || t.class&(bcRole|bcMod) == 0
	}
	return full > 0 && plain && n[0].class&bcPlaceStart == 0 &&
		n[len(n)-1].class&bcPlaceEnd == 0 && bylineAgencyLen(n) < len(n)
}

// brandShaped reports a word set the way brands are and names are not: a
// lower-case letter, later two capitals in a row ("WebMD", "eBayUK").
func brandShaped(w string) bool {
	lower := false
	for i := 0; i+1 < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
		case lower && 'A' <= c && c <= 'Z' && 'A' <= w[i+1] && w[i+1] <= 'Z':
			return true
		}
	}
	return false
}

// bylineLoneWord returns the only word of a metadata value, "By" and label
// words aside.
func bylineLoneWord(toks []bylineToken) (bylineToken, bool) {
	var one bylineToken
	n := 0
	for _, t := range toks {
		if t.kind == btWord && t.class&(bcBy|bcJunk) == 0 {
			one, n = t, n+1
		}
	}
	return one, n == 1
}

// bylineSingleName accepts a one-word name: capitalized, not in capitals,
// and not a word of any list.
func bylineSingleName(t bylineToken) (string, bool) {
	const bad = bcRole | bcMod | bylineBreaks | bcStopNext | bcSuffix | bcOrg | bcStaff |
		bcPlaceEnd | bcCred | bcWire | bcByStart
	c := utf8.RuneCountInString(t.text)
	ok := t.shape&bsUpper != 0 && t.shape&(bsCaps|bsDigit|bsOdd|bsInitial) == 0 &&
		c >= 2 && c <= bylineWordRunes && t.class&bad == 0 && bylineAgencyLen([]bylineToken{t}) == 0
	if t.shape&bsCJK != 0 {
		ok = c >= 2 && c <= 6 && t.class&bad == 0
	}
	if !ok {
		return "", false
	}
	return t.text, true
}

// bylineDropBrackets removes the words in parentheses or brackets.
func bylineDropBrackets(toks []bylineToken) []bylineToken {
	out := make([]bylineToken, 0, len(toks))
	depth := 0
	for _, t := range toks {
		switch {
		case t.kind == btSep && t.sep == '(':
			depth++
		case t.kind == btSep && t.sep == ')':
			depth = max(depth-1, 0)
		case depth == 0:
			out = append(out, t)
		}
	}
	return out
}

// bylineFlipSurname puts a surname-first value in reading order: "Doe,
// Jane" -> "Jane Doe"; anything after a second comma stays at the end.
func bylineFlipSurname(toks []bylineToken) []bylineToken {
	c0, c1 := -1, len(toks)
	for k, t := range toks {
		switch {
		case t.kind != btSep:
		case t.sep != ',':
			return toks
		case c0 < 0:
			c0 = k
		case c1 == len(toks):
			c1 = k
		}
	}
	if c0 < 0 {
		return toks
	}
	caps := true
	for _, t := range toks {
		caps = caps && t.shape&bsHasLower == 0
	}
	if !bylineSurnamePart(toks[:c0]) || !bylineGivenPart(toks[c0+1:c1], caps) {
		return toks
	}
	out := make([]bylineToken, 0, len(toks))
	out = append(out, toks[c0+1:c1]...)
	out = append(out, toks[:c0]...)
	return append(out, toks[c1:]...)
}

// bylineNotName are the classes of words that are not in a surname-first
// name.
const bylineNotName = bcRole | bcMod | bylineBreaks | bcStopNext | bcSuffix | bcOrg | bcStaff | bcCred

// bylineSurnamePart reports whether ts is one capitalized surname after
// lower-case particles: "Doe", "van der Berg".
func bylineSurnamePart(ts []bylineToken) bool {
	if len(ts) == 0 || len(ts) > 4 {
		return false
	}
	for _, t := range ts[:len(ts)-1] {
		if t.kind != btWord || t.class&bcParticle == 0 || t.shape&bsLower == 0 {
			return false
		}
	}
	t := ts[len(ts)-1]
	return t.kind == btWord && t.shape&bsUpper != 0 && t.shape&(bsDigit|bsOdd|bsInitial) == 0 &&
		t.class&bylineNotName == 0 && bylineAgencyLen(ts[len(ts)-1:]) == 0
}

// bylineGivenPart reports whether ts is one to three given names or
// initials; in a value not all in capitals, none is in capitals ("CNN").
func bylineGivenPart(ts []bylineToken, caps bool) bool {
	if len(ts) == 0 || len(ts) > 3 {
		return false
	}
	for _, t := range ts {
		if t.kind != btWord || t.shape&bsUpper == 0 || t.shape&(bsDigit|bsOdd) != 0 ||
			t.class&bylineNotName != 0 || (!caps && t.shape&(bsCaps|bsInitial) == bsCaps) {
			return false
		}
	}
	return true
}

// bylineIsProse reports whether a long byline reads like a sentence.
func bylineIsProse(s string, toks []bylineToken) bool {
	if utf8.RuneCountInString(s) <= bylineProseRunes {
		return false
	}
	n := 0
	for _, t := range toks {
		if t.kind == btWord && t.shape&bsLower != 0 && t.shape&bsDigit == 0 && t.class == 0 {
			n++
		}
	}
	return n >= bylineProseWords
}

// bylineNameText writes a name: words in capitals in title case, the others
// as printed.
func bylineNameText(n []bylineToken) string {
	mixed := false
	for _, t := range n {
		mixed = mixed || t.shape&bsHasLower != 0
	}
	var b strings.Builder
	for k, t := range n {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(bylineCaseWord(t, k, len(n), mixed))
	}
	return b.String()
}

// bylineCaseWord writes word k of an n-word name. Initials, numerals and,
// in a name that is not all in capitals, two-letter words ("AJ") stay in
// capitals; particles inside a name go to lower case.
func bylineCaseWord(t bylineToken, k, n int, mixed bool) string {
	switch {
	case t.shape&bsCaps == 0 || t.shape&bsInitial != 0:
		return t.text
	case t.class&bcParticle != 0 && k > 0 && k < n-1:
		return strings.ToLower(t.text)
	case k > 0 && (t.key == "ii" || t.key == "iii" || t.key == "iv"):
		return t.text
	case mixed && utf8.RuneCountInString(t.text) <= 2:
		return t.text
	}
	return bylineTitle(t.text, k > 0)
}

// bylineTitle puts a word in capitals in title case, part by part across
// hyphens: "JEAN-LUC" -> "Jean-Luc", "AL-ASSAD" -> "al-Assad" inside a name.
func bylineTitle(w string, inner bool) string {
	parts := strings.Split(strings.ToLower(w), "-")
	for k, part := range parts {
		if k == 0 && inner && len(parts) > 1 && (part == "al" || part == "el") {
			continue
		}
		parts[k] = bylineTitlePart(part)
	}
	return strings.Join(parts, "-")
}

// bylineTitlePart capitalizes one lower-case part of a name: "mcdonald" ->
// "McDonald", "macleod" -> "MacLeod" (not "Machado" or "Macron"),
// "o'brien" -> "O'Brien".
func bylineTitlePart(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToTitle(r[0])
	switch {
	case len(r) > 3 && r[0] == 'M' && r[1] == 'c':
		r[2] = unicode.ToUpper(r[2])
	case len(r) >= 7 && r[0] == 'M' && r[1] == 'a' && r[2] == 'c' && strings.ContainsRune("bdfglmnpqrstvwz", r[3]):
		r[3] = unicode.ToUpper(r[3])
	}
	if len(r) > 2 && (r[1] == '\'' || r[1] == '’') {
		r[2] = unicode.ToUpper(r[2])
	}
	return string(r)
}

// bylineRoleText writes a role as printed, or in title case when it is all
// in capitals.
func bylineRoleText(ts []bylineToken) string {
	caps := true
	for _, t := range ts {
		caps = caps && t.shape&bsHasLower == 0
	}
	var b strings.Builder
	for k, t := range ts {
		if k > 0 {
			b.WriteByte(' ')
		}
		w := t.text
		if caps && t.shape&bsCaps != 0 && utf8.RuneCountInString(w) > 2 {
			if k > 0 && t.class&bcFunc != 0 {
				w = strings.ToLower(w)
			} else {
				w = bylineTitle(w, false)
			}
		}
		b.WriteString(w)
	}
	return b.String()
}
