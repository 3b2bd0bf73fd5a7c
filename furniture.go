package news

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The kinds of element furnitureKind tells apart.
const (
	plainElement = iota
	furniture    // navigation, share bars, captions, comments, ads...
	articleBody  // named or tagged as the article text
)

// furnitureWords are class and id words (or their beginnings) that name page
// furniture: never article text.
var furnitureWords = []string{
	"nav", "menu", "breadcrumb", "footer", "masthead", "sidebar", "widget",
	"share", "sharing", "social", "sociable", "related", "recommend", "popular",
	"trending", "mostread", "most-read", "newsletter", "subscribe", "signup",
	"promo", "advert", "sponsor", "banner", "cookie", "consent", "modal", "popup",
	"comment", "disqus", "outbrain", "taboola", "caption", "credit", "byline",
	"author", "bio", "tags", "tagged", "toolbar", "skip", "print",
	"hidden", "visually-hidden", "sr-only", "screen-reader",
	"rating", "pagination", "pager", "dateline-bar", "timestamp", "date",
	"meta", "newsfeed", "readmore", "read-more", "more-stories", "jump",
	"inline-ad", "ad-container", "ad-slot", "ad-unit", "adslot", "adunit", "advertisement",
	"login", "register", "logo", "header", "headline", "hed", "kicker",
	"overline", "subscription", "premium-wall", "carousel",
	"gallery", "video", "podcast",
	"download", "app-", "errata", "correction-", "disclaimer", "copyright",
	"feedback", "survey", "poll", "quiz", "rail", "aside", "flyout", "drawer",
}

// furnitureExact are class and id words that name furniture only when they
// are the whole word ("ad" but not "header").
var furnitureExact = map[string]bool{
	"ad": true, "ads": true, "adv": true, "dfp": true, "gpt": true, "nav": true,
	"links": true, "tools": true, "utility": true, "extra": true,
	"sponsored": true, "hide": true, "invisible": true, "noprint": true,
	"more": true, "also": true, "next": true, "prev": true, "share": true,
}

// contentWords are class and id words that name the article text.
var contentWords = []string{
	"articlebody", "article-body", "article_body", "article-content",
	"article__body", "article__content", "articlecontent", "story-body",
	"storybody", "story-content", "story__body", "entry-content", "post-content",
	"post-body", "postbody", "post__content", "body-text", "bodytext",
	"article-text", "articletext", "story-text", "content-body", "main-content",
	"article-main", "node-body", "field-body", "field-name-body", "rich-text",
	"richtext", "text-content", "page-content", "story__content", "caas-body",
	"entry-body", "article__text", "body-copy", "bodycopy",
}

// furnitureKind tells whether an element is page furniture, the article
// body, or neither, from its tag, role, itemprop, class and id.
func furnitureKind(n *html.Node) int {
	if n.Type != html.ElementNode {
		return plainElement
	}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Figcaption, atom.Form, atom.Menu, atom.Dialog:
		if n.DataAtom == atom.Form && !formIsFurniture(n) {
			break
		}
		return furniture
	case atom.Header:
		return furniture
	case atom.Article, atom.Main:
		return articleBody
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "search", "alert", "toolbar":
		return furniture
	case "main", "article":
		return articleBody
	}
	if p := strings.ToLower(attr(n, "itemprop")); strings.Contains(p, "articlebody") || p == "text" || p == "reviewbody" {
		return articleBody
	}
	ci := classID(n)
	if ci == "" {
		return plainElement
	}
	// Every content word holds one of these: test them first.
	if strings.Contains(ci, "body") || strings.Contains(ci, "content") || strings.Contains(ci, "text") || strings.Contains(ci, "main") || strings.Contains(ci, "copy") {
		for _, w := range contentWords {
			if strings.Contains(ci, w) {
				return articleBody
			}
		}
	}
	if furnitureNamed(ci) {
		return furniture
	}
	return plainElement
}

// furniturePrefixes indexes furnitureWords by length, for a quick test of
// whether a word starts with one of them.
var furniturePrefixes = func() map[string]bool {
	m := make(map[string]bool, len(furnitureWords))
	for _, w := range furnitureWords {
		m[w] = true
	}
	return m
}()

// furniturePrefixLens are the distinct lengths of furnitureWords.
var furniturePrefixLens = func() []int {
	seen := map[int]bool{}
	var out []int
	for _, w := range furnitureWords {
		if !seen[len(w)] {
			seen[len(w)] = true
			out = append(out, len(w))
		}
	}
	return out
}()

// startsWithFurniture reports whether a class word starts with one of
// furnitureWords.
func startsWithFurniture(w string) bool {
	for _, l := range furniturePrefixLens {
		if l <= len(w) && furniturePrefixes[w[:l]] {
			return true
		}
	}
	return false
}

// furnitureNamed reports class and id names of page furniture. Embedded
// posts (tweets and the like) are quoted material of the article, whatever
// else their wrappers are called.
func furnitureNamed(ci string) bool {
	if strings.Contains(ci, "pullquote") || strings.Contains(ci, "pull-quote") || strings.Contains(ci, "pull_quote") {
		return true
	}
	found := false
	for ci != "" {
		var w string
		w, ci = nextNameWord(ci)
		switch {
		case w == "embed" || strings.HasPrefix(w, "tweet") || w == "twitter" || strings.HasPrefix(w, "instagram"):
			return false
		case furnitureExact[w] || startsWithFurniture(w):
			found = true
		}
	}
	return found
}

// nextNameWord splits the first word off a class and id string: words end
// at spaces, hyphens and underscores.
func nextNameWord(s string) (word, rest string) {
	i := 0
	for i < len(s) && isNameSep(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isNameSep(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

func isNameSep(c byte) bool {
	return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n'
}

// formIsFurniture tells a search or signup form from a page that wraps
// everything in one form (ASP.NET): a form with little inside is furniture.
func formIsFurniture(n *html.Node) bool {
	count := 0
	walk(n, 8, func(c *html.Node) bool {
		count++
		return count < 200
	})
	return count < 200
}
