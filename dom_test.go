package news

import (
	"strings"
	"testing"
)

// TestHoverContentLeftOut checks that tooltip and hover-card text inside a
// paragraph is not read as the paragraph's text, while the link it
// annotates is.
func TestHoverContentLeftOut(t *testing.T) {
	page := `<html><body><article>
<p>The governor, <a class="rollover-people-link" href="/people/jane-roe">Jane Roe<span class="rollover-people-block"><span>Jane Roe, governor since 2019, previously served in the state senate.</span></span></a>, said on Monday that the state would expand its treatment programs next year.</p>
<p>Officials said the plan <span class="tooltip">Tip: click to share</span>would cost about $4 million over two years and start in the spring, after a public comment period.</p>
</article></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(a.Paragraphs, "\n")
	if !strings.Contains(text, "The governor, Jane Roe, said on Monday") {
		t.Errorf("link text lost or hover text kept:\n%s", text)
	}
	for _, bad := range []string{"previously served", "click to share"} {
		if strings.Contains(text, bad) {
			t.Errorf("hover text %q in body:\n%s", bad, text)
		}
	}
}
