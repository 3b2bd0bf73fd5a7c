package eval

import (
	"slices"
	"strings"
)

// The entity kinds scored.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindLocation     = "location"
)

// PredMention is where a predicted entity is named: a paragraph index and
// byte offsets in that paragraph.
type PredMention struct {
	Para, Start, End int
}

// PredEntity is a named entity a parser found.
type PredEntity struct {
	Name string
	// Kind is person, organization or location; other kinds are not scored.
	Kind     string
	Aliases  []string
	Mentions []PredMention
}

// NormalizeEntityName is the comparison form of entity names: lower case,
// periods removed, curly apostrophes straight, white space collapsed, and a
// leading "the " and a trailing "'s" removed.
func NormalizeEntityName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	s = collapseSpace(strings.ReplaceAll(s, "\u2019", "'"))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSpace(s)
}

// scoredKind reports whether k is one of the kinds scored.
func scoredKind(k string) bool {
	return k == KindPerson || k == KindOrganization || k == KindLocation
}

// entityForms returns the distinct normalized name and aliases.
func entityForms(name string, aliases []string) []string {
	var out []string
	for _, s := range append([]string{name}, aliases...) {
		if s = NormalizeEntityName(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// A KindCounts counts entities of one kind (or all kinds).
type KindCounts struct {
	// Gold and Pred count entities; Pred leaves out unmatched byline
	// authors. Matched counts matched pairs, Fragmented gold entities
	// compatible with more than one predicted entity.
	Gold, Pred, Matched, Fragmented int
}

// add adds c to k.
func (k *KindCounts) add(c KindCounts) {
	k.Gold += c.Gold
	k.Pred += c.Pred
	k.Matched += c.Matched
	k.Fragmented += c.Fragmented
}

// Precision is Matched/Pred.
func (k KindCounts) Precision() float64 { return ratio(k.Matched, k.Pred) }

// Recall is Matched/Gold.
func (k KindCounts) Recall() float64 { return ratio(k.Matched, k.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (k KindCounts) F1() float64 { return harmonic(k.Precision(), k.Recall()) }

// FragmentedShare is Fragmented/Gold.
func (k KindCounts) FragmentedShare() float64 { return ratio(k.Fragmented, k.Gold) }

// EntityCounts holds counts for all kinds together and per kind.
type EntityCounts struct {
	All, Person, Organization, Location KindCounts
}

// Kind returns the counts of kind k, or nil for a kind not scored.
func (e *EntityCounts) Kind(k string) *KindCounts {
	switch k {
	case KindPerson:
		return &e.Person
	case KindOrganization:
		return &e.Organization
	case KindLocation:
		return &e.Location
	}
	return nil
}

// Add adds the counts of o.
func (e *EntityCounts) Add(o EntityCounts) {
	e.All.add(o.All)
	e.Person.add(o.Person)
	e.Organization.add(o.Organization)
	e.Location.add(o.Location)
}

// An EntityPage is the entity score of one labeled page.
type EntityPage struct {
	Key    string
	Counts EntityCounts
	// Missed indexes gold entities left unmatched; Spurious predicted
	// entities (of a scored kind) left unmatched and counted; Fragmented
	// gold entities compatible with several predictions.
	Missed, Spurious, Fragmented []int
}

// ScoreEntities matches a page's predicted entities with its gold entities
// (see the package documentation for the rules).
func ScoreEntities(l *Label, pred []PredEntity) EntityPage {
	ep := EntityPage{Key: l.Key}
	goldForms := make([][]string, len(l.Entities))
	for j, g := range l.Entities {
		goldForms[j] = entityForms(g.Name, g.Aliases)
	}
	// compatible[i] lists the gold entities predicted entity i may match.
	compatible := make([][]int, len(pred))
	for i, p := range pred {
		if !scoredKind(p.Kind) {
			continue
		}
		forms := entityForms(p.Name, p.Aliases)
		for j, g := range l.Entities {
			if g.Kind == p.Kind && sharesForm(forms, goldForms[j]) {
				compatible[i] = append(compatible[i], j)
			}
		}
	}
	goldOf := maxMatching(compatible, len(l.Entities))
	matchedGold := make([]bool, len(l.Entities))
	timesCompatible := make([]int, len(l.Entities))
	for i, p := range pred {
		for _, j := range compatible[i] {
			timesCompatible[j]++
		}
		if !scoredKind(p.Kind) {
			continue
		}
		if goldOf[i] >= 0 {
			matchedGold[goldOf[i]] = true
			ep.count(p.Kind, KindCounts{Pred: 1, Matched: 1})
			continue
		}
		if isBylineAuthor(l, p.Name) {
			continue
		}
		ep.count(p.Kind, KindCounts{Pred: 1})
		ep.Spurious = append(ep.Spurious, i)
	}
	for j, g := range l.Entities {
		c := KindCounts{Gold: 1}
		if timesCompatible[j] > 1 {
			c.Fragmented = 1
			ep.Fragmented = append(ep.Fragmented, j)
		}
		ep.count(g.Kind, c)
		if !matchedGold[j] {
			ep.Missed = append(ep.Missed, j)
		}
	}
	return ep
}

// count adds c to the totals and to kind k.
func (ep *EntityPage) count(k string, c KindCounts) {
	ep.Counts.All.add(c)
	if kc := ep.Counts.Kind(k); kc != nil {
		kc.add(c)
	}
}

// sharesForm reports whether the two lists of forms share one.
func sharesForm(a, b []string) bool {
	for _, s := range a {
		if slices.Contains(b, s) {
			return true
		}
	}
	return false
}

// isBylineAuthor reports whether name is one of the page's byline authors.
func isBylineAuthor(l *Label, name string) bool {
	n := NormalizeEntityName(name)
	for _, a := range l.Authors {
		if NormalizeEntityName(a) == n {
			return true
		}
	}
	return false
}

// maxMatching returns a maximum matching of a bipartite graph whose left
// node i is joined to the right nodes adj[i]: for each left node its right
// node, or -1 (augmenting paths, Kuhn's algorithm; pages are small).
func maxMatching(adj [][]int, right int) []int {
	leftOf := make([]int, right)
	for j := range leftOf {
		leftOf[j] = -1
	}
	var seen []bool
	var augment func(i int) bool
	augment = func(i int) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if leftOf[j] < 0 || augment(leftOf[j]) {
				leftOf[j] = i
				return true
			}
		}
		return false
	}
	for i := range adj {
		seen = make([]bool, right)
		augment(i)
	}
	rightOf := make([]int, len(adj))
	for i := range rightOf {
		rightOf[i] = -1
	}
	for j, i := range leftOf {
		if i >= 0 {
			rightOf[i] = j
		}
	}
	return rightOf
}
