package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsparse/news"
)

// A job is one page of a batch: where it came from and how to parse it.
type job struct {
	seq   int
	name  string
	parse func() (*news.Article, error)
}

// A result is a parsed job, in the order of its input.
type result struct {
	seq  int
	name string
	a    *news.Article
	err  error
}

// record is one line of a JSON Lines input stream.
type record struct {
	URL  string `json:"url"`
	HTML string `json:"html"`
}

// errorLine is written in place of an article that could not be parsed,
// so that output lines stay aligned with input lines.
type errorLine struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

// maxRecord is the longest JSON Lines record read.
const maxRecord = 64 << 20

// runBatch parses the inputs on workers goroutines and writes one JSON line
// per input, in input order. Directories are walked; with jsonl, files and
// standard input are JSON Lines streams of {"url", "html"} records.
func runBatch(inputs []string, o *options, jsonl bool, workers int, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	jobs := make(chan job, workers)
	results := make(chan result, workers)
	fetcher := newFetcher(o.timeout, o.maxBytes)
	var produceErr error
	go func() {
		defer close(jobs)
		produceErr = produceJobs(inputs, o, jsonl, stdin, fetcher, jobs)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				a, err := j.parse()
				results <- result{j.seq, j.name, a, err}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	w := bufio.NewWriterSize(stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	pending := map[int]result{}
	next, failed := 0, 0
	start, last := time.Now(), time.Now()
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.err != nil {
				failed++
				fmt.Fprintf(stderr, "newsparse: %s: %v\n", r.name, r.err)
			}
			switch {
			case r.a != nil:
				enc.Encode(r.a)
			case r.err != nil:
				enc.Encode(errorLine{Input: r.name, Error: r.err.Error()})
			}
		}
		if progress && time.Since(last) > 500*time.Millisecond {
			last = time.Now()
			fmt.Fprintf(stderr, "\r%d pages, %.0f pages/s ", next, float64(next)/time.Since(start).Seconds())
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "newsparse: writing output: %v\n", err)
		return 1
	}
	elapsed := time.Since(start)
	if progress {
		fmt.Fprint(stderr, "\r")
	}
	fmt.Fprintf(stderr, "newsparse: %d pages in %.1fs, %.0f pages/s, %d failed\n", next, elapsed.Seconds(), float64(next)/elapsed.Seconds(), failed)
	if produceErr != nil {
		fmt.Fprintf(stderr, "newsparse: %v\n", produceErr)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// produceJobs sends the jobs of the inputs, in order, and closes nothing:
// the caller closes the channel.
func produceJobs(inputs []string, o *options, jsonl bool, stdin io.Reader, f *fetcher, jobs chan<- job) error {
	seq := 0
	send := func(name string, parse func() (*news.Article, error)) {
		jobs <- job{seq, name, parse}
		seq++
	}
	for _, in := range inputs {
		switch {
		case jsonl:
			r := stdin
			if in != "-" {
				file, err := os.Open(in)
				if err != nil {
					return err
				}
				defer file.Close()
				r = file
			}
			if err := produceRecords(in, r, o, send); err != nil {
				return err
			}
		case isURL(in) || in == "-":
			send(in, func() (*news.Article, error) { return parseInput(in, o, stdin, f) })
		default:
			files, err := expandPath(in)
			if err != nil {
				return err
			}
			for _, name := range files {
				send(name, func() (*news.Article, error) { return parseInput(name, o, nil, f) })
			}
		}
	}
	return nil
}

// produceRecords reads a JSON Lines stream of {"url", "html"} records.
func produceRecords(name string, r io.Reader, o *options, send func(string, func() (*news.Article, error))) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), maxRecord)
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var rec record
		label := fmt.Sprintf("%s:%d", name, line)
		if err := json.Unmarshal(raw, &rec); err != nil {
			send(label, func() (*news.Article, error) { return nil, fmt.Errorf("bad record: %w", err) })
			continue
		}
		if rec.URL != "" {
			label = rec.URL
		}
		send(label, func() (*news.Article, error) {
			p := parserFor(o)
			if p.URL == "" {
				p.URL = rec.URL
			}
			return p.Parse(strings.NewReader(rec.HTML))
		})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: line %d: %w", name, line+1, err)
	}
	return nil
}

// expandPath returns the file itself, or the regular files under a
// directory in lexical order.
func expandPath(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// isTerminal reports whether w is a terminal, for the progress line.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
