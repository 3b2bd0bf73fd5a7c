package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gumSample is a small document in GUM's CoNLL-U: two paragraphs, a
// multiword token, nested and single-token mention brackets.
const gumSample = `# newdoc id = doc1
# newpar
# sent_id = doc1-1
# text = Nick Bos of the University of Helsinki can't stop.
1	Nick	Nick	PROPN	NNP	_	0	root	_	Entity=(1-person-new-x-cf1-1-coref
2	Bos	Bos	PROPN	NNP	_	1	flat	_	Entity=1)
3	of	of	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	_	5	det	_	Entity=(2-organization-new-x-cf1-1-coref
5	University	University	PROPN	NNP	_	1	nmod	_	_
6	of	of	ADP	IN	_	7	case	_	_
7	Helsinki	Helsinki	PROPN	NNP	_	5	nmod	_	Entity=(3-place-new-x-cf1-1-coref)2)
8-9	can't	_	_	_	_	_	_	_	_
8	ca	can	AUX	MD	_	10	aux	_	_
9	n't	not	PART	RB	_	10	advmod	_	_
10	stop	stop	VERB	VB	_	1	conj	_	Entity=(9-event-new-x-cf1-1-sgl)|SpaceAfter=No
11	.	.	PUNCT	.	_	10	punct	_	_

# sent_id = doc1-2
# text = He left.
1	He	he	PRON	PRP	_	2	nsubj	_	Entity=(1-person-giv-x-cf1-1-ana)
2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# newpar
# sent_id = doc1-3
# text = Bos thanked the team in Finland.
1	Bos	Bos	PROPN	NNP	_	2	nsubj	_	Entity=(1-person-giv-x-cf1-1-coref)
2	thanked	thank	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	Entity=(4-person-new-x-cf1-1-coref
4	team	team	NOUN	NN	_	2	obj	_	Entity=4)
5	in	in	ADP	IN	_	6	case	_	_
6	Finland	Finland	PROPN	NNP	_	2	obl	_	Entity=(5-place-new-x-cf1-1-coref)|SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_
`

// gumSampleProper lists the named mentions of gumSample.
const gumSampleProper = "doc\tsent_id\ttok_start\ttok_end\tetype\tentity_id\tidentity\thead_upos\tproper\ttext\n" +
	"doc1\tdoc1-1\t1\t2\tperson\t1\t_\tPROPN\t1\tNick Bos\n" +
	"doc1\tdoc1-1\t4\t7\torganization\t2\t_\tPROPN\t1\tthe University of Helsinki\n" +
	"doc1\tdoc1-1\t7\t7\tplace\t3\t_\tPROPN\t1\tHelsinki\n" +
	"doc1\tdoc1-3\t1\t1\tperson\t1\t_\tPROPN\t1\tBos\n" +
	"doc1\tdoc1-3\t6\t6\tplace\t5\t_\tPROPN\t1\tFinland\n" +
	"doc1\tdoc1-3\t6\t6\ttime\t9\t_\tPROPN\t1\tnot scored\n"

func sampleDoc(t *testing.T) GumDoc {
	t.Helper()
	docs, err := ParseCoNLLU(strings.NewReader(gumSample))
	if err != nil {
		t.Fatal(err)
	}
	if err := markNamed(docs, strings.NewReader(gumSampleProper)); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	return docs[0]
}

func TestParseCoNLLU(t *testing.T) {
	d := sampleDoc(t)
	wantParas := []string{
		"Nick Bos of the University of Helsinki can't stop. He left.",
		"Bos thanked the team in Finland.",
	}
	if !cmp.Equal(d.Paragraphs, wantParas) {
		t.Errorf("paragraphs = %q, want %q", d.Paragraphs, wantParas)
	}
	type m struct {
		Typ, Cluster     string
		Named            bool
		Para, Start, End int
		Text             string
	}
	want := []m{
		{"person", "1", true, 0, 0, 8, "Nick Bos"},
		{"organization", "2", true, 0, 12, 38, "the University of Helsinki"},
		{"place", "3", true, 0, 30, 38, "Helsinki"},
		{"person", "1", false, 0, 51, 53, "He"},
		{"person", "1", true, 1, 0, 3, "Bos"},
		{"person", "4", false, 1, 12, 20, "the team"},
		{"place", "5", true, 1, 24, 31, "Finland"},
	}
	var got []m
	for _, x := range d.Mentions {
		got = append(got, m{x.Type, x.Cluster, x.Named, x.Para, x.Start, x.End, x.Text})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions mismatch (-want +got):\n%s", diff)
	}
}

func TestAlignWordsMultiword(t *testing.T) {
	toks := []conlluToken{
		{first: 1, last: 2, form: "I've"}, {first: 1, last: 1, form: "I"}, {first: 2, last: 2, form: "'ve"},
		{first: 3, last: 4, form: "gonna"}, {first: 3, last: 3, form: "going"}, {first: 4, last: 4, form: "to"},
		{first: 5, last: 5, form: "go"},
	}
	got := alignWords("I've gonna go", toks)
	want := [][2]int{{0, 4}, {0, 1}, {1, 4}, {5, 10}, {5, 10}, {5, 10}, {11, 13}}
	if !cmp.Equal(got, want) {
		t.Errorf("alignWords = %v, want %v", got, want)
	}
}

func TestScoreGUM(t *testing.T) {
	d := sampleDoc(t)
	pred := []GumPred{
		{Entity: 0, Kind: "person", Para: 0, Start: 0, End: 8},         // Nick Bos
		{Entity: 1, Kind: "organization", Para: 0, Start: 16, End: 38}, // University of Helsinki
		{Entity: 2, Kind: "location", Para: 0, Start: 30, End: 38},     // Helsinki
		{Entity: 3, Kind: "person", Para: 1, Start: 0, End: 3},         // Bos, a second entity
		{Entity: 4, Kind: "person", Para: 1, Start: 16, End: 20},       // team: neutral
		{Entity: 5, Kind: "organization", Para: 1, Start: 24, End: 31}, // Finland, wrong type
		{Entity: 6, Kind: "group", Para: 1, Start: 0, End: 3},          // not scored
	}
	got := ScoreGUM(&d, pred)
	want := GumScore{
		All:          GumCounts{Gold: 5, Pred: 5, Matched: 4, Neutral: 1},
		Person:       GumCounts{Gold: 2, Pred: 2, Matched: 2, Neutral: 1},
		Organization: GumCounts{Gold: 1, Pred: 2, Matched: 1},
		Place:        GumCounts{Gold: 2, Pred: 1, Matched: 1},
		Clusters:     1, Pure: 0,
	}
	if got != want {
		t.Errorf("ScoreGUM mismatch:\nwant %+v\ngot  %+v", want, got)
	}
	pred[3].Entity = 0 // Bos now joins Nick Bos
	if got := ScoreGUM(&d, pred); got.Clusters != 1 || got.Pure != 1 {
		t.Errorf("after merging: clusters %d pure %d, want 1 1", got.Clusters, got.Pure)
	}
}

func TestLocator(t *testing.T) {
	l := NewLocator([]string{"Alpha beta.", "Gamma delta."})
	if got := l.Find("Gamma", 0); got != 13 {
		t.Errorf("Find(Gamma) = %d, want 13", got)
	}
	if got := l.Find("beta", 8); got != 6 {
		t.Errorf("Find(beta, 8) = %d, want 6 (found again from the start)", got)
	}
	if got := l.Find("Omega", 0); got != -1 {
		t.Errorf("Find(Omega) = %d, want -1", got)
	}
	p, s, e, ok := l.Span(13, 40)
	if p != 1 || s != 0 || e != 12 || !ok {
		t.Errorf("Span(13, 40) = %d, %d, %d, %v; want 1, 0, 12, true", p, s, e, ok)
	}
	if _, _, _, ok := l.Span(11, 13); ok {
		t.Errorf("Span(11, 13) between paragraphs: ok, want not ok")
	}
}
