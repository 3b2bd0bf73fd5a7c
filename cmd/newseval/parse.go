package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/newsparse/news"
	"github.com/newsparse/news/internal/eval"
)

// evaluation holds the settings and the shared state of one run.
type evaluation struct {
	corpus  string
	verbose bool
	w       io.Writer
	// pages caches the zyte pages and the articles parsed from them by key.
	pages    map[string]eval.ZytePage
	articles map[string]*news.Article
	// failures counts inputs on which the parser panicked.
	failures int
}

// parseHTML parses one page as HTML with its URL. A failed parse gives an
// empty article; a panic is recovered, counted and reported.
func (e *evaluation) parseHTML(key, url string, page []byte) (a *news.Article) {
	if a, ok := e.articles[key]; ok {
		return a
	}
	defer func() {
		if r := recover(); r != nil {
			e.failures++
			fmt.Fprintf(e.w, "  panic on %s: %v\n", key, r)
			a = &news.Article{}
		}
		if e.articles == nil {
			e.articles = make(map[string]*news.Article)
		}
		e.articles[key] = a
	}()
	p := news.Parser{URL: url}
	a, _ = p.Parse(bytes.NewReader(page))
	if a == nil {
		a = &news.Article{}
	}
	return a
}

// parseText parses running text. Panics are handled as in parseHTML.
func (e *evaluation) parseText(id, text string) (a *news.Article) {
	defer func() {
		if r := recover(); r != nil {
			e.failures++
			fmt.Fprintf(e.w, "  panic on %s: %v\n", id, r)
			a = &news.Article{}
		}
	}()
	var p news.Parser
	a, _ = p.ParseText(text)
	if a == nil {
		a = &news.Article{}
	}
	return a
}

// bodyText is the predicted body: the paragraphs joined by newlines.
func bodyText(a *news.Article) string {
	return strings.Join(a.Paragraphs, "\n")
}

// predMeta converts the metadata of an article.
func predMeta(a *news.Article) eval.PredMeta {
	m := eval.PredMeta{Headline: a.Headline, Publication: a.Publication.Name, Published: a.Published}
	for _, au := range a.Authors {
		m.Authors = append(m.Authors, au.Name)
	}
	return m
}

// predQuotes converts the direct quotes of an article's body: the labels
// mark the quotation marks of the body only, so reported speech and the
// headline's quotes are not scored.
func predQuotes(a *news.Article) []eval.PredQuote {
	out := make([]eval.PredQuote, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		if q.Indirect || q.Paragraph < 0 {
			continue
		}
		out = append(out, eval.PredQuote{Text: q.Text, Speaker: q.Speaker, Partial: q.Partial})
	}
	return out
}

// predEntities converts the entities of an article.
//
// The labels name the entities of the body only, so an entity named only in
// the headline or the standfirst is not scored.
func predEntities(a *news.Article) []eval.PredEntity {
	out := make([]eval.PredEntity, 0, len(a.Entities))
	for _, en := range a.Entities {
		pe := eval.PredEntity{Name: en.Name, Kind: string(en.Kind), Aliases: en.Aliases}
		inBody := false
		for _, m := range en.Mentions {
			pe.Mentions = append(pe.Mentions, eval.PredMention{Para: m.Paragraph, Start: m.Start, End: m.End})
			inBody = inBody || m.Paragraph >= 0
		}
		if inBody {
			out = append(out, pe)
		}
	}
	return out
}

// gumPreds locates the entity mentions of an article parsed from a GUM
// document in the document's gold paragraphs. Mentions in text that cannot
// be found in the gold paragraphs are dropped.
func gumPreds(a *news.Article, loc *eval.Locator) []eval.GumPred {
	// offsets of the article's texts in the gold text, -1 when not found
	head := loc.Find(a.Headline, 0)
	desc := loc.Find(a.Description, 0)
	paras := make([]int, len(a.Paragraphs))
	cur := 0
	for i, p := range a.Paragraphs {
		paras[i] = loc.Find(p, cur)
		if paras[i] >= 0 {
			cur = paras[i] + len(p)
		}
	}
	var out []eval.GumPred
	for i, en := range a.Entities {
		for _, m := range en.Mentions {
			base := -1
			switch {
			case m.Paragraph == news.InHeadline:
				base = head
			case m.Paragraph == news.InDescription:
				base = desc
			case m.Paragraph >= 0 && m.Paragraph < len(paras):
				base = paras[m.Paragraph]
			}
			if base < 0 || m.End < m.Start {
				continue
			}
			p, s, e, ok := loc.Span(base+m.Start, base+m.End)
			if !ok {
				continue
			}
			out = append(out, eval.GumPred{Entity: i, Kind: string(en.Kind), Para: p, Start: s, End: e})
		}
	}
	return out
}
