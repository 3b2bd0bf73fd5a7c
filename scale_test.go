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
