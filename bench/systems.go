package main

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsparse/news"
	"golang.org/x/net/html"
)

// A result is what one system found on one page, mapped to the fields the
// bench scores.
type result struct {
	body      string
	title     string
	authors   []string
	site      string
	published time.Time
}

// A system is one extractor under comparison.
type system struct {
	name string
	// run extracts one page fetched from u.
	run func(page []byte, u *url.URL) result
	// floor marks a system that only parses HTML: it has no quality scores.
	floor bool
}

// systems are the extractors compared, in table order.
var systems = []system{
	{name: "news", run: runNews},
	{name: "trafilatura", run: runTrafilatura},
	{name: "readability", run: runReadability},
	{name: "distiller", run: runDistiller},
	{name: "htmlparse", run: runHTMLParse, floor: true},
}

// runSafe runs s on a page; a panic is recovered and gives an empty result.
func runSafe(s system, page []byte, u *url.URL) (r result, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = result{}, fmt.Errorf("%s panicked: %v", s.name, p)
		}
	}()
	return s.run(page, u), nil
}

// runNews runs our library: body = paragraphs joined by newlines.
func runNews(page []byte, u *url.URL) result {
	p := news.Parser{URL: u.String()}
	a, _ := p.Parse(bytes.NewReader(page))
	if a == nil {
		return result{}
	}
	r := result{
		body:      strings.Join(a.Paragraphs, "\n"),
		title:     a.Headline,
		site:      a.Publication.Name,
		published: a.Published,
	}
	for _, au := range a.Authors {
		r.authors = append(r.authors, au.Name)
	}
	return r
}

// runTrafilatura runs go-trafilatura with its default options (the page URL
// given): body = ContentText, metadata from its Metadata (Author holds
// names separated by "; ").
func runTrafilatura(page []byte, u *url.URL) result {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{OriginalURL: u})
	if err != nil || res == nil {
		return result{}
	}
	m := res.Metadata
	return result{
		body:      res.ContentText,
		title:     m.Title,
		authors:   splitByline(m.Author),
		site:      m.Sitename,
		published: m.Date,
	}
}

// runReadability runs readeck's go-readability: body = the article's text
// content (RenderText), authors split from Byline.
func runReadability(page []byte, u *url.URL) result {
	a, err := readability.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return result{}
	}
	r := result{
		title:   a.Title(),
		authors: splitByline(a.Byline()),
		site:    a.SiteName(),
	}
	if t, err := a.PublishedTime(); err == nil {
		r.published = t
	}
	if a.Node != nil {
		var b strings.Builder
		if a.RenderText(&b) == nil {
			r.body = b.String()
		}
	}
	return r
}

// runDistiller runs go-domdistiller without the pagination search (it
// looks for next-page links, which is not extraction): body = Text, title
// = Title, authors, publisher and published time from MarkupInfo.
func runDistiller(page []byte, u *url.URL) result {
	res, err := distiller.ApplyForReader(bytes.NewReader(page), &distiller.Options{OriginalURL: u, SkipPagination: true})
	if err != nil || res == nil {
		return result{}
	}
	m := res.MarkupInfo
	r := result{
		body:      res.Text,
		title:     res.Title,
		authors:   m.Article.Authors,
		site:      m.Publisher,
		published: dayOf(m.Article.PublishedTime),
	}
	if len(r.authors) == 0 {
		r.authors = splitByline(m.Author)
	}
	return r
}

// runHTMLParse only parses the page: the floor of every system's time.
func runHTMLParse(page []byte, _ *url.URL) result {
	html.Parse(bytes.NewReader(page))
	return result{}
}
