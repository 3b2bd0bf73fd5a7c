package main

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/newsparse/news/internal/eval"
)

// A row holds one system's figures; a nil field was not measured.
type row struct {
	body                          *eval.BodyTotals
	headline, authors, pub, date  *eval.FieldTally
	mTitle, mByline, mSite, mDate *eval.FieldTally
	// mozSplit holds the Mozilla fields (title, byline, site, date) split
	// by whether the expected value is set or empty.
	mozSplit *[4]mozSplit
	speed    *speedFigures
	panics   int
}

// bench holds the inputs and the figures of one run.
type bench struct {
	systems []system
	zyte    []eval.ZytePage
	labels  []eval.Label
	rows    map[string]*row
	// floor is the speed of html.Parse alone, for the time ratios.
	floor *speedFigures
	// mozillaPages counts the Mozilla test pages scored.
	mozillaPages int
}

// row returns the figures of the named system.
func (b *bench) row(name string) *row {
	if b.rows[name] == nil {
		b.rows[name] = &row{}
	}
	return b.rows[name]
}

// loadCorpus reads the zyte pages and, when asked, the labels.
func (b *bench) loadCorpus(corpus string, labels bool) error {
	if _, err := os.Stat(corpus); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("corpus not found at %s: run from bench/ with ../../shared beside the repository, or pass -corpus DIR", corpus)
	}
	progress("loading %s", corpus)
	var err error
	if b.zyte, err = eval.LoadZyte(filepath.Join(corpus, "zyte")); err != nil {
		return err
	}
	if labels {
		b.labels, err = eval.LoadLabels(filepath.Join(corpus, "labels"))
	}
	return err
}

// pageURL parses a page URL; a bad one gives nil, which every system
// accepts.
func pageURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// body scores every system's body text on the zyte pages.
func (b *bench) body() {
	for _, s := range b.systems {
		if s.floor {
			continue
		}
		var scores []eval.BodyScore
		for i, p := range b.zyte {
			progress("body  %-12s %3d/%d", s.name, i+1, len(b.zyte))
			r, err := runSafe(s, p.HTML, pageURL(p.URL))
			if err != nil {
				b.row(s.name).panics++
			}
			scores = append(scores, eval.ScoreBody(r.body, p.Body))
		}
		t := eval.SumBody(scores)
		b.row(s.name).body = &t
	}
}

// meta scores every system's metadata on the labeled pages.
func (b *bench) meta() {
	byKey := make(map[string]*eval.ZytePage, len(b.zyte))
	for i := range b.zyte {
		byKey[b.zyte[i].Key] = &b.zyte[i]
	}
	for _, s := range b.systems {
		if s.floor {
			continue
		}
		var tally eval.MetaTally
		for i := range b.labels {
			l := &b.labels[i]
			progress("meta  %-12s %3d/%d", s.name, i+1, len(b.labels))
			p := byKey[l.Key]
			if p == nil {
				continue
			}
			r, err := runSafe(s, p.HTML, pageURL(p.URL))
			if err != nil {
				b.row(s.name).panics++
			}
			tally.Add(eval.ScoreMeta(l, eval.PredMeta{Headline: r.title, Authors: r.authors, Publication: r.site, Published: r.published}))
		}
		row := b.row(s.name)
		row.headline, row.authors, row.pub, row.date = &tally.Headline, &tally.Authors, &tally.Publication, &tally.Published
	}
}

// mozillaURL is the address the readability test suite gives every page.
const mozillaURL = "http://fakehost/test/page.html"

// mozilla scores every system's metadata on the Mozilla test pages.
func (b *bench) mozilla() error {
	dir, err := mozillaDir()
	if err != nil {
		return err
	}
	pages, err := loadMozilla(dir)
	if err != nil {
		return err
	}
	b.mozillaPages = len(pages)
	for _, s := range b.systems {
		if s.floor {
			continue
		}
		var t [4]eval.FieldTally
		var split [4]mozSplit
		for i := range pages {
			progress("mozilla  %-12s %3d/%d", s.name, i+1, len(pages))
			r, err := runSafe(s, pages[i].html, pageURL(mozillaURL))
			if err != nil {
				b.row(s.name).panics++
			}
			set := pages[i].fieldsSet()
			for k, ok := range mozillaChecks(&pages[i], r) {
				t[k].N++
				part := &split[k].empty
				if set[k] {
					part = &split[k].set
				}
				part.N++
				if ok {
					t[k].Correct++
					part.Correct++
				}
			}
		}
		row := b.row(s.name)
		row.mTitle, row.mByline, row.mSite, row.mDate = &t[0], &t[1], &t[2], &t[3]
		row.mozSplit = &split
	}
	return nil
}
