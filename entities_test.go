package news

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The evaluation tests below score findEntities on the shared corpora by
// the rules of ../shared/corpus/README.md and log the figures. They fail
// only under generous floors, so that they catch breakage, not tuning.

// entitySummary is what the table tests compare of an Entity.
type entitySummary struct {
	Name    string
	Kind    Kind
	Aliases []string
	Role    string
}

// summarize returns the summary of e, with aliases sorted.
func summarize(e Entity) entitySummary {
	a := slices.Clone(e.Aliases)
	slices.Sort(a)
	return entitySummary{e.Name, e.Kind, a, e.Role}
}

// checkEntities reports the differences between the entities found and
// those wanted: each wanted entity must be found with that kind and
// aliases (and role when the want gives one), no entity may be named or
// aliased as one of absent, and when exact is set no other entity of kind
// person, organization or location may be found.
func checkEntities(t *testing.T, got []Entity, want []entitySummary, absent []string, exact bool) {
	t.Helper()
	byName := map[string]entitySummary{}
	for _, e := range got {
		byName[e.Name] = summarize(e)
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if slices.Contains(absent, a) {
				t.Errorf("found %q (in %s %q), want no such entity", a, e.Kind, e.Name)
			}
		}
	}
	for _, w := range want {
		slices.Sort(w.Aliases)
		g, ok := byName[w.Name]
		if !ok {
			t.Errorf("no entity %q (%s); got %s", w.Name, w.Kind, entityNames(got))
			continue
		}
		if w.Role == "" {
			g.Role = ""
		}
		if diff := cmp.Diff(w, g, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("entity %q mismatch (-want +got):\n%s", w.Name, diff)
		}
	}
	if !exact {
		return
	}
	for _, e := range got {
		if e.Kind != Group && !slices.ContainsFunc(want, func(w entitySummary) bool { return w.Name == e.Name }) {
			t.Errorf("unexpected %s %q %q", e.Kind, e.Name, e.Aliases)
		}
	}
}

// entityNames lists the names and kinds of entities for messages.
func entityNames(ents []Entity) string {
	var s []string
	for _, e := range ents {
		s = append(s, fmt.Sprintf("%s:%s", e.Kind, e.Name))
	}
	return strings.Join(s, ", ")
}

func TestEntitiesSeed(t *testing.T) {
	got := findEntities(seedHeadline, seedDescription, seedParagraphs)
	want := []entitySummary{
		{Name: "Edward Snowden", Kind: Person, Role: "NSA whistleblower"},
		{Name: "William Plummer", Kind: Person, Role: "Huawei spokesperson"},
		{Name: "Hong Lei", Kind: Person, Aliases: []string{"Hong"}, Role: "spokesperson from China's Foreign Ministry"},
		{Name: "Zhu Zhiqun", Kind: Person, Aliases: []string{"Zhu"}, Role: "professor of political science at Bucknell University"},
		{Name: "National Security Agency", Kind: Organization, Aliases: []string{"NSA"}},
		{Name: "Huawei Technologies", Kind: Organization, Aliases: []string{"Huawei"}},
		{Name: "Chinese Foreign Ministry", Kind: Organization, Aliases: []string{"China's Foreign Ministry"}},
		{Name: "China Daily", Kind: Organization},
		{Name: "The New York Times", Kind: Organization},
		{Name: "Forbes", Kind: Organization},
		{Name: "Bucknell University", Kind: Organization},
		{Name: "Beijing", Kind: Location},
		{Name: "United States", Kind: Location, Aliases: []string{"US", "U.S."}},
		{Name: "China", Kind: Location},
		{Name: "Shenzhen", Kind: Location},
		{Name: "Pennsylvania", Kind: Location},
	}
	absent := []string{"Written", "Monitoring", "Noting", "According", "Hong Kong", "Governments", "ICT", "We", "But", "Tuesday", "Monday"}
	checkEntities(t, got, want, absent, true)
	// Mentions: in document order, inside their texts, naming the entity.
	for _, e := range got {
		for k, m := range e.Mentions {
			text := seedText(m.Paragraph)
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("%s: bad mention %+v", e.Name, m)
			}
			form := text[m.Start:m.End]
			if form != e.Name && !slices.Contains(e.Aliases, form) {
				t.Errorf("%s: mention %+v is %q, not a name or alias", e.Name, m, form)
			}
			if k > 0 && mentionOrder(e.Mentions[k-1]) > mentionOrder(m) {
				t.Errorf("%s: mentions out of order: %+v", e.Name, e.Mentions)
			}
		}
	}
	if got[0].Name != "Beijing" || got[0].Mentions[0].Paragraph != InHeadline {
		t.Errorf("first entity %q at %+v, want Beijing in the headline", got[0].Name, got[0].Mentions[0])
	}
}

// seedText returns the seed text a mention's Paragraph refers to.
func seedText(p int) string {
	switch p {
	case InHeadline:
		return seedHeadline
	case InDescription:
		return seedDescription
	}
	return seedParagraphs[p]
}

// mentionOrder ranks a mention by its place in the document.
func mentionOrder(m Mention) int {
	p := m.Paragraph + 2
	if m.Paragraph == InHeadline {
		p = 0
	}
	if m.Paragraph == InDescription {
		p = 1
	}
	return p<<32 | m.Start
}

// TestEntityRules has one case per rule of the entity finder.
func TestEntityRules(t *testing.T) {
	tests := []struct {
		name     string
		headline string
		paras    []string
		want     []entitySummary
		absent   []string
	}{{
		name:  "acronym definition",
		paras: []string{"The European Space Agency (ESA) launched a probe. Officials at ESA said it worked."},
		want:  []entitySummary{{Name: "European Space Agency", Kind: Organization, Aliases: []string{"ESA"}}},
	}, {
		name:  "acronym of the last words",
		paras: []string{"Reports said the US National Security Agency (NSA) spied. The NSA declined to comment."},
		want: []entitySummary{
			{Name: "United States", Kind: Location, Aliases: []string{"US"}},
			{Name: "National Security Agency", Kind: Organization, Aliases: []string{"NSA"}},
		},
		absent: []string{"US National Security Agency"},
	}, {
		name:  "acronym without definition",
		paras: []string{"The Kohelet Policy Forum published a paper. Critics of the KPF disagreed."},
		want:  []entitySummary{{Name: "Kohelet Policy Forum", Kind: Organization, Aliases: []string{"KPF"}}},
	}, {
		name:  "surname joins the full name",
		paras: []string{"William Plummer spoke to reporters.", `"It is fine," Plummer said.`},
		want:  []entitySummary{{Name: "William Plummer", Kind: Person, Aliases: []string{"Plummer"}}},
	}, {
		name:  "surname that is also a city",
		paras: []string{"Ian Hamilton, an expert at the University of York, studied it. Hamilton argued it was safe."},
		want: []entitySummary{
			{Name: "Ian Hamilton", Kind: Person, Aliases: []string{"Hamilton"}},
			{Name: "University of York", Kind: Organization},
		},
	}, {
		name:  "surname first",
		paras: []string{"Foreign ministry spokesman Hong Lei spoke on Monday.", `"We object," said Hong.`},
		want:  []entitySummary{{Name: "Hong Lei", Kind: Person, Aliases: []string{"Hong"}, Role: "Foreign ministry spokesman"}},
	}, {
		name:  "first name",
		paras: []string{"Taylor Swift released an album on Friday. Fans said they love Taylor."},
		want:  []entitySummary{{Name: "Taylor Swift", Kind: Person, Aliases: []string{"Taylor"}}},
	}, {
		name:  "shortened first name",
		paras: []string{"Patrick Carlineo pleaded guilty. Pat Carlineo will be sentenced in February."},
		want:  []entitySummary{{Name: "Patrick Carlineo", Kind: Person, Aliases: []string{"Pat Carlineo"}}},
	}, {
		name:  "US, U.S. and United States",
		paras: []string{"The U.S. and China met. The United States said US officials would return."},
		want: []entitySummary{
			{Name: "United States", Kind: Location, Aliases: []string{"U.S.", "US"}},
			{Name: "China", Kind: Location},
		},
	}, {
		name:  "the Times",
		paras: []string{"The deal was reported by The New York Times on Sunday. According to the Times, it is worth $2 billion."},
		want:  []entitySummary{{Name: "The New York Times", Kind: Organization, Aliases: []string{"Times"}}},
	}, {
		name:  "possessives",
		paras: []string{"China's economy grew while Huawei's profits rose, Zhang's report said."},
		want: []entitySummary{
			{Name: "China", Kind: Location},
			{Name: "Huawei", Kind: Organization},
		},
		absent: []string{"China's", "Huawei's"},
	}, {
		name:  "possessive of a country naming its ministry",
		paras: []string{"The Chinese Foreign Ministry objected. A spokesperson for China's Foreign Ministry spoke."},
		want:  []entitySummary{{Name: "Chinese Foreign Ministry", Kind: Organization, Aliases: []string{"China's Foreign Ministry"}}},
	}, {
		name:  "titles removed",
		paras: []string{"President Donald Trump spoke on Monday. Mr. Trump said talks went well."},
		want:  []entitySummary{{Name: "Donald Trump", Kind: Person, Aliases: []string{"Trump"}, Role: "President"}},
	}, {
		name:  "title with an organization before it",
		paras: []string{"NASA Administrator Jim Bridenstine said the agency was ready."},
		want: []entitySummary{
			{Name: "NASA", Kind: Organization},
			{Name: "Jim Bridenstine", Kind: Person, Role: "NASA Administrator"},
		},
	}, {
		name:  "title of office",
		paras: []string{"Secretary of State Mike Pompeo met Foreign Minister Wang Yi in Beijing."},
		want: []entitySummary{
			{Name: "Mike Pompeo", Kind: Person, Role: "Secretary of State"},
			{Name: "Wang Yi", Kind: Person, Role: "Foreign Minister"},
			{Name: "Beijing", Kind: Location},
		},
		absent: []string{"State", "Foreign"},
	}, {
		name: "sentence-initial words",
		paras: []string{
			"According to documents, the plan failed. Monitoring is hard, experts said.",
			"Noting the risks, officials left. Written in haste, the memo leaked. Governments disagreed.",
		},
		absent: []string{"According", "Monitoring", "Noting", "Written", "Governments"},
	}, {
		name:  "sentence-initial name seen elsewhere",
		paras: []string{"Salesforce reported earnings. Analysts said Salesforce did well."},
		want:  []entitySummary{{Name: "Salesforce", Kind: Organization}},
	}, {
		name:   "all-caps line",
		paras:  []string{"BREAKING NEWS: MARKETS FALL SHARPLY AFTER REPORT", "Markets in Tokyo fell on Monday."},
		want:   []entitySummary{{Name: "Tokyo", Kind: Location}},
		absent: []string{"BREAKING", "BREAKING NEWS", "MARKETS", "REPORT"},
	}, {
		name:     "title-case headline",
		headline: "Apple Unveils New Phone Ahead Of Holiday Season",
		paras:    []string{"Apple said on Tuesday that sales would rise."},
		want:     []entitySummary{{Name: "Apple", Kind: Organization}},
		absent:   []string{"Unveils", "New Phone", "Holiday Season", "Apple Unveils New Phone"},
	}, {
		name:  "one kind per name",
		paras: []string{"Protesters gathered in Washington on Friday. Washington said the talks would go on."},
		want:  []entitySummary{{Name: "Washington", Kind: Location}},
	}, {
		name:  "role by apposition",
		paras: []string{"Ann Lee, a spokeswoman for Acme Widgets Inc., said the plant would close."},
		want: []entitySummary{
			{Name: "Ann Lee", Kind: Person, Role: "spokeswoman for Acme Widgets Inc."},
			{Name: "Acme Widgets Inc.", Kind: Organization},
		},
	}, {
		name:  "role before the name",
		paras: []string{"Huawei spokesperson William Plummer said the company would comment later."},
		want: []entitySummary{
			{Name: "Huawei", Kind: Organization},
			{Name: "William Plummer", Kind: Person, Role: "Huawei spokesperson"},
		},
	}, {
		name:  "preceding apposition",
		paras: []string{"A spokesman for the ministry, Zhao Lijian, said talks would continue."},
		want:  []entitySummary{{Name: "Zhao Lijian", Kind: Person, Role: "spokesman for the ministry"}},
	}, {
		name:  "city and state",
		paras: []string{"He grew up in Springfield, Ill., and later moved to Palo Alto, California."},
		want: []entitySummary{
			{Name: "Springfield", Kind: Location},
			{Name: "Illinois", Kind: Location, Aliases: []string{"Ill."}},
			{Name: "Palo Alto", Kind: Location},
			{Name: "California", Kind: Location},
		},
	}, {
		name:   "place before -based",
		paras:  []string{"The Shenzhen-based company hired a Boston-born engineer."},
		want:   []entitySummary{{Name: "Shenzhen", Kind: Location}, {Name: "Boston", Kind: Location}},
		absent: []string{"Shenzhen-based"},
	}, {
		name:   "demonyms are groups",
		paras:  []string{"Chinese officials met American diplomats and Republicans in Congress."},
		want:   []entitySummary{{Name: "Chinese", Kind: Group}, {Name: "American", Kind: Group}, {Name: "Congress", Kind: Organization}},
		absent: []string{"China", "United States"},
	}, {
		name:  "party and state tag",
		paras: []string{"Rep. Ilhan Omar (D-Minn.) spoke to Sen. Cory Booker."},
		want: []entitySummary{
			{Name: "Ilhan Omar", Kind: Person},
			{Name: "Minnesota", Kind: Location, Aliases: []string{"Minn."}},
			{Name: "Cory Booker", Kind: Person},
		},
	}, {
		name:  "dateline",
		paras: []string{"BUFFALO, N.Y. (AP) — The team won again on Saturday."},
		want: []entitySummary{
			{Name: "BUFFALO", Kind: Location},
			{Name: "New York", Kind: Location, Aliases: []string{"N.Y."}},
			{Name: "AP", Kind: Organization},
		},
	}, {
		name:  "organization words and legal suffixes",
		paras: []string{"Bank of America and Tyvak Nano-Satellite Systems, Inc. signed a deal with Bucknell University."},
		want: []entitySummary{
			{Name: "Bank of America", Kind: Organization},
			{Name: "Tyvak Nano-Satellite Systems, Inc.", Kind: Organization},
			{Name: "Bucknell University", Kind: Organization},
		},
	}, {
		name:  "organization prefix",
		paras: []string{"Big Machine Records sold its catalog. A Big Machine spokesman declined to comment."},
		want:  []entitySummary{{Name: "Big Machine Records", Kind: Organization, Aliases: []string{"Big Machine"}}},
	}, {
		name:   "month after a first name",
		paras:  []string{"Theresa May resigned in June."},
		want:   []entitySummary{{Name: "Theresa May", Kind: Person}},
		absent: []string{"June"},
	}, {
		name: "credit lines and invitations",
		paras: []string{
			"Officials met in Paris on Monday.",
			"(Reporting by Jane Doe in Berlin; Editing by John Roe)",
			"Keith Moe contributed reporting from Hong Kong.",
			"Follow us on Twitter and Facebook. Email Ann Poe at ann@example.com.",
		},
		want:   []entitySummary{{Name: "Paris", Kind: Location}},
		absent: []string{"Jane Doe", "Berlin", "John Roe", "Keith Moe", "Hong Kong", "Twitter", "Facebook", "Ann Poe"},
	}, {
		name:   "link list",
		paras:  []string{"Senators call for a coordinator | Facebook gets questions | Louisiana hit by attack"},
		absent: []string{"Facebook", "Louisiana"},
	}, {
		name:   "thing in apposition",
		paras:  []string{"The equity benchmark Sensex rose. It is caused by the bacteria Yersinia pestis."},
		absent: []string{"Sensex", "Yersinia"},
	}, {
		name:   "thing before a head noun",
		paras:  []string{"Blue Origin will offer NASA its Blue Moon lander.", "Cores of the Hazel Hen supercomputer ran it."},
		want:   []entitySummary{{Name: "NASA", Kind: Organization}},
		absent: []string{"Blue Moon", "Hazel Hen"},
	}, {
		name:   "product after its maker",
		paras:  []string{"Owners of an Amazon Alexa speaker can listen."},
		want:   []entitySummary{{Name: "Amazon", Kind: Organization}},
		absent: []string{"Alexa", "Amazon Alexa"},
	}, {
		name:   "list after a plural noun",
		paras:  []string{"It offers franchises such as Tomb Raider, Red Dead Redemption and Destiny. Firms such as Astrobotic and Masten signed."},
		want:   []entitySummary{{Name: "Astrobotic", Kind: Organization}, {Name: "Masten", Kind: Organization}},
		absent: []string{"Tomb Raider", "Red Dead Redemption", "Destiny"},
	}, {
		name:   "title in quotes",
		paras:  []string{"The former “Dawson’s Creek” star, 42, left. Teachers chanted “Red for Ed,” in a hallway."},
		absent: []string{"Dawson", "Creek", "Ed"},
	}, {
		name:   "events, laws, storms, diseases and numbered names",
		paras:  []string{"Hurricane Dorian hit Florida. Participants filled in The National Survey on Drug Use and Health. She has Lyme disease. Apple is in every Fortune 500 company."},
		want:   []entitySummary{{Name: "Florida", Kind: Location}, {Name: "Apple", Kind: Organization}},
		absent: []string{"Hurricane Dorian", "Dorian", "The National Survey on Drug Use and Health", "National Survey", "Drug Use", "Lyme", "Fortune"},
	}, {
		name:  "stock ticker",
		paras: []string{"The stock slid, and peer Lowe’s (LOW) stock is off too. Lowe’s reports earnings Wednesday."},
		want:  []entitySummary{{Name: "Lowe", Kind: Organization}},
	}, {
		name:  "inner capitals",
		paras: []string{"Microsoft courted VMware customers, according to data from MarketAxess."},
		want:  []entitySummary{{Name: "VMware", Kind: Organization}, {Name: "MarketAxess", Kind: Organization}},
	}, {
		name:  "place and plural: a team",
		paras: []string{"The Wild beat the Buffalo Sabres on Tuesday. The Sabres lost again."},
		want:  []entitySummary{{Name: "Buffalo Sabres", Kind: Organization, Aliases: []string{"Sabres"}}},
	}, {
		name:  "head noun after an article",
		paras: []string{"Netanyahu visited the Gush Etzion settlement bloc. Teachers from the Gibson Southern schools came."},
		want:  []entitySummary{{Name: "Gush Etzion", Kind: Location}, {Name: "Gibson Southern", Kind: Organization}},
	}, {
		name:  "title of an organization",
		paras: []string{"Peng Mei, PR director of Tmall, responded. It was originally published on Live Science."},
		want:  []entitySummary{{Name: "Tmall", Kind: Organization}, {Name: "Live Science", Kind: Organization}},
	}, {
		name:   "acronym spelled out after it",
		paras:  []string{"Apple backs DACA (Deferred Action for Childhood Arrivals) recipients."},
		absent: []string{"Deferred Action", "Childhood Arrivals"},
	}, {
		name:  "journal name with of",
		paras: []string{"It appears in the journal Monthly Notices of the Royal Astronomical Society."},
		want:  []entitySummary{{Name: "Monthly Notices of the Royal Astronomical Society", Kind: Organization}},
	}, {
		name:  "a person after and",
		paras: []string{"They sued the Department of Homeland Security and Alex Azar on Friday."},
		want: []entitySummary{
			{Name: "Department of Homeland Security", Kind: Organization},
			{Name: "Alex Azar", Kind: Person},
		},
	}, {
		name:  "the House is not the White House",
		paras: []string{"The White House objected. The House voted on Friday."},
		want:  []entitySummary{{Name: "White House", Kind: Organization}, {Name: "House", Kind: Organization}},
	}, {
		name:   "article, hashtag, title and position",
		paras:  []string{"An Associated Press photographer saw it. She posted #IStandWithAhmed online.", "He joined as Chief Strategy Officer. DL Myles Garrett was suspended."},
		want:   []entitySummary{{Name: "Associated Press", Kind: Organization}, {Name: "Myles Garrett", Kind: Person}},
		absent: []string{"An Associated Press", "IStandWithAhmed", "Strategy Officer", "DL Myles Garrett"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEntities(tt.headline, "", tt.paras)
			checkEntities(t, got, tt.want, tt.absent, false)
		})
	}
}

// TestIsBrandCase checks the inner capitals of company names against
// personal names, acronyms and identifiers.
func TestIsBrandCase(t *testing.T) {
	for w, want := range map[string]bool{
		"WeWork": true, "MarketAxess": true, "YouTube": true, "VMware": true, "JPMorgan": true,
		"McConnell": false, "DeSantis": false, "O'Brien": false, "LeBron": false, "CEOs": false,
		"Coca-Cola": false, "JPL-Caltech": false, "XPxUJuyIAC": false, "NASA": false, "Huawei": false,
	} {
		if got := isBrandCase(w); got != want {
			t.Errorf("isBrandCase(%q) = %v, want %v", w, got, want)
		}
	}
}

// readGoldenInput reads testdata/entities/NAME.txt: optional "headline:"
// and "description:" lines, then paragraphs separated by blank lines.
func readGoldenInput(t *testing.T, path string) (headline, description string, paras []string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, block := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n") {
		var rest []string
		for _, line := range strings.Split(block, "\n") {
			if v, ok := strings.CutPrefix(line, "headline:"); ok {
				headline = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(line, "description:"); ok {
				description = strings.TrimSpace(v)
			} else if strings.TrimSpace(line) != "" {
				rest = append(rest, strings.TrimSpace(line))
			}
		}
		if len(rest) > 0 {
			paras = append(paras, strings.Join(rest, " "))
		}
	}
	return headline, description, paras
}

// TestEntitiesGolden runs findEntities on the articles of testdata/entities
// and compares the result with NAME.json; -update rewrites the files.
func TestEntitiesGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "entities", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatal("no golden inputs", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			headline, description, paras := readGoldenInput(t, f)
			got := findEntities(headline, description, paras)
			golden := strings.TrimSuffix(f, ".txt") + ".json"
			if *update {
				var b strings.Builder
				enc := json.NewEncoder(&b)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			data, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			var want []Entity
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findEntities(%s) mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

// BenchmarkFindEntitiesSeed measures an ordinary article.
func BenchmarkFindEntitiesSeed(b *testing.B) {
	loadGazetteer()
	for b.Loop() {
		findEntities(seedHeadline, seedDescription, seedParagraphs)
	}
}

// BenchmarkFindEntitiesCapitalized measures adversarial input: one
// paragraph of 100,000 capitalized words, names and acronyms among them.
func BenchmarkFindEntitiesCapitalized(b *testing.B) {
	loadGazetteer()
	words := []string{"Alpha", "Beta", "John", "Smith", "NSA", "Bank", "Of", "China's", "Mr.", "President", "University", "Hong", "Lei"}
	var sb strings.Builder
	for i := range 100000 {
		sb.WriteString(words[i%len(words)])
		sb.WriteByte(' ')
	}
	para := []string{sb.String()}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		findEntities("", "", para)
	}
}

// BenchmarkFindEntitiesNames measures many distinct names in sentences:
// 20,000 persons sharing one surname and the surname alone.
func BenchmarkFindEntitiesNames(b *testing.B) {
	loadGazetteer()
	var paras []string
	for i := range 20000 {
		paras = append(paras, fmt.Sprintf("Then Kaz%c%c Smith met Smith in Zed%d City.", 'a'+rune(i%26), 'a'+rune(i/26%26), i))
	}
	for b.Loop() {
		findEntities("", "", paras)
	}
}

// FuzzFindEntities checks that findEntities never panics and that every
// mention lies in its text and reads as the entity's name or an alias.
func FuzzFindEntities(f *testing.F) {
	f.Add(seedHeadline, seedParagraphs[0]+"\n\n"+seedParagraphs[5])
	f.Add("", "Rep. Ilhan Omar (D-Minn.) met U.S. Attorney James Kennedy Jr. in Buffalo, N.Y.")
	f.Add("ALL CAPS", "\"‘Mr.’\" (X) — D- -D The The The's 's U.S.-China O'Brien’s & & of of")
	f.Add("Title Case Headline", "NASA's JPL (JPL) said. \"We Are Not Gonna\" ... … Secretary of of State")
	f.Fuzz(func(t *testing.T, headline, body string) {
		paras := strings.Split(body, "\n\n")
		text := func(p int) string {
			switch p {
			case InHeadline:
				return headline
			case InDescription:
				return ""
			}
			return paras[p]
		}
		for _, e := range findEntities(headline, "", paras) {
			for _, m := range e.Mentions {
				s := text(m.Paragraph)
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("%q: mention %+v outside its text %q", e.Name, m, s)
				}
				if form := s[m.Start:m.End]; form != e.Name && !slices.Contains(e.Aliases, form) {
					t.Fatalf("%q: mention %+v reads %q", e.Name, m, form)
				}
			}
		}
	})
}

func TestSpellsEmptyInitials(t *testing.T) {
	if spells("AA", "", true) {
		t.Error(`spells("AA", "", true) = true, want false`)
	}
}
