package news

import (
	"slices"
	"strings"
	"unicode"
)

// Merging mentions: clusters of names that refer to one entity (acronyms,
// surnames, first names, "the Times"), and the entities they make.

// A cluster is the set of mentions of one entity.
type cluster struct {
	root    int   // the representative mention
	ments   []int // mention indexes, in the order added
	votes   votes
	longest int      // the mention with the most words
	words   []string // the words of the longest mention's identity
	strong  bool     // some mention's own shape says its kind
	locCues int      // mentions whose context says it is a place
	count   int      // mentions, while clusters makes the lists
}

// kind returns the index of the kind with the most votes.
func (c *cluster) kind() int { return c.votes.best() }

// clusters groups the mentions by entity, in order of first mention.
func (d *entityDoc) clusters() []*cluster {
	// Count the mentions of each entity first, so that their lists are
	// cut from one array.
	byRoot := map[int]*cluster{}
	var out []*cluster
	of := make([]*cluster, len(d.ments))
	for i := range d.ments {
		r := d.find(i)
		c := byRoot[r]
		if c == nil {
			c = &cluster{root: r, longest: i}
			byRoot[r] = c
			out = append(out, c)
		}
		of[i] = c
		c.count++
	}
	all := make([]int, 0, len(d.ments))
	for _, c := range out {
		c.ments, all = all[:0:c.count], all[c.count:c.count]
	}
	for i, c := range of {
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
		at[[2]int{int(m.unit), int(m.first)}] = i
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
		if n < 2 || n > maxRun || kind == vGroup || kind == vThing {
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
			if f := strings.Fields(d.nameText(&d.ments[c.longest])); d.g.knownKey(w[0]) || d.g.place(w[0]).class != notPlace || isAllCaps(f[0]) {
				rest := strings.Join(w[1:], " ")
				x.unmodified[rest] = append(x.unmodified[rest], c)
			}
		}
		x.lastWord[w[n-1]] = append(x.lastWord[w[n-1]], c)
		for _, m := range c.ments {
			if a := d.nameInitials(d.nameText(&d.ments[m])); len(a) >= 2 {
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
		if len(w) == 0 || c.kind() == vGroup || c.kind() == vThing || len(w) > maxRun {
			continue
		}
		key := strings.Join(w, " ")
		text := d.nameText(&d.ments[c.longest])
		personOK := (!c.strong && c.locCues*2 <= len(c.ments)) || c.votes[vPerson] >= 5
		switch {
		case len(w) == 1 && isAllCaps(text) && d.joinOne(c, x.initials[key]):
		case len(w) == 1 && personOK && d.joinNearest(c, x.personLast[key]):
		case len(w) == 1 && personOK && d.joinNearest(c, x.personFirst[key]):
		case (c.kind() == vOrg || !c.strong && c.votes[vPerson] < 1 && c.kind() != vLoc) && d.joinOne(c, x.orgPrefix[key]):
		case len(w) == 1 && d.afterThe(c) && (d.g.orgWords[key] || d.g.placeWords[key] != 0) && !d.listed(c) &&
			d.joinOne(c, x.lastWord[key]):
		case d.joinOne(c, x.unmodified[key]) || d.joinOne(c, x.unmodified[d.ments[c.longest].key]):
		case len(w) > 1 && c.kind() == vPerson && d.joinOne(c, x.personSuffix[key]):
		case len(w) == 2 && c.kind() == vPerson && d.joinOne(c, d.longerFirstName(c, x.personLast[w[1]])):
		}
	}
}

// listed reports whether a mention of c is a name the gazetteers know in
// its own right: "the House" is not short for "the White House".
func (d *entityDoc) listed(c *cluster) bool {
	for _, m := range c.ments {
		if d.canonical(&d.ments[m]) != "" {
			return true
		}
	}
	return false
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
		start, stop := int(u.toks[i].start), int(u.toks[k-1].end)
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
		if c.kind() != vThing && d.supported(c) {
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
		return int(ma.unit) - int(mb.unit)
	}
	return int(ma.start) - int(mb.start)
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
	e := Entity{Kind: kindOf[k], Name: d.bestName(c, k), Mentions: make([]Mention, 0, len(c.ments))}
	seen := map[string]bool{e.Name: true}
	for _, mi := range c.ments {
		m := &d.ments[mi]
		if text := d.nameText(m); !seen[text] {
			seen[text] = true
			e.Aliases = append(e.Aliases, text)
		}
		if k == vPerson && e.Role == "" {
			e.Role = d.role(m)
		}
		e.Mentions = append(e.Mentions, Mention{Paragraph: int(d.units[m.unit].para), Start: int(m.start), End: int(m.stop)})
	}
	return e
}

// bestName returns the name of an entity: the country's or state's own
// name for a place the gazetteer knows as one, else the fullest form the
// article uses, preferring mixed case to ALL CAPS and the first used.
func (d *entityDoc) bestName(c *cluster, k int) string {
	if k == vLoc {
		for _, mi := range c.ments {
			if cn := d.canonical(&d.ments[mi]); cn != "" && (d.g.isCountry(cn) || d.g.place(nameKey(cn)).class == majorPlace) {
				return cn
			}
		}
	}
	best := c.ments[0]
	score := func(m *mention) int {
		text := d.nameText(m)
		s := int(m.words)*4 + strings.Count(text, " ")
		if !isAllCaps(text) || m.words == 1 && len(text) <= 5 {
			s += 2
		}
		return s
	}
	for _, mi := range c.ments[1:] {
		if score(&d.ments[mi]) > score(&d.ments[best]) {
			best = mi
		}
	}
	return d.nameText(&d.ments[best])
}
