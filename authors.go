package news

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// authors returns the people credited with the article, from the best
// source that names any: JSON-LD or microdata, author meta tags, the
// visible byline, rel=author links. Roles and author pages found in the
// other sources are added to the names chosen.
func (st *pageState) authors(ld *ldArticle, site string) []Author {
	var sources [][]Author
	// Structured data.
	var fromLD []Author
	for _, ag := range ld.authors {
		if ag.org {
			continue
		}
		for _, a := range splitAuthorValue(ag.name) {
			if ag.jobTitle != "" && a.Role == "" {
				a.Role = cleanText(ag.jobTitle)
			}
			a.URL = st.absURL(ag.url)
			fromLD = append(fromLD, a)
		}
	}
	sources = append(sources, fromLD)
	// Meta tags.
	var fromMeta []Author
	for _, key := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dc:creator", "dcterms.creator", "dcterms:creator", "citation_author", "byl", "twitter:creator:name"} {
		for _, v := range st.metas[key] {
			fromMeta = append(fromMeta, splitAuthorValue(v)...)
		}
		if len(fromMeta) > 0 {
			break
		}
	}
	sources = append(sources, fromMeta)
	visible := st.visibleByline()
	sources = append(sources, visible)
	var fromRel []Author
	for _, n := range st.relAuthors {
		if name, ok := authorName(textContent(n)); ok {
			fromRel = append(fromRel, Author{Name: name, URL: st.absURL(attr(n, "href"))})
		}
	}
	sources = append(sources, fromRel, st.authorPageLinks())

	// A site named like the person the structured data types as its
	// author is that person's own site: the name is not the outlet's.
	for _, ag := range ld.authors {
		if ag.person && sameName(ag.name, site) && personLike(ag.name) {
			site = ""
		}
	}
	var chosen []Author
	for _, s := range sources {
		s = dropSite(s, site)
		if len(s) > 0 {
			chosen = dedupeAuthors(s)
			break
		}
	}
	// Enrich from the other sources.
	for i := range chosen {
		for _, s := range sources {
			for _, o := range s {
				if !sameName(o.Name, chosen[i].Name) {
					continue
				}
				if chosen[i].Role == "" {
					chosen[i].Role = o.Role
				}
				if chosen[i].URL == "" {
					chosen[i].URL = o.URL
				}
			}
		}
	}
	return chosen
}

// splitAuthorValue reads one author value from metadata, which may name
// several people ("A and B") or carry a "By".
func splitAuthorValue(v string) []Author {
	v = cleanText(v)
	if v == "" || isAgency(v) {
		return nil
	}
	if name, ok := authorName(v); ok && !strings.Contains(strings.ToLower(v), " and ") && !strings.ContainsAny(v, ",&|;") {
		return []Author{{Name: name}}
	}
	return parseByline(v)
}

// visibleByline reads the byline elements of the page: the first, in
// document order, whose text is short and reads as a byline. Document
// order puts an element before the ones inside it, so a byline whose parts
// (name, title) are marked up too is read whole.
func (st *pageState) visibleByline() []Author {
	if as := st.readBylines(st.bylines); as != nil {
		return as
	}
	// Lines that start with "By" count only when the page has one: a
	// page with several is a list of other articles.
	first := ""
	for _, n := range st.textBylines {
		as := parseByline(textContent(n))
		if len(as) == 0 {
			continue
		}
		names := ""
		for _, a := range as {
			names += letters(a.Name) + " "
		}
		if first != "" && names != first {
			return nil
		}
		first = names
	}
	return st.readBylines(st.textBylines)
}

// readBylines returns the authors of the first element that reads as a
// byline.
func (st *pageState) readBylines(nodes []*html.Node) []Author {
	for _, n := range nodes {
		t := bylineText(n)
		if t == "" || len(t) > 300 {
			continue
		}
		as := parseByline(t)
		if len(as) == 0 {
			continue
		}
		if url := st.authorLink(n); url != "" && len(as) == 1 {
			as[0].URL = url
		}
		return as
	}
	return nil
}

// bylineText returns the text of a byline element without the parts
// marked as the outlet ("<span class=publication>Example Today</span>"),
// which would read as more words of the name.
func bylineText(n *html.Node) string {
	t := textContent(n)
	if len(t) > 300 {
		return t
	}
	walk(n, 8, func(c *html.Node) bool {
		if c == n {
			return true
		}
		ci := strings.ToLower(joinClassID(attr(c, "class"), attr(c, "id")))
		for _, w := range []string{"publication", "publisher", "source", "outlet", "affiliation", "brand"} {
			if strings.Contains(ci, w) {
				if ct := textContent(c); ct != "" {
					t = cleanText(strings.Replace(t, ct, " ", 1))
				}
				return false
			}
		}
		return true
	})
	return t
}

// authorLink returns the first link inside a byline element that points to
// an author page.
func (st *pageState) authorLink(n *html.Node) string {
	var href string
	walk(n, 16, func(c *html.Node) bool {
		if href == "" && c.Data == "a" {
			if u := st.absURL(attr(c, "href")); u != "" && !strings.HasPrefix(attr(c, "href"), "mailto:") {
				href = u
			}
		}
		return href == ""
	})
	return href
}

// dropSite removes authors that are the site itself or an agency.
func dropSite(as []Author, site string) []Author {
	out := as[:0:0]
	for _, a := range as {
		if sameName(a.Name, site) || isAgency(a.Name) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// authorPagePath reports whether a link goes to an author's page the way
// CMSs name them: a path segment "author", "authors", "autor" or "auteur"
// followed by the author's slug.
func authorPagePath(href string) bool {
	for _, seg := range []string{"/author/", "/authors/", "/autor/", "/autores/", "/auteur/"} {
		if i := strings.Index(href, seg); i >= 0 && len(href) > i+len(seg)+2 {
			return true
		}
	}
	return false
}

// authorPageLinks returns the people named by links to their author pages
// whose slug spells the name ("/author/nishant-kumar-8861/" for "Nishant
// Kumar"). Pages that link more than three such people list other
// articles' authors too: they give none.
func (st *pageState) authorPageLinks() []Author {
	var out []Author
	for _, n := range st.authorLinks {
		name, ok := authorName(textContent(n))
		if !ok || !strings.Contains(letters(attr(n, "href")), letters(name)) {
			continue
		}
		if !slices.ContainsFunc(out, func(a Author) bool { return sameName(a.Name, name) }) {
			out = append(out, Author{Name: name, URL: st.absURL(attr(n, "href"))})
		}
	}
	if len(out) > 3 {
		return nil
	}
	return out
}

// personLike reports whether a name reads as a person's: two to four
// capitalized words, none of them a common word or a word of organization
// names ("News", "Times"). A brand in one word is not.
func personLike(name string) bool {
	g := loadGazetteer()
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || g.isCommon(w) || g.orgWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// dedupeAuthors keeps the first of authors with the same name.
func dedupeAuthors(as []Author) []Author {
	var out []Author
	for _, a := range as {
		dup := false
		for _, o := range out {
			if sameName(o.Name, a.Name) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}
