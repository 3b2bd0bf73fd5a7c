package news

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// adversarialInputs are generated pages that try to make the parser
// panic, hang or take unbounded memory.
func adversarialInputs() []struct {
	name string
	p    Parser
	data func() []byte
} {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year, officials said.</p>"
	return []struct {
		name string
		p    Parser
		data func() []byte
	}{
		{"nested divs", Parser{}, func() []byte {
			return []byte(strings.Repeat("<div>", 100000) + para + strings.Repeat("</div>", 100000))
		}},
		{"script nested deep", Parser{}, func() []byte {
			// Scripts past the nesting limit must stay scripts: were their
			// tags dropped, their content would read as a paragraph.
			script := "<script>alert(1); " + strings.Repeat(strings.TrimSuffix(strings.TrimPrefix(para, "<p>"), "</p>"), 3) + "</script>"
			return []byte(strings.Repeat("<div><svg>", 1000) + script + strings.Repeat("</svg>", 1000) +
				strings.Repeat("<div>", 1000) + script + strings.Repeat(para, 3) + strings.Repeat("</div>", 2000))
		}},
		{"nested formatting", Parser{}, func() []byte {
			return []byte(strings.Repeat("<b><i>", 50000) + para)
		}},
		{"nested tables", Parser{}, func() []byte {
			return []byte(strings.Repeat("<table><tr><td>", 20000) + para)
		}},
		{"1 MB attribute", Parser{}, func() []byte {
			return []byte(`<html><body><div class="` + strings.Repeat("a", 1<<20) + `">` + para + `</div></body></html>`)
		}},
		{"million quote marks", Parser{}, func() []byte {
			return []byte("<p>" + strings.Repeat(`"“”«»„ `, 1000000/6) + "</p>" + para)
		}},
		{"unclosed marks", Parser{}, func() []byte {
			return []byte(strings.Repeat(`<p>“He said it would rain, and then `+"\u2018"+`it did, said Smith.</p>`, 5000))
		}},
		{"50 MB line", Parser{MaxBytes: 64 << 20}, func() []byte {
			return bytes.Repeat([]byte("word "), 10<<20)
		}},
		{"50 MB line, default limit", Parser{}, func() []byte {
			return bytes.Repeat([]byte("word "), 10<<20)
		}},
		{"NUL and invalid UTF-8", Parser{}, func() []byte {
			return []byte("<html><body><p>Bad \x00 bytes \xff\xfe\xc3 here " + strings.Repeat("and more text \x00\x80 ", 20) + ".</p></body></html>")
		}},
		{"UTF-16 with BOM", Parser{}, func() []byte {
			s := "<html><body><h1>Headline here</h1>" + strings.Repeat(para, 3) + "</body></html>"
			b := []byte{0xFF, 0xFE}
			for _, r := range s {
				b = append(b, byte(r), byte(r>>8))
			}
			return b
		}},
		{"cyclic JSON-LD", Parser{}, func() []byte {
			ld := `{"@graph":[{"@id":"#a","@type":"NewsArticle","author":{"@id":"#b"},"publisher":{"@id":"#a"},"isPartOf":{"@id":"#b"}},` +
				`{"@id":"#b","@type":"Person","name":"Jane Doe","knows":{"@id":"#a"},"worksFor":{"@id":"#b"}}]}`
			return []byte(`<script type="application/ld+json">` + ld + `</script>` + para)
		}},
		{"deep JSON-LD", Parser{}, func() []byte {
			ld := strings.Repeat(`{"a":`, 100000) + "1" + strings.Repeat("}", 100000)
			return []byte(`<script type="application/ld+json">` + ld + `</script>` + para)
		}},
		{"huge JSON-LD", Parser{}, func() []byte {
			var b strings.Builder
			b.WriteString(`<script type="application/ld+json">[`)
			for i := range 100000 {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteString(`{"@type":"NewsArticle","headline":"H","author":[{"name":"A B"}]}`)
			}
			b.WriteString(`]</script>` + para)
			return []byte(b.String())
		}},
		{"script-injected text", Parser{}, func() []byte {
			return []byte(`<body><script>document.write("<p>not text</p>")</script><p>Text with <script>alert(1)</script> a script inside and more words to make a sentence here.</p><style>p{}</style>` + para + `</body>`)
		}},
		{"100,000 capitalized words", Parser{}, func() []byte {
			return []byte("<p>" + strings.Repeat("Alpha Beta Gamma Delta said Epsilon. ", 20000) + "</p>")
		}},
		{"100,000 paragraphs", Parser{}, func() []byte {
			return []byte(strings.Repeat(para, 100000))
		}},
		{"1 MB of line breaks", Parser{}, func() []byte {
			return bytes.Repeat([]byte("<br>"), 1<<18)
		}},
		{"1 MB of open paragraphs", Parser{}, func() []byte {
			return bytes.Repeat([]byte("<p>a"), 1<<18)
		}},
		{"1 MB of table cells", Parser{}, func() []byte {
			return []byte("<table><tr>" + strings.Repeat("<td>1</td>", 1<<17) + "</table>" + para)
		}},
		{"binary", Parser{}, func() []byte {
			b := make([]byte, 1<<20)
			for i := range b {
				b[i] = byte(i*7919 + i>>8)
			}
			return b
		}},
		{"JSON-LD of empty objects", Parser{}, func() []byte {
			return []byte(`<script type="application/ld+json">[` + strings.Repeat("{},", 300000) + `{}]</script>` + para)
		}},
		{"javascript URLs", Parser{URL: "https://example.com/a"}, func() []byte {
			return []byte(`<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="data:image/png;base64,AAAA">` +
				`<a rel="author" href="javascript:alert(2)">Jane Doe</a>` + strings.Repeat(para, 3))
		}},
	}
}

// TestAdversarial parses each adversarial input: no panic, a sentinel
// error or a well-formed result.
func TestAdversarial(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, tt := range adversarialInputs() {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.p.Parse(bytes.NewReader(tt.data()))
			if err != nil && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNotArticle) {
				t.Fatalf("unexpected error: %v", err)
			}
			if a != nil {
				checkWellFormed(t, a, tt.p.Format != FormatText)
			}
		})
	}
}

// checkWellFormed checks the output safety promises: valid UTF-8,
// absolute http(s) URLs, offsets inside their text, and with scripts, no
// text of the script elements of TestAdversarial's pages.
func checkWellFormed(t *testing.T, a *Article, scripts bool) {
	t.Helper()
	texts := []string{a.Headline, a.Description, a.Section, a.Language, a.Publication.Name}
	texts = append(texts, a.Paragraphs...)
	texts = append(texts, a.Tags...)
	for _, au := range a.Authors {
		texts = append(texts, au.Name, au.Role)
		checkURL(t, au.URL)
	}
	for _, s := range texts {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8 in %q", s)
		}
		if scripts && (strings.Contains(s, "<script") || strings.Contains(s, "alert(1)") || strings.Contains(s, "not text")) {
			t.Errorf("script content in output: %.80q", s)
		}
	}
	for _, u := range []string{a.URL, a.Image, a.Publication.URL} {
		checkURL(t, u)
	}
	textOf := func(p int) string {
		switch {
		case p == InHeadline:
			return a.Headline
		case p == InDescription:
			return a.Description
		case p >= 0 && p < len(a.Paragraphs):
			return a.Paragraphs[p]
		}
		return ""
	}
	for _, q := range a.Quotes {
		if s := textOf(q.Paragraph); q.Start < 0 || q.End > len(s) || q.Start > q.End {
			t.Errorf("quote offsets %d-%d outside paragraph %d", q.Start, q.End, q.Paragraph)
		}
		if q.Entity >= len(a.Entities) {
			t.Errorf("quote entity %d out of range", q.Entity)
		}
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if s := textOf(m.Paragraph); m.Start < 0 || m.End > len(s) || m.Start > m.End {
				t.Errorf("mention offsets %d-%d outside paragraph %d", m.Start, m.End, m.Paragraph)
			}
		}
	}
}

// checkURL checks that a URL in the output is empty or absolute http(s).
func checkURL(t *testing.T, u string) {
	t.Helper()
	if u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		t.Errorf("URL %q is not absolute http(s)", u)
	}
}

// TestConcurrentParse parses every fixture from many goroutines at once,
// sharing one Parser and the embedded data, and checks each result
// against a sequential parse. Run it with -race.
func TestConcurrentParse(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	txt, _ := filepath.Glob("testdata/*.txt")
	files = append(files, txt...)
	var inputs [][]byte
	var want []*Article
	var p Parser
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, data)
		a, _ := p.Parse(bytes.NewReader(data))
		want = append(want, a)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range inputs {
				j := (i + g) % len(inputs)
				got, _ := p.Parse(bytes.NewReader(inputs[j]))
				if diff := cmp.Diff(want[j], got); diff != "" {
					t.Errorf("%s: concurrent parse differs (-want +got):\n%s", files[j], diff)
				}
			}
		}()
	}
	wg.Wait()
}

// FuzzParse feeds arbitrary bytes to Parse as HTML and as text: it must
// not panic, and what it returns must be well formed.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	txt, _ := filepath.Glob("testdata/*.txt")
	for _, name := range append(files, txt...) {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data, false)
		}
	}
	f.Add([]byte(`<p>“Hello,” said Jane Doe. "Unclosed`), false)
	f.Add([]byte("Headline of a story\n\nBy Jane Doe\n\nA paragraph that is long enough to be text."), true)
	f.Fuzz(func(t *testing.T, data []byte, text bool) {
		if len(data) > 64<<10 {
			return // large inputs are TestAdversarial's; small ones explore more
		}
		p := Parser{MaxBytes: 1 << 20}
		if text {
			p.Format = FormatText
		}
		a, err := p.Parse(bytes.NewReader(data))
		if err != nil && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNotArticle) {
			t.Fatalf("unexpected error: %v", err)
		}
		if a != nil {
			// Text a page shows may say "<script" (a title is text):
			// script contents are checked by TestAdversarial.
			checkWellFormed(t, a, false)
		}
	})
}

// BenchmarkAdversarial shows that each adversarial input takes bounded
// time.
func BenchmarkAdversarial(b *testing.B) {
	for _, tt := range adversarialInputs() {
		data := tt.data()
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for range b.N {
				tt.p.Parse(bytes.NewReader(data))
			}
		})
	}
}

// TestDeepNestingKeepsText checks that a page nested deeper than the HTML
// parser accepts still gives its text, marked as truncated.
func TestDeepNestingKeepsText(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year, officials said in a statement.</p>"
	page := "<html><body>" + strings.Repeat("<div>", 5000) + para + para + strings.Repeat("</div>", 5000) + "</body></html>"
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !a.Truncated {
		t.Error("Truncated not set")
	}
	if len(a.Paragraphs) != 2 || !strings.HasPrefix(a.Paragraphs[0], "The council met") {
		t.Errorf("paragraphs = %q", a.Paragraphs)
	}
}

// TestDeepNestingFlattened builds pages nested thousands deep from random
// mixes of tags that open elements (tables, formatting, SVG, select,
// frameset, templates) and checks that the tree builder flattens them in
// one pass, never refusing one as too deep, and reports them truncated.
func TestDeepNestingFlattened(t *testing.T) {
	tags := []string{"<div>", "<b>", "<i>", "<a href=x>", "<table>", "<tr>", "<td>", "<p>", "<svg>",
		"<math>", "<select>", "<option>", "<template>", "<frameset>", "<li>", "<ul>", "<font color=red>",
		"<b class=1>", "<b class=2>", "<nobr>", "</p>", "</b>", "</a>", "</td>", "x", "<title>t</title>",
		"<br>", "<image>", "<caption>", "<colgroup>", "<col>", "<object>", "<marquee>", "<button>",
		"<h1>", "<dd>", "<pre>", "<mi>", "<foreignObject>", "<annotation-xml encoding=text/html>",
		"<html>", "<body>", "<script>s</script>"}
	r := rand.New(rand.NewSource(1))
	for range 200 {
		var page strings.Builder
		set := make([]string, 1+r.Intn(6))
		for i := range set {
			set[i] = tags[r.Intn(len(tags))]
		}
		for range 2*deepLimit + r.Intn(2000) {
			page.WriteString(set[r.Intn(len(set))])
		}
		_, _, err := buildTreeLimited(page.String(), 1<<22, deepLimit)
		if err != nil {
			t.Errorf("tags %q: %v", set, err)
		}
	}
	deep := strings.Repeat("<div>", 2*deepLimit) + "<p>text</p>"
	if _, truncated, err := buildTreeLimited(deep, 1<<20, deepLimit); err != nil || !truncated {
		t.Errorf("%d nested divs: truncated %v, error %v", 2*deepLimit, truncated, err)
	}
	if _, truncated, err := buildTreeLimited(strings.Repeat("<div>", deepLimit-10), 1<<20, deepLimit); err != nil || truncated {
		t.Errorf("%d nested divs: truncated %v, error %v", deepLimit-10, truncated, err)
	}
}
