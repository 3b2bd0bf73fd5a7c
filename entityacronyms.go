package news

import "strings"

// Capitals in brackets: an acronym defined after a name ("National
// Security Agency (NSA)") or a name spelled out after an acronym ("DACA
// (Deferred Action for Childhood Arrivals)") joins the two, and a stock
// ticker after a name ("Lowe's (LOW)") makes it a company's.

// expansionEnd returns the end of the words in brackets that spell out
// the acronym before them ("DACA (Deferred Action for Childhood
// Arrivals)"), from token i after the opening bracket, or 0.
func (d *entityDoc) expansionEnd(u *textUnit, i, limit int) int {
	acr := u.word(i - 2)
	if u.word(i-1) != "(" || !u.isWord(i-2) || !isAllCaps(acr) || len(acr) < 2 {
		return 0
	}
	for e := i; e < limit && e-i <= maxRun+4; e++ {
		w := u.word(e)
		switch {
		case w == ")":
			if e-i >= 2 && spells(strings.ReplaceAll(acr, ".", ""), d.initials(u, i, e), true) {
				return e
			}
			return 0
		case d.isNameToken(u, e) || w == "&" || w == "-" || d.g.cues["particle"][w]:
		case w == "of" || w == "for" || w == "and" || w == "the" || w == "on" || w == "in" || w == "to":
		default:
			return 0
		}
	}
	return 0
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
	if !loose || len(acr) < 2 || initials == "" || len(initials) > len(acr)+2 || acr[0] != initials[0] {
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

// tickerAfter reports whether a stock ticker in brackets follows the
// mention: an exchange and a colon, or capitals that do not abbreviate
// the name ("Lowe's (LOW)", not "National Security Agency (NSA)").
func (d *entityDoc) tickerAfter(u *textUnit, m *mention) bool {
	t := u.word(int(m.end) + 1)
	if u.word(int(m.end)+2) == ":" {
		return d.g.cues["exchange"][strings.ToLower(t)]
	}
	if u.word(int(m.end)+2) != ")" || !isAllCaps(t) || len(t) > 5 || strings.Contains(t, ".") {
		return false
	}
	return !spells(t, d.initials(u, int(m.first), int(m.end)), true) && !d.g.knownText(t)
}
