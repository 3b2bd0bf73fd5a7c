package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalizeEntityName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"The New York Times's", "new york times"},
		{"the  Times\u2019s", "times"},
		{"Theresa May", "theresa may"},
		{"O\u2019Rourke", "o'rourke"},
	}
	for _, tt := range tests {
		if got := NormalizeEntityName(tt.in); got != tt.want {
			t.Errorf("NormalizeEntityName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaxMatching(t *testing.T) {
	// A greedy pass would give left 0 the right node 0 and leave left 1
	// unmatched.
	got := maxMatching([][]int{{0, 1}, {0}, nil}, 2)
	if want := []int{1, 0, -1}; !cmp.Equal(got, want) {
		t.Errorf("maxMatching = %v, want %v", got, want)
	}
}

func TestScoreEntities(t *testing.T) {
	l := &Label{
		Key:     "e",
		Authors: []string{"Jane Reporter"},
		Entities: []GoldEntity{
			{Name: "Donald Trump", Kind: "person", Aliases: []string{"Trump"}},
			{Name: "Justice Department", Kind: "organization", Aliases: []string{"DOJ", "Department of Justice"}},
			{Name: "United States", Kind: "location", Aliases: []string{"U.S.", "US"}},
			{Name: "The New York Times", Kind: "organization", Aliases: []string{"the Times"}},
		},
	}
	pred := []PredEntity{
		{Name: "Trump", Kind: "person"},
		{Name: "Donald Trump", Kind: "person"},
		{Name: "U.S.", Kind: "location"},
		{Name: "The New York Times's", Kind: "organization"},
		{Name: "Justice Department", Kind: "location"},
		{Name: "Jane Reporter", Kind: "person"},
		{Name: "Americans", Kind: "group"},
	}
	got := ScoreEntities(l, pred)
	want := EntityPage{
		Key: "e",
		Counts: EntityCounts{
			All:          KindCounts{Gold: 4, Pred: 5, Matched: 3, Fragmented: 1},
			Person:       KindCounts{Gold: 1, Pred: 2, Matched: 1, Fragmented: 1},
			Organization: KindCounts{Gold: 2, Pred: 1, Matched: 1},
			Location:     KindCounts{Gold: 1, Pred: 2, Matched: 1},
		},
		Missed: []int{1}, Spurious: []int{1, 4}, Fragmented: []int{0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ScoreEntities mismatch (-want +got):\n%s", diff)
	}
	if p, r := got.Counts.All.Precision(), got.Counts.All.Recall(); p != 0.6 || r != 0.75 {
		t.Errorf("precision, recall = %v, %v; want 0.6, 0.75", p, r)
	}
}
