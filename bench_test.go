package news

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// zytePages loads the pages of the Zyte benchmark, or skips the benchmark
// when ../shared is absent.
func zytePages(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob("../shared/corpus/zyte/html/*.html.gz")
	if len(files) == 0 {
		b.Skip("../shared/corpus/zyte not present")
	}
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		z, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(z)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// benchPages runs f over every page per iteration and reports bytes per
// second over the pages.
func benchPages(b *testing.B, pages [][]byte, f func([]byte)) {
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			f(p)
		}
	}
}

// BenchmarkParse is the whole parse of the Zyte pages.
func BenchmarkParse(b *testing.B) {
	pages := zytePages(b)
	var p Parser
	benchPages(b, pages, func(d []byte) { p.Parse(bytes.NewReader(d)) })
}

// BenchmarkHTMLParse is the floor: html.Parse alone of the same pages.
func BenchmarkHTMLParse(b *testing.B) {
	pages := zytePages(b)
	benchPages(b, pages, func(d []byte) { html.Parse(bytes.NewReader(d)) })
}

// parsedPages returns the Zyte pages as DOM trees.
func parsedPages(b *testing.B) []*html.Node {
	var docs []*html.Node
	for _, d := range zytePages(b) {
		doc, _, err := buildTree(decodeHTML(string(d), ""), DefaultMaxNodes)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkStageMetadata is the metadata stage alone, on parsed pages.
func BenchmarkStageMetadata(b *testing.B) {
	docs := parsedPages(b)
	var p Parser
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, doc := range docs {
			st := newPageState(&p, doc)
			st.applyMetadata(&Article{}, st.metadata())
		}
	}
}

// BenchmarkStageBody is the body stage alone, on parsed pages.
func BenchmarkStageBody(b *testing.B) {
	docs := parsedPages(b)
	var p Parser
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, doc := range docs {
			st := newPageState(&p, doc)
			st.body(&Article{})
		}
	}
}

// BenchmarkStageText runs the entity and quote stages on the paragraphs
// of the parsed pages.
func BenchmarkStageText(b *testing.B) {
	var arts []*Article
	var p Parser
	for _, d := range zytePages(b) {
		a, _ := p.Parse(bytes.NewReader(d))
		if a != nil {
			arts = append(arts, a)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			ents := findEntities(a.Headline, a.Description, a.Paragraphs)
			findQuotes(a.Headline, a.Description, a.Paragraphs, ents)
		}
	}
}

// BenchmarkParseStages times each stage of Parse over the Zyte pages, with
// html.Parse of each page timed next to it, and reports each stage's time
// as a share of html.Parse's ("x-html" metrics): the ratios hold up better
// than absolute times on a busy machine.
func BenchmarkParseStages(b *testing.B) {
	pages := zytePages(b)
	var p Parser
	var st stageTimes
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range pages {
			st.page(&p, d)
		}
	}
	for i, name := range stageNames {
		b.ReportMetric(float64(st[i])/float64(st[len(st)-1]), name+"-x-html")
	}
}

// The stages BenchmarkParseStages times, then html.Parse.
var stageNames = [...]string{"input", "tree", "walk", "meta", "body", "text", "all"}

// stageTimes sums the time of each stage in stageNames, then html.Parse.
type stageTimes [len(stageNames) + 1]time.Duration

// page parses one page stage by stage, then with html.Parse.
func (st *stageTimes) page(p *Parser, d []byte) {
	t0 := time.Now()
	data, _ := readInput(bytes.NewReader(d), DefaultMaxBytes)
	src := decodeHTML(data, "")
	t1 := time.Now()
	doc, _, _ := buildTree(src, DefaultMaxNodes)
	t2 := time.Now()
	ps := newPageState(p, doc)
	t3 := time.Now()
	a := &Article{}
	ps.applyMetadata(a, ps.metadata())
	t4 := time.Now()
	a.Paragraphs = ps.body(a)
	t5 := time.Now()
	p.finish(a)
	t6 := time.Now()
	html.Parse(bytes.NewReader(d))
	t7 := time.Now()
	for i, d := range [...]time.Duration{t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4), t6.Sub(t5), t6.Sub(t0), t7.Sub(t6)} {
		st[i] += d
	}
}

// BenchmarkStageTree is the tree builder alone, on decoded pages; compare
// with BenchmarkHTMLParse.
func BenchmarkStageTree(b *testing.B) {
	pages := zytePages(b)
	srcs := make([]string, len(pages))
	total := 0
	for i, d := range pages {
		srcs[i] = decodeHTML(string(d), "")
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, s := range srcs {
			buildTree(s, DefaultMaxNodes)
		}
	}
}
