package news

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata (articles, quotes, entities)")

// goldenResult is what a golden file holds: the Article, and the error
// when Parse returns one.
type goldenResult struct {
	Error string `json:"error,omitempty"`
	*Article
}

// parseFixture parses testdata/NAME.html or NAME.txt, with the page URL
// from NAME.url when there is one.
func parseFixture(t *testing.T, path string) goldenResult {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var p Parser
	base := strings.TrimSuffix(path, filepath.Ext(path))
	if u, err := os.ReadFile(base + ".url"); err == nil {
		p.URL = strings.TrimSpace(string(u))
	}
	if strings.HasSuffix(path, ".txt") {
		p.Format = FormatText
	}
	a, err := p.Parse(bytes.NewReader(data))
	var g goldenResult
	if err != nil {
		g.Error = err.Error()
	}
	if a != nil {
		// Quotes and entities have golden files of their own.
		a.Quotes, a.Entities = nil, nil
	}
	g.Article = a
	return g
}

// marshalGolden writes a result the way golden files are written.
func marshalGolden(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestGolden parses every fixture in testdata and compares the result with
// its golden file. Run with -update to rewrite the golden files, then read
// the diff.
func TestGolden(t *testing.T) {
	var inputs []string
	for _, pat := range []string{"testdata/*.html", "testdata/*.txt"} {
		m, _ := filepath.Glob(pat)
		inputs = append(inputs, m...)
	}
	if len(inputs) == 0 {
		t.Fatal("no fixtures in testdata")
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			got := parseFixture(t, in)
			goldenPath := strings.TrimSuffix(in, filepath.Ext(in)) + ".json"
			if *update {
				if err := os.WriteFile(goldenPath, marshalGolden(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			data, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("no golden file (run with -update): %v", err)
			}
			var want goldenResult
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("bad golden file: %v", err)
			}
			// Round-trip what we got so both sides read the same way.
			var gotRT goldenResult
			if err := json.Unmarshal(marshalGolden(got), &gotRT); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, gotRT); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", in, diff)
			}
		})
	}
}

// seedPath is the article the project started from, when ../shared is
// present.
const seedPath = "../shared/seeds/000_5c4436813074ef2d.txt"

// TestSeed checks the seed article, pasted plain text, field by field.
func TestSeed(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed not present: %v", err)
	}
	a, err := Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Beijing demands US explain Huawei spying"; a.Headline != want {
		t.Errorf("Headline = %q, want %q", a.Headline, want)
	}
	if want := `Chinese government wants its U.S. counterpart to provide a "clear explanation" over reports the NSA had infiltrated servers operated by Huawei, to spy on the Chinese networking giant's top executives.`; a.Description != want {
		t.Errorf("Description = %q, want %q", a.Description, want)
	}
	if diff := cmp.Diff([]Author{{Name: "Eileen Yu", Role: "Senior Contributing Editor"}}, a.Authors); diff != "" {
		t.Errorf("Authors mismatch (-want +got):\n%s", diff)
	}
	if a.Section != "Tech" {
		t.Errorf("Section = %q, want Tech", a.Section)
	}
	if len(a.Paragraphs) != 8 {
		t.Fatalf("got %d paragraphs, want 8:\n%s", len(a.Paragraphs), strings.Join(a.Paragraphs, "\n"))
	}
	if !strings.HasPrefix(a.Paragraphs[0], "China has demanded an explanation") {
		t.Errorf("first paragraph = %q", a.Paragraphs[0])
	}
	if !strings.HasPrefix(a.Paragraphs[7], "Noting the U.S. government officials") {
		t.Errorf("last paragraph = %q", a.Paragraphs[7])
	}
	for _, p := range a.Paragraphs {
		for _, bad := range []string{"X", "Tech", "Written by", "Editorial standards"} {
			if p == bad || strings.HasPrefix(p, bad+" ") && bad != "X" {
				t.Errorf("paragraph %q should not be in the body", p)
			}
		}
	}
}

// TestErrors checks the sentinel errors.
func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		p     Parser
		input string
		want  error
	}{
		{"empty", Parser{}, "", ErrEmpty},
		{"blank", Parser{}, " \n\t\r\n ", ErrEmpty},
		{"too large", Parser{MaxBytes: 10}, strings.Repeat("a", 11), ErrTooLarge},
		{"no article", Parser{}, "<html><body><nav><a href=/>Home</a></nav></body></html>", ErrNotArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.p.Parse(strings.NewReader(tt.input))
			if !errors.Is(err, tt.want) {
				t.Errorf("Parse error = %v, want %v", err, tt.want)
			}
		})
	}
}
