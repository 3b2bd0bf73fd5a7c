package news

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var entitiesDetail = flag.Bool("entities.detail", false, "log each page's missed and spurious entities in the evaluation tests")

// The evaluation tests below score findEntities on the shared corpora by
// the rules of ../shared/corpus/README.md and log the figures. They fail
// only under generous floors, so that they catch breakage, not tuning.

// A goldEntity is one entity of a labels/KEY.gold.json file.
type goldEntity struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
}

// A goldPage is the part of a labels/KEY.gold.json file scored here.
type goldPage struct {
	Key      string       `json:"key"`
	Authors  []string     `json:"authors"`
	Entities []goldEntity `json:"entities"`
}

// normalizeEntityName is the comparison form of corpus/README.md: lower
// case, periods removed, curly apostrophes straight, white space
// collapsed, a leading "the " and a trailing "'s" removed.
func normalizeEntityName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\u2019", "'")), " ")
	s = strings.TrimPrefix(s, "the ")
	return strings.TrimSpace(strings.TrimSuffix(s, "'s"))
}

// entityForms returns the normalized name and aliases.
func entityForms(name string, aliases []string) []string {
	var out []string
	for _, s := range append([]string{name}, aliases...) {
		if s = normalizeEntityName(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// entityCounts counts entities of one kind: gold, predicted (less byline
// authors left unmatched), matched, and fragmented gold entities.
type entityCounts struct{ gold, pred, matched, fragmented int }

func (c entityCounts) prf() (p, r, f float64) {
	if c.pred > 0 {
		p = float64(c.matched) / float64(c.pred)
	}
	if c.gold > 0 {
		r = float64(c.matched) / float64(c.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// scorePage matches the predicted entities of one page with its gold
// entities one to one (maximum bipartite matching over pairs of one kind
// sharing a form) and adds the counts per kind to sum; it returns lines
// describing the misses.
func scorePage(g goldPage, pred []Entity, sum map[string]*entityCounts) []string {
	scored := func(k Kind) bool { return k == Person || k == Organization || k == Location }
	goldForms := make([][]string, len(g.Entities))
	for j, e := range g.Entities {
		goldForms[j] = entityForms(e.Name, e.Aliases)
	}
	adj := make([][]int, len(pred))
	timesCompatible := make([]int, len(g.Entities))
	for i, p := range pred {
		if !scored(p.Kind) {
			continue
		}
		forms := entityForms(p.Name, p.Aliases)
		for j, e := range g.Entities {
			if e.Kind == string(p.Kind) && slices.ContainsFunc(forms, func(f string) bool { return slices.Contains(goldForms[j], f) }) {
				adj[i] = append(adj[i], j)
				timesCompatible[j]++
			}
		}
	}
	goldOf := maxMatching(adj, len(g.Entities))
	var notes []string
	matched := make([]bool, len(g.Entities))
	for i, p := range pred {
		if !scored(p.Kind) {
			continue
		}
		c := sum[string(p.Kind)]
		if goldOf[i] >= 0 {
			matched[goldOf[i]] = true
			c.pred++
			c.matched++
			continue
		}
		if slices.ContainsFunc(g.Authors, func(a string) bool { return normalizeEntityName(a) == normalizeEntityName(p.Name) }) {
			continue
		}
		c.pred++
		notes = append(notes, fmt.Sprintf("spurious %s %q %q", p.Kind, p.Name, p.Aliases))
	}
	for j, e := range g.Entities {
		c := sum[e.Kind]
		c.gold++
		if timesCompatible[j] > 1 {
			c.fragmented++
			notes = append(notes, fmt.Sprintf("fragmented %s %q", e.Kind, e.Name))
		}
		if !matched[j] {
			notes = append(notes, fmt.Sprintf("missed %s %q %q", e.Kind, e.Name, e.Aliases))
		}
	}
	return notes
}

// maxMatching returns, for each left node, the right node it is matched
// to in a maximum matching of the bipartite graph adj, or -1.
func maxMatching(adj [][]int, right int) []int {
	leftOf := make([]int, right)
	for j := range leftOf {
		leftOf[j] = -1
	}
	var seen []bool
	var augment func(i int) bool
	augment = func(i int) bool {
		for _, j := range adj[i] {
			if !seen[j] {
				seen[j] = true
				if leftOf[j] < 0 || augment(leftOf[j]) {
					leftOf[j] = i
					return true
				}
			}
		}
		return false
	}
	for i := range adj {
		seen = make([]bool, right)
		augment(i)
	}
	rightOf := make([]int, len(adj))
	for i := range rightOf {
		rightOf[i] = -1
	}
	for j, i := range leftOf {
		if i >= 0 {
			rightOf[i] = j
		}
	}
	return rightOf
}

// bodyParagraphs splits a gold article body into paragraphs.
func bodyParagraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// TestEntitiesLabels scores findEntities on the labeled pages, run on the
// gold article bodies.
func TestEntitiesLabels(t *testing.T) {
	dir := filepath.Join("..", "shared", "corpus")
	truthData, err := os.ReadFile(filepath.Join(dir, "zyte", "ground-truth.json"))
	if err != nil {
		t.Skip("corpus not available:", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(truthData, &truth); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "labels", "*.gold.json"))
	if len(files) == 0 {
		t.Skip("no labels")
	}
	slices.Sort(files)
	sum := map[string]*entityCounts{"person": {}, "organization": {}, "location": {}}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldPage
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		body, ok := truth[g.Key]
		if !ok {
			t.Errorf("%s: no ground truth body", g.Key)
			continue
		}
		notes := scorePage(g, findEntities("", "", bodyParagraphs(body.ArticleBody)), sum)
		if *entitiesDetail {
			t.Logf("%s\n\t%s", g.Key[:8], strings.Join(notes, "\n\t"))
		}
	}
	var all entityCounts
	for _, k := range []string{"person", "organization", "location"} {
		c := sum[k]
		p, r, f := c.prf()
		t.Logf("%-12s gold %3d pred %3d matched %3d  P %.3f R %.3f F1 %.3f  fragmented %d", k, c.gold, c.pred, c.matched, p, r, f, c.fragmented)
		all.gold += c.gold
		all.pred += c.pred
		all.matched += c.matched
		all.fragmented += c.fragmented
	}
	p, r, f := all.prf()
	frag := float64(all.fragmented) / float64(all.gold)
	t.Logf("%-12s gold %3d pred %3d matched %3d  P %.3f R %.3f F1 %.3f  fragmentation %.3f", "all", all.gold, all.pred, all.matched, p, r, f, frag)
	if f < 0.6 || frag > 0.1 {
		t.Errorf("typed F1 %.3f (floor 0.6), fragmentation %.3f (ceiling 0.1)", f, frag)
	}
}

// A gumMention is one gold person, organization or place mention of a GUM
// document: byte offsets in one paragraph of the rebuilt text.
type gumMention struct {
	typ, cluster     string
	named            bool
	para, start, end int
}

// A gumDoc is a GUM document rebuilt from dep/*.conllu: paragraphs of
// sentences joined by a space, and the mentions.
type gumDoc struct {
	id       string
	paras    []string
	mentions []gumMention
}

// gumWord is one word line of a sentence, with its byte span.
type gumWord struct {
	id, start, end int
	misc           string
}

// loadGUMDoc rebuilds one CoNLL-U file. Mentions come from the Entity=
// brackets of the MISC column; those in mentions_proper.tsv are named.
func loadGUMDoc(path string, named map[string]bool) (*gumDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &gumDoc{id: strings.TrimSuffix(filepath.Base(path), ".conllu")}
	var text, sentID string
	var words []gumWord
	cur, newPar := 0, true
	type open struct {
		id, typ            string
		para, start, first int
	}
	var opens []open
	flush := func() {
		if len(words) == 0 {
			return
		}
		if newPar || len(d.paras) == 0 {
			d.paras = append(d.paras, "")
			newPar = false
		}
		p := len(d.paras) - 1
		base := len(d.paras[p])
		if base > 0 {
			d.paras[p] += " "
			base++
		}
		d.paras[p] += text
		for _, w := range words {
			for _, tok := range gumBrackets(w.misc) {
				if tok.open {
					opens = append(opens, open{tok.id, tok.typ, p, base + w.start, w.id})
				}
				if !tok.close {
					continue
				}
				for k := len(opens) - 1; k >= 0; k-- {
					o := opens[k]
					if o.id != tok.id {
						continue
					}
					opens = append(opens[:k], opens[k+1:]...)
					if o.typ == "person" || o.typ == "organization" || o.typ == "place" {
						key := fmt.Sprintf("%s\t%d\t%d\t%s", sentID, o.first, w.id, o.id)
						d.mentions = append(d.mentions, gumMention{o.typ, o.id, named[key], o.para, o.start, base + w.end})
					}
					break
				}
			}
		}
		words, text = words[:0], ""
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "# newpar"):
			newPar = true
		case strings.HasPrefix(line, "# sent_id = "):
			sentID = strings.TrimPrefix(line, "# sent_id = ")
		case strings.HasPrefix(line, "# text = "):
			text, cur = strings.TrimPrefix(line, "# text = "), 0
		case strings.HasPrefix(line, "#"):
		default:
			fs := strings.Split(line, "\t")
			if len(fs) < 10 || strings.ContainsAny(fs[0], ".-") {
				continue
			}
			id, _ := strconv.Atoi(fs[0])
			k := strings.Index(text[cur:], fs[1])
			if k < 0 || k > 16 {
				k = 0
			}
			start := cur + k
			end := start + len(fs[1])
			if k == 0 && !strings.HasPrefix(text[cur:], fs[1]) {
				end = start
			}
			cur = end
			words = append(words, gumWord{id, start, end, fs[9]})
		}
	}
	flush()
	return d, sc.Err()
}

// A gumBracket is one "(id-type-..." opening and/or "id)" closing of an
// Entity= value.
type gumBracket struct {
	id, typ     string
	open, close bool
}

// gumBrackets reads the Entity= brackets of a MISC column.
func gumBrackets(misc string) []gumBracket {
	var v string
	for _, kv := range strings.Split(misc, "|") {
		if s, ok := strings.CutPrefix(kv, "Entity="); ok {
			v = s
		}
	}
	var out []gumBracket
	for i := 0; i < len(v); {
		j := i
		if v[i] == '(' {
			j = i + 1
		}
		k := j
		for k < len(v) && v[k] != '(' && v[k] != ')' {
			k++
		}
		body := v[j:k]
		closes := k < len(v) && v[k] == ')'
		if v[i] == '(' {
			id, rest, _ := strings.Cut(body, "-")
			typ, _, _ := strings.Cut(rest, "-")
			out = append(out, gumBracket{id: id, typ: typ, open: true, close: closes})
		} else if body != "" {
			out = append(out, gumBracket{id: body, close: closes})
		}
		if closes {
			k++
		}
		if k == i {
			k++
		}
		i = k
	}
	return out
}

// gumCounts counts mentions of one type.
type gumCounts struct{ gold, pred, matched int }

// TestEntitiesGUM scores the mentions findEntities finds in the GUM news
// documents: relaxed (overlap) typed matching against the named mentions,
// and cluster purity, the share of gold entities with two or more matched
// mentions whose matches all fall in one predicted entity. A prediction
// overlapping an unnamed gold mention of its type ("the senator") is not
// counted against precision.
func TestEntitiesGUM(t *testing.T) {
	dir := filepath.Join("..", "shared", "corpus", "gum")
	tsv, err := os.ReadFile(filepath.Join(dir, "mentions_proper.tsv"))
	if err != nil {
		t.Skip("corpus not available:", err)
	}
	named := map[string]bool{}
	for _, line := range strings.Split(string(tsv), "\n") {
		f := strings.Split(line, "\t")
		if len(f) >= 6 {
			named[fmt.Sprintf("%s\t%s\t%s\t%s", f[1], f[2], f[3], f[5])] = true
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "dep", "GUM_news_*.conllu"))
	sum := map[string]*gumCounts{"person": {}, "organization": {}, "place": {}}
	clusters, pure := 0, 0
	for _, f := range files {
		d, err := loadGUMDoc(f, named)
		if err != nil {
			t.Fatal(err)
		}
		c, p := scoreGUM(t, d, findEntities("", "", d.paras), sum)
		clusters += c
		pure += p
	}
	var all gumCounts
	for _, k := range []string{"person", "organization", "place"} {
		c := sum[k]
		p, r, f := entityCounts{c.gold, c.pred, c.matched, 0}.prf()
		t.Logf("%-12s gold %4d pred %4d matched %4d  P %.3f R %.3f F1 %.3f", k, c.gold, c.pred, c.matched, p, r, f)
		all.gold += c.gold
		all.pred += c.pred
		all.matched += c.matched
	}
	p, r, f := entityCounts{all.gold, all.pred, all.matched, 0}.prf()
	purity := float64(pure) / float64(max(clusters, 1))
	t.Logf("%-12s gold %4d pred %4d matched %4d  P %.3f R %.3f F1 %.3f  cluster purity %.3f (%d/%d)", "all", all.gold, all.pred, all.matched, p, r, f, purity, pure, clusters)
	if len(files) > 0 && (f < 0.4 || purity < 0.6) {
		t.Errorf("GUM typed F1 %.3f (floor 0.4), purity %.3f (floor 0.6)", f, purity)
	}
}

// scoreGUM matches the mentions of the predicted entities with the named
// gold mentions of a document and returns the number of gold clusters
// with two or more matched mentions and how many of those are pure.
func scoreGUM(t *testing.T, d *gumDoc, ents []Entity, sum map[string]*gumCounts) (clusters, pure int) {
	type pred struct {
		entity           int
		typ              string
		para, start, end int
	}
	var preds []pred
	for i, e := range ents {
		typ := map[Kind]string{Person: "person", Organization: "organization", Location: "place"}[e.Kind]
		for _, m := range e.Mentions {
			if typ != "" && m.Paragraph >= 0 {
				preds = append(preds, pred{i, typ, m.Paragraph, m.Start, m.End})
			}
		}
	}
	slices.SortStableFunc(preds, func(a, b pred) int {
		if a.para != b.para {
			return a.para - b.para
		}
		return a.start - b.start
	})
	overlaps := func(p pred, g gumMention) bool {
		return p.typ == g.typ && p.para == g.para && p.start < g.end && g.start < p.end
	}
	used := make([]bool, len(preds))
	found := map[string][]int{}
	for _, g := range d.mentions {
		if !g.named {
			continue
		}
		sum[g.typ].gold++
		hit := false
		for i, p := range preds {
			if !used[i] && overlaps(p, g) {
				used[i] = true
				sum[g.typ].pred++
				sum[g.typ].matched++
				found[g.cluster] = append(found[g.cluster], p.entity)
				hit = true
				break
			}
		}
		if !hit && *entitiesDetail {
			t.Logf("%s missed %s %q", d.id, g.typ, d.paras[g.para][g.start:g.end])
		}
	}
	for i, p := range preds {
		if used[i] || slices.ContainsFunc(d.mentions, func(g gumMention) bool { return !g.named && overlaps(p, g) }) {
			continue
		}
		sum[p.typ].pred++
		if *entitiesDetail {
			t.Logf("%s spurious %s %q", d.id, p.typ, d.paras[p.para][p.start:p.end])
		}
	}
	ents2name := func(e int) string { return ents[e].Name }
	for cl, ents := range found {
		if len(ents) < 2 {
			continue
		}
		clusters++
		if !slices.ContainsFunc(ents, func(e int) bool { return e != ents[0] }) {
			pure++
		} else if *entitiesDetail {
			var names []string
			for _, e := range ents {
				names = append(names, ents2name(e))
			}
			t.Logf("%s impure cluster %s: %q", d.id, cl, names)
		}
	}
	return clusters, pure
}

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
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEntities(tt.headline, "", tt.paras)
			checkEntities(t, got, tt.want, tt.absent, false)
		})
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
