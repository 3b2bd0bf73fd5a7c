package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsparse/news/internal/eval"
)

// readabilityModule is the module whose test pages (Mozilla's readability
// test suite, as the readeck port ships it) the bench scores metadata on.
const readabilityModule = "codeberg.org/readeck/go-readability/v2@v2.1.3"

// A mozillaPage is one test page: source.html and the metadata readability
// is expected to find (expected-metadata.json; null and absent are empty).
type mozillaPage struct {
	name          string
	html          []byte
	title         string
	byline        string
	siteName      string
	publishedTime string
}

// mozillaDir returns the test-pages folder of the readability module in the
// module cache.
func mozillaDir() (string, error) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMODCACHE: %w", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), filepath.FromSlash(readabilityModule), "test-pages")
	if _, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("%s does not ship test pages (run `go mod download` in bench/): %w", readabilityModule, err)
	}
	return dir, nil
}

// loadMozilla reads every test page that has both source.html and
// expected-metadata.json, in name order.
func loadMozilla(dir string) ([]mozillaPage, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*", "expected-metadata.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var pages []mozillaPage
	for _, name := range names {
		page, err := os.ReadFile(filepath.Join(filepath.Dir(name), "source.html"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var m struct {
			Title         *string `json:"title"`
			Byline        *string `json:"byline"`
			SiteName      *string `json:"siteName"`
			PublishedTime *string `json:"publishedTime"`
		}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		pages = append(pages, mozillaPage{
			name: filepath.Base(filepath.Dir(name)), html: page,
			title: deref(m.Title), byline: deref(m.Byline),
			siteName: deref(m.SiteName), publishedTime: deref(m.PublishedTime),
		})
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no test pages in %s", dir)
	}
	return pages, nil
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// A mozSplit is one Mozilla field's tally on the pages whose expected
// value is set and on those where it is empty. The expected values are
// what readability itself finds, so an empty one means readability found
// none, not that the page has none (many pages print a date or a site
// name readability does not read).
type mozSplit struct {
	set, empty eval.FieldTally
}

// fieldsSet reports which of title, byline, site name and published time
// the page's expected metadata gives.
func (p *mozillaPage) fieldsSet() [4]bool {
	return [4]bool{
		strings.TrimSpace(p.title) != "",
		len(splitByline(p.byline)) > 0,
		eval.NormalizePublication(p.siteName) != "",
		!dayOf(p.publishedTime).IsZero(),
	}
}

// mozillaChecks scores one system's result on one test page: title,
// byline, site name, published day.
func mozillaChecks(p *mozillaPage, r result) [4]bool {
	return [4]bool{
		sameTitle(r.title, p.title),
		eval.SameNames(r.authors, splitByline(p.byline)),
		eval.SamePublication(r.site, p.siteName),
		eval.SameDay(r.published, eval.Day(dayOf(p.publishedTime))),
	}
}
