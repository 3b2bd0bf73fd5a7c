package news

import (
	"strings"
	"unicode/utf8"
)

// Typing the names: the evidence of their shape, the words around them,
// appositions and lists, voted into one kind per entity.

// shapeVotes adds the votes that the name itself gives: gazetteer entries,
// organization and place words, legal suffixes, the shape of a personal
// name.
func (d *entityDoc) shapeVotes(m *mention) {
	g, v := d.g, &m.votes
	words := strings.Fields(d.nameText(m))
	if len(words) > 1 && words[0] == "The" {
		words = words[1:]
	}
	n := len(words)
	common := n == 1 && g.isCommon(words[0])
	if st, ok := g.stateAbbrevs[d.nameText(m)]; ok {
		v[vLoc] += 5
		m.strong = true
		d.setCanonical(m, st)
		return
	}
	key := m.key
	if rest, ok := strings.CutPrefix(key, "state of "); ok && g.place(rest).class == majorPlace {
		key = rest // "State of Texas"
	}
	if p := g.place(key); p.class != notPlace && !(common && p.class < bigCity) && g.caseFits(d.nameText(m), key) {
		v[vLoc] += [...]float32{0, 0.8, 3, 5}[p.class]
		if p.class >= bigCity {
			m.strong = p.class == majorPlace
			d.setCanonical(m, p.canonical)
		}
	}
	if c := g.orgs[m.key]; c != "" && g.caseFits(d.nameText(m), m.key) {
		v[vOrg] += 5
		m.strong = true
		d.setCanonical(m, c)
	}
	if g.demonyms[m.key] != "" || g.groups[m.key] {
		v[vGroup] += 8
		m.strong = true
	}
	if m.strong {
		return
	}
	if n == 1 {
		if strings.HasPrefix(d.nameText(m), "The ") {
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
	if isBrandCase(w) {
		v[vOrg] += 1.5 // "WeWork", "VMware": companies write their names so
		return
	}
	switch {
	case isAllCaps(w) && (g.isCommon(w) || utf8.RuneCountInString(w) > 5):
		m.tentative = true // "VOTE", "EBITDA"
	case isAllCaps(w):
		v[vOrg] += 1 // an acronym
		return
	case isPluralAcronym(w) || (g.isCommon(w) && !strings.HasPrefix(d.nameText(m), "The ")):
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
		if words[k] != "of" && words[k] != "for" && words[k] != "on" {
			continue
		}
		head := nameKey(words[k-1])
		switch {
		case d.g.cues["nonentity"][head]:
			v[vThing] += thingWeight // "National Survey on Drug Use and Health"
		case words[k] == "for" || g.orgWords[head]:
			v[vOrg] += 4
		case g.placeWords[head]&placeSuffix != 0 || d.g.cues["ofhead"][head]:
			v[vLoc] += 4
		}
		break
	}
	if d.placeLed(words) && isPluralWord(words[n-1]) && !g.surname.has(last) &&
		(!g.given.has(first) || g.place(first).class >= bigCity) { // not "George Soros"
		v[vOrg] += 4 // "Buffalo Sabres", "New York Yankees": a place's team
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
	if (allCommon || g.mostlyCommon(words)) && !strings.HasPrefix(d.nameText(m), "The ") {
		m.tentative = true // "Total Endorsement"
	}
	if d.g.cues["nonentity"][strings.ToLower(words[n-1])] {
		v[vThing] += thingWeight // "Affordable Care Act", "National Survey"
	}
	if d.g.cues["thingfirst"][first] || n > 2 && d.g.cues["thingfirst"][nameKey(words[1])] {
		v[vThing] += thingWeight + 2 // "Hurricane Dorian", "Tropical Storm Barry"
	}
	switch {
	case person == 0 && !caps && d.placeLed(words):
		v[vOrg] += 1.5 // "Buffalo Sabres", "Houston Chronicle": a place names what is of it
	case person == 0 && !caps && n <= 3 && !g.anyCommon(words) && !strings.Contains(d.nameText(m), "&"):
		person, v[vOrg] = 0.6, v[vOrg]+0.4 // "Romelu Lukaku": two unknown words
	}
	if strings.Contains(d.nameText(m), "&") {
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

// placeLed reports whether a name of several words is a place's name
// followed by a name that is not a place's ("Buffalo Sabres", not
// "Washington D.C." or "Kowloon West").
func (d *entityDoc) placeLed(words []string) bool {
	k := 1
	if d.g.place(nameKey(words[0])).class == notPlace {
		if len(words) < 3 || d.g.place(nameKey(words[0]+" "+words[1])).class == notPlace {
			return false
		}
		k = 2 // "New York Yankees"
	}
	for _, w := range words[k:] {
		lw := nameKey(w)
		if strings.Contains(w, ".") || d.g.cues["compass"][lw] || d.g.placeWords[lw] != 0 || d.g.place(lw).class != notPlace {
			return false
		}
	}
	return true
}

// contextVotes adds the votes that the words around a mention give, and
// its role, and returns the weight added.
func (d *entityDoc) contextVotes(m *mention, u *textUnit) float32 {
	var v votes
	p1, p2 := u.lower(int(m.first)-1), u.lower(int(m.first)-2)
	n1 := u.word(int(m.end))
	possessive := int(m.stop) < int(u.toks[m.end-1].end) && stripPossessive(u.word(int(m.end)-1)) != u.word(int(m.end)-1)
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
	if (p1 == "on" || p1 == "in" || p1 == "by") && d.g.cues["published"][p2] && m.votes[vLoc] == 0 {
		v[vOrg] += 2 // "originally published on Live Science"
	}
	if (p1 == "of" || p1 == "at") && d.g.cues["orgtitle"][p2] && m.votes[vLoc] == 0 && !m.strong {
		v[vOrg] += 1.5 // "director of Tmall", "an analyst at Piper Jaffray"
	}
	if d.g.isOrgNoun(p1) && u.isWord(int(m.first)-1) && !isUpperStart(u.word(int(m.first)-1)) {
		v[vOrg] += 2 // "the journal JAMA Psychiatry"
	}
	if d.g.cues["speech"][strings.ToLower(n1)] && !possessive {
		v[vPerson]++
	}
	if n1 == "," {
		d.commaVotes(m, u, &v)
	}
	if n1 == "(" && d.tickerAfter(u, m) {
		v[vOrg] += 4 // "Lowe's (LOW)", "Tesla (NASDAQ: TSLA)"
	}
	switch {
	case possessive && (d.g.isTitle(n1) || d.g.cues["owned"][strings.ToLower(n1)]):
		v[vOrg] += 1.5
	case !possessive && d.g.isTitle(n1) && u.isWord(int(m.end)):
		v[vOrg] += 1.5 // "Huawei spokesperson"
	case !possessive && (strings.EqualFold(n1, "shares") || strings.EqualFold(n1, "stock")):
		v[vOrg] += 2
	}
	orgShaped := m.votes[vOrg] >= 4 // "indie developer Tequila Works"
	if r := d.preModifierRole(u, int(m.first)); r != "" && !orgShaped {
		v[vPerson] += 5
		if d.role(m) == "" {
			d.noteOf(m).role = r
		}
	}
	if r := d.appositionBefore(u, int(m.first), int(m.end)); r != "" && !orgShaped {
		v[vPerson] += 4
		if d.role(m) == "" {
			d.noteOf(m).role = r
		}
	}
	if m.first == 0 && isAllCaps(d.nameText(m)) && strings.Contains(",(—–-:", n1) && n1 != "" {
		v[vLoc] += 3 // a dateline: "BUFFALO, N.Y. (AP) —"
	}
	if p1 == "," && isAllCaps(d.nameText(m)) && d.g.postal[d.nameText(m)] != "" && d.isNameToken(u, int(m.first)-2) {
		v[vLoc] += 5 // "Palo Alto, CA"
		d.setCanonical(m, d.g.postal[d.nameText(m)])
	}
	v[vThing] += d.thingVotes(m, u)
	if k := d.headKind(u, m); k >= 0 {
		v[k] += 4.5 // more than a first name and a surname give a person
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
	n2, n3 := u.word(int(m.end)+1), u.word(int(m.end)+2)
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
	role, kind := d.appositionAfter(u, int(m.end))
	if kind < 0 {
		return
	}
	v[kind] += 3
	if kind == vPerson {
		v[kind]++
		if d.role(m) == "" {
			d.noteOf(m).role = role
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
	if c := d.canonical(m); c != "" {
		return nameKey(c)
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
