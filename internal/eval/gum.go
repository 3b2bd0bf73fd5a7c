package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A GumDoc is one GUM document rebuilt as running text.
type GumDoc struct {
	// ID is the document name ("GUM_news_iodine").
	ID string
	// Paragraphs are the document's paragraphs, sentences joined by a space.
	Paragraphs []string
	// Mentions are the person, organization and place mentions, in order of
	// their start.
	Mentions []GumMention
}

// A GumMention is one gold entity mention of a GUM document.
type GumMention struct {
	// Type is person, organization or place.
	Type string
	// Cluster is the entity id: mentions with the same Cluster name the same
	// real-world entity.
	Cluster string
	// Named marks a named (proper) mention, one listed in
	// mentions_proper.tsv.
	Named bool
	// Para, Start and End locate the mention: byte offsets in
	// Paragraphs[Para].
	Para, Start, End int
	// Text is the mention's text.
	Text string
	// sent, first and last are its sentence id and token ids, for joining
	// with mentions_proper.tsv.
	sent        string
	first, last int
}

// gumType reports whether t is a GUM entity type the evaluation scores.
func gumType(t string) bool {
	return t == "person" || t == "organization" || t == "place"
}

// LoadGUM reads the GUM documents in dir (corpus/gum): the text and mentions
// of dep/*.conllu, with the mentions of mentions_proper.tsv marked Named.
func LoadGUM(dir string) ([]GumDoc, error) {
	names, err := filepath.Glob(filepath.Join(dir, "dep", "*.conllu"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("eval: no dep/*.conllu in %s", dir)
	}
	slices.Sort(names)
	var docs []GumDoc
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		d, err := ParseCoNLLU(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", name, err)
		}
		docs = append(docs, d...)
	}
	f, err := os.Open(filepath.Join(dir, "mentions_proper.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := markNamed(docs, f); err != nil {
		return nil, err
	}
	return docs, nil
}

// markNamed reads mentions_proper.tsv and marks the mentions it lists as
// named; a listed mention that the brackets lack is added.
func markNamed(docs []GumDoc, r io.Reader) error {
	byID := make(map[string]*GumDoc, len(docs))
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 0; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if line == 0 || len(f) < 6 || !gumType(f[4]) {
			continue
		}
		d := byID[f[0]]
		first, err1 := strconv.Atoi(f[2])
		last, err2 := strconv.Atoi(f[3])
		if d == nil || err1 != nil || err2 != nil {
			continue
		}
		k := slices.IndexFunc(d.Mentions, func(m GumMention) bool {
			return m.sent == f[1] && m.first == first && m.last == last && m.Cluster == f[5]
		})
		if k < 0 {
			return fmt.Errorf("eval: mentions_proper.tsv line %d: no such mention in %s", line+1, f[0])
		}
		d.Mentions[k].Named = true
	}
	return sc.Err()
}

// ParseCoNLLU reads documents in CoNLL-U with GUM's Entity= brackets in the
// MISC column, "# newdoc id", "# newpar" and "# text =" comments. The
// mentions it returns are not marked Named.
func ParseCoNLLU(r io.Reader) ([]GumDoc, error) {
	var b conlluBuilder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		if err := b.line(sc.Text()); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	b.endSentence()
	b.endDoc()
	return b.docs, nil
}

// conlluToken is one token line: a word (first == last) or a multiword
// token range.
type conlluToken struct {
	first, last int
	form, misc  string
}

// openMention is a mention whose closing bracket has not been seen yet.
type openMention struct {
	id, typ     string
	sent        string
	first       int
	para, start int
}

// conlluBuilder accumulates documents line by line.
type conlluBuilder struct {
	docs   []GumDoc
	cur    *GumDoc
	newPar bool
	sentID string
	text   string
	toks   []conlluToken
	open   []openMention
}

// line reads one line.
func (b *conlluBuilder) line(s string) error {
	switch {
	case s == "":
		b.endSentence()
	case strings.HasPrefix(s, "# newdoc id"):
		b.endSentence()
		b.endDoc()
		b.cur = &GumDoc{ID: commentValue(s)}
		b.newPar = true
	case strings.HasPrefix(s, "# newpar"):
		if s == "# newpar" || strings.HasPrefix(s, "# newpar ") || strings.HasPrefix(s, "# newpar=") {
			b.newPar = true
		}
	case strings.HasPrefix(s, "# sent_id"):
		b.sentID = commentValue(s)
	case strings.HasPrefix(s, "# text ="), strings.HasPrefix(s, "# text="):
		b.text = commentValue(s)
	case strings.HasPrefix(s, "#"):
	default:
		f := strings.Split(s, "\t")
		if len(f) < 10 {
			return fmt.Errorf("eval: CoNLL-U line has %d fields: %q", len(f), s)
		}
		if strings.Contains(f[0], ".") {
			return nil // empty node of the enhanced graph
		}
		first, last, err := tokenRange(f[0])
		if err != nil {
			return err
		}
		b.toks = append(b.toks, conlluToken{first: first, last: last, form: f[1], misc: f[9]})
	}
	return nil
}

// commentValue returns the value of a "# key = value" comment.
func commentValue(s string) string {
	if i := strings.IndexByte(s, '='); i >= 0 {
		return strings.TrimSpace(s[i+1:])
	}
	return ""
}

// tokenRange reads a token id, "7" or "7-8".
func tokenRange(id string) (first, last int, err error) {
	a, z, ok := strings.Cut(id, "-")
	first, err = strconv.Atoi(a)
	if err != nil {
		return 0, 0, fmt.Errorf("eval: bad token id %q", id)
	}
	if !ok {
		return first, first, nil
	}
	last, err = strconv.Atoi(z)
	if err != nil {
		return 0, 0, fmt.Errorf("eval: bad token id %q", id)
	}
	return first, last, nil
}

// endDoc finishes the current document.
func (b *conlluBuilder) endDoc() {
	if b.cur == nil {
		return
	}
	slices.SortStableFunc(b.cur.Mentions, func(x, y GumMention) int {
		if x.Para != y.Para {
			return x.Para - y.Para
		}
		return x.Start - y.Start
	})
	b.docs = append(b.docs, *b.cur)
	b.cur = nil
	b.open = nil
}
