package news

import (
	"fmt"
	"strings"
	"testing"
)

// scaledArticle writes an article of n paragraphs, each with a quotation,
// a named speaker and organizations and places, as HTML.
func scaledArticle(n int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Council approves budget | The Daily Example</title></head><body><article><h1>Council approves budget</h1>`)
	for i := range n {
		fmt.Fprintf(&b, `<p>“We will keep the libraries open in district %d,” said councillor Maria Lopez%d of the Finance Committee, speaking in Springfield on Tuesday. `+
			`The plan, backed by the Example Workers Union and opposed by Acme Corp, passed after %d hours of debate, officials said.</p>`, i, i%50, i%9+1)
	}
	b.WriteString(`</article></body></html>`)
	return b.String()
}

// BenchmarkScaling parses articles of 10, 100 and 1000 paragraphs: time per
// byte should stay flat as the article grows tenfold.
func BenchmarkScaling(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		page := scaledArticle(n)
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for range b.N {
				if _, err := Parse(strings.NewReader(page)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScalingInputs parses generated inputs at a size and ten times
// that size: time per byte stays flat when no pass is quadratic.
func BenchmarkScalingInputs(b *testing.B) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year, officials said.</p>"
	inputs := []struct {
		name string
		make func(n int) string
		n    int
	}{
		{"quote marks", func(n int) string { return "<p>" + strings.Repeat(`"“”«» `, n) + "</p>" + para }, 20000},
		{"capitalized words", func(n int) string { return "<p>" + strings.Repeat("Alpha Beta Gamma said Delta. ", n) + "</p>" }, 2000},
		{"nested tables", func(n int) string { return strings.Repeat("<table><tr><td>", n) + para }, 2000},
		{"page", func(n int) string { return strings.Repeat(para, n) }, 10000},
	}
	for _, in := range inputs {
		for _, scale := range []int{1, 10} {
			page := in.make(in.n * scale)
			b.Run(fmt.Sprintf("%s/x%d", in.name, scale), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				for range b.N {
					(&Parser{MaxBytes: 64 << 20}).Parse(strings.NewReader(page))
				}
			})
		}
	}
}
