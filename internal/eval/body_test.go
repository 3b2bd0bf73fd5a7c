package eval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"l'été, 3_a—x", []string{"l", "été", "3_a", "x"}},
		{"cafe\u0301 noir", []string{"cafe", "noir"}}, // a combining mark splits
		{"U.S. 2019-11-19", []string{"U", "S", "2019", "11", "19"}},
		{"北京 abc", []string{"北京", "abc"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScoreBody(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold string
		want       BodyScore
	}{
		{"identical", "a b c d e", "a b c d e", BodyScore{TP: 2, Precision: 1, Recall: 1, F1: 1}},
		{"one shingle differs", "one two three four five", "one two three four six",
			BodyScore{TP: 1, FP: 1, FN: 1, Precision: 0.5, Recall: 0.5, F1: 0.5}},
		{"empty prediction", "", "x y", BodyScore{FN: 1, Empty: true}},
		{"only punctuation predicted", " -- ", "x y", BodyScore{FN: 1, Empty: true}},
		{"case is kept", "Hi there", "hi there", BodyScore{FP: 1, FN: 1}},
		{"both empty", "", "", BodyScore{Empty: true, Precision: 1, Recall: 1, F1: 1}},
		{"empty gold", "a b", "", BodyScore{FP: 1}},
		{"multiset", "a b c d a b c d", "a b c d",
			BodyScore{TP: 1, FP: 4, Precision: 0.2, Recall: 1, F1: 2 * 0.2 / 1.2}},
		{"punctuation and lines ignored", "a, b.\nc d!", "a b c d", BodyScore{TP: 1, Precision: 1, Recall: 1, F1: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreBody(tt.pred, tt.gold)
			got.F1 = round(got.F1)
			tt.want.F1 = round(tt.want.F1)
			if got != tt.want {
				t.Errorf("ScoreBody(%q, %q) mismatch:\nwant %+v\ngot  %+v", tt.pred, tt.gold, tt.want, got)
			}
		})
	}
}

func round(f float64) float64 { return math.Round(f*1e9) / 1e9 }

func TestSumBody(t *testing.T) {
	pages := []BodyScore{
		{Precision: 1, Recall: 1},
		{Empty: true, Recall: 0},
		{Precision: 0.5, Recall: 0.5},
	}
	got := SumBody(pages)
	want := BodyTotals{Pages: 3, NonEmpty: 2, Precision: 0.75, Recall: 0.5, F1: 0.6}
	got.F1 = round(got.F1)
	if got != want {
		t.Errorf("SumBody mismatch:\nwant %+v\ngot  %+v", want, got)
	}
	if got := SumBody(nil); got != (BodyTotals{}) {
		t.Errorf("SumBody(nil) = %+v, want zero", got)
	}
}
