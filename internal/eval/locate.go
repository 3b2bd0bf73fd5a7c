package eval

import (
	"sort"
	"strings"
)

// A Locator maps text a parser returns (its paragraphs, headline) back to
// positions in gold paragraphs, so that mentions the parser reports in its
// own paragraphs can be scored against gold spans.
type Locator struct {
	doc    string
	starts []int
	ends   []int
}

// NewLocator returns a Locator over the gold paragraphs, which it joins
// with blank lines.
func NewLocator(paras []string) *Locator {
	l := &Locator{}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		l.starts = append(l.starts, b.Len())
		b.WriteString(p)
		l.ends = append(l.ends, b.Len())
	}
	l.doc = b.String()
	return l
}

// Find returns the offset in the joined gold text of the first occurrence
// of piece at or after from, else of its first occurrence anywhere, else -1.
func (l *Locator) Find(piece string, from int) int {
	if piece == "" {
		return -1
	}
	from = min(max(from, 0), len(l.doc))
	if k := strings.Index(l.doc[from:], piece); k >= 0 {
		return from + k
	}
	return strings.Index(l.doc, piece)
}

// Span converts the span [start, end) of the joined gold text into a
// paragraph index and offsets in that paragraph; the end is clipped to the
// paragraph. ok is false when start is outside every paragraph.
func (l *Locator) Span(start, end int) (para, s, e int, ok bool) {
	i := sort.SearchInts(l.starts, start+1) - 1
	if i < 0 || start >= l.ends[i] {
		return 0, 0, 0, false
	}
	end = min(end, l.ends[i])
	return i, start - l.starts[i], end - l.starts[i], true
}
