package news

import (
	"encoding/json"
	"strings"
)

// ldArticle is what one schema.org article object in JSON-LD (or
// microdata) says about the article.
type ldArticle struct {
	typ         string
	headline    string
	description string
	url         string
	section     string
	lang        string
	body        string
	published   string
	modified    string
	authors     []ldAgent
	publisher   ldAgent
	keywords    []string
	images      []string
}

// ldAgent is a Person or Organization.
type ldAgent struct {
	name, url, jobTitle string
	org, person         bool // typed Organization, typed Person
}

// articleTypes ranks schema.org types that describe an article; higher is
// better.
var articleTypes = map[string]int{
	"newsarticle": 5, "reportagenewsarticle": 5, "analysisnewsarticle": 5,
	"opinionnewsarticle": 5, "reviewnewsarticle": 5, "backgroundnewsarticle": 5,
	"askpublicnewsarticle": 5, "liveblogposting": 5,
	"article": 4, "blogposting": 4, "socialmediaposting": 3, "techarticle": 4,
	"scholarlyarticle": 3, "report": 3, "review": 2, "creativework": 1,
	"webpage": 1, "itempage": 1, "medicalwebpage": 1,
}

// maxLDNodes bounds the JSON-LD values looked at on one page.
const maxLDNodes = 20000

// The JSON-LD of a page is decoded into maps and slices, which cost many
// times the text they come from when the objects are small: a script of a
// million empty objects would take a hundred times its size. So the
// decoding has a budget: at most maxLDNodes objects and arrays (no more
// are ever looked at), and an estimated cost of at most ldBaseCost plus
// ldCostFactor times the length of the scripts. A script is cut where
// either would run out, after its last complete value, and the brackets
// open there are closed. Real JSON-LD has a few dozen objects and costs
// three to seven times its length, mostly in strings: it is never cut.
const (
	ldBaseCost   = 64 << 10
	ldCostFactor = 8
	// The estimated cost of an object, an array and each value in them.
	ldObjectCost, ldArrayCost, ldValueCost = 384, 96, 64
)

// ldBudget is what is left of the decoding budget of a page.
type ldBudget struct {
	cost       int  // estimated bytes
	containers int  // objects and arrays
	cut        bool // a script was cut
}

// ldGraph indexes the JSON-LD objects of one page by @id so references
// can be followed.
type ldGraph struct {
	byID  map[string]map[string]any
	nodes int
}

// ldPage is what the JSON-LD of a page says.
type ldPage struct {
	articles []ldArticle // article objects, best first
	crumbs   []string    // the names in the first BreadcrumbList
	org      ldAgent     // the first news or other organization
	cut      bool        // the decoding budget cut a script short
}

// parseJSONLD decodes the JSON-LD scripts of a page.
func parseJSONLD(scripts []string) ldPage {
	g := &ldGraph{byID: map[string]map[string]any{}}
	var roots []any
	budget := ldBudget{cost: ldBaseCost, containers: maxLDNodes}
	for _, s := range scripts {
		budget.cost += ldCostFactor * len(s)
	}
	for _, s := range scripts {
		var v any
		if err := json.Unmarshal(cutJSON(cleanJSON(s), &budget), &v); err != nil {
			continue
		}
		roots = append(roots, v)
		g.index(v, 0)
	}
	type ranked struct {
		a    ldArticle
		rank int
	}
	var found []ranked
	var page ldPage
	for _, v := range roots {
		g.eachObject(v, 0, func(m map[string]any) {
			if page.crumbs == nil && hasType(m, "breadcrumblist") {
				page.crumbs = g.breadcrumbs(m)
			}
			if page.org.name == "" && (hasType(m, "newsmediaorganization") || hasType(m, "organization")) {
				page.org, _ = g.agent(m)
			}
			rank := 0
			for _, t := range ldTypes(m) {
				rank = max(rank, articleTypes[strings.ToLower(t)])
			}
			if rank == 0 {
				return
			}
			a := g.article(m)
			a.typ = strings.Join(ldTypes(m), ",")
			if a.headline == "" && a.body == "" && len(a.authors) == 0 && a.published == "" {
				return
			}
			if a.body != "" || a.headline != "" {
				rank++
			}
			found = append(found, ranked{a, rank})
		})
	}
	// Stable selection sort by rank: pages have few objects.
	page.articles = make([]ldArticle, 0, len(found))
	for len(found) > 0 {
		best := 0
		for i := range found {
			if found[i].rank > found[best].rank {
				best = i
			}
		}
		page.articles = append(page.articles, found[best].a)
		found = append(found[:best], found[best+1:]...)
	}
	page.cut = budget.cut
	return page
}

// hasType reports whether an object has the @type t (lower case).
func hasType(m map[string]any, t string) bool {
	for _, x := range ldTypes(m) {
		if strings.EqualFold(x, t) {
			return true
		}
	}
	return false
}

// breadcrumbs returns the item names of a BreadcrumbList, in position
// order as given.
func (g *ldGraph) breadcrumbs(m map[string]any) []string {
	out := []string{}
	for _, it := range ldList(m["itemListElement"]) {
		im, ok := g.deref(it).(map[string]any)
		if !ok {
			continue
		}
		name := ldString(im["name"])
		if name == "" {
			if item, ok := g.deref(im["item"]).(map[string]any); ok {
				name = ldString(item["name"])
			}
		}
		if name != "" {
			out = append(out, cleanText(name))
		}
	}
	return out
}

// cleanJSON removes what pages wrap JSON-LD in: HTML comments, CDATA
// markers and trailing semicolons.
func cleanJSON(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimPrefix(strings.TrimSpace(s), "//")
	s = strings.TrimPrefix(s, "<![CDATA[")
	s = strings.TrimSuffix(strings.TrimSpace(s), "]]>")
	s = strings.TrimSuffix(strings.TrimSpace(s), "//")
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ";")
	return s
}

// cutJSON returns s as bytes to decode, cut where the budget runs out,
// and takes what it keeps from the budget. Invalid JSON stays invalid.
func cutJSON(s string, b *ldBudget) []byte {
	var open []byte // closing brackets of the open containers
	clean := 0      // where s can be cut
	for i := 0; i < len(s); i++ {
		c := s[i]
		cost, containers := 0, 0
		switch c {
		case '"':
			for i++; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' {
					i++
				}
			}
			continue
		case '{':
			cost, containers = ldObjectCost+ldValueCost, 1
		case '[':
			cost, containers = ldArrayCost+ldValueCost, 1
		case ',':
			cost = ldValueCost
		case '}', ']':
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
			clean = i + 1
			continue
		default:
			continue
		}
		if cost > b.cost || containers > b.containers {
			out := make([]byte, 0, clean+len(open))
			out = append(out, s[:clean]...)
			for k := len(open) - 1; k >= 0; k-- {
				out = append(out, open[k])
			}
			b.cost, b.containers, b.cut = 0, 0, true
			return out
		}
		b.cost -= cost
		b.containers -= containers
		if c == ',' {
			clean = i
		} else {
			open = append(open, c+2) // '{'+2 is '}', '['+2 is ']'
			clean = i + 1
		}
	}
	return []byte(s)
}

// index records every object with an @id.
func (g *ldGraph) index(v any, depth int) {
	g.eachObject(v, depth, func(m map[string]any) {
		if id, ok := m["@id"].(string); ok && len(m) > 1 {
			if _, dup := g.byID[id]; !dup {
				g.byID[id] = m
			}
		}
	})
}

// eachObject calls f for every JSON object in v, outermost first, within
// the node budget.
func (g *ldGraph) eachObject(v any, depth int, f func(map[string]any)) {
	if depth > 32 || g.nodes > maxLDNodes {
		return
	}
	g.nodes++
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			g.eachObject(e, depth+1, f)
		}
	case map[string]any:
		f(x)
		for k, e := range x {
			if k == "@context" {
				continue
			}
			switch e.(type) {
			case []any, map[string]any:
				g.eachObject(e, depth+1, f)
			}
		}
	}
}

// deref follows an @id reference one step.
func (g *ldGraph) deref(v any) any {
	m, ok := v.(map[string]any)
	if !ok {
		return v
	}
	if id, ok := m["@id"].(string); ok && len(m) <= 2 {
		if full, ok := g.byID[id]; ok {
			return full
		}
	}
	return m
}

// ldTypes returns the @type values of an object.
func ldTypes(m map[string]any) []string {
	switch t := m["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// article reads the fields of one article object.
func (g *ldGraph) article(m map[string]any) ldArticle {
	a := ldArticle{
		headline:    ldString(g.deref(m["headline"])),
		description: ldString(m["description"]),
		section:     ldString(m["articleSection"]),
		lang:        ldString(m["inLanguage"]),
		body:        ldString(m["articleBody"]),
		published:   ldString(m["datePublished"]),
		modified:    ldString(m["dateModified"]),
	}
	if a.headline == "" {
		a.headline = ldString(m["name"])
	}
	if a.published == "" {
		a.published = ldString(m["dateCreated"])
	}
	a.url = ldURL(g.deref(m["url"]))
	if a.url == "" {
		a.url = ldURL(g.deref(m["mainEntityOfPage"]))
	}
	for _, v := range ldList(m["author"]) {
		if ag, ok := g.agent(v); ok {
			a.authors = append(a.authors, ag)
		}
	}
	if len(a.authors) == 0 {
		for _, v := range ldList(m["creator"]) {
			if ag, ok := g.agent(v); ok {
				a.authors = append(a.authors, ag)
			}
		}
	}
	if p := ldList(m["publisher"]); len(p) > 0 {
		a.publisher, _ = g.agent(p[0])
	}
	if a.publisher.name == "" {
		if p := ldList(g.deref(m["isPartOf"])); len(p) > 0 {
			if pm, ok := g.deref(p[0]).(map[string]any); ok {
				if pub := ldList(pm["publisher"]); len(pub) > 0 {
					a.publisher, _ = g.agent(pub[0])
				}
			}
		}
	}
	for _, v := range ldList(m["keywords"]) {
		if s, ok := v.(string); ok {
			a.keywords = append(a.keywords, splitKeywords(s)...)
		}
	}
	for _, v := range ldList(m["image"]) {
		if u := ldURL(g.deref(v)); u != "" {
			a.images = append(a.images, u)
		}
	}
	if a.section == "" {
		if l := ldList(m["articleSection"]); len(l) > 0 {
			a.section = ldString(l[0])
		}
	}
	return a
}

// agent reads a Person or Organization, given as an object, a reference
// or a bare name.
func (g *ldGraph) agent(v any) (ldAgent, bool) {
	switch x := g.deref(v).(type) {
	case string:
		s := strings.TrimSpace(x)
		return ldAgent{name: s}, s != ""
	case map[string]any:
		ag := ldAgent{name: ldString(x["name"]), url: ldURL(x["url"]), jobTitle: ldString(x["jobTitle"])}
		if ag.name == "" {
			given, family := ldString(x["givenName"]), ldString(x["familyName"])
			ag.name = strings.TrimSpace(given + " " + family)
		}
		if ag.url == "" {
			ag.url = ldURL(x["sameAs"])
		}
		for _, t := range ldTypes(x) {
			switch strings.ToLower(t) {
			case "organization", "newsmediaorganization", "corporation", "organisation":
				ag.org = true
			case "person":
				ag.person = true
			}
		}
		return ag, ag.name != ""
	}
	return ldAgent{}, false
}

// ldList returns v as a list: arrays as they are, one value as a list of
// one.
func ldList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	}
	return []any{v}
}

// ldString returns the text of a string value, the first string of an
// array, or the @value or name of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(unescapeTwice(x))
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := x["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	case float64:
		return strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(jsonNumber(x), "0"), "."))
	}
	return ""
}

// jsonNumber formats a number from JSON without exponent for timestamps.
func jsonNumber(f float64) string {
	b, _ := json.Marshal(f)
	s := string(b)
	if !strings.Contains(s, ".") {
		s += "."
	}
	return s
}

// ldURL returns a URL given as a string, or as an object's url or @id.
func ldURL(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldURL(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["url"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := x["contentUrl"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := x["@id"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// splitKeywords splits a keywords value on commas (or semicolons), trims
// the pieces and drops empty ones.
func splitKeywords(s string) []string {
	sep := ","
	if !strings.Contains(s, ",") && strings.Contains(s, ";") {
		sep = ";"
	}
	var out []string
	for _, k := range strings.Split(s, sep) {
		if k = cleanText(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}
