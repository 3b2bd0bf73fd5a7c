package news

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// resolveAtEnd resolves a name used after the last paragraph.
func resolveAtEnd(paras []string, ents []Entity, name string) speaker {
	d := newQuoteDoc("", "", paras, ents)
	d.indexNames()
	return d.resolveName(name, docPos(len(d.texts), 0))
}

func TestResolveName(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		short string
		want  string
	}{
		{"surname", []string{"Huawei spokesperson William Plummer said it was unacceptable."}, "Plummer", "William Plummer"},
		{"surname first, family name", []string{"Zhu Zhiqun, a professor of political science, disagreed."}, "Zhu", "Zhu Zhiqun"},
		{"surname first, given name", []string{"The ministry spokesman, Hong Lei, spoke on Monday."}, "Lei", "Hong Lei"},
		{"first name", []string{"Angela Cooper, a teacher, joined the march."}, "Angela", "Angela Cooper"},
		{"surname of several words", []string{"James Van Der Beek was voted off the show."}, "Van Der Beek", "James Van Der Beek"},
		{"middle initial", []string{"Dr. Silvia S. Martins led the study."}, "Silvia Martins", "Silvia S. Martins"},
		{"suffix", []string{"Patrick Carlineo Jr. pleaded guilty in April."}, "Carlineo", "Patrick Carlineo Jr."},
		{"short first name", []string{"Patrick Carlineo Jr. pleaded guilty in April."}, "Pat Carlineo", "Patrick Carlineo Jr."},
		{"latest of two with one surname", []string{"Joe Biden spoke first.", "Then his son Hunter Biden took the stage."}, "Biden", "Hunter Biden"},
		{"person over place", []string{"Protests grew in Hong Kong last week.", "A spokesman, Hong Lei, said the talks would go on."}, "Hong", "Hong Lei"},
		{"organization short form", []string{"The singer left Big Machine Records last year."}, "Big Machine", "Big Machine Records"},
		{"acronym", []string{"The Chinese Center for Disease Control and Prevention issued a warning."}, "CDC", "Chinese Center for Disease Control and Prevention"},
		{"headline names are not indexed", []string{"Republicans Are Following Trump to Nowhere"}, "Trump", "Trump"},
		{"unknown name stays", []string{"Nobody else was named."}, "Smith", "Smith"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := tt.paras
			if tt.name == "headline names are not indexed" {
				d := newQuoteDoc(paras[0], "", []string{"Trump spoke."}, nil)
				d.indexNames()
				if got := d.resolveName(tt.short, docPos(len(d.texts), 0)).name; got != tt.want {
					t.Errorf("resolveName(%q) = %q, want %q", tt.short, got, tt.want)
				}
				return
			}
			if got := resolveAtEnd(paras, nil, tt.short).name; got != tt.want {
				t.Errorf("resolveName(%q) = %q, want %q", tt.short, got, tt.want)
			}
		})
	}
}

func TestResolveNameWithEntities(t *testing.T) {
	ents := []Entity{
		{Name: "Huawei Technologies", Kind: Organization, Aliases: []string{"Huawei"}},
		{Name: "Hong Lei", Kind: Person, Aliases: []string{"Hong"}},
		{Name: "William Plummer", Kind: Person},
		{Name: "Chinese", Kind: Group},
	}
	paras := []string{"Hong said the talks would go on. Plummer agreed."}
	tests := []struct {
		short  string
		name   string
		entity int
	}{
		{"Hong", "Hong Lei", 1},
		{"Plummer", "William Plummer", 2}, // by surname, no alias needed
		{"William", "William Plummer", 2}, // by first name
		{"Huawei's", "Huawei Technologies", 0},
		{"Chinese", "Chinese", -1}, // a group is no speaker
	}
	for _, tt := range tests {
		got := resolveAtEnd(paras, ents, tt.short)
		if got.name != tt.name || got.entity != tt.entity {
			t.Errorf("resolveName(%q) = %q (entity %d), want %q (entity %d)", tt.short, got.name, got.entity, tt.name, tt.entity)
		}
	}
}

func TestExtendsName(t *testing.T) {
	tests := []struct {
		full, short []string
		want        bool
	}{
		{[]string{"Hong", "Lei"}, []string{"Lei"}, true},
		{[]string{"Joel", "Eriksson", "Ek"}, []string{"Eriksson", "Ek"}, true},
		{[]string{"Silvia", "S.", "Martins"}, []string{"Silvia", "Martins"}, true},
		{[]string{"Patrick", "Carlineo"}, []string{"Pat", "Carlineo"}, true},
		{[]string{"Patrick", "Carlineo"}, []string{"P.", "Carlineo"}, true},
		{[]string{"Joe", "Biden"}, []string{"Hunter", "Biden"}, false},
		{[]string{"Hong", "Lei"}, []string{"Hong"}, false}, // a first word is found by the caller
		{[]string{"Lei"}, []string{"Hong", "Lei"}, false},
	}
	for _, tt := range tests {
		if got := extendsName(tt.full, tt.short); got != tt.want {
			t.Errorf("extendsName(%q, %q) = %v, want %v", tt.full, tt.short, got, tt.want)
		}
	}
}

func TestAcronymOf(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"NSA", "National Security Agency", true},
		{"CDC", "Chinese Center for Disease Control and Prevention", true},
		{"ICI", "Imperial Chemical Industries", true},
		{"NASA", "National Security Agency", false},
		{"Cdc", "Center for Disease Control", false},
	}
	for _, tt := range tests {
		if got := acronymOf(tt.acr, tt.name); got != tt.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}

// speakers lists the speaker of each direct quotation.
func speakers(qs []Quote) []string {
	var out []string
	for _, q := range qs {
		if !q.Indirect {
			out = append(out, q.Speaker)
		}
	}
	return out
}

// TestSpeakerResolution checks pronouns, roles and organizations, and
// that an unnamed speaker stays unnamed.
func TestSpeakerResolution(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"he to the last person named", []string{
			`Lakshiwnder Singh, another deportee, said he paid an agent.`,
			`"He sent me to Mexico," he said.`}, []string{"Lakshiwnder Singh"}},
		{"she by gender", []string{
			`Sonya Zoghlin, the defense attorney, said her client was sorry.`,
			`Prosecutor James Kennedy asked for a long sentence.`,
			`"He has taken responsibility," she said.`}, []string{"Sonya Zoghlin"}},
		{"he added prefers the last speaker", []string{
			`"We will appeal," said Mark Ruiz, the team's lawyer.`,
			`The judge, Ellen Hart, did not comment.`,
			`"This is not over," he added.`}, []string{"Mark Ruiz", "Mark Ruiz"}},
		{"not the addressee", []string{
			`Benioff introduced Tim Cook to the audience.`,
			`"I run my business on my phone," he told Cook.`}, []string{"Benioff"}},
		{"role noun to the person with that role", []string{
			`Tom Becker, a spokesman for the port, declined to give figures.`,
			`"We are still talking," the spokesman said.`}, []string{"Tom Becker"}},
		{"the company to the organization", []string{
			`Harbor Logistics Inc. said profits fell.`,
			`"We remain confident," the company said.`}, []string{"Harbor Logistics Inc."}},
		{"a spokesperson speaks for the organization", []string{
			`"We are cooperating," said a WeWork spokesperson.`}, []string{"WeWork"}},
		{"unnamed stays unnamed", []string{
			`Maria Lopez runs the shelter.`,
			`"It is getting harder," a resident said.`}, []string{""}},
		{"told Reuters: the addressee is not the speaker", []string{
			`Will Moy, chief executive of Full Fact, told Reuters: "It was an attempt to mislead voters."`}, []string{"Will Moy"}},
		{"I and we are no names", []string{
			`"We will be back," we said.`}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(findQuotes("", "", tt.paras, nil))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("speakers mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
