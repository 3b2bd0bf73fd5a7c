package eval

import (
	"testing"
	"time"
)

func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Trump\u2019s  Made-for-TV\tTrade War \u2014 Keeps!  ", "trump's made-for-tv trade war - keeps"},
		{"\u201cMeth. We\u2019re on it.\u201d", "\"meth. we're on it.\""},
		{"Done...", "done"},
		{"A\u00a0B\u200b", "a b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizeText(tt.in); got != tt.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScoreMeta(t *testing.T) {
	nyt := &Label{
		Key: "k", Headline: "Republicans Are Following Trump to Nowhere",
		Authors: []string{"Jamelle Bouie"}, Publication: "The New York Times",
		PublicationAlt: []string{"NYTimes"}, PublishedDate: "2019-11-19",
		PublishedDateAlt: []string{"2019-11-20"},
	}
	noAuthor := &Label{Key: "w", Headline: "H", Publication: "Reuters", PublishedDate: "2019-11-18"}
	est := time.FixedZone("EST", -5*3600)
	tests := []struct {
		name                string
		label               *Label
		pred                PredMeta
		head, auth, pub, pd bool
	}{
		{"all right", nyt, PredMeta{
			Headline:    "Republicans are following Trump to nowhere.",
			Authors:     []string{"jamelle bouie", "Jamelle Bouie"},
			Publication: "New York Times",
			Published:   time.Date(2019, 11, 20, 1, 0, 0, 0, time.UTC),
		}, true, true, true, true},
		{"all wrong", nyt, PredMeta{
			Headline:    "Republicans Are Following Trump to Nowhere - The New York Times",
			Authors:     []string{"Jamelle Bouie", "Staff"},
			Publication: "NYT",
			Published:   time.Date(2019, 11, 18, 23, 30, 0, 0, est),
		}, false, false, false, false},
		{"day in its own offset", nyt, PredMeta{
			Published: time.Date(2019, 11, 19, 23, 30, 0, 0, est), // 2019-11-20 in UTC
		}, false, false, false, true},
		{"no author wanted, none given", noAuthor, PredMeta{Headline: "h", Publication: "the reuters"}, true, true, true, false},
		{"no author wanted, one given", noAuthor, PredMeta{Authors: []string{"Reuters Staff"}}, false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ScoreMeta(tt.label, tt.pred)
			got := [4]bool{m.Headline.OK, m.Authors.OK, m.Publication.OK, m.Published.OK}
			want := [4]bool{tt.head, tt.auth, tt.pub, tt.pd}
			if got != want {
				t.Errorf("ScoreMeta (headline, authors, publication, date) = %v, want %v\n%+v", got, want, m)
			}
		})
	}
}

func TestEmptyGoldFields(t *testing.T) {
	l := &Label{Key: "e"}
	var tally MetaTally
	tally.Add(ScoreMeta(l, PredMeta{}))
	tally.Add(ScoreMeta(l, PredMeta{Headline: "x", Authors: []string{"A B"}, Publication: "P", Published: time.Now()}))
	want := FieldTally{N: 2, Correct: 1, GoldEmpty: 2}
	for name, got := range map[string]FieldTally{
		"headline": tally.Headline, "authors": tally.Authors,
		"publication": tally.Publication, "published": tally.Published,
	} {
		if got != want {
			t.Errorf("%s tally = %+v, want %+v", name, got, want)
		}
	}
	if got := tally.Headline.Accuracy(); got != 0.5 {
		t.Errorf("Accuracy = %v, want 0.5", got)
	}
}
