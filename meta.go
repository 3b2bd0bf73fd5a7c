package news

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageState is the per-call state of parsing one HTML page: what one walk
// over the DOM collected for the metadata and body stages.
type pageState struct {
	p    *Parser
	doc  *html.Node
	base *url.URL // the page URL that relative links resolve against

	metas       map[string][]string // meta name/property/itemprop (lower case) -> contents
	ldScripts   []string            // JSON-LD script bodies
	title       string
	lang        string
	canonical   string
	h1s         []*html.Node
	bylines     []*html.Node // elements whose names say author or byline
	textBylines []*html.Node // elements whose text starts with "By"
	relAuthors  []*html.Node // <a rel=author>
	authorLinks []*html.Node // links to an author page ("/author/jane-doe/")
	times       []*html.Node // <time> and elements with a datetime
	micro       []*html.Node // elements with itemprop
	hnews       []*html.Node // hNews/hAtom published and updated elements
	dated       []*html.Node // elements named like a date or time
	crumbs      *html.Node   // the first breadcrumb trail
	category    *html.Node   // the first rel=category link
	sourceOrg   *html.Node   // the hNews source-org element
	bodyNode    *html.Node
	truncated   bool
	elements    int // elements looked at
}

// newPageState walks the document once and collects what the later stages
// need.
func newPageState(p *Parser, doc *html.Node) *pageState {
	st := &pageState{p: p, doc: doc, metas: map[string][]string{}}
	if p.URL != "" {
		if u, err := url.Parse(p.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			st.base = u
		}
	}
	st.collectAll(doc, int(p.limit(int64(p.MaxDepth), DefaultMaxDepth)), int(p.limit(int64(p.MaxNodes), DefaultMaxNodes)))
	return st
}

// collectAll calls collect on the elements from root on, in document
// order, down to maxDepth and at most maxNodes of them.
func (st *pageState) collectAll(root *html.Node, maxDepth, maxNodes int) {
	n, depth := root, 0
	for {
		descend := n.Type == html.DocumentNode
		if n.Type == html.ElementNode {
			if st.elements == maxNodes {
				st.truncated = true
				return
			}
			st.elements++
			descend = st.collect(n)
		}
		if descend && depth < maxDepth && n.FirstChild != nil {
			n, depth = n.FirstChild, depth+1
			continue
		}
		for n != root && n.NextSibling == nil {
			n, depth = n.Parent, depth-1
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// collect records one element; it returns false to skip its children.
func (st *pageState) collect(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html:
		st.lang = attr(n, "lang")
		if st.lang == "" {
			st.lang = attr(n, "xml:lang")
		}
	case atom.Body:
		st.bodyNode = n
	case atom.Base:
		if st.base == nil || st.p.URL == "" {
			if u, err := url.Parse(attr(n, "href")); err == nil && u.IsAbs() {
				st.base = u
			}
		}
	case atom.Title:
		if st.title == "" {
			st.title = textOf(n)
		}
		return false
	case atom.Meta:
		st.collectMeta(n)
	case atom.Link:
		rel := strings.ToLower(attr(n, "rel"))
		if rel == "canonical" && st.canonical == "" {
			st.canonical = attr(n, "href")
		}
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			st.ldScripts = append(st.ldScripts, textOf(n))
		}
		return false
	case atom.Style, atom.Template, atom.Svg, atom.Noscript:
		return false
	case atom.H1:
		st.h1s = append(st.h1s, n)
	case atom.Time:
		st.times = append(st.times, n)
	case atom.A:
		if len(st.authorLinks) < 50 && authorPagePath(attr(n, "href")) {
			st.authorLinks = append(st.authorLinks, n)
		}
		if rel := attr(n, "rel"); rel != "" {
			if hasField(rel, "author") {
				st.relAuthors = append(st.relAuthors, n)
			}
			if hasField(rel, "category") && st.category == nil {
				st.category = n
			}
		}
	}
	var class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if a.Namespace == "" && (len(st.micro) == 0 || st.micro[len(st.micro)-1] != n) {
				st.micro = append(st.micro, n)
			}
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	if len(st.textBylines) < 20 && startsWithBy(n) {
		st.textBylines = append(st.textBylines, n)
	}
	if class == "" && id == "" {
		return true
	}
	if commentSection(class, id) {
		return false // readers' names and dates are not the article's
	}
	// No mark word holds a space: class and id are read apart.
	marks := nameMarks(class) | nameMarks(id)
	if marks&markByline != 0 && !badBylineName(joinClassID(class, id)) && len(st.bylines) < 500 {
		st.bylines = append(st.bylines, n)
	}
	if marks&markHNews != 0 && (hasClass(n, "published") || hasClass(n, "updated") || hasClass(n, "dtstamp")) {
		st.hnews = append(st.hnews, n)
	}
	if st.crumbs == nil && marks&markCrumbs != 0 {
		st.crumbs = n
	}
	if st.sourceOrg == nil && marks&markSourceOrg != 0 && hasClass(n, "source-org") {
		st.sourceOrg = n
	}
	if marks&markDate != 0 && len(st.dated) < 200 {
		st.dated = append(st.dated, n)
	}
	return true
}

// unescapeTwice decodes character references left in a value that a page
// escaped twice ("Anastassiades&#039; light", "Ama&hellip;"): metadata
// and JSON-LD text is plain text, never markup.
func unescapeTwice(s string) string {
	if i := strings.IndexByte(s, '&'); i < 0 || strings.IndexByte(s[i:], ';') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

// commentNames are the class and id tokens of readers' comment sections
// in common CMS templates.
var commentNames = []string{"comments", "comment-list", "commentlist", "comments-list", "comments-area",
	"comments-section", "comment-section", "comment-body", "comment-content", "comment-respond",
	"disqus_thread", "respond"}

// commentSection reports whether an element's class or id names a
// readers' comment section or one comment.
func commentSection(class, id string) bool {
	if commentName(id) {
		return true
	}
	for class != "" {
		var c string
		c, class = nextField(class)
		if commentName(c) {
			return true
		}
	}
	return false
}

// commentName reports whether one class or id token is in commentNames,
// in any case.
func commentName(w string) bool {
	if len(w) < len("respond") || len(w) > len("comments-section") {
		return false
	}
	switch w[0] | 0x20 { // every name starts with c, d or r
	case 'c', 'd', 'r':
	default:
		return false
	}
	for _, c := range commentNames {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// collectMeta records a meta element's content under its name, property,
// itemprop or http-equiv.
func (st *pageState) collectMeta(n *html.Node) {
	content := attr(n, "content")
	if content == "" {
		content = attr(n, "value")
	}
	content = cleanText(unescapeTwice(content))
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
		key := strings.ToLower(strings.TrimSpace(attr(n, k)))
		if key == "" {
			continue
		}
		if k != "property" || !strings.ContainsAny(key, " \t\n") {
			st.metas[key] = append(st.metas[key], content)
			continue
		}
		// RDFa lets one element give several properties.
		for _, key := range strings.Fields(key) {
			st.metas[key] = append(st.metas[key], content)
		}
	}
}

// textOf returns the raw text inside an element such as script or title,
// with white space collapsed for title.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	if n.DataAtom == atom.Title {
		return cleanText(b.String())
	}
	return b.String()
}

// meta returns the first non-empty value of the meta keys, in order.
func (st *pageState) meta(keys ...string) string {
	for _, k := range keys {
		if v := st.metas[k]; len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

// metadata is everything found about the page, before it is put into the
// Article.
type metadata struct {
	ld     *ldArticle // the best article object in JSON-LD or microdata
	crumbs []string   // the names of a JSON-LD BreadcrumbList
}

// metadata gathers the page's structured data.
func (st *pageState) metadata() *metadata {
	m := &metadata{}
	page := parseJSONLD(st.ldScripts)
	st.truncated = st.truncated || page.cut
	lds := page.articles
	m.crumbs = page.crumbs
	if micro := st.microdata(); micro != nil {
		lds = append(lds, *micro)
	}
	if len(lds) > 0 {
		m.ld = &lds[0]
		// Fill gaps from the other objects (a WebPage often carries the
		// dates or the publisher the article object lacks).
		for i := 1; i < len(lds); i++ {
			mergeLD(m.ld, &lds[i])
		}
	} else {
		m.ld = &ldArticle{}
	}
	if m.ld.publisher.name == "" {
		m.ld.publisher = page.org
	}
	return m
}

// mergeLD fills the empty fields of a from b.
func mergeLD(a, b *ldArticle) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&a.headline, b.headline)
	fill(&a.description, b.description)
	fill(&a.url, b.url)
	fill(&a.section, b.section)
	fill(&a.lang, b.lang)
	fill(&a.published, b.published)
	fill(&a.modified, b.modified)
	if len(a.authors) == 0 {
		a.authors = b.authors
	}
	if a.publisher.name == "" {
		a.publisher = b.publisher
	}
	if len(a.keywords) == 0 {
		a.keywords = b.keywords
	}
	if len(a.images) == 0 {
		a.images = b.images
	}
}

// applyMetadata fills the Article's metadata fields, each from the best
// source that has it.
func (st *pageState) applyMetadata(a *Article, m *metadata) {
	ld := m.ld
	a.URL = st.articleURL(ld)
	a.Publication = st.publication(ld, a.URL)
	a.Headline = st.headline(ld, a.Publication.Name)
	a.Description = firstNonEmpty(ld.description, st.meta("og:description", "description", "twitter:description", "dc.description"))
	a.Authors = st.authors(ld, a.Publication.Name)
	a.Published, a.Modified = st.dates(ld, a.URL)
	a.Section = firstNonEmpty(st.meta("article:section", "parsely-section", "section", "article.section", "sailthru.section"), ld.section)
	if a.Section == "" {
		a.Section = st.sectionFromPage(m.crumbs, a.Headline)
	}
	a.Tags = st.tags(ld)
	a.Language = normalizeLang(firstNonEmpty(st.lang, ld.lang, st.meta("og:locale", "content-language", "language", "dc.language")))
	a.Image = st.image(ld)
	a.Truncated = st.truncated
}

// articleURL returns the canonical URL of the article.
func (st *pageState) articleURL(ld *ldArticle) string {
	for _, u := range []string{st.canonical, st.meta("og:url"), ld.url, st.p.URL} {
		if abs := st.absURL(u); abs != "" {
			return abs
		}
	}
	return ""
}

// absURL resolves u against the page URL and returns it if it is an
// absolute http or https URL, or "".
func (st *pageState) absURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	ref, err := url.Parse(u)
	if err != nil {
		return ""
	}
	if st.base != nil {
		ref = st.base.ResolveReference(ref)
	}
	if ref.Scheme != "http" && ref.Scheme != "https" || ref.Host == "" {
		return ""
	}
	return ref.String()
}

// publication returns the outlet's name and home page.
func (st *pageState) publication(ld *ldArticle, articleURL string) Publication {
	var pub Publication
	pub.Name = firstNonEmpty(st.meta("og:site_name", "application-name", "al:ios:app_name", "twitter:app:name:iphone", "dc.publisher", "publisher"), ld.publisher.name)
	pub.Name = dropTagline(pub.Name)
	if u, err := url.Parse(pub.Name); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		pub.Name = strings.TrimPrefix(u.Hostname(), "www.") // a site name given as its address
	}
	if pub.Name == "" && st.sourceOrg != nil {
		pub.Name = textContent(st.sourceOrg)
		for _, n := range descendantsWithClass(st.sourceOrg, "url") {
			pub.URL = st.absURL(attr(n, "href"))
			break
		}
	}
	if u := st.absURL(ld.publisher.url); u != "" {
		pub.URL = u
	}
	host := ""
	for _, raw := range []string{articleURL, st.p.URL} {
		if u, err := url.Parse(raw); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
			host = u.Hostname()
			if pub.URL == "" {
				pub.URL = u.Scheme + "://" + u.Host
			}
			break
		}
	}
	if pub.Name == "" {
		pub.Name = titleSiteName(st.title, st.meta("og:title"), host)
	}
	if pub.Name == "" && domainLike(host) {
		pub.Name = strings.TrimPrefix(host, "www.")
	}
	return pub
}

// dropTagline cuts the tagline some sites add to their name ("Example.cz
// - News as it happens", "Example News | Latest News & Headlines"): a
// head of one to four words before a separator followed by three words or
// more.
func dropTagline(name string) string {
	for _, sep := range []string{" - ", " | ", " – ", " — ", " : "} {
		i := strings.Index(name, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(name[:i]), name[i+len(sep):]
		if n := len(strings.Fields(head)); n >= 1 && n <= 4 && len(strings.FieldsFunc(tail, notLetterOrDigit)) >= 3 {
			return head
		}
	}
	return name
}

// domainLike reports whether a host is a public domain name ("example.com")
// rather than an address, "localhost" or a name of one label, which name
// no publication.
func domainLike(host string) bool {
	i := strings.LastIndexByte(host, '.')
	if i <= 0 || i == len(host)-1 {
		return false
	}
	// An IPv4 address ends in digits alone; IPv6 has no dot. Top-level
	// domains have letters ("com", "xn--p1ai").
	for _, c := range host[i+1:] {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// image returns the article's lead image.
func (st *pageState) image(ld *ldArticle) string {
	cands := []string{st.meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")}
	cands = append(cands, ld.images...)
	cands = append(cands, st.meta("thumbnail", "image"))
	for _, c := range cands {
		if u := st.absURL(c); u != "" {
			return u
		}
	}
	return ""
}

// tags returns the article's keywords without duplicates.
func (st *pageState) tags(ld *ldArticle) []string {
	var raw []string
	switch {
	case len(st.metas["article:tag"]) > 0:
		raw = st.metas["article:tag"]
	case len(ld.keywords) > 0:
		raw = ld.keywords
	default:
		for _, k := range []string{"news_keywords", "parsely-tags", "keywords", "sailthru.tags"} {
			if v := st.meta(k); v != "" {
				raw = splitKeywords(v)
				break
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range raw {
		for _, t := range splitKeywords(t) {
			k := strings.ToLower(t)
			if len(t) > 100 || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, t)
		}
	}
	return out
}

// normalizeLang returns a BCP 47 language tag from forms like "en_US",
// "EN-us" or "en".
func normalizeLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if s == "" || len(s) > 20 {
		return ""
	}
	parts := strings.Split(s, "-")
	for i, p := range parts {
		if p == "" {
			return ""
		}
		for _, r := range p {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return ""
			}
		}
		switch {
		case i == 0:
			parts[i] = strings.ToLower(p)
		case len(p) == 2:
			parts[i] = strings.ToUpper(p)
		case len(p) == 4:
			parts[i] = strings.ToUpper(p[:1]) + strings.ToLower(p[1:])
		default:
			parts[i] = strings.ToLower(p)
		}
	}
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return ""
	}
	return strings.Join(parts, "-")
}

// firstNonEmpty returns the first of its arguments that is not empty.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return cleanText(s)
		}
	}
	return ""
}

// sectionFromPage finds the section in a breadcrumb trail (JSON-LD or
// markup: its last entry other than the article itself and the home page)
// or in a rel=category link.
func (st *pageState) sectionFromPage(ldCrumbs []string, headline string) string {
	pick := func(names []string) string {
		for i := len(names) - 1; i >= 0; i-- {
			n := names[i]
			if n == "" || len(n) > 60 || sameName(n, headline) || strings.EqualFold(n, "home") || i == 0 && len(names) > 1 && strings.EqualFold(n, "home") {
				continue
			}
			return n
		}
		return ""
	}
	if s := pick(ldCrumbs); s != "" {
		return s
	}
	if st.crumbs != nil {
		var names []string
		walk(st.crumbs, 16, func(n *html.Node) bool {
			if n.DataAtom == atom.A {
				names = append(names, textContent(n))
				return false
			}
			return true
		})
		if s := pick(names); s != "" {
			return s
		}
	}
	if st.category != nil {
		return textContent(st.category)
	}
	return ""
}

// descendantsWithClass returns the elements under n with the class c.
func descendantsWithClass(n *html.Node, c string) []*html.Node {
	var out []*html.Node
	walk(n, 16, func(d *html.Node) bool {
		if hasClass(d, c) {
			out = append(out, d)
		}
		return true
	})
	return out
}
