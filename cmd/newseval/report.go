package main

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/newsparse/news"
	"github.com/newsparse/news/internal/eval"
)

// worstBodyPages is how many of the worst body pages -v lists.
const worstBodyPages = 25

// loadZyte reads the zyte pages once.
func (e *evaluation) loadZyte() error {
	if e.pages != nil {
		return nil
	}
	pages, err := eval.LoadZyte(filepath.Join(e.corpus, "zyte"))
	if err != nil {
		return err
	}
	e.pages = make(map[string]eval.ZytePage, len(pages))
	for _, p := range pages {
		e.pages[p.Key] = p
	}
	return nil
}

// table returns a tabwriter on the report for one section.
func (e *evaluation) table() *tabwriter.Writer {
	return tabwriter.NewWriter(e.w, 0, 0, 2, ' ', 0)
}

// body scores the zyte benchmark.
func (e *evaluation) body() error {
	if err := e.loadZyte(); err != nil {
		return err
	}
	keys := sortedKeys(e.pages)
	type pageScore struct {
		key, url string
		s        eval.BodyScore
	}
	var scores []pageScore
	var all []eval.BodyScore
	for _, k := range keys {
		p := e.pages[k]
		a := e.parseHTML(k, p.URL, p.HTML)
		s := eval.ScoreBody(bodyText(a), p.Body)
		scores = append(scores, pageScore{k, p.URL, s})
		all = append(all, s)
	}
	t := eval.SumBody(all)
	fmt.Fprintf(e.w, "\nBODY  zyte, %d pages (%d with a non-empty body)\n", t.Pages, t.NonEmpty)
	tw := e.table()
	fmt.Fprintln(tw, "  \tP\tR\tF1")
	fmt.Fprintf(tw, "  body\t%.3f\t%.3f\t%.3f\n", t.Precision, t.Recall, t.F1)
	tw.Flush()
	if !e.verbose {
		return nil
	}
	slices.SortStableFunc(scores, func(a, b pageScore) int { return cmp.Compare(a.s.F1, b.s.F1) })
	fmt.Fprintf(e.w, "\n  worst %d pages by F1:\n", min(worstBodyPages, len(scores)))
	tw = e.table()
	fmt.Fprintln(tw, "  F1\tP\tR\tkey\turl")
	for _, s := range scores[:min(worstBodyPages, len(scores))] {
		fmt.Fprintf(tw, "  %.3f\t%.3f\t%.3f\t%.8s\t%s\n", s.s.F1, s.s.Precision, s.s.Recall, s.key, s.url)
	}
	return tw.Flush()
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// labels scores metadata, quotes and entities on the labeled pages.
func (e *evaluation) labels(meta, quotes, entities bool) error {
	labels, err := eval.LoadLabels(filepath.Join(e.corpus, "labels"))
	if err != nil {
		return err
	}
	if err := e.loadZyte(); err != nil {
		return err
	}
	arts := make([]*news.Article, len(labels))
	for i, l := range labels {
		p, ok := e.pages[l.Key]
		if !ok {
			return fmt.Errorf("label %s has no zyte page", l.Key)
		}
		arts[i] = e.parseHTML(l.Key, p.URL, p.HTML)
	}
	if meta {
		e.meta(labels, arts)
	}
	if quotes {
		e.quotes(labels, arts)
	}
	if entities {
		e.entities(labels, arts)
	}
	return nil
}

// meta prints metadata accuracy.
func (e *evaluation) meta(labels []eval.Label, arts []*news.Article) {
	var tally eval.MetaTally
	var misses []string
	for i := range labels {
		m := eval.ScoreMeta(&labels[i], predMeta(arts[i]))
		tally.Add(m)
		for _, f := range []struct {
			name string
			c    eval.FieldCheck
		}{{"headline", m.Headline}, {"authors", m.Authors}, {"publication", m.Publication}, {"date", m.Published}} {
			if !f.c.OK {
				misses = append(misses, fmt.Sprintf("  %.8s  %-11s want %q\n  %8s  %11s got  %q\n", m.Key, f.name, f.c.Want, "", "", f.c.Got))
			}
		}
	}
	fmt.Fprintf(e.w, "\nMETADATA  labels, %d pages\n", len(labels))
	tw := e.table()
	fmt.Fprintln(tw, "  \taccuracy\tcorrect/n\tgold empty")
	for _, f := range []struct {
		name string
		t    eval.FieldTally
	}{{"headline", tally.Headline}, {"authors", tally.Authors}, {"publication", tally.Publication}, {"published date", tally.Published}} {
		fmt.Fprintf(tw, "  %s\t%.3f\t%d/%d\t%d\n", f.name, f.t.Accuracy(), f.t.Correct, f.t.N, f.t.GoldEmpty)
	}
	tw.Flush()
	if e.verbose && len(misses) > 0 {
		fmt.Fprintf(e.w, "\n  metadata misses:\n%s", strings.Join(misses, ""))
	}
}

// quotes prints quote precision, recall and attribution.
func (e *evaluation) quotes(labels []eval.Label, arts []*news.Article) {
	var tally eval.QuoteTally
	var misses strings.Builder
	for i := range labels {
		l := &labels[i]
		pred := predQuotes(arts[i])
		qp := eval.ScoreQuotes(l, pred)
		tally.Add(qp)
		if e.verbose {
			writeQuoteMisses(&misses, l, pred, qp)
		}
	}
	fmt.Fprintf(e.w, "\nQUOTES  labels, %d pages, %d gold quotes, %d predicted\n", len(labels), tally.Gold, tally.Pred)
	tw := e.table()
	fmt.Fprintln(tw, "  \tP\tR\tF1\tattribution\tpartial flag")
	fmt.Fprintf(tw, "  quotes\t%.3f\t%.3f\t%.3f\t%.3f (%d/%d)\t%.3f (%d/%d)\n",
		tally.Precision(), tally.Recall(), tally.F1(),
		tally.Attribution(), tally.Attributed, tally.Attributable,
		tally.PartialAccuracy(), tally.PartialOK, tally.Matched)
	tw.Flush()
	if misses.Len() > 0 {
		fmt.Fprintf(e.w, "\n  quote misses:\n%s", misses.String())
	}
}

// writeQuoteMisses lists one page's missed and spurious quotes and wrong
// speakers.
func writeQuoteMisses(b *strings.Builder, l *eval.Label, pred []eval.PredQuote, qp eval.QuotePage) {
	for _, j := range qp.Missed {
		fmt.Fprintf(b, "  %.8s  missed    %q (%s)\n", l.Key, clip(l.Quotes[j].Text), l.Quotes[j].Speaker)
	}
	for _, i := range qp.Spurious {
		fmt.Fprintf(b, "  %.8s  spurious  %q (%s)\n", l.Key, clip(pred[i].Text), pred[i].Speaker)
	}
	for _, pr := range qp.Pairs {
		if pr.Attributable && !pr.SpeakerOK {
			fmt.Fprintf(b, "  %.8s  speaker   want %q got %q for %q\n", l.Key, l.Quotes[pr.Gold].Speaker, pred[pr.Pred].Speaker, clip(pred[pr.Pred].Text))
		}
	}
}

// clip shortens a quote for a report line.
func clip(s string) string {
	const n = 60
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// entities prints entity precision, recall and fragmentation by kind.
func (e *evaluation) entities(labels []eval.Label, arts []*news.Article) {
	var counts eval.EntityCounts
	var misses strings.Builder
	for i := range labels {
		l := &labels[i]
		pred := predEntities(arts[i])
		ep := eval.ScoreEntities(l, pred)
		counts.Add(ep.Counts)
		if e.verbose {
			writeEntityMisses(&misses, l, pred, ep)
		}
	}
	fmt.Fprintf(e.w, "\nENTITIES  labels, %d pages\n", len(labels))
	tw := e.table()
	fmt.Fprintln(tw, "  \tgold\tpred\tmatched\tP\tR\tF1\tfragmented")
	for _, k := range []struct {
		name string
		c    eval.KindCounts
	}{{"person", counts.Person}, {"organization", counts.Organization}, {"location", counts.Location}, {"all", counts.All}} {
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\n", k.name, k.c.Gold, k.c.Pred, k.c.Matched,
			k.c.Precision(), k.c.Recall(), k.c.F1(), k.c.FragmentedShare())
	}
	tw.Flush()
	if misses.Len() > 0 {
		fmt.Fprintf(e.w, "\n  entity misses:\n%s", misses.String())
	}
}

// writeEntityMisses lists one page's missed, spurious and fragmented
// entities.
func writeEntityMisses(b *strings.Builder, l *eval.Label, pred []eval.PredEntity, ep eval.EntityPage) {
	var missed, spurious, frag []string
	for _, j := range ep.Missed {
		missed = append(missed, l.Entities[j].Name+"/"+l.Entities[j].Kind)
	}
	for _, i := range ep.Spurious {
		spurious = append(spurious, pred[i].Name+"/"+pred[i].Kind)
	}
	for _, j := range ep.Fragmented {
		frag = append(frag, l.Entities[j].Name)
	}
	for _, line := range []struct {
		what  string
		names []string
	}{{"missed", missed}, {"spurious", spurious}, {"fragmented", frag}} {
		if len(line.names) > 0 {
			fmt.Fprintf(b, "  %.8s  %-10s %s\n", l.Key, line.what, strings.Join(line.names, "; "))
		}
	}
}

// gum scores named mentions and clusters on the GUM documents.
func (e *evaluation) gum() error {
	all, err := eval.LoadGUM(filepath.Join(e.corpus, "gum"))
	if err != nil {
		return err
	}
	// The news documents; the interviews are another genre.
	var docs []eval.GumDoc
	for _, d := range all {
		if strings.HasPrefix(d.ID, "GUM_news_") {
			docs = append(docs, d)
		}
	}
	var total eval.GumScore
	var lines strings.Builder
	for i := range docs {
		d := &docs[i]
		a := e.parseText(d.ID, strings.Join(d.Paragraphs, "\n\n"))
		s := eval.ScoreGUM(d, gumPreds(a, eval.NewLocator(d.Paragraphs)))
		total.Add(s)
		if e.verbose {
			fmt.Fprintf(&lines, "  %-32s gold %3d  pred %3d  matched %3d  F1 %.3f\n", d.ID, s.All.Gold, s.All.Pred, s.All.Matched, s.All.F1())
		}
	}
	fmt.Fprintf(e.w, "\nGUM  %d news documents, named mentions (relaxed: overlap, same type)\n", len(docs))
	tw := e.table()
	fmt.Fprintln(tw, "  \tgold\tpred\tmatched\tneutral\tP\tR\tF1")
	for _, k := range []struct {
		name string
		c    eval.GumCounts
	}{{"person", total.Person}, {"organization", total.Organization}, {"place", total.Place}, {"all", total.All}} {
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\n", k.name, k.c.Gold, k.c.Pred, k.c.Matched, k.c.Neutral,
			k.c.Precision(), k.c.Recall(), k.c.F1())
	}
	tw.Flush()
	fmt.Fprintf(e.w, "  cluster purity %.3f (%d/%d gold clusters with 2+ found named mentions)\n", total.Purity(), total.Pure, total.Clusters)
	if lines.Len() > 0 {
		fmt.Fprintf(e.w, "\n  per document:\n%s", lines.String())
	}
	return nil
}
