// Command bench compares the news library with other Go article extractors
// on the same inputs in one run, and prints one table:
//
//	cd bench && go run . [-corpus ../../shared/corpus] [-only body|meta|mozilla|speed] [-system NAME]
//
// Quality: body precision, recall and F1 on the zyte benchmark (the metric
// of corpus/README.md); headline, authors, publication and published-date
// accuracy on the hand-labeled pages; title, byline, site name and
// published-day accuracy on the Mozilla readability test pages that the
// readeck go-readability module ships. Speed: median milliseconds per zyte
// page, MB/s, bytes allocated per page, and time relative to html.Parse
// alone, every system run sequentially on one thread (GOMAXPROCS 1).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// parts are the parts of the bench.
var parts = []string{"body", "meta", "mozilla", "speed"}

func main() {
	corpus := flag.String("corpus", filepath.Join("..", "..", "shared", "corpus"), "folder of the evaluation corpora")
	only := flag.String("only", "", "run one part only: body, meta, mozilla or speed")
	sys := flag.String("system", "", "run one system only: news, trafilatura, readability, distiller or htmlparse")
	flag.Parse()
	if *only != "" && !slices.Contains(parts, *only) {
		fail("-only %q: want one of %s", *only, strings.Join(parts, ", "))
	}
	var chosen []system
	for _, s := range systems {
		if *sys == "" || *sys == s.name {
			chosen = append(chosen, s)
		}
	}
	if len(chosen) == 0 {
		fail("-system %q: want one of news, trafilatura, readability, distiller, htmlparse", *sys)
	}
	b := &bench{systems: chosen, rows: make(map[string]*row)}
	want := func(p string) bool { return *only == "" || *only == p }
	if want("body") || want("meta") || want("speed") {
		if err := b.loadCorpus(*corpus, want("meta")); err != nil {
			fail("%v", err)
		}
	}
	if want("body") {
		b.body()
	}
	if want("meta") {
		b.meta()
	}
	if want("mozilla") {
		if err := b.mozilla(); err != nil {
			fail("%v", err)
		}
	}
	if want("speed") {
		b.speed()
	}
	progress("")
	b.print(os.Stdout)
}

// fail reports an error and exits.
func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(1)
}

// progress rewrites the progress line on stderr; "" clears it.
func progress(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	fmt.Fprintf(os.Stderr, "\r%-78.78s\r%s", "", line)
}
