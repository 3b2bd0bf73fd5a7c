package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsparse/news"
	"github.com/newsparse/news/internal/eval"
)

func TestGumPreds(t *testing.T) {
	gold := []string{"Nick Bos tells Wikinews.", "Bos lives in Helsinki. He works there."}
	a := &news.Article{
		Headline:   "Nick Bos tells Wikinews.",
		Paragraphs: []string{"Bos lives in Helsinki.", "He works there."}, // split differently
		Entities: []news.Entity{
			{Name: "Nick Bos", Kind: news.Person, Mentions: []news.Mention{
				{Paragraph: news.InHeadline, Start: 0, End: 8},
				{Paragraph: 0, Start: 0, End: 3},
			}},
			{Name: "Helsinki", Kind: news.Location, Mentions: []news.Mention{{Paragraph: 0, Start: 13, End: 21}}},
			{Name: "Nowhere", Kind: news.Location, Mentions: []news.Mention{{Paragraph: 7, Start: 0, End: 3}}},
		},
	}
	got := gumPreds(a, eval.NewLocator(gold))
	want := []eval.GumPred{
		{Entity: 0, Kind: "person", Para: 0, Start: 0, End: 8},
		{Entity: 0, Kind: "person", Para: 1, Start: 0, End: 3},
		{Entity: 1, Kind: "location", Para: 1, Start: 13, End: 21},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gumPreds mismatch (-want +got):\n%s", diff)
	}
}

func TestPredMeta(t *testing.T) {
	a := &news.Article{
		Headline:    "H",
		Authors:     []news.Author{{Name: "A B"}, {Name: "C D", Role: "Staff Writer"}},
		Publication: news.Publication{Name: "P"},
	}
	got := predMeta(a)
	want := eval.PredMeta{Headline: "H", Authors: []string{"A B", "C D"}, Publication: "P"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("predMeta mismatch (-want +got):\n%s", diff)
	}
}

func TestRunMissingCorpus(t *testing.T) {
	var out bytes.Buffer
	err := run(&out, filepath.Join(t.TempDir(), "absent"), "", false)
	if err == nil || !strings.Contains(err.Error(), "corpus not found") {
		t.Errorf("run on a missing corpus: err = %v, want \"corpus not found\"", err)
	}
}

func TestRunMeta(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	var out bytes.Buffer
	if err := run(&out, corpus, "meta", true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"METADATA  labels, 33 pages", "headline", "published date"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
