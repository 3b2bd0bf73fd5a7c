package news

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSeparators split a page title into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " » ", " ‹ ", " › "}

// headline chooses the article's headline: the visible h1 that agrees with
// the title metadata, else the metadata title without its site suffix.
func (st *pageState) headline(ld *ldArticle, site string) string {
	meta := []string{ld.headline, st.meta("og:title"), st.meta("twitter:title"), st.title, st.meta("headline", "dc.title", "parsely-title", "sailthru.title")}
	var h1s []string
	for _, n := range st.h1s {
		if t := trimPermalink(textContent(n)); t != "" && len(t) < 400 && !st.homeLink(n, t) {
			h1s = append(h1s, t)
		}
	}
	// An h1 the metadata agrees with is the visible headline.
	for _, h := range h1s {
		nh := normTitle(h)
		if len(nh) < 4 || sameName(h, site) {
			continue
		}
		for _, m := range meta {
			if nm := normTitle(m); nm != "" && (nm == nh || strings.Contains(nm, nh) && len(nh)*2 > len(nm)) {
				return h
			}
		}
	}
	// One h1 of a few words is the visible headline even when the
	// metadata words it otherwise.
	// It must share a word with the metadata titles, if there are any: a
	// section or site name set as h1 shares none.
	var lone []string
	for _, h := range h1s {
		if len(strings.Fields(h)) >= 3 && !sameName(h, site) {
			lone = append(lone, h)
		}
	}
	if len(lone) == 1 && !sharesTitleWord(lone[0], meta) {
		lone = nil
	}
	if len(lone) == 1 {
		return lone[0]
	}
	if ld.headline == "" && sameName(st.meta("og:title"), site) {
		return "" // the page presents itself as the site, not an article
	}
	for _, m := range meta {
		if m = cleanText(m); m != "" {
			if h := stripSiteName(m, site); h != "" && !sameName(h, site) {
				return h
			}
		}
	}
	for _, h := range h1s {
		if !sameName(h, site) {
			return h
		}
	}
	return ""
}

// trimPermalink removes the permalink sign documentation and blog tools
// append to headings ("Title¶", "Title #").
func trimPermalink(s string) string {
	for {
		t := strings.TrimRightFunc(s, unicode.IsSpace)
		t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, "¶"), "§"), "🔗")
		if t != s && strings.TrimSpace(t) != "" {
			s = t
			continue
		}
		return strings.TrimRightFunc(s, unicode.IsSpace)
	}
}

// homeLink reports whether the h1 n is a link to the site's home page, the
// way a logo is set: its text is all inside a link to the root path.
func (st *pageState) homeLink(n *html.Node, text string) bool {
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.DataAtom != atom.A {
			continue
		}
		u, err := url.Parse(strings.TrimSpace(attr(d, "href")))
		if err != nil || u.Path != "/" && u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.Path == "" && u.Host == "" {
			continue
		}
		return len(textContent(d)) == len(text)
	}
	return false
}

// sharesTitleWord reports whether h has a word of four letters or more in
// common with one of the titles, or there is no title to compare. Text
// written without spaces (Chinese, Japanese, Korean) is compared by pairs
// of characters.
func sharesTitleWord(h string, titles []string) bool {
	words := map[string]bool{}
	for _, w := range headlineWords(h) {
		words[w] = true
	}
	empty := true
	for _, t := range titles {
		for _, w := range headlineWords(t) {
			empty = false
			if words[w] {
				return true
			}
		}
	}
	return empty || len(words) == 0
}

// headlineWords returns the lower-case words of four letters or more of s,
// and the character pairs of its runs of CJK characters.
func headlineWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notLetterOrDigit) {
		r, _ := utf8.DecodeRuneInString(w)
		if ideograph(r) || unicode.Is(unicode.Hangul, r) {
			for i, prev := 0, -1; i < len(w); {
				_, size := utf8.DecodeRuneInString(w[i:])
				if prev >= 0 {
					out = append(out, w[prev:i+size])
				}
				prev, i = i, i+size
			}
			continue
		}
		if utf8.RuneCountInString(w) >= 4 {
			out = append(out, w)
		}
	}
	return out
}

// notLetterOrDigit reports runes that separate words.
func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// stripSiteName removes a site name before or after a separator in a
// title. Without a known site name, a last part of one to four words is
// taken for one when the rest is longer.
func stripSiteName(title, site string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if site != "" && (sameName(tail, site) || hostLike(tail)) {
			return stripSiteName(head, site)
		}
		if j := strings.Index(title, sep); site != "" && sameName(strings.TrimSpace(title[:j]), site) {
			return strings.TrimSpace(title[j+len(sep):])
		}
		if site == "" && len(strings.Fields(tail)) <= 4 && len(head) > 2*len(tail) {
			return head
		}
	}
	return title
}

// titleSiteName guesses the site name from the suffix of the page title,
// confirmed by the host name when there is one.
func titleSiteName(title, ogTitle, host string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if tail == "" || len(strings.Fields(tail)) > 5 {
			continue
		}
		if ogTitle != "" && strings.Contains(ogTitle, tail) {
			continue
		}
		return tail
	}
	return ""
}

// hostLike reports whether s looks like a host name ("example.com").
func hostLike(s string) bool {
	return !strings.Contains(s, " ") && strings.Contains(s, ".") && len(s) > 4
}

// sameName reports whether two names are the same once case, spaces,
// punctuation and a leading "The" are ignored ("nytimes.com" matches "The
// New York Times" only through its letters: "NYTimes" does).
func sameName(a, b string) bool {
	na, nb := letters(a), letters(b)
	if na == "" || nb == "" {
		return false
	}
	na, nb = strings.TrimPrefix(na, "the"), strings.TrimPrefix(nb, "the")
	if na == nb {
		return true
	}
	// A host name against a site name: "nytimes.com" ~ "NYTimes".
	for _, tld := range []string{"com", "org", "net", "couk", "co", "news", "io"} {
		if strings.TrimSuffix(na, tld) == nb || strings.TrimSuffix(nb, tld) == na {
			return true
		}
	}
	return false
}

// letters returns the lower-case letters and digits of s.
func letters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// normTitle returns a title reduced for comparison: lower case, letters,
// digits and single spaces.
func normTitle(s string) string {
	return string(appendNormTitle(nil, s, -1))
}

// appendNormTitle appends the normTitle form of s to buf. With a limit of
// 0 or more, it may stop once it has appended more than limit bytes: what
// it appended then differs from any text of limit bytes or fewer.
func appendNormTitle(buf []byte, s string, limit int) []byte {
	start := len(buf)
	if limit < 0 {
		limit = len(s) * utf8.UTFMax // more than the whole form
	}
	limit += start
	space := false
	for i := 0; i < len(s) && len(buf) <= limit; {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = true
				continue
			}
			if space && len(buf) > start {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = true
			continue
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// microdata reads schema.org microdata of an article itemscope. Authors
// marked up outside any article scope count when they name one or two
// people: more are a list of other articles.
func (st *pageState) microdata() *ldArticle {
	var a, stray ldArticle
	found := false
	for _, n := range st.micro {
		scope := itemScope(n)
		t := ""
		if scope != nil {
			t = strings.ToLower(attr(scope, "itemtype"))
		}
		if i := strings.LastIndexAny(t, "/#"); i >= 0 {
			t = t[i+1:]
		}
		if articleTypes[t] < 2 {
			if hasField(attr(n, "itemprop"), "author") && len(stray.authors) <= 2 {
				st.microProp(&stray, n, "author")
				if k := len(stray.authors) - 1; k > 0 && slices.ContainsFunc(stray.authors[:k], func(o ldAgent) bool { return sameName(o.name, stray.authors[k].name) }) {
					stray.authors = stray.authors[:k]
				}
			}
			continue
		}
		found = true
		a.typ = t
		for _, prop := range strings.Fields(attr(n, "itemprop")) {
			st.microProp(&a, n, strings.ToLower(prop))
		}
	}
	if len(a.authors) == 0 && len(stray.authors) <= 2 {
		a.authors = stray.authors
	}
	if !found && len(a.authors) == 0 {
		return nil
	}
	return &a
}

// microProp reads one itemprop of an article scope.
func (st *pageState) microProp(a *ldArticle, n *html.Node, prop string) {
	val := func() string {
		for _, k := range []string{"content", "datetime", "href", "src"} {
			if v := attr(n, k); v != "" {
				return strings.TrimSpace(v)
			}
		}
		return textContent(n)
	}
	set := func(dst *string) {
		if *dst == "" {
			*dst = val()
		}
	}
	switch prop {
	case "headline":
		set(&a.headline)
	case "description":
		set(&a.description)
	case "datepublished":
		set(&a.published)
	case "datemodified":
		set(&a.modified)
	case "articlesection":
		set(&a.section)
	case "inlanguage":
		set(&a.lang)
	case "author", "creator":
		ag := ldAgent{name: textContent(n)}
		if hasAttr(n, "itemscope") {
			ag.name, ag.url = "", ""
			for _, c := range descendantsWithProp(n, "name") {
				ag.name = firstNonEmpty(attr(c, "content"), textContent(c))
				break
			}
			for _, c := range descendantsWithProp(n, "url") {
				ag.url = attr(c, "href")
				break
			}
			for _, c := range descendantsWithProp(n, "jobtitle") {
				ag.jobTitle = firstNonEmpty(attr(c, "content"), textContent(c))
				break
			}
			ag.org = strings.Contains(strings.ToLower(attr(n, "itemtype")), "organization")
		} else if n.Data == "a" {
			ag.url = attr(n, "href")
		}
		if c := attr(n, "content"); c != "" && !hasAttr(n, "itemscope") {
			ag.name = c
		}
		if ag.name != "" {
			a.authors = append(a.authors, ag)
		}
	case "publisher":
		for _, c := range descendantsWithProp(n, "name") {
			a.publisher.name = firstNonEmpty(attr(c, "content"), textContent(c))
			break
		}
		for _, c := range descendantsWithProp(n, "url") {
			a.publisher.url = firstNonEmpty(attr(c, "href"), attr(c, "content"))
			break
		}
	case "keywords":
		if len(a.keywords) == 0 {
			a.keywords = splitKeywords(val())
		}
	case "image":
		if hasAttr(n, "itemscope") {
			for _, c := range append(descendantsWithProp(n, "url"), descendantsWithProp(n, "contenturl")...) {
				if v := firstNonEmpty(attr(c, "content"), attr(c, "src"), attr(c, "href")); v != "" {
					a.images = append(a.images, v)
					break
				}
			}
		} else if v := val(); v != "" {
			a.images = append(a.images, v)
		}
	}
}

// itemScope returns the nearest ancestor of n (not n itself unless it has
// no itemprop) that has an itemscope.
func itemScope(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && hasAttr(p, "itemscope") {
			return p
		}
	}
	return nil
}

// descendantsWithProp returns the elements under n with the itemprop.
func descendantsWithProp(n *html.Node, prop string) []*html.Node {
	var out []*html.Node
	walk(n, 64, func(c *html.Node) bool {
		if c != n {
			for _, p := range strings.Fields(attr(c, "itemprop")) {
				if strings.EqualFold(p, prop) {
					out = append(out, c)
				}
			}
		}
		return true
	})
	return out
}
