package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// A ZytePage is one page of the zyte article-body benchmark.
type ZytePage struct {
	// Key names the page: html/KEY.html.gz.
	Key string
	// URL is where the page was fetched from.
	URL string
	// Body is the gold article body.
	Body string
	// HTML is the page, gunzipped (UTF-8).
	HTML []byte
}

// zyteTruth is one entry of ground-truth.json.
type zyteTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// LoadZyte reads the benchmark in dir (corpus/zyte): ground-truth.json and
// every html/KEY.html.gz it names, in key order.
func LoadZyte(dir string) ([]ZytePage, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]zyteTruth
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, fmt.Errorf("eval: zyte ground truth: %w", err)
	}
	keys := make([]string, 0, len(truth))
	for k := range truth {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	pages := make([]ZytePage, 0, len(keys))
	for _, k := range keys {
		page, err := readGzip(filepath.Join(dir, "html", k+".html.gz"))
		if err != nil {
			return nil, err
		}
		t := truth[k]
		pages = append(pages, ZytePage{Key: k, URL: t.URL, Body: t.ArticleBody, HTML: page})
	}
	return pages, nil
}

// readGzip returns the uncompressed content of a gzip file.
func readGzip(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	return out, nil
}
