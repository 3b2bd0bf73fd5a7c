package news

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sentenceTexts returns the text of each sentence of s.
func sentenceTexts(s string) []string {
	var out []string
	for _, sp := range splitSentences(s) {
		out = append(out, s[sp.start:sp.end])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"spaces only", "  \t ", nil},
		{"two sentences", "China demanded an explanation. Huawei was not pleased.",
			[]string{"China demanded an explanation.", "Huawei was not pleased."}},
		{"no final period", "One. Two", []string{"One.", "Two"}},
		{"question and exclamation", "Why? Because! Then.", []string{"Why?", "Because!", "Then."}},
		{"honorific", "Mr. Smith met Dr. Jones. They talked.",
			[]string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"title abbreviations", "Sen. Elizabeth Warren and Gov. Eric Holcomb spoke.",
			[]string{"Sen. Elizabeth Warren and Gov. Eric Holcomb spoke."}},
		{"U.S. inside", "The U.S. government said so.", []string{"The U.S. government said so."}},
		{"U.S. before a name", "He met U.S. President Donald Trump.", []string{"He met U.S. President Donald Trump."}},
		{"U.S. at the end", "He defended the U.S. The talks ended.",
			[]string{"He defended the U.S.", "The talks ended."}},
		{"Inc. inside", "Apple Inc. Chief Tim Cook spoke.", []string{"Apple Inc. Chief Tim Cook spoke."}},
		{"Inc. at the end", "He works for Acme Inc. But not for long.",
			[]string{"He works for Acme Inc.", "But not for long."}},
		{"initials", "J. R. R. Tolkien wrote it. Patrick W. Carlineo Jr. pleaded guilty.",
			[]string{"J. R. R. Tolkien wrote it.", "Patrick W. Carlineo Jr. pleaded guilty."}},
		{"month and number", "On Jan. 5 it rained. It was No. 1 in sales.",
			[]string{"On Jan. 5 it rained.", "It was No. 1 in sales."}},
		{"no. ending a sentence", "She said no. Then she left.", []string{"She said no.", "Then she left."}},
		{"decimal", "Shares rose 3.5 percent. Then fell.", []string{"Shares rose 3.5 percent.", "Then fell."}},
		{"domain", "Visit Moneycontrol.com for more. Thanks.", []string{"Visit Moneycontrol.com for more.", "Thanks."}},
		{"closing quote", `"We are concerned." The ministry said more.`,
			[]string{`"We are concerned."`, "The ministry said more."}},
		{"curly quote", "“Stop it,” he said. “Now.” She left.",
			[]string{"“Stop it,” he said.", "“Now.”", "She left."}},
		{"question in quote, lower case after", `"Why?" he asked. Nobody knew.`,
			[]string{`"Why?" he asked.`, "Nobody knew."}},
		{"closing bracket", "He left (for good.) Then what?", []string{"He left (for good.)", "Then what?"}},
		{"ellipsis without space", "around the world...so the latest", []string{"around the world...so the latest"}},
		{"ellipsis then capital", "I wonder... Maybe not.", []string{"I wonder...", "Maybe not."}},
		{"ellipsis character", "I wonder… Maybe not.", []string{"I wonder…", "Maybe not."}},
		{"space before period", `"That is all," Zhu said . Then`, []string{`"That is all," Zhu said .`, "Then"}},
		{"line break", "HEADLINE\nBody text here.", []string{"HEADLINE", "Body text here."}},
		{"digit starts next", "It ended. 2019 was worse.", []string{"It ended.", "2019 was worse."}},
		{"lower case after period", "See fig. three below.", []string{"See fig. three below."}},
		{"state abbreviation", "BUFFALO, N.Y. (AP) — The Wild won.", []string{"BUFFALO, N.Y. (AP) — The Wild won."}},
		{"state abbreviation ending", "He lives in Springfield, Ill. The town is small.",
			[]string{"He lives in Springfield, Ill.", "The town is small."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitSentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// tokenTexts returns the text of each token of s.
func tokenTexts(s string) []string {
	var out []string
	for _, tk := range splitTokens(s, span{0, len(s)}) {
		out = append(out, s[tk.start:tk.end])
	}
	return out
}

func TestSplitTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"China's Foreign Ministry", []string{"China's", "Foreign", "Ministry"}},
		{"the U.S. agency", []string{"the", "U.S.", "agency"}},
		{"Kim Jong-un, O'Rourke & AT&T.", []string{"Kim", "Jong-un", ",", "O'Rourke", "&", "AT&T", "."}},
		{"Patrick W. Carlineo Jr.", []string{"Patrick", "W.", "Carlineo", "Jr", "."}},
		{"3.5 percent, Moneycontrol.com", []string{"3.5", "percent", ",", "Moneycontrol.com"}},
		{"“Lowe’s,” she said", []string{"“", "Lowe’s", ",", "”", "she", "said"}},
		{"@MattBevin (NSA)", []string{"@MattBevin", "(", "NSA", ")"}},
		{"Zürich-based", []string{"Zürich-based"}},
		{"É. Zola", []string{"É.", "Zola"}},
		{"end.", []string{"end", "."}},
		{"rock-", []string{"rock", "-"}},
	}
	for _, tt := range tests {
		got := tokenTexts(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("splitTokens(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestSplitSentencesLinear checks that adversarial input is handled: it
// must finish (quadratic work would time out the test binary) and keep
// every byte inside the spans it returns.
func TestSplitSentencesLinear(t *testing.T) {
	inputs := []string{
		strings.Repeat("a.", 100000),
		strings.Repeat("Mr. ", 100000),
		strings.Repeat("U.S. ", 100000),
		strings.Repeat(". ", 100000),
		strings.Repeat("\"", 100000),
		strings.Repeat("A", 200000) + ".",
	}
	for _, in := range inputs {
		prev := 0
		for _, sp := range splitSentences(in) {
			if sp.start < prev || sp.end > len(in) || sp.start >= sp.end {
				t.Fatalf("bad span %v after %d in input of %d bytes", sp, prev, len(in))
			}
			prev = sp.end
		}
		for _, sp := range []span{{0, len(in)}} {
			_ = splitTokens(in, sp)
		}
	}
}

func BenchmarkSplitSentences(b *testing.B) {
	text := strings.Repeat("Mr. Smith met U.S. officials in Washington on Jan. 5. \"It went well,\" he said. ", 1000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		splitSentences(text)
	}
}
