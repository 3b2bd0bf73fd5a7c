package news

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/news/internal/eval"
)

// The stage evaluations run the entity and quote stages on the gold bodies
// of ../shared/corpus, so that their figures do not depend on body
// extraction, and score them with internal/eval by the rules of the
// corpus README. They skip when the corpus is absent, log the figures, and
// fail only under generous floors: cmd/newseval reports the figures of the
// whole pipeline.

// corpusDir is where the evaluation corpora are, relative to the package.
var corpusDir = filepath.Join("..", "shared", "corpus")

// labeledBody is a labeled page and the paragraphs of its gold body.
type labeledBody struct {
	label *eval.Label
	paras []string
}

// loadLabeledBodies reads the labels and the gold bodies they were made on.
func loadLabeledBodies(t *testing.T) []labeledBody {
	t.Helper()
	labels, err := eval.LoadLabels(filepath.Join(corpusDir, "labels"))
	if err != nil {
		t.Skip("corpus labels not available:", err)
	}
	pages, err := eval.LoadZyte(filepath.Join(corpusDir, "zyte"))
	if err != nil {
		t.Skip("zyte corpus not available:", err)
	}
	bodies := map[string]string{}
	for _, p := range pages {
		bodies[p.Key] = p.Body
	}
	var out []labeledBody
	for i := range labels {
		var paras []string
		for _, p := range strings.Split(bodies[labels[i].Key], "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		out = append(out, labeledBody{&labels[i], paras})
	}
	return out
}

// evalQuotes converts quotes for scoring: the direct quotes of the body.
func evalQuotes(qs []Quote) []eval.PredQuote {
	var out []eval.PredQuote
	for _, q := range qs {
		if !q.Indirect && q.Paragraph >= 0 {
			out = append(out, eval.PredQuote{Text: q.Text, Speaker: q.Speaker, Partial: q.Partial})
		}
	}
	return out
}

// evalEntities converts entities for scoring.
func evalEntities(ents []Entity) []eval.PredEntity {
	var out []eval.PredEntity
	for _, e := range ents {
		pe := eval.PredEntity{Name: e.Name, Kind: string(e.Kind), Aliases: e.Aliases}
		for _, m := range e.Mentions {
			pe.Mentions = append(pe.Mentions, eval.PredMention{Para: m.Paragraph, Start: m.Start, End: m.End})
		}
		out = append(out, pe)
	}
	return out
}

// labelEntities turns a page's gold entities into what a perfect entity
// stage would give, without mentions.
func labelEntities(l *eval.Label) []Entity {
	var ents []Entity
	for _, e := range l.Entities {
		ents = append(ents, Entity{Name: e.Name, Kind: Kind(e.Kind), Aliases: e.Aliases})
	}
	return ents
}

// TestQuotesLabels measures the quote stage on the labeled pages, with no
// entities and with the gold entities.
func TestQuotesLabels(t *testing.T) {
	pages := loadLabeledBodies(t)
	for _, mode := range []string{"ents=nil", "label ents"} {
		var tally eval.QuoteTally
		for _, pg := range pages {
			var ents []Entity
			if mode == "label ents" {
				ents = labelEntities(pg.label)
			}
			qp := eval.ScoreQuotes(pg.label, evalQuotes(findQuotes(pg.label.Headline, "", pg.paras, ents)))
			tally.Add(qp)
		}
		t.Logf("%s: %d pages, precision %.3f, recall %.3f, attribution %.3f (%d/%d), partial %.3f",
			mode, len(pages), tally.Precision(), tally.Recall(), tally.Attribution(), tally.Attributed, tally.Attributable, tally.PartialAccuracy())
		if tally.Precision() < 0.8 || tally.Recall() < 0.8 || tally.Attribution() < 0.7 {
			t.Errorf("%s: under the floor (precision 0.8, recall 0.8, attribution 0.7)", mode)
		}
	}
}

// TestEntitiesLabels measures the entity stage on the labeled pages.
func TestEntitiesLabels(t *testing.T) {
	var counts eval.EntityCounts
	for _, pg := range loadLabeledBodies(t) {
		ep := eval.ScoreEntities(pg.label, evalEntities(findEntities("", "", pg.paras)))
		counts.Add(ep.Counts)
	}
	for _, k := range []struct {
		name string
		c    eval.KindCounts
	}{{"person", counts.Person}, {"organization", counts.Organization}, {"location", counts.Location}, {"all", counts.All}} {
		t.Logf("%-12s gold %3d pred %3d matched %3d  P %.3f R %.3f F1 %.3f  fragmented %.3f",
			k.name, k.c.Gold, k.c.Pred, k.c.Matched, k.c.Precision(), k.c.Recall(), k.c.F1(), k.c.FragmentedShare())
	}
	if counts.All.F1() < 0.6 || counts.All.FragmentedShare() > 0.1 {
		t.Errorf("typed F1 %.3f (floor 0.6), fragmentation %.3f (ceiling 0.1)", counts.All.F1(), counts.All.FragmentedShare())
	}
}

// TestEntitiesGUM measures the entity stage on the GUM news documents:
// mention-level typed F1 (overlap, same type) and cluster purity.
func TestEntitiesGUM(t *testing.T) {
	docs, err := eval.LoadGUM(filepath.Join(corpusDir, "gum"))
	if err != nil {
		t.Skip("GUM corpus not available:", err)
	}
	var sum eval.GumScore
	n := 0
	for i := range docs {
		d := &docs[i]
		if !strings.HasPrefix(d.ID, "GUM_news_") {
			continue
		}
		n++
		var preds []eval.GumPred
		for ei, e := range findEntities("", "", d.Paragraphs) {
			for _, m := range e.Mentions {
				if m.Paragraph >= 0 {
					preds = append(preds, eval.GumPred{Entity: ei, Kind: string(e.Kind), Para: m.Paragraph, Start: m.Start, End: m.End})
				}
			}
		}
		sum.Add(eval.ScoreGUM(d, preds))
	}
	for _, k := range []struct {
		name string
		c    eval.GumCounts
	}{{"person", sum.Person}, {"organization", sum.Organization}, {"place", sum.Place}, {"all", sum.All}} {
		t.Logf("%-12s gold %4d pred %4d matched %4d  P %.3f R %.3f F1 %.3f", k.name, k.c.Gold, k.c.Pred, k.c.Matched, k.c.Precision(), k.c.Recall(), k.c.F1())
	}
	t.Logf("%d news documents, cluster purity %.3f (%d/%d)", n, sum.Purity(), sum.Pure, sum.Clusters)
	if n > 0 && (sum.All.F1() < 0.4 || sum.Purity() < 0.6) {
		t.Errorf("GUM typed F1 %.3f (floor 0.4), purity %.3f (floor 0.6)", sum.All.F1(), sum.Purity())
	}
}
