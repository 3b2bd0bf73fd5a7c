package news

import "strings"

// Lists of names: coordinated names ("A, B and C") are usually of one
// kind, so the members of a list share the kind most of them clearly
// have, or the kind the noun before the list gives them (Hearst's
// patterns: "companies such as A, B and C").

// listVotes gives the members of a list of names ("Astrobotic,
// Intuitive Machines and Orbit Beyond") the kind most of the others
// clearly have: coordinated names are usually of one kind. It reads the
// mentions from index from on; a list is in one text, so that it can be
// called for each text once its names are collected.
func (d *entityDoc) listVotes(from int) {
	for a := from; a < len(d.ments); {
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
		if k := d.hearstKind(&d.units[d.ments[a].unit], int(d.ments[a].first)); k >= 0 {
			d.giveListKind(d.ments[a:b], k)
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
	for k := int(m.end); k < int(n.first); k++ {
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
	others := sum[vPerson] + sum[vOrg] + sum[vLoc] + sum[vThing] - sum[best]
	if best == vGroup || sum[best] < 2 || sum[best] < 2*others {
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

// giveListKind adds kind k to the members of a list that a noun before
// it types ("companies such as A, B and C"), but for those whose own shape
// says what they are.
func (d *entityDoc) giveListKind(list []mention, k int) {
	for i := range list {
		if m := &list[i]; !m.strong {
			m.votes[k] += thingWeight
			m.bare = false
		}
	}
}

// kindIndex returns the kind with the most votes of a mention.
func (m *mention) kindIndex() int { return m.votes.best() }

// hearstKind reads the kind of the list that starts at token first from
// the plural noun before "such as", "including" or "like" (Hearst's
// patterns: "franchises such as Tomb Raider and Destiny", "companies
// including Astrobotic"). It returns the kind, or -1.
func (d *entityDoc) hearstKind(u *textUnit, first int) int {
	k := first - 1
	for k > first-3 && k >= 0 && u.isWord(k) && isUpperStart(u.word(k)) {
		k-- // "such as Assassin's Creed": the list starts before the mention
	}
	head := ""
	switch {
	case u.lower(k) == "as" && u.lower(k-1) == "such":
		head = u.lower(k - 2)
	case u.lower(k) == "including" || u.lower(k) == "like":
		head = u.lower(k - 1)
	default:
		return -1
	}
	sing, ok := singular(head)
	switch {
	case !ok:
		return -1
	case d.g.cues["thingbefore"][sing]:
		return vThing
	case d.g.isOrgNoun(head):
		return vOrg
	case d.g.cues["placenoun"][sing]:
		return vLoc
	case d.g.isTitle(sing):
		return vPerson
	}
	return -1
}

// singular returns the singular of a regular English plural and whether
// w was one ("companies" -> "company", "franchises" -> "franchise").
func singular(w string) (string, bool) {
	switch {
	case len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"):
		return w, false
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y", true
	}
	return w[:len(w)-1], true
}
