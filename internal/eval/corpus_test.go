package eval

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// corpusDir is ../shared/corpus seen from the repository root.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus")

// needCorpus skips the test when the corpus folder is absent.
func needCorpus(t *testing.T, sub string) string {
	t.Helper()
	dir := filepath.Join(corpusDir, sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	return dir
}

func TestLoadZyte(t *testing.T) {
	pages, err := LoadZyte(needCorpus(t, "zyte"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 181 {
		t.Errorf("got %d pages, want 181", len(pages))
	}
	var scores []BodyScore
	for _, p := range pages {
		if p.URL == "" || len(p.HTML) == 0 || p.Body == "" {
			t.Errorf("page %s: URL %q, %d bytes of HTML, %d of body", p.Key, p.URL, len(p.HTML), len(p.Body))
		}
		scores = append(scores, ScoreBody(p.Body, p.Body))
	}
	if got := SumBody(scores); got.F1 != 1 {
		t.Errorf("gold against itself: %+v, want F1 1", got)
	}
}

func TestLoadLabels(t *testing.T) {
	labels, err := LoadLabels(needCorpus(t, "labels"))
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) != 33 {
		t.Errorf("got %d labels, want 33", len(labels))
	}
	var meta MetaTally
	var quotes QuoteTally
	var ents EntityCounts
	for i := range labels {
		l := &labels[i]
		if l.Headline == "" || l.Publication == "" || l.PublishedDate == "" {
			t.Errorf("label %s lacks headline, publication or date", l.Key)
		}
		// The gold answers score perfectly against themselves.
		meta.Add(ScoreMeta(l, PredMeta{Headline: l.Headline, Authors: l.Authors, Publication: l.Publication, Published: mustDay(t, l.PublishedDate)}))
		var pq []PredQuote
		for _, q := range l.Quotes {
			pq = append(pq, PredQuote{Text: q.Text, Speaker: q.Speaker, Partial: q.Partial})
		}
		quotes.Add(ScoreQuotes(l, pq))
		var pe []PredEntity
		for _, e := range l.Entities {
			pe = append(pe, PredEntity{Name: e.Name, Kind: e.Kind, Aliases: e.Aliases})
		}
		ents.Add(ScoreEntities(l, pe).Counts)
	}
	if n := len(labels); meta.Headline.Correct != n || meta.Authors.Correct != n || meta.Publication.Correct != n || meta.Published.Correct != n {
		t.Errorf("gold metadata against itself: %+v", meta)
	}
	if quotes.Precision() != 1 || quotes.Recall() != 1 || quotes.Attribution() != 1 || quotes.PartialAccuracy() != 1 {
		t.Errorf("gold quotes against themselves: %+v", quotes)
	}
	if a := ents.All; a.Precision() != 1 || a.Recall() != 1 {
		t.Errorf("gold entities against themselves: %+v", a)
	}
}

func TestLoadGUM(t *testing.T) {
	docs, err := LoadGUM(needCorpus(t, "gum"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 43 {
		t.Errorf("got %d documents, want 43", len(docs))
	}
	var total GumScore
	for i := range docs {
		d := &docs[i]
		var pred []GumPred
		for _, m := range d.Mentions {
			if m.Named {
				if got := d.Paragraphs[m.Para][m.Start:m.End]; got != m.Text {
					t.Errorf("%s: mention text %q at its span reads %q", d.ID, m.Text, got)
				}
				pred = append(pred, GumPred{Entity: clusterNumber(m.Cluster), Kind: m.Type, Para: m.Para, Start: m.Start, End: m.End})
			}
		}
		total.Add(ScoreGUM(d, pred))
	}
	if total.All.Gold != 1592 || total.All.F1() != 1 || total.Purity() != 1 {
		t.Errorf("gold GUM mentions against themselves: %+v", total)
	}
}

func clusterNumber(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func mustDay(t *testing.T, day string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
