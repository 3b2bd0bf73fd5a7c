// Command newseval measures the news parser on the evaluation corpora in
// ../shared/corpus and prints a plain-text table of the scores:
//
//	go run ./cmd/newseval [-corpus ../shared/corpus] [-only body|meta|quotes|entities|gum] [-v]
//
// body is the zyte benchmark (body precision, recall and F1 over 181 pages);
// meta, quotes and entities use the hand labels of 33 of those pages; gum
// runs the text parser over the GUM news and interview documents and scores
// named mentions and clusters. With -v it also prints the misses: the worst
// body pages, every metadata miss with the wanted and found values, and the
// quote and entity misses per page. The scoring rules are those of package
// internal/eval.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// sections are the parts of the evaluation, in the order they print.
var sections = []string{"body", "meta", "quotes", "entities", "gum"}

func main() {
	corpus := flag.String("corpus", filepath.Join("..", "shared", "corpus"), "folder of the evaluation corpora")
	only := flag.String("only", "", "run one part only: body, meta, quotes, entities or gum")
	verbose := flag.Bool("v", false, "print the misses, page by page")
	flag.Parse()
	if *only != "" && !slices.Contains(sections, *only) {
		fmt.Fprintf(os.Stderr, "newseval: -only %q: want one of body, meta, quotes, entities, gum\n", *only)
		os.Exit(2)
	}
	if err := run(os.Stdout, *corpus, *only, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "newseval:", err)
		os.Exit(1)
	}
}

// run evaluates the parts asked for and writes the report to w.
func run(w io.Writer, corpus, only string, verbose bool) error {
	if _, err := os.Stat(corpus); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("corpus not found at %s: run from the repository root with ../shared beside it, or pass -corpus DIR", corpus)
		}
		return err
	}
	want := func(s string) bool { return only == "" || only == s }
	e := &evaluation{corpus: corpus, verbose: verbose, w: w}
	fmt.Fprintf(w, "news evaluation, corpus %s\n", corpus)
	if want("body") {
		if err := e.body(); err != nil {
			return err
		}
	}
	if want("meta") || want("quotes") || want("entities") {
		if err := e.labels(want("meta"), want("quotes"), want("entities")); err != nil {
			return err
		}
	}
	if want("gum") {
		if err := e.gum(); err != nil {
			return err
		}
	}
	if e.failures > 0 {
		fmt.Fprintf(w, "\n%d inputs made the parser panic (counted as empty results)\n", e.failures)
	}
	return nil
}
