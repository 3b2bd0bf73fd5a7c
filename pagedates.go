package news

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedKeys are meta names that carry the publication date, best
// first.
var publishedKeys = []string{
	"article:published_time", "og:published_time", "article:published", "datepublished",
	"parsely-pub-date", "sailthru.date", "publishdate", "publish-date", "publish_date",
	"pubdate", "published_time", "published-date", "article.published", "article_date_original",
	"original-publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "dc.date.created", "date", "citation_publication_date",
	"citation_date", "og:article:published_time", "cxenseparse:recs:publishtime",
	"displaydate", "date.available", "release_date", "rnews:datepublished",
	"article:post_date", "timestamp", "datecreated",
}

// modifiedKeys are meta names that carry the last update.
var modifiedKeys = []string{
	"article:modified_time", "og:updated_time", "article:modified", "datemodified",
	"last-modified", "lastmod", "dc.date.modified", "dcterms.modified", "modified_time",
	"article.updated", "og:article:modified_time",
}

// dates returns when the article was published and last modified, each
// from the first source, best first, that gives one.
func (st *pageState) dates(ld *ldArticle, articleURL string) (published, modified time.Time) {
	modified = firstDate(
		func() (time.Time, bool) { return parseDate(ld.modified) },
		func() (time.Time, bool) { return st.metaDate(modifiedKeys) },
		func() (time.Time, bool) { return nonZero(st.timeElementDate(true)) },
		func() (time.Time, bool) { return nonZero(st.visibleDate(true)) },
	)
	published = firstDate(
		func() (time.Time, bool) { return st.structuredPublished(ld, modified) },
		func() (time.Time, bool) { return nonZero(st.timeElementDate(false)) },
		func() (time.Time, bool) { return dateFromURL(articleURL) },
		func() (time.Time, bool) { return dateFromURL(st.p.URL) },
		func() (time.Time, bool) { return nonZero(st.visibleDate(false)) },
		func() (time.Time, bool) { return nonZero(st.bylineDate()) },
	)
	if !modified.IsZero() && !published.IsZero() && modified.Before(published) {
		modified = time.Time{}
	}
	return published, modified
}

// structuredPublished returns the publication date of the JSON-LD or
// microdata article, else of the meta tags. When both give one, the meta
// date wins if it is the same instant written in the page's own offset
// rather than UTC, or if the structured date is the modification date
// and the meta date an earlier one.
func (st *pageState) structuredPublished(ld *ldArticle, modified time.Time) (time.Time, bool) {
	ldT, ldOK := parseDate(ld.published)
	metaT, metaOK := st.metaDate(publishedKeys)
	switch {
	case !ldOK:
		return metaT, metaOK
	case !metaOK:
		return ldT, true
	case ldT.Equal(metaT):
		if _, off := ldT.Zone(); off == 0 {
			return metaT, true
		}
	case ldT.Equal(modified) && metaT.Before(ldT):
		return metaT, true
	}
	return ldT, true
}

// firstDate returns the date of the first source that has one.
func firstDate(sources ...func() (time.Time, bool)) time.Time {
	for _, src := range sources {
		if t, ok := src(); ok {
			return t
		}
	}
	return time.Time{}
}

// nonZero reports t with whether it is set.
func nonZero(t time.Time) (time.Time, bool) { return t, !t.IsZero() }

// metaDate returns the first meta value under the keys, in key order, that
// reads as a date.
func (st *pageState) metaDate(keys []string) (time.Time, bool) {
	for _, k := range keys {
		for _, v := range st.metas[k] {
			if t, ok := parseDate(v); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// timeElementDate reads <time datetime> and hNews elements: the first one
// that reads as a publication (or, with updated, modification) date.
func (st *pageState) timeElementDate(updated bool) time.Time {
	var fallback time.Time
	check := func(n *html.Node) (time.Time, bool) {
		ctx := strings.ToLower(classID(n) + " " + attr(n, "itemprop") + " " + classID(n.Parent))
		isUpdate := strings.Contains(ctx, "updat") || strings.Contains(ctx, "modif")
		if isUpdate != updated {
			return time.Time{}, false
		}
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "title")
		}
		if v == "" {
			v = attr(n, "content")
		}
		if v == "" {
			v = textContent(n)
		}
		t, ok := parseDate(v)
		if !ok {
			t, ok = dateInText(v)
		}
		if !ok {
			return time.Time{}, false
		}
		if hasAttr(n, "pubdate") || strings.Contains(ctx, "publish") || strings.Contains(ctx, "posted") {
			return t, true
		}
		if fallback.IsZero() && !updated {
			fallback = t
		}
		return t, updated
	}
	for _, n := range st.hnews {
		if t, ok := check(n); ok {
			return t
		}
	}
	for _, n := range st.times {
		if t, ok := check(n); ok {
			return t
		}
	}
	return fallback
}

// bylineDate reads a date from the visible byline area, the last resort.
func (st *pageState) bylineDate() time.Time {
	for _, n := range append(st.bylines, st.textBylines...) {
		t := textContent(n)
		if len(t) > 300 {
			continue
		}
		if d, ok := dateInText(t); ok {
			return d
		}
		if p := n.Parent; p != nil {
			if t := textContent(p); len(t) < 300 {
				if d, ok := dateInText(t); ok {
					return d
				}
			}
		}
	}
	return time.Time{}
}

// visibleDate reads the text of elements named like a date ("First
// published on Nov 20, 2019"): the first that states a publication date,
// or with updated, an update.
func (st *pageState) visibleDate(updated bool) time.Time {
	for _, n := range st.dated {
		if inPageChrome(n) {
			continue
		}
		t := textContent(n)
		if t == "" || len(t) > 200 {
			continue
		}
		l := strings.ToLower(t + " " + classID(n))
		isUpdate := (strings.Contains(l, "updat") || strings.Contains(l, "modif")) &&
			!strings.Contains(l, "publish") && !strings.Contains(l, "posted")
		if isUpdate != updated {
			continue
		}
		if d, ok := dateInText(t); ok {
			return d
		}
	}
	return time.Time{}
}

// inPageChrome reports whether n sits in the page's header, navigation or
// footer, where dates are today's date or a copyright, not the article's.
func inPageChrome(n *html.Node) bool {
	for p, d := n, 0; p != nil && d < 12; p, d = p.Parent, d+1 {
		switch p.DataAtom {
		case atom.Nav, atom.Footer:
			return true
		case atom.Header:
			if p.Parent != nil && p.Parent.DataAtom == atom.Body {
				return true
			}
		}
		ci := classID(p)
		if strings.Contains(ci, "masthead") || strings.Contains(ci, "site-header") || strings.Contains(ci, "footer") || strings.Contains(ci, "topbar") || strings.Contains(ci, "top-bar") {
			return true
		}
	}
	return false
}
