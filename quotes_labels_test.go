package news

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// labelsDir and zyteTruth are the hand labels and the body texts they
// were made on (see ../shared/corpus/README.md).
const (
	labelsDir = "../shared/corpus/labels"
	zyteTruth = "../shared/corpus/zyte/ground-truth.json"
)

// A quoteGoldPage is the part of a label file the quote stage is scored on.
type quoteGoldPage struct {
	Key      string      `json:"key"`
	Headline string      `json:"headline"`
	Quotes   []goldQuote `json:"quotes"`
	Entities []struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
}

type goldQuote struct {
	Text       string   `json:"text"`
	Speaker    *string  `json:"speaker"`
	SpeakerAlt []string `json:"speaker_alt"`
	Partial    bool     `json:"partial"`
	Ignore     bool     `json:"ignore"`
}

// A labeledPage is a gold page with the body paragraphs it was labeled on.
type labeledPage struct {
	gold  quoteGoldPage
	paras []string
}

// loadLabeledPages reads the labels and their bodies, skipping the test
// when the corpus is absent.
func loadLabeledPages(t *testing.T) []labeledPage {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(labelsDir, "*.gold.json"))
	raw, err := os.ReadFile(zyteTruth)
	if len(files) == 0 || err != nil {
		t.Skip("corpus labels not available")
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	var pages []labeledPage
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g quoteGoldPage
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var paras []string
		for _, p := range strings.Split(truth[g.Key].ArticleBody, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		pages = append(pages, labeledPage{g, paras})
	}
	return pages
}

// labelEntities turns a page's gold entities into what a good entity
// stage would give: names, kinds and aliases, without mentions.
func labelEntities(g quoteGoldPage) []Entity {
	var ents []Entity
	for _, e := range g.Entities {
		ents = append(ents, Entity{Name: e.Name, Kind: Kind(e.Kind), Aliases: e.Aliases})
	}
	return ents
}

// quoteTokens splits text into lowercase word tokens.
func quoteTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// tokenF1 is the F1 of the word-token multisets of two texts.
func tokenF1(a, b string) float64 {
	ta, tb := quoteTokens(a), quoteTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range ta {
		count[w]++
	}
	common := 0
	for _, w := range tb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(tb)), float64(common)/float64(len(ta))
	return 2 * p * r / (p + r)
}

// carriesName reports whether a predicted speaker carries the full gold
// name: its words in order, titles or middle initials around them allowed.
func carriesName(pred, gold string) bool {
	p, g := quoteTokens(pred), quoteTokens(gold)
	if len(g) == 0 {
		return false
	}
	j := 0
	for _, w := range p {
		if j < len(g) && w == g[j] {
			j++
		}
	}
	return j == len(g)
}

// quoteScore accumulates the corpus figures.
type quoteScore struct {
	pred, gold, matched, attrGold, attrOK int
	misses                                []string
}

// scorePage matches the direct body quotes one-to-one with the gold ones
// (token F1 >= 0.8, best pairs first); ignored gold quotes count neither
// way.
func (s *quoteScore) scorePage(key string, gold []goldQuote, got []Quote) {
	var pred []Quote
	for _, q := range got {
		if !q.Indirect && q.Paragraph >= 0 {
			pred = append(pred, q)
		}
	}
	type pair struct {
		g, p int
		f    float64
	}
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if f := tokenF1(g.Text, p.Text); f >= 0.8 {
				pairs = append(pairs, pair{gi, pi, f})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].f > pairs[j].f })
	gUsed, pUsed := map[int]bool{}, map[int]bool{}
	for _, pr := range pairs {
		if gUsed[pr.g] || pUsed[pr.p] {
			continue
		}
		gUsed[pr.g], pUsed[pr.p] = true, true
		g, p := gold[pr.g], pred[pr.p]
		if g.Ignore {
			continue
		}
		s.matched++
		s.pred++
		if g.Speaker != nil {
			s.attrGold++
			if carriesName(p.Speaker, *g.Speaker) {
				s.attrOK++
			} else {
				s.misses = append(s.misses, key[:8]+" WRONG speaker="+p.Speaker+" gold="+*g.Speaker+" | "+clip(g.Text))
			}
		}
	}
	for gi, g := range gold {
		if !g.Ignore {
			s.gold++
			if !gUsed[gi] {
				s.misses = append(s.misses, key[:8]+" MISSED | "+clip(g.Text))
			}
		}
	}
	for pi, p := range pred {
		if !pUsed[pi] {
			s.pred++
			s.misses = append(s.misses, key[:8]+" EXTRA speaker="+p.Speaker+" | "+clip(p.Text))
		}
	}
}

func clip(s string) string {
	if len(s) > 70 {
		return s[:70] + "…"
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestQuotesLabels measures the quote stage on the hand-labeled pages,
// without entities and with the gold entities, and fails only under a
// generous floor: the figures are for reading.
func TestQuotesLabels(t *testing.T) {
	pages := loadLabeledPages(t)
	for _, mode := range []string{"ents=nil", "label ents"} {
		var s quoteScore
		for _, pg := range pages {
			var ents []Entity
			if mode == "label ents" {
				ents = labelEntities(pg.gold)
			}
			got := findQuotes(pg.gold.Headline, "", pg.paras, ents)
			s.scorePage(pg.gold.Key, pg.gold.Quotes, got)
		}
		p, r, a := ratio(s.matched, s.pred), ratio(s.matched, s.gold), ratio(s.attrOK, s.attrGold)
		t.Logf("%s: %d pages, precision %.3f (%d/%d), recall %.3f (%d/%d), attribution %.3f (%d/%d)",
			mode, len(pages), p, s.matched, s.pred, r, s.matched, s.gold, a, s.attrOK, s.attrGold)
		if testing.Verbose() {
			for _, m := range s.misses {
				t.Log("  " + m)
			}
		}
		if p < 0.8 || r < 0.8 || a < 0.7 {
			t.Errorf("%s: figures under the floor (precision %.3f, recall %.3f, attribution %.3f)", mode, p, r, a)
		}
	}
}
