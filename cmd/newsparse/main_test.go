package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const testPage = `<!doctype html><html lang="en"><head><title>Test headline | Example Daily</title>
<meta property="og:site_name" content="Example Daily"></head><body>
<article><h1>Test headline</h1><p class="byline">By Jane Roe</p>
<p>The first paragraph of the test article is long enough to count as article text for the parser.</p>
<p>The second paragraph of the test article is also long enough to be taken as part of the body.</p>
</article></body></html>`

// newTestServer serves pages that exercise the fetcher's limits.
func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>word word word</p>"), 1000)
		for i := 0; i < 200; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func runCmd(args []string, stdin string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestFetchErrors(t *testing.T) {
	srv := newTestServer(t)
	tests := []struct {
		path string
		args []string
		want string // in stderr
	}{
		{"/slow", []string{"-timeout", "200ms"}, "Timeout"},
		{"/huge", []string{"-max-bytes", "100000"}, "too large"},
		{"/loop", nil, "redirects"},
		{"/image", nil, "not an HTML or text page"},
		{"/missing", nil, "404"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			start := time.Now()
			code, out, errOut := runCmd(append(tt.args, srv.URL+tt.path), "")
			if code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			if out != "" {
				t.Errorf("stdout = %q, want nothing", out)
			}
			if !strings.Contains(errOut, tt.want) || !strings.Contains(errOut, srv.URL+tt.path) {
				t.Errorf("stderr = %q, want the input name and %q", errOut, tt.want)
			}
			if d := time.Since(start); d > 4*time.Second {
				t.Errorf("took %v: limits not applied", d)
			}
		})
	}
}

func TestFetchArticle(t *testing.T) {
	srv := newTestServer(t)
	code, out, errOut := runCmd([]string{srv.URL + "/article"}, "")
	if code != 0 {
		t.Fatalf("exit status %d: %s", code, errOut)
	}
	var a struct {
		URL      string
		Headline string
		Authors  []struct{ Name string }
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if a.Headline != "Test headline" || a.URL != srv.URL+"/article" {
		t.Errorf("got headline %q url %q", a.Headline, a.URL)
	}
	if !strings.Contains(out, "\n  \"") {
		t.Errorf("one input should print indented JSON:\n%s", out)
	}
}

func TestFilesAndStdin(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, []byte(testPage), 0o644); err != nil {
		t.Fatal(err)
	}
	// Several inputs: JSON Lines, in order; a missing file is reported
	// and sets the exit status.
	code, out, errOut := runCmd([]string{page, filepath.Join(dir, "nope.html"), "-"}, testPage)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if !strings.Contains(errOut, "nope.html") {
		t.Errorf("stderr %q does not name the missing file", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
	}
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("line is not JSON: %v", err)
		}
	}
	// Flags.
	if code, _, _ := runCmd([]string{"-text", "-html"}, ""); code != 2 {
		t.Errorf("-text -html: exit %d, want 2", code)
	}
	code, out, _ = runCmd([]string{"-text", "-url", "https://example.com/a"}, "Headline of a pasted story here\n\nA paragraph of the pasted story that reads as running text, long enough to count.\n")
	if code != 0 || !strings.Contains(out, `"https://example.com/a"`) {
		t.Errorf("-text -url: exit %d, output %s", code, out)
	}
}

func TestBatchDirectoryKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	for i := range 12 {
		page := strings.Replace(testPage, "Test headline", fmt.Sprintf("Headline number %02d", i), 2)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%02d.html", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCmd([]string{"-j", "4", dir}, "")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 12 {
		t.Fatalf("got %d lines, want 12", len(lines))
	}
	for i, l := range lines {
		var a struct{ Headline string }
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("Headline number %02d", i); a.Headline != want {
			t.Errorf("line %d: headline %q, want %q", i, a.Headline, want)
		}
	}
	if !strings.Contains(errOut, "12 pages") || !strings.Contains(errOut, "pages/s") {
		t.Errorf("stderr %q does not report the rate", errOut)
	}
}

func TestBatchJSONL(t *testing.T) {
	var in strings.Builder
	enc := json.NewEncoder(&in)
	enc.Encode(map[string]string{"url": "https://example.com/a", "html": testPage})
	in.WriteString("{not json\n")
	enc.Encode(map[string]string{"url": "https://example.com/c", "html": testPage})
	code, out, errOut := runCmd([]string{"-jsonl", "-j", "2"}, in.String())
	if code != 1 {
		t.Errorf("exit %d, want 1 (one bad record)", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3 (one per record):\n%s", len(lines), out)
	}
	if !strings.Contains(lines[0], `"url":"https://example.com/a"`) || !strings.Contains(lines[2], `"url":"https://example.com/c"`) {
		t.Errorf("records out of order:\n%s", out)
	}
	if !strings.Contains(lines[1], `"error"`) || !strings.Contains(errOut, "-:2") {
		t.Errorf("bad record not reported in place: %s / %s", lines[1], errOut)
	}
}
