package eval

import (
	"cmp"
	"slices"
)

// quoteMatchF1 is the least word-token F1 at which two quotes match.
const quoteMatchF1 = 0.8

// PredQuote is a quotation a parser found.
type PredQuote struct {
	Text    string
	Speaker string
	Partial bool
}

// A QuotePair is a predicted quote matched to a gold quote.
type QuotePair struct {
	// Pred and Gold index the page's predicted and gold quotes.
	Pred, Gold int
	// F1 is the word-token F1 of the two texts.
	F1 float64
	// Attributable reports a gold quote with a named speaker; SpeakerOK
	// that the predicted speaker carries the full gold name.
	Attributable, SpeakerOK bool
	// PartialOK reports that the partial flags agree.
	PartialOK bool
}

// A QuotePage is the quote score of one labeled page.
type QuotePage struct {
	Key string
	// Pairs are the matches with gold quotes that are not ignored.
	Pairs []QuotePair
	// Missed indexes gold quotes (not ignored) left unmatched; Spurious
	// predicted quotes matching no gold quote; Neutral predicted quotes
	// matching an ignored gold quote.
	Missed, Spurious, Neutral []int
	// Gold is the number of gold quotes not ignored; Pred the number of
	// predicted quotes less the Neutral ones.
	Gold, Pred int
}

// ScoreQuotes matches a page's predicted quotes with its gold quotes (see
// the package documentation for the rules).
func ScoreQuotes(l *Label, pred []PredQuote) QuotePage {
	qp := QuotePage{Key: l.Key}
	goldWords := make([][]string, len(l.Quotes))
	for i, g := range l.Quotes {
		goldWords[i] = lowerWords(g.Text)
		if !g.Ignore {
			qp.Gold++
		}
	}
	type cand struct {
		pred, gold int
		f1         float64
	}
	var cands []cand
	for i, p := range pred {
		pw := lowerWords(p.Text)
		for j := range l.Quotes {
			if f := tokenF1(pw, goldWords[j]); f >= quoteMatchF1 {
				cands = append(cands, cand{i, j, f})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.f1, a.f1), cmp.Compare(a.gold, b.gold), cmp.Compare(a.pred, b.pred))
	})
	predUsed := make([]bool, len(pred))
	goldUsed := make([]bool, len(l.Quotes))
	for _, c := range cands {
		if predUsed[c.pred] || goldUsed[c.gold] {
			continue
		}
		predUsed[c.pred], goldUsed[c.gold] = true, true
		g := l.Quotes[c.gold]
		if g.Ignore {
			qp.Neutral = append(qp.Neutral, c.pred)
			continue
		}
		p := pred[c.pred]
		qp.Pairs = append(qp.Pairs, QuotePair{
			Pred: c.pred, Gold: c.gold, F1: c.f1,
			Attributable: g.Speaker != "",
			SpeakerOK:    g.Speaker != "" && CarriesSpeaker(p.Speaker, g, isOrganization(l, g.Speaker)),
			PartialOK:    p.Partial == g.Partial,
		})
	}
	slices.SortFunc(qp.Pairs, func(a, b QuotePair) int { return cmp.Compare(a.Gold, b.Gold) })
	slices.Sort(qp.Neutral)
	for i := range pred {
		if !predUsed[i] {
			qp.Spurious = append(qp.Spurious, i)
		}
	}
	for j, g := range l.Quotes {
		if !goldUsed[j] && !g.Ignore {
			qp.Missed = append(qp.Missed, j)
		}
	}
	qp.Pred = len(pred) - len(qp.Neutral)
	return qp
}

// tokenF1 is the F1 of two token multisets; 0 when either is empty.
func tokenF1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := make(map[string]int, len(b))
	for _, w := range b {
		count[w]++
	}
	shared := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			shared++
		}
	}
	if shared == 0 {
		return 0
	}
	p := float64(shared) / float64(len(a))
	r := float64(shared) / float64(len(b))
	return 2 * p * r / (p + r)
}

// isOrganization reports whether name is one of the page's gold
// organization entities (by name or alias).
func isOrganization(l *Label, name string) bool {
	n := NormalizeEntityName(name)
	for _, e := range l.Entities {
		if e.Kind != "organization" {
			continue
		}
		if NormalizeEntityName(e.Name) == n {
			return true
		}
		for _, a := range e.Aliases {
			if NormalizeEntityName(a) == n {
				return true
			}
		}
	}
	return false
}

// CarriesSpeaker reports whether a predicted speaker carries the full gold
// name of g: the gold speaker, or a speaker_alt of at least two words (any
// speaker_alt when org is true), appears as whole words in pred, case
// ignored. A surname alone is not enough for a person.
func CarriesSpeaker(pred string, g GoldQuote, org bool) bool {
	hay := lowerWords(pred)
	if len(hay) == 0 || g.Speaker == "" {
		return false
	}
	if containsWords(hay, lowerWords(g.Speaker)) {
		return true
	}
	for _, alt := range g.SpeakerAlt {
		w := lowerWords(alt)
		if (org || len(w) >= 2) && containsWords(hay, w) {
			return true
		}
	}
	return false
}

// A QuoteTally sums quote scores over pages.
type QuoteTally struct {
	// Gold, Pred and Matched count quotes (ignored gold quotes and the
	// predictions matching them left out).
	Gold, Pred, Matched int
	// Attributable counts matched quotes with a named gold speaker,
	// Attributed those whose predicted speaker is right.
	Attributable, Attributed int
	// PartialOK counts matched quotes whose partial flag is right.
	PartialOK int
}

// Add counts one page.
func (t *QuoteTally) Add(p QuotePage) {
	t.Gold += p.Gold
	t.Pred += p.Pred
	t.Matched += len(p.Pairs)
	for _, pr := range p.Pairs {
		if pr.Attributable {
			t.Attributable++
			if pr.SpeakerOK {
				t.Attributed++
			}
		}
		if pr.PartialOK {
			t.PartialOK++
		}
	}
}

// Precision is Matched/Pred.
func (t QuoteTally) Precision() float64 { return ratio(t.Matched, t.Pred) }

// Recall is Matched/Gold.
func (t QuoteTally) Recall() float64 { return ratio(t.Matched, t.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (t QuoteTally) F1() float64 { return harmonic(t.Precision(), t.Recall()) }

// Attribution is Attributed/Attributable.
func (t QuoteTally) Attribution() float64 { return ratio(t.Attributed, t.Attributable) }

// PartialAccuracy is PartialOK/Matched.
func (t QuoteTally) PartialAccuracy() float64 { return ratio(t.PartialOK, t.Matched) }

// ratio is n/d, 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
