package eval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenF1(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"I will not resign", "I will not resign, ever.", 2 * 0.8 / 1.8},
		{"a b c", "a b c d e", 0.75},
		{"A, b!", "a B", 1},
		{"", "a", 0},
		{"a a b", "a b b", 2.0 / 3},
	}
	for _, tt := range tests {
		if got := tokenF1(lowerWords(tt.a), lowerWords(tt.b)); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("tokenF1(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCarriesSpeaker(t *testing.T) {
	hong := GoldQuote{Speaker: "Hong Lei", SpeakerAlt: []string{"Hong"}}
	trump := GoldQuote{Speaker: "Donald Trump", SpeakerAlt: []string{"Trump", "Donald J. Trump"}}
	doj := GoldQuote{Speaker: "Justice Department", SpeakerAlt: []string{"DOJ"}}
	tests := []struct {
		pred string
		g    GoldQuote
		org  bool
		want bool
	}{
		{"Hong Lei", hong, false, true},
		{"Foreign Ministry spokesman Hong Lei", hong, false, true},
		{"hong lei's", hong, false, true},
		{"Hong", hong, false, false},
		{"Leigh Hong Leitner", hong, false, false},
		{"", hong, false, false},
		{"President Donald J. Trump", trump, false, true},
		{"Trump", trump, false, false},
		{"DOJ", doj, true, true},
		{"DOJ", doj, false, false},
		{"The Justice Department", doj, false, true},
		{"Someone", GoldQuote{}, false, false},
	}
	for _, tt := range tests {
		if got := CarriesSpeaker(tt.pred, tt.g, tt.org); got != tt.want {
			t.Errorf("CarriesSpeaker(%q, %q, org=%v) = %v, want %v", tt.pred, tt.g.Speaker, tt.org, got, tt.want)
		}
	}
}

// quoteLabel is a labeled page with a named, an ignored, an unattributed and
// an organization's quote.
var quoteLabel = Label{
	Key: "q",
	Quotes: []GoldQuote{
		{Text: "I will not resign, ever.", Speaker: "Hong Lei", SpeakerAlt: []string{"Hong"}},
		{Text: "The Irishman", Ignore: true},
		{Text: "a total disaster", Partial: true},
		{Text: "We will appeal the ruling.", Speaker: "Justice Department", SpeakerAlt: []string{"DOJ"}},
		{Text: "Nobody found this one", Speaker: "Ann Lee"},
	},
	Entities: []GoldEntity{{Name: "Justice Department", Kind: "organization", Aliases: []string{"DOJ"}}},
}

func TestScoreQuotes(t *testing.T) {
	pred := []PredQuote{
		{Text: "I will not resign", Speaker: "spokesman Hong Lei"},
		{Text: "The Irishman"},
		{Text: "a total disaster"},
		{Text: "We will appeal the ruling", Speaker: "DOJ"},
		{Text: "something else entirely", Speaker: "Ann Lee"},
	}
	got := ScoreQuotes(&quoteLabel, pred)
	want := QuotePage{
		Key: "q",
		Pairs: []QuotePair{
			{Pred: 0, Gold: 0, F1: 2 * 0.8 / 1.8, Attributable: true, SpeakerOK: true, PartialOK: true},
			{Pred: 2, Gold: 2, F1: 1, PartialOK: false},
			{Pred: 3, Gold: 3, F1: 1, Attributable: true, SpeakerOK: true, PartialOK: true},
		},
		Missed: []int{4}, Spurious: []int{4}, Neutral: []int{1},
		Gold: 4, Pred: 4,
	}
	for i := range got.Pairs {
		got.Pairs[i].F1 = round(got.Pairs[i].F1)
	}
	for i := range want.Pairs {
		want.Pairs[i].F1 = round(want.Pairs[i].F1)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ScoreQuotes mismatch (-want +got):\n%s", diff)
	}
	var tally QuoteTally
	tally.Add(got)
	wantTally := QuoteTally{Gold: 4, Pred: 4, Matched: 3, Attributable: 2, Attributed: 2, PartialOK: 2}
	if tally != wantTally {
		t.Errorf("QuoteTally mismatch:\nwant %+v\ngot  %+v", wantTally, tally)
	}
	if p, r, a := tally.Precision(), tally.Recall(), tally.Attribution(); p != 0.75 || r != 0.75 || a != 1 {
		t.Errorf("precision, recall, attribution = %v, %v, %v; want 0.75, 0.75, 1", p, r, a)
	}
}

func TestScoreQuotesOneToOne(t *testing.T) {
	l := &Label{Quotes: []GoldQuote{
		{Text: "we are going to win this race", Speaker: "A B"},
		{Text: "we are going to win this race again", Speaker: "A B"},
	}}
	// Both predictions match both gold quotes; the best pairs are taken
	// first, so each gold quote gets the prediction that equals it.
	pred := []PredQuote{
		{Text: "we are going to win this race again"},
		{Text: "we are going to win this race"},
		{Text: "we are going to win this race"},
	}
	got := ScoreQuotes(l, pred)
	if len(got.Pairs) != 2 || got.Pairs[0].Pred != 1 || got.Pairs[1].Pred != 0 {
		t.Errorf("pairs = %+v, want gold 0 <- pred 1 and gold 1 <- pred 0", got.Pairs)
	}
	if !cmp.Equal(got.Spurious, []int{2}) {
		t.Errorf("spurious = %v, want [2]", got.Spurious)
	}
}
