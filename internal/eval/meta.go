package eval

import (
	"slices"
	"strings"
	"time"
)

// PredMeta is the metadata a parser found on a page.
type PredMeta struct {
	Headline string
	// Authors are the names of the people credited, in any order.
	Authors     []string
	Publication string
	// Published is the publication time; zero when not found.
	Published time.Time
}

// A FieldCheck is the verdict on one metadata field of one page.
type FieldCheck struct {
	// OK reports a correct prediction.
	OK bool
	// GoldEmpty reports that the page has no gold value for the field.
	GoldEmpty bool
	// Want and Got show the gold and predicted values for reports.
	Want, Got string
}

// A MetaPage holds the verdicts on one labeled page.
type MetaPage struct {
	Key                                       string
	Headline, Authors, Publication, Published FieldCheck
}

// ScoreMeta checks the predicted metadata of a page against its label (see
// the package documentation for the rules).
func ScoreMeta(l *Label, p PredMeta) MetaPage {
	m := MetaPage{Key: l.Key}
	m.Headline = FieldCheck{
		OK:        SameText(p.Headline, l.Headline),
		GoldEmpty: NormalizeText(l.Headline) == "",
		Want:      l.Headline, Got: p.Headline,
	}
	m.Authors = FieldCheck{
		OK:        SameNames(p.Authors, l.Authors),
		GoldEmpty: len(nameSet(l.Authors)) == 0,
		Want:      strings.Join(l.Authors, "; "), Got: strings.Join(p.Authors, "; "),
	}
	m.Publication = FieldCheck{
		OK:        SamePublication(p.Publication, l.Publication, l.PublicationAlt...),
		GoldEmpty: NormalizePublication(l.Publication) == "",
		Want:      joinAlt(l.Publication, l.PublicationAlt), Got: p.Publication,
	}
	m.Published = FieldCheck{
		OK:        SameDay(p.Published, l.PublishedDate, l.PublishedDateAlt...),
		GoldEmpty: strings.TrimSpace(l.PublishedDate) == "",
		Want:      joinAlt(l.PublishedDate, l.PublishedDateAlt), Got: Day(p.Published),
	}
	return m
}

// joinAlt shows a gold value and its alternatives: "a (or b, c)".
func joinAlt(v string, alt []string) string {
	if len(alt) == 0 {
		return v
	}
	return v + " (or " + strings.Join(alt, ", ") + ")"
}

// SameText reports whether a predicted text equals the gold text after
// [NormalizeText]. An empty gold value is matched only by an empty prediction.
func SameText(pred, gold string) bool {
	return NormalizeText(pred) == NormalizeText(gold)
}

// nameSet returns the distinct normalized non-empty names.
func nameSet(names []string) []string {
	var out []string
	for _, n := range names {
		if n = NormalizeText(n); n != "" {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// SameNames reports whether two lists hold the same set of names after
// [NormalizeText], order and duplicates ignored.
func SameNames(pred, gold []string) bool {
	return slices.Equal(nameSet(pred), nameSet(gold))
}

// NormalizePublication is [NormalizeText] without a leading "the ".
func NormalizePublication(s string) string {
	return strings.TrimPrefix(NormalizeText(s), "the ")
}

// SamePublication reports whether pred names the publication gold or one of
// its alternative names. An empty gold value is matched only by an empty
// prediction.
func SamePublication(pred, gold string, alt ...string) bool {
	p := NormalizePublication(pred)
	if NormalizePublication(gold) == "" {
		return p == ""
	}
	for _, g := range append([]string{gold}, alt...) {
		if g = NormalizePublication(g); g != "" && g == p {
			return true
		}
	}
	return false
}

// Day returns the YYYY-MM-DD of t in its own offset, or "" for the zero time.
func Day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// SameDay reports whether the day of t is gold or one of alt. An empty gold
// value is matched only by the zero time.
func SameDay(t time.Time, gold string, alt ...string) bool {
	d := Day(t)
	if strings.TrimSpace(gold) == "" {
		return d == ""
	}
	if d == "" {
		return false
	}
	return d == strings.TrimSpace(gold) || slices.Contains(alt, d)
}

// A FieldTally counts the verdicts on one field over many pages.
type FieldTally struct {
	// N is the number of pages, Correct the correct ones, GoldEmpty those
	// without a gold value.
	N, Correct, GoldEmpty int
}

// Accuracy is Correct/N, 0 when N is 0.
func (f FieldTally) Accuracy() float64 {
	if f.N == 0 {
		return 0
	}
	return float64(f.Correct) / float64(f.N)
}

// add counts one verdict.
func (f *FieldTally) add(c FieldCheck) {
	f.N++
	if c.OK {
		f.Correct++
	}
	if c.GoldEmpty {
		f.GoldEmpty++
	}
}

// A MetaTally counts metadata verdicts over pages.
type MetaTally struct {
	Headline, Authors, Publication, Published FieldTally
}

// Add counts the verdicts of one page.
func (t *MetaTally) Add(p MetaPage) {
	t.Headline.add(p.Headline)
	t.Authors.add(p.Authors)
	t.Publication.add(p.Publication)
	t.Published.add(p.Published)
}
