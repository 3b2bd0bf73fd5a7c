// Summary prints a short, readable account of a news article: headline,
// byline, date, the first paragraphs, who is quoted and who is named.
//
//	go run ./examples/summary testdata/jsonld_graph.html
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsparse/news"
)

func main() {
	var r io.Reader = os.Stdin
	if len(os.Args) > 1 {
		f, err := os.Open(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		r = f
	}
	a, err := news.Parse(r)
	if err != nil {
		fmt.Fprintln(os.Stderr, "summary:", err)
		os.Exit(1)
	}
	fmt.Println(a.Headline)
	fmt.Println(strings.Repeat("=", len([]rune(a.Headline))))
	var names []string
	for _, au := range a.Authors {
		names = append(names, au.Name)
	}
	if len(names) > 0 {
		fmt.Println("By", strings.Join(names, ", "))
	}
	if !a.Published.IsZero() {
		fmt.Println(a.Published.Format("Monday, 2 January 2006"))
	}
	if a.Publication.Name != "" {
		fmt.Println(a.Publication.Name)
	}
	fmt.Println()
	for i, p := range a.Paragraphs {
		if i == 3 {
			fmt.Printf("[... %d more paragraphs]\n", len(a.Paragraphs)-3)
			break
		}
		fmt.Println(p)
		fmt.Println()
	}
	for _, q := range a.Quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "(unnamed)"
		}
		fmt.Printf("%s: %q\n", speaker, q.Text)
	}
	for _, e := range a.Entities {
		fmt.Printf("%-12s %s\n", e.Kind, e.Name)
	}
}
