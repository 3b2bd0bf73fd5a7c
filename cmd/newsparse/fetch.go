package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
)

// maxRedirects is how many redirects one fetch follows.
const maxRedirects = 5

// errNotPage is returned for responses that are not a web page.
var errNotPage = errors.New("not an HTML or text page")

// A fetcher downloads pages over http and https with limits on time, size
// and redirects.
type fetcher struct {
	client   *http.Client
	maxBytes int64
}

// A page is a fetched response.
type page struct {
	url         string // the final URL, after redirects
	contentType string
	body        []byte
}

// newHTTPClient returns a client that follows at most maxRedirects
// redirects, to http and https only, within the timeout.
func newHTTPClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
}

// fetch downloads one page.
func (f *fetcher) fetch(ctx context.Context, rawURL string) (*page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return nil, fmt.Errorf("unsupported scheme %q", req.URL.Scheme)
	}
	req.Header.Set("User-Agent", "newsparse/1 (+https://github.com/newsparse/news)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP status %s", resp.Status)
	}
	ct := resp.Header.Get("Content-Type")
	if !pageType(ct) {
		return nil, fmt.Errorf("%w: Content-Type %q", errNotPage, ct)
	}
	if resp.ContentLength > f.maxBytes {
		return nil, fmt.Errorf("page too large: %d bytes, limit %d", resp.ContentLength, f.maxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > f.maxBytes {
		return nil, fmt.Errorf("page too large: over %d bytes", f.maxBytes)
	}
	return &page{url: resp.Request.URL.String(), contentType: ct, body: body}, nil
}

// pageType reports whether a Content-Type is one a page can have; an absent
// one is allowed.
func pageType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return false
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml":
		return true
	}
	return false
}
