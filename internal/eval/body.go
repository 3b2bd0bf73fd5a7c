package eval

import "strings"

// shingleSize is the number of tokens in one shingle of the body metric.
const shingleSize = 4

// shingles returns the multiset of 4-token shingles of the tokens: a text of
// 1 to 3 tokens is one shingle of all of them, an empty one has none.
func shingles(tokens []string) map[string]int {
	if len(tokens) == 0 {
		return nil
	}
	m := make(map[string]int)
	if len(tokens) < shingleSize {
		m[strings.Join(tokens, "\x00")]++
		return m
	}
	for i := 0; i+shingleSize <= len(tokens); i++ {
		m[strings.Join(tokens[i:i+shingleSize], "\x00")]++
	}
	return m
}

// A BodyScore is the body metric of one page.
type BodyScore struct {
	// TP, FP and FN count shingles: shared, predicted surplus, gold surplus.
	TP, FP, FN int
	// Empty reports a prediction without any token; such a page is left out
	// of the corpus precision.
	Empty bool
	// Precision, Recall and F1 are the page's scores.
	Precision, Recall, F1 float64
}

// ScoreBody scores a predicted body text against the gold body text.
func ScoreBody(pred, gold string) BodyScore {
	p, g := shingles(Words(pred)), shingles(Words(gold))
	var s BodyScore
	s.Empty = len(p) == 0
	for k, n := range p {
		m := g[k]
		s.TP += min(n, m)
		s.FP += max(n-m, 0)
	}
	for k, m := range g {
		s.FN += max(m-p[k], 0)
	}
	s.Precision = pageRatio(s.TP, s.FP, s.FN)
	s.Recall = pageRatio(s.TP, s.FN, s.FP)
	s.F1 = harmonic(s.Precision, s.Recall)
	return s
}

// pageRatio is page precision (miss = fp, other = fn) or recall (miss = fn,
// other = fp): 1 when nothing is wrong, 0 when nothing is shared, else
// tp/(tp+miss).
func pageRatio(tp, miss, other int) float64 {
	switch {
	case miss == 0 && other == 0:
		return 1
	case tp == 0 && miss == 0:
		return 0
	}
	return float64(tp) / float64(tp+miss)
}

// harmonic returns the harmonic mean of p and r, 0 when both are 0.
func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// BodyTotals are the corpus scores of the body metric.
type BodyTotals struct {
	// Pages is the number of pages; NonEmpty those with a non-empty
	// prediction.
	Pages, NonEmpty int
	// Precision is the mean page precision over the NonEmpty pages, Recall
	// the mean page recall over all pages, F1 their harmonic mean.
	Precision, Recall, F1 float64
}

// SumBody averages page scores into corpus scores.
func SumBody(pages []BodyScore) BodyTotals {
	var t BodyTotals
	var p, r float64
	for _, s := range pages {
		t.Pages++
		r += s.Recall
		if !s.Empty {
			t.NonEmpty++
			p += s.Precision
		}
	}
	if t.NonEmpty > 0 {
		t.Precision = p / float64(t.NonEmpty)
	}
	if t.Pages > 0 {
		t.Recall = r / float64(t.Pages)
	}
	t.F1 = harmonic(t.Precision, t.Recall)
	return t
}
