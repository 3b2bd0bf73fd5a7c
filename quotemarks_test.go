package news

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quotedTexts lists the spans pairMarks finds, as their quoted words;
// an unclosed span is marked with a trailing "…?" and a single one with
// surrounding ‹›.
func quotedTexts(text string) []string {
	var out []string
	for _, s := range pairMarks(text) {
		t := text[s.start:s.end]
		if s.single {
			t = "‹" + t + "›"
		}
		if s.unclosed {
			t += "…?"
		}
		out = append(out, t)
	}
	return out
}

func TestPairMarks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"straight", `He said "yes," and "no."`, []string{"yes,", "no."}},
		{"curly", `“That’s perfect,” Boudreau said. “It’s the mark.”`, []string{"That’s perfect,", "It’s the mark."}},
		{"nested singles stay inside", `“And I said, ‘I want more.’ They said, ‘No.’” he said.`,
			[]string{"And I said, ‘I want more.’ They said, ‘No.’"}},
		{"apostrophes are not marks", `The students’ union said don’t, in the ’90s, ’em.`, nil},
		{"possessive inside single quote", `‘The students’ union said no,’ he said.`, []string{"‹The students’ union said no,›"}},
		{"single quote British style", `‘We will win,’ she said.`, []string{"‹We will win,›"}},
		{"straight single and apostrophe", `a slightly 'under-exposed' X-ray isn't rare`, []string{"‹under-exposed›"}},
		{"guillemets", `Il a dit « non » hier.`, []string{" non "}},
		{"guillemets with inner english", `« Il a dit “non” hier », a-t-il ajouté.`, []string{" Il a dit “non” hier "}},
		{"german low-high", `Er sagte: „Das ist gut“, und ging.`, []string{"Das ist gut"}},
		{"danish reversed guillemets", `Han sagde »nej« i går.`, []string{"nej"}},
		{"swedish same marks", `Hon sa ”ja” igår.`, []string{"ja"}},
		{"corner brackets", `彼は「行きます」と言った。`, []string{"行きます"}},
		{"white corner nested", `彼は「本『雪国』を読む」と言った。`, []string{"本『雪国』を読む"}},
		{"wrong-way opening mark", `Another said: ”Bird flu is coming.”`, []string{"Bird flu is coming."}},
		{"doubled apostrophes close", "“It was an attempt to mislead voters,’’ Will Moy said.", []string{"It was an attempt to mislead voters,"}},
		{"backticks", "He said ``fine'' and left.", []string{"fine"}},
		{"spaces inside curly marks", `eliminated from “ Dancing with the Stars.”`, []string{" Dancing with the Stars."}},
		{"space before closing mark", `“Could I have a stalker? ” he asked.`, []string{"Could I have a stalker? "}},
		{"unclosed at end", `He said: “These rioters are criminals.`, []string{"These rioters are criminals.…?"}},
		{"straight odd count reopens", `"Yes," he said. "More to come.`, []string{"Yes,", "More to come.…?"}},
		{"stray opening mark is dropped", `He said “yes and then “no” to me.`, []string{"no"}},
		{"inches are not marks", `A 6'2" man with a 12" pizza.`, nil},
		{"stray closing mark", `It ended.” Then he left.`, nil},
		{"space after straight opening", `he told Cook. " You guys did well."`, []string{" You guys did well."}},
		{"em dash before quote", `larger purchases —“than any time” — into text`, []string{"than any time"}},
		{"rock n roll", `rock 'n' roll music`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotedTexts(tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("pairMarks(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestPairMarksOffsets checks that the offsets point at the marks.
func TestPairMarksOffsets(t *testing.T) {
	text := `A «b» and “c” and 'd' end`
	for _, s := range pairMarks(text) {
		if int(s.close)+len(text[s.close:s.closeEnd(text)]) != s.closeEnd(text) || s.start <= s.open || s.end != s.close {
			t.Errorf("bad offsets %+v in %q", s, text)
		}
		if f, n := markAt(text, int(s.open)); !s.single && (f == famNone || int(s.open)+n != int(s.start)) {
			t.Errorf("open offset %d does not hold a mark in %q", s.open, text)
		}
	}
}

// TestPairMarksUnbalanced checks that no unbalanced mark swallows text.
func TestPairMarksUnbalanced(t *testing.T) {
	text := strings.Repeat(`He said “yes. `, 50) + `Then “no.”`
	spans := pairMarks(text)
	if len(spans) != 1 || text[spans[0].start:spans[0].end] != "no." {
		t.Errorf("pairMarks on unbalanced marks = %v, want only %q", quotedTexts(text), "no.")
	}
}

func BenchmarkPairMarks(b *testing.B) {
	inputs := map[string]string{
		"straight": strings.Repeat(`"`, 100000),
		"curly":    strings.Repeat("“a ", 100000),
		"single":   strings.Repeat("‘a ’b ", 50000),
		"mixed":    strings.Repeat(`“a ‘b’ c” 'd `, 25000),
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				pairMarks(in)
			}
		})
	}
}
