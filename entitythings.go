package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Things that are not entities: products, programs, vehicles, works,
// events and species have capitalized names too ("Starship", "Artemis",
// "Tomb Raider", "Yersinia pestis"). The words around such a name often
// say what it names, as a common noun in apposition before it ("the
// benchmark Sensex", "the film Joker") or as the head noun it modifies
// ("its Blue Moon lander", "the Artemis moon program"). Such a mention
// votes for the kind vThing, and an entity of that kind is left out.

// thingWeight is the vote an apposition or head noun gives a thing: more
// than a first name gives a person.
const thingWeight = 3.5

// thingVotes returns the vote of the words around mention m for a thing:
// a noun for things in apposition before it, a head noun after it when a
// possessive or an article shows that m names the thing ("its Dream
// Chaser vehicle", not "Boeing jets"), a number after it ("Fortune 500",
// "Suite 350").
func (d *entityDoc) thingVotes(m *mention, u *textUnit) float32 {
	if m.strong {
		return 0
	}
	if p := u.word(int(m.first) - 1); d.g.cues["thingbefore"][p] && d.determined(u, int(m.first)-1, false) {
		return thingWeight // "the benchmark Sensex", "the bacteria Yersinia pestis"
	}
	if m.votes[vLoc] > 0 {
		return 0 // "the Paris agreement", "the Davos summit"
	}
	if d.g.cues["thingnamed"][u.word(int(m.end))] {
		return thingWeight // "Lyme disease", "Alzheimer's disease", not "Trump's heart disease"
	}
	if h := d.thingHead(u, int(m.end)); h == "thingafter" && d.determined(u, int(m.first), false) ||
		h == "thingowned" && d.determined(u, int(m.first), true) {
		return thingWeight // "the Hazel Hen supercomputer", "its Blue Moon vehicle"
	}
	if int(m.words) == 1 && d.makerBefore(u, int(m.first)) {
		return thingWeight // "Google Stadia", "Amazon Alexa": a company's product
	}
	if isNumber(u.word(int(m.end))) && int(m.stop) == int(u.toks[m.end-1].end) && int(m.words) == 1 {
		m.tentative = true // "Fortune 500", but "Boeing 737" is known
	}
	return 0
}

// headKind returns the kind that the common noun after mention m gives
// it when an article or a possessive comes before it: "the Gush Etzion
// settlement" is a place, "the Gibson Southern schools" an organization.
// No person's name modifies such a noun after an article. It returns -1
// when the noun says nothing.
func (d *entityDoc) headKind(u *textUnit, m *mention) int {
	n := u.word(int(m.end))
	if m.strong || !u.isWord(int(m.end)) || !isLowerCaseWord(n) || int(m.stop) != int(u.toks[m.end-1].end) || !d.determined(u, int(m.first), false) {
		return -1
	}
	sing, _ := singular(n)
	switch {
	case d.g.cues["placehead"][n] || d.g.cues["placenoun"][n] && !ambiguousPlaceNouns[n]:
		return vLoc
	case d.g.cues["orghead"][n] || d.g.cues["orghead"][sing]:
		return vOrg
	}
	return -1
}

// ambiguousPlaceNouns are place nouns that also follow names of other
// things: "the Texas state legislature", "the HDMI port".
var ambiguousPlaceNouns = map[string]bool{"state": true, "capital": true, "port": true}

// makerBefore reports whether a well-known organization's name of one to
// three words comes right before token first, in the same run of
// capitalized words.
func (d *entityDoc) makerBefore(u *textUnit, first int) bool {
	for k := first - 1; k >= 0 && k >= first-3 && d.isNameToken(u, k); k-- {
		if u.toks[k+1].start-u.toks[k].end > 1 {
			return false
		}
		if d.g.orgs[nameKey(u.text[u.toks[k].start:u.toks[first-1].end])] != "" {
			return true
		}
	}
	return false
}

// thingHead returns the cue class ("thingafter" or "thingowned") of the
// noun that names a kind of thing when the words from token i are at most
// two lower-case modifiers and that noun ("reusable launch vehicle",
// "moon program", "supercomputer"), or "".
func (d *entityDoc) thingHead(u *textUnit, i int) string {
	for k := i; k < i+3 && u.isWord(k); k++ {
		w := u.word(k)
		switch {
		case !isLowerCaseWord(w) || d.g.cues["function"][w] || d.g.cues["speech"][w]:
			return ""
		case d.g.cues["thingafter"][w]:
			return "thingafter"
		case d.g.cues["thingowned"][w]:
			return "thingowned"
		}
	}
	return ""
}

// determined reports whether the name starting at token first follows an
// article or a possessive, perhaps with one adjective between ("its
// Starship", "SpaceX's towering Starship", "the Hazel Hen"), or only a
// possessive when owned is set: the head noun after the name then names
// what the name names, not what its maker made ("Boeing jets").
func (d *entityDoc) determined(u *textUnit, first int, owned bool) bool {
	k := first - 1
	if u.isWord(k) && isLowerCaseWord(u.word(k)) && !d.g.cues["function"][u.word(k)] {
		k-- // an adjective
	}
	if !u.isWord(k) {
		return false
	}
	w := u.word(k)
	switch strings.ToLower(w) {
	case "the":
		return !owned
	case "its", "his", "her", "their", "our", "my", "your":
		return true
	}
	return stripPossessive(w) != w
}

// isLowerCaseWord reports whether w is a word of lower-case letters and
// hyphens.
func isLowerCaseWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// namePrefixes are the starts of personal names written with a capital
// inside ("McConnell", "DeSantis", "O'Brien", "LeBron").
var namePrefixes = []string{"Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St"}

// isBrandCase reports whether w is written in the inner capitals of
// company and brand names: a capital after a lower-case letter
// ("WeWork", "MarketAxess", "YouTube") or two capitals and three
// lower-case letters ("VMware", "JPMorgan"), but not a personal name's
// prefix ("McConnell").
func isBrandCase(w string) bool {
	if n := strings.IndexFunc(w, unicode.IsUpper); n >= 0 && strings.IndexFunc(w[n+1:], unicode.IsDigit) >= 0 ||
		countUpper(w) > 3 {
		return false // "XPxUJuyIAC", an identifier
	}
	upper, lower := 0, 0
	prev := ' '
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			if unicode.IsLower(prev) {
				for _, p := range namePrefixes {
					if w[:i] == p {
						return false
					}
				}
				return true
			}
			if lower == 0 {
				upper++
			}
		case unicode.IsLower(r):
			lower++
		case r == '-':
			upper, lower, r = 0, 0, ' ' // "Coca-Cola", "JPL-Caltech"
		default:
			return false
		}
		prev = r
	}
	return upper >= 2 && lower >= 3
}

// countUpper returns the number of upper-case letters in w.
func countUpper(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// isPluralWord reports whether a capitalized word reads as a regular
// plural: lower-case letters ending in "s" but not "ss" ("Sabres").
func isPluralWord(w string) bool {
	if len(w) < 4 || !isUpperStart(w) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	_, size := utf8.DecodeRuneInString(w)
	return isLowerCaseWord(w[size:])
}
