package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/newsparse/news/internal/eval"
)

// print writes the table of every system's figures, then a legend.
func (b *bench) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tbody P\tbody R\tbody F1\theadline\tauthors\tpubl.\tdate\tmoz title\tmoz byline\tmoz site\tmoz date\tms/page\tMB/s\tKB/page\tx parse\t")
	for _, s := range b.systems {
		r := b.rows[s.name]
		if r == nil {
			r = &row{}
		}
		fmt.Fprintf(tw, "%s\t", s.name)
		if r.body != nil {
			fmt.Fprintf(tw, "%.3f\t%.3f\t%.3f\t", r.body.Precision, r.body.Recall, r.body.F1)
		} else {
			fmt.Fprint(tw, "-\t-\t-\t")
		}
		for _, f := range []*eval.FieldTally{r.headline, r.authors, r.pub, r.date, r.mTitle, r.mByline, r.mSite, r.mDate} {
			if f != nil {
				fmt.Fprintf(tw, "%.3f\t", f.Accuracy())
			} else {
				fmt.Fprint(tw, "-\t")
			}
		}
		if sp := r.speed; sp != nil {
			ratio := "-"
			if b.floor != nil && b.floor.total > 0 {
				ratio = fmt.Sprintf("%.1f", sp.total.Seconds()/b.floor.total.Seconds())
			}
			fmt.Fprintf(tw, "%.2f\t%.1f\t%.0f\t%s\t", sp.medianMS, sp.mbPerSecond(), sp.allocPerPage/1024, ratio)
		} else {
			fmt.Fprint(tw, "-\t-\t-\t-\t")
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	b.printMozSplit(w)
	b.legend(w)
}

// printMozSplit writes the Mozilla fields again, split by whether the
// expected value is set: accuracy where it is, and where it is empty the
// share of pages on which the system also returned nothing.
func (b *bench) printMozSplit(w io.Writer) {
	var first *[4]mozSplit
	for _, s := range b.systems {
		if r := b.rows[s.name]; r != nil && r.mozSplit != nil {
			first = r.mozSplit
			break
		}
	}
	if first == nil {
		return
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "Mozilla pages	")
	for k, name := range []string{"title", "byline", "site", "date"} {
		fmt.Fprintf(tw, "%s set (%d)	%s empty (%d)	", name, first[k].set.N, name, first[k].empty.N)
	}
	fmt.Fprintln(tw)
	for _, s := range b.systems {
		r := b.rows[s.name]
		if r == nil || r.mozSplit == nil {
			continue
		}
		fmt.Fprintf(tw, "%s	", s.name)
		for _, f := range r.mozSplit {
			for _, t := range []eval.FieldTally{f.set, f.empty} {
				if t.N == 0 {
					fmt.Fprint(tw, "-	")
				} else {
					fmt.Fprintf(tw, "%.3f	", t.Accuracy())
				}
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// legend explains the columns and notes panics.
func (b *bench) legend(w io.Writer) {
	n := 0
	if b.zyte != nil {
		n = len(b.zyte)
	}
	fmt.Fprintf(w, "\nbody P/R/F1: shingle P/R/F1 over %d zyte pages (corpus/README.md). headline, authors, publ., date: accuracy over %d hand-labeled pages\n", n, len(b.labels))
	fmt.Fprintf(w, "(authors = same set of names; publ. = publication or an alternative name; date = YYYY-MM-DD in the page's offset).\n")
	fmt.Fprintf(w, "moz *: accuracy over %d test pages of %s (readability's own expected values:\n", b.mozillaPages, readabilityModule)
	fmt.Fprintf(w, "title equal or equal but for a \" | Site\" part; byline = same set of names; site = same name; date = same day).\n")
	fmt.Fprintf(w, "Mozilla pages, set (n): accuracy where readability's expected value is set; empty (n): where it is empty, the share of pages\n")
	fmt.Fprintf(w, "with no value returned either (an empty expectation means readability found none, not that the page has none).\n")
	fmt.Fprintf(w, "ms/page, MB/s, KB/page: median ms per page, throughput and allocated KB per page (TotalAlloc) over the zyte pages, sequential, GOMAXPROCS 1, fastest of %d passes per page;\n", speedPasses)
	fmt.Fprintf(w, "x parse: total time relative to golang.org/x/net/html.Parse alone.\n")
	for _, s := range b.systems {
		if r := b.rows[s.name]; r != nil && r.panics > 0 {
			fmt.Fprintf(w, "%s panicked on %d inputs (counted as empty).\n", s.name, r.panics)
		}
	}
}
