package news

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

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
		doc, err := html.Parse(decodeHTML(d, ""))
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
