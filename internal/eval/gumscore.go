package eval

import (
	"cmp"
	"slices"
)

// GumPred is one predicted mention, located in the gold paragraphs of a
// [GumDoc].
type GumPred struct {
	// Entity identifies the predicted entity the mention belongs to.
	Entity int
	// Kind is person, organization or location (GUM's place); mentions of
	// other kinds are not scored.
	Kind string
	// Para, Start and End are byte offsets in GumDoc.Paragraphs[Para].
	Para, Start, End int
}

// GumCounts count mentions of one type (or all types).
type GumCounts struct {
	// Gold counts gold named mentions, Pred predicted mentions less the
	// Neutral ones, Matched matched pairs.
	Gold, Pred, Matched, Neutral int
}

// add adds c to g.
func (g *GumCounts) add(c GumCounts) {
	g.Gold += c.Gold
	g.Pred += c.Pred
	g.Matched += c.Matched
	g.Neutral += c.Neutral
}

// Precision is Matched/Pred.
func (g GumCounts) Precision() float64 { return ratio(g.Matched, g.Pred) }

// Recall is Matched/Gold.
func (g GumCounts) Recall() float64 { return ratio(g.Matched, g.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (g GumCounts) F1() float64 { return harmonic(g.Precision(), g.Recall()) }

// A GumScore is the mention and cluster score of one document, or a sum.
type GumScore struct {
	All, Person, Organization, Place GumCounts
	// Clusters counts gold clusters with at least two matched named
	// mentions, Pure those whose matches all belong to one predicted entity.
	Clusters, Pure int
}

// Purity is Pure/Clusters.
func (s GumScore) Purity() float64 { return ratio(s.Pure, s.Clusters) }

// Add adds the counts of o.
func (s *GumScore) Add(o GumScore) {
	s.All.add(o.All)
	s.Person.add(o.Person)
	s.Organization.add(o.Organization)
	s.Place.add(o.Place)
	s.Clusters += o.Clusters
	s.Pure += o.Pure
}

// count adds c to the totals and to GUM type t.
func (s *GumScore) count(t string, c GumCounts) {
	s.All.add(c)
	switch t {
	case "person":
		s.Person.add(c)
	case "organization":
		s.Organization.add(c)
	case "place":
		s.Place.add(c)
	}
}

// gumKind maps a predicted kind to a GUM type, "" for kinds not scored.
func gumKind(k string) string {
	switch k {
	case KindPerson, KindOrganization:
		return k
	case KindLocation, "place":
		return "place"
	}
	return ""
}

// overlaps reports whether a predicted mention and a gold mention share text.
func overlaps(p GumPred, g GumMention) bool {
	return p.Para == g.Para && p.Start < g.End && g.Start < p.End
}

// ScoreGUM matches predicted mentions with the named gold mentions of a
// document (see the package documentation for the rules).
func ScoreGUM(d *GumDoc, pred []GumPred) GumScore {
	var s GumScore
	preds := slices.Clone(pred)
	slices.SortStableFunc(preds, func(a, b GumPred) int {
		return cmp.Or(cmp.Compare(a.Para, b.Para), cmp.Compare(a.Start, b.Start))
	})
	used := make([]bool, len(preds))
	found := make(map[string][]int) // gold cluster -> predicted entities
	for _, g := range d.Mentions {
		if !g.Named {
			continue
		}
		c := GumCounts{Gold: 1}
		for i, p := range preds {
			if !used[i] && gumKind(p.Kind) == g.Type && overlaps(p, g) {
				used[i] = true
				c.Matched, c.Pred = 1, 1
				found[g.Cluster] = append(found[g.Cluster], p.Entity)
				break
			}
		}
		s.count(g.Type, c)
	}
	for i, p := range preds {
		t := gumKind(p.Kind)
		if used[i] || t == "" {
			continue
		}
		neutral := slices.ContainsFunc(d.Mentions, func(g GumMention) bool {
			return !g.Named && g.Type == t && overlaps(p, g)
		})
		if neutral {
			s.count(t, GumCounts{Neutral: 1})
		} else {
			s.count(t, GumCounts{Pred: 1})
		}
	}
	for _, ents := range found {
		if len(ents) < 2 {
			continue
		}
		s.Clusters++
		if !slices.ContainsFunc(ents, func(e int) bool { return e != ents[0] }) {
			s.Pure++
		}
	}
	return s
}
