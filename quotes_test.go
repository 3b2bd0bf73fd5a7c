package news

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// seedEntities is what a good entity stage finds in the seed, written by
// hand, with the mentions of the speakers where they speak.
func seedEntities() []Entity {
	m := func(para int, s string) []Mention {
		i := strings.Index(seedParagraphs[para], s)
		return []Mention{{Paragraph: para, Start: i, End: i + len(s)}}
	}
	return []Entity{
		{Name: "China", Kind: Location},
		{Name: "United States", Kind: Location, Aliases: []string{"US", "U.S."}},
		{Name: "National Security Agency", Kind: Organization, Aliases: []string{"NSA"}},
		{Name: "Huawei Technologies", Kind: Organization, Aliases: []string{"Huawei"}},
		{Name: "Chinese Foreign Ministry", Kind: Organization, Aliases: []string{"China's Foreign Ministry"}},
		{Name: "China Daily", Kind: Organization},
		{Name: "Edward Snowden", Kind: Person, Role: "NSA whistleblower"},
		{Name: "Shenzhen", Kind: Location},
		{Name: "The New York Times", Kind: Organization},
		{Name: "William Plummer", Kind: Person, Role: "Huawei spokesperson"},
		{Name: "Forbes", Kind: Organization},
		{Name: "Hong Lei", Kind: Person, Aliases: []string{"Hong"}, Mentions: append(m(5, "Hong Lei"), m(5, "Hong.")[0])},
		{Name: "Zhu Zhiqun", Kind: Person, Aliases: []string{"Zhu"}, Mentions: append(m(6, "Zhu Zhiqun"), m(6, "Zhu said")[0])},
		{Name: "Bucknell University", Kind: Organization},
		{Name: "Pennsylvania", Kind: Location},
	}
}

// seedQuote builds the expected quote of text in seed paragraph para.
func seedQuote(para int, text, speaker string, entity int, role, verb string, partial bool) Quote {
	i := strings.Index(seedParagraphs[para], text)
	return Quote{Text: text, Speaker: speaker, Entity: entity, Role: role, Verb: verb,
		Paragraph: para, Start: i, End: i + len(text), Partial: partial}
}

// direct keeps the quotations in marks.
func direct(qs []Quote) []Quote {
	var out []Quote
	for _, q := range qs {
		if !q.Indirect {
			out = append(out, q)
		}
	}
	return out
}

func TestQuotesSeed(t *testing.T) {
	const (
		plummer = "Governments should agree among themselves what the acceptable norm of society is in cyberspace. Monitoring, perpetrating private e-mail, and stealing its property is not acceptable,"
		hong    = "We require the American side to give a clear explanation and stop such behaviors,"
		zhu     = "But few people with common sense would doubt that the U.S. intelligence has one of the most sophisticated and aggressive espionage networks around the world...so the latest revelation that NSA spied on Huawei and Chinese leaders should not come as a surprise at all,"
		zhuRole = "a professor of political science at Bucknell University"
		hongRol = "A spokesperson from China's Foreign Ministry"
	)
	tests := []struct {
		name string
		ents []Entity
		want []Quote
	}{
		{"without entities", nil, []Quote{
			seedQuote(1, "seriously concerned", "Chinese Foreign Ministry", -1, "", "said", true),
			seedQuote(4, plummer, "William Plummer", -1, "Huawei spokesperson", "said", false),
			seedQuote(5, hong, "Hong Lei", -1, hongRol, "said", false),
			seedQuote(6, zhu, "Zhu Zhiqun", -1, zhuRole, "said", false),
			seedQuote(7, "extensive U.S. espionage in China and elsewhere", "Zhu Zhiqun", -1, zhuRole, "said", true),
		}},
		{"with entities", seedEntities(), []Quote{
			seedQuote(1, "seriously concerned", "Chinese Foreign Ministry", 4, "", "said", true),
			seedQuote(4, plummer, "William Plummer", 9, "Huawei spokesperson", "said", false),
			seedQuote(5, hong, "Hong Lei", 11, hongRol, "said", false),
			seedQuote(6, zhu, "Zhu Zhiqun", 12, zhuRole, "said", false),
			seedQuote(7, "extensive U.S. espionage in China and elsewhere", "Zhu Zhiqun", 12, zhuRole, "said", true),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := direct(findQuotes(seedHeadline, seedDescription, seedParagraphs, tt.ents))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findQuotes(seed) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestQuotesSeedIndirect checks the reported speech of the seed.
func TestQuotesSeedIndirect(t *testing.T) {
	want := map[string]string{
		"the government was concerned about surveillance and spying activities the U.S. had conducted on other countries":       "Hong Lei",
		"the U.S. government had taken to projecting itself as the victim in cyberspying, particularly when China was involved": "Zhu Zhiqun",
		"The NSA then tracked communications of the Chinese vendor's top executives":                                            "New York Times",
	}
	got := map[string]string{}
	for _, q := range findQuotes(seedHeadline, seedDescription, seedParagraphs, nil) {
		if q.Indirect {
			if _, ok := want[q.Text]; ok {
				got[q.Text] = q.Speaker
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("indirect speech of the seed mismatch (-want +got):\n%s", diff)
	}
}

// readQuoteFixture reads a fixture: optional "headline:" and
// "description:" lines, then paragraphs separated by blank lines.
func readQuoteFixture(t *testing.T, path string) (headline, description string, paras []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, block := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n") {
		block = strings.TrimSpace(block)
		switch {
		case block == "":
		case strings.HasPrefix(block, "headline:"):
			for _, line := range strings.Split(block, "\n") {
				if h, ok := strings.CutPrefix(line, "headline:"); ok {
					headline = strings.TrimSpace(h)
				}
				if d, ok := strings.CutPrefix(line, "description:"); ok {
					description = strings.TrimSpace(d)
				}
			}
		default:
			paras = append(paras, strings.Join(strings.Fields(block), " "))
		}
	}
	return headline, description, paras
}

// TestQuotesGolden runs the quote stage, without entities, on the short
// articles of testdata/quotes; go test -run TestQuotesGolden
// -update-quotes rewrites the expected JSON.
func TestQuotesGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/quotes/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata/quotes: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			h, d, paras := readQuoteFixture(t, f)
			got := findQuotes(h, d, paras, nil)
			if got == nil {
				got = []Quote{}
			}
			golden := strings.TrimSuffix(f, ".txt") + ".json"
			if *update {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			var want []Quote
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

// FuzzFindQuotes checks that the quote stage never panics and that every
// quotation points at its text.
func FuzzFindQuotes(f *testing.F) {
	files, _ := filepath.Glob("testdata/quotes/*.txt")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(strings.Join(seedParagraphs, "\n\n"))
	f.Add(`"a ‘b’ c" 'd «e» „f“ 「g」 “h`)
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n\n")
		for _, q := range findQuotes("", "", paras, nil) {
			if q.Paragraph < 0 || q.Paragraph >= len(paras) {
				t.Fatalf("quote %+v: paragraph out of range", q)
			}
			p := paras[q.Paragraph]
			if q.Start < 0 || q.Start > q.End || q.End > len(p) || p[q.Start:q.End] != q.Text {
				t.Fatalf("quote %+v does not point at its text in %q", q, p)
			}
		}
	})
}
