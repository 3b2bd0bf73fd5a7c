// Newsparse prints the articles in news pages as JSON.
//
// Usage:
//
//	newsparse [-url URL] [-text|-html] [-timeout D] [FILE|URL ...]
//
// Each argument is a file, or an http or https URL to fetch; with none, or
// with "-", the page is read from standard input. One input prints one
// indented JSON object; several print JSON Lines, one object per input, in
// order. An input that fails is reported on standard error with its name,
// and the exit status is then 1.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/newsparse/news"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the command-line settings.
type options struct {
	url      string
	text     bool
	html     bool
	timeout  time.Duration
	maxBytes int64
}

// run is the whole command, with its inputs and outputs passed in so that
// tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsparse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.url, "url", "", "the `URL` the page came from (resolves links; gives the publication)")
	fs.BoolVar(&o.text, "text", false, "read the input as plain text")
	fs.BoolVar(&o.html, "html", false, "read the input as HTML")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "time limit for fetching one URL")
	fs.Int64Var(&o.maxBytes, "max-bytes", news.DefaultMaxBytes, "largest input read, in bytes")
	workers := fs.Int("j", runtime.NumCPU(), "parse `N` pages at once (batch mode: directories, -jsonl, or -j given)")
	jsonl := fs.Bool("jsonl", false, "inputs are JSON Lines streams of {\"url\", \"html\"} records (batch mode)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: newsparse [-url URL] [-text|-html] [-j N] [-jsonl] [FILE|DIR|URL ...]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	batch := *jsonl
	fs.Visit(func(f *flag.Flag) { batch = batch || f.Name == "j" })
	if o.text && o.html {
		fmt.Fprintln(stderr, "newsparse: -text and -html exclude each other")
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, in := range inputs {
		if info, err := os.Stat(in); err == nil && info.IsDir() {
			batch = true
		}
	}
	if batch {
		if *workers < 1 {
			*workers = 1
		}
		return runBatch(inputs, &o, *jsonl, *workers, stdin, stdout, stderr, isTerminal(stderr))
	}
	fetcher := newFetcher(o.timeout, o.maxBytes)
	status := 0
	for _, in := range inputs {
		a, err := parseInput(in, &o, stdin, fetcher)
		if err != nil {
			fmt.Fprintf(stderr, "newsparse: %s: %v\n", in, err)
			status = 1
			if a == nil || !errors.Is(err, news.ErrNotArticle) {
				continue
			}
		}
		if err := writeArticle(stdout, a, len(inputs) == 1); err != nil {
			fmt.Fprintf(stderr, "newsparse: writing output: %v\n", err)
			return 1
		}
	}
	return status
}

// parseInput reads and parses one input: a URL, a file or standard input.
func parseInput(in string, o *options, stdin io.Reader, f *fetcher) (*news.Article, error) {
	p := parserFor(o)
	var r io.Reader
	switch {
	case in == "-":
		r = stdin
	case isURL(in):
		page, err := f.fetch(context.Background(), in)
		if err != nil {
			return nil, err
		}
		if p.URL == "" {
			p.URL = page.url
		}
		p.ContentType = page.contentType
		if p.Format == news.FormatAuto && strings.HasPrefix(page.contentType, "text/plain") {
			p.Format = news.FormatText
		}
		r = bytes.NewReader(page.body)
	default:
		file, err := os.Open(in)
		if err != nil {
			return nil, err
		}
		defer file.Close()
		r = file
	}
	return p.Parse(r)
}

// parserFor returns the parser settings the options ask for.
func parserFor(o *options) news.Parser {
	p := news.Parser{URL: o.url, MaxBytes: o.maxBytes}
	switch {
	case o.text:
		p.Format = news.FormatText
	case o.html:
		p.Format = news.FormatHTML
	}
	return p
}

// isURL reports whether an argument names an http or https URL.
func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// writeArticle prints an article as indented JSON or as one JSON line.
func writeArticle(w io.Writer, a *news.Article, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(a)
}

// newFetcher returns a fetcher with the given limits.
func newFetcher(timeout time.Duration, maxBytes int64) *fetcher {
	return &fetcher{client: newHTTPClient(timeout), maxBytes: maxBytes}
}
