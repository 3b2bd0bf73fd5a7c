package news

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotePartial checks when a quotation is a fragment of the
// reporter's own sentence.
func TestQuotePartial(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"whole sentence with cue after", `"We will appeal," Ruiz said.`, false},
		{"introduced by a colon", `Ruiz said: "We will appeal."`, false},
		{"introduced by a comma", `Ruiz added, "We will appeal."`, false},
		{"lowercase after a reporting comma", `Benioff weighed in, telling Cook, "since he passed, you have been true to him."`, false},
		{"capital after a comma", `For the industry, "2020 will be about testing."`, false},
		{"after that", `The ministry said the government was "seriously concerned" about it.`, true},
		{"inside the sentence", `He called it "a lovely gesture" and left.`, true},
		{"lowercase after a plain comma", `That being said, "people should not panic," he said.`, true},
		{"sentence goes on after it", `"The people aren't buying" impeachment, Trump said.`, true},
		{"second part of a sentence", `Privacy is not a "bolt-on thing," Cook said, but "embedded in who we are."`, true},
		{"new sentence after a quote", `"It is over," he said. "We lost."`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := direct(findQuotes("", "", []string{tt.text}, nil))
			if len(qs) == 0 {
				t.Fatalf("no quotation found in %q", tt.text)
			}
			if got := qs[len(qs)-1].Partial; got != tt.want {
				t.Errorf("partial of the last quotation in %q = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// texts lists the words of the direct quotations.
func texts(qs []Quote) []string {
	var out []string
	for _, q := range qs {
		if !q.Indirect {
			out = append(out, q.Text)
		}
	}
	return out
}

// TestQuoteNotSpeech checks that titles, nicknames and scare quotes are
// left out, and that short quotations with a reporting cue are kept.
func TestQuoteNotSpeech(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"film title", `She starred in the film "The Long Night" last year.`, nil},
		{"book title with comma", `Her new book, "A Year in the Dark," tops the list.`, nil},
		{"show in title case", `He was voted off "Dancing with the Stars" on Monday.`, nil},
		{"nickname", `Dwayne "The Rock" Johnson attended the premiere.`, nil},
		{"called", `The drug is called "feather lung" by doctors.`, nil},
		{"so-called", `Critics mocked the so-called "streaming revolution".`, nil},
		{"scare quote", `The studio's "innovative" strategy drew scrutiny.`, nil},
		{"word as a term", `He owns the trademark on the word "We".`, nil},
		{"short speech with a cue", `Rossi said the cut was "deeply disappointing."`, []string{"deeply disappointing."}},
		{"short speech with a cue after", `The talks were "very constructive," Rossi said.`, []string{"very constructive,"}},
		{"called it", `The Arab League called it an "extremely adverse development".`, []string{"extremely adverse development"}},
		{"chanted slogan", `Teachers chanted, "Fund our schools," in the hall.`, []string{"Fund our schools,"}},
		{"floating short reply", `"Will you run?" a reporter asked. "Maybe."`, []string{"Will you run?", "Maybe."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(findQuotes("", "", []string{tt.text}, nil))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("quotations of %q mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestQuoteCues checks the reporting cue and speaker of each pattern of
// attribution.
func TestQuoteCues(t *testing.T) {
	type sv struct{ Speaker, Verb string }
	tests := []struct {
		name  string
		paras []string
		want  []sv
	}{
		{"speaker before with colon", []string{`Maria Delgado said: "We will not go back."`}, []sv{{"Maria Delgado", "said"}}},
		{"speaker after", []string{`"We will not go back," Maria Delgado said.`}, []sv{{"Maria Delgado", "said"}}},
		{"inverted with role", []string{`"We remain at the table," said Tom Becker, a spokesman for the company.`}, []sv{{"Tom Becker", "said"}}},
		{"speaker in the middle", []string{`"Every day costs millions," Becker said, "and they know it."`}, []sv{{"Becker", "said"}, {"Becker", "said"}}},
		{"next sentence inherits", []string{`"We lost," Ruiz said. "We will be back."`}, []sv{{"Ruiz", "said"}, {"Ruiz", "said"}}},
		{"told Reuters", []string{`Will Moy told Reuters: "It was an attempt to mislead."`}, []sv{{"Will Moy", "told"}}},
		{"according to", []string{`According to Ann Lee, "nothing has changed."`}, []sv{{"Ann Lee", "according to"}}},
		{"said in a statement", []string{`"The cause is under investigation," the US military said in a statement.`}, []sv{{"US military", "said"}}},
		{"wrote on Twitter", []string{`Mayor Linda Park wrote on Twitter: "Return to the table."`}, []sv{{"Linda Park", "wrote"}}},
		{"the ministry", []string{`The Transport Ministry urged calm.`, `"We are watching," the ministry said.`}, []sv{{"Transport Ministry", "said"}}},
		{"speaker in the next sentence", []string{`"We lost everything." Resident Ana Ortiz said the water rose in minutes.`}, []sv{{"Ana Ortiz", "said"}}},
		{"signed with a dash", []string{`"Our work is not done." —Commissioner Geoffrey Starks`}, []sv{{"Geoffrey Starks", "—"}}},
		{"quoted as saying", []string{`Smith was quoted as saying "the deal is dead."`}, []sv{{"Smith", "saying"}}},
		{"unusual verb", []string{`"I never wanted this," Hill sighed.`}, []sv{{"Hill", "sighed"}}},
		{"colon after a name", []string{`And from Chairwoman Jessica Rosenworcel: "We must act now."`}, []sv{{"Jessica Rosenworcel", ":"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []sv
			for _, q := range direct(findQuotes("", "", tt.paras, nil)) {
				got = append(got, sv{q.Speaker, q.Verb})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("cues of %q mismatch (-want +got):\n%s", strings.Join(tt.paras, " ¶ "), diff)
			}
		})
	}
}

// TestQuotesEmpty checks the edges: no text, no marks, only marks.
func TestQuotesEmpty(t *testing.T) {
	for _, paras := range [][]string{nil, {""}, {"No quotations here."}, {`"`}, {`“”`}, {`''`}, {"‘’"}} {
		if got := direct(findQuotes("", "", paras, nil)); len(got) != 0 {
			t.Errorf("findQuotes(%q) = %v, want none", paras, got)
		}
	}
}

func BenchmarkFindQuotes(b *testing.B) {
	inputs := map[string][]string{
		"seed":         seedParagraphs,
		"marks100k":    {strings.Repeat(`"`, 100000)},
		"curly100k":    {strings.Repeat("“a ", 100000)},
		"quotes":       {strings.Repeat(`"A b c," he said. `, 20000)},
		"capitals":     {strings.Repeat("Smith Jones ", 50000) + `said "x y z".`},
		"reportverbs":  {strings.Repeat("a, said ", 50000) + `"x y z".`},
		"paragraphs5k": repeatParas(`“Quote here now,” he said. Smith Jones said that the company would act.`, 5000),
	}
	for name, paras := range inputs {
		b.Run(name, func(b *testing.B) {
			n := 0
			for _, p := range paras {
				n += len(p)
			}
			b.SetBytes(int64(n))
			for b.Loop() {
				findQuotes("", "", paras, nil)
			}
		})
	}
}

func repeatParas(p string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = p
	}
	return out
}
