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

// furnitureExact reports class and id words that name furniture only when
// they are the whole word ("ad" but not "header").
func furnitureExact(w string) bool {
	switch w {
	case "ad", "ads", "adv", "dfp", "gpt", "nav", "links", "tools", "utility", "extra",
		"sponsored", "hide", "invisible", "noprint", "more", "also", "next", "prev", "share":
		return true
	}
	return false
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
	// The first role and itemprop count, as attr reads them; the last
	// class and id, as classID reads them.
	var role, prop, class, id string
	hasRole, hasProp := false, false
	for _, a := range n.Attr {
		switch {
		case a.Key == "role" && a.Namespace == "" && !hasRole:
			role, hasRole = a.Val, true
		case a.Key == "itemprop" && a.Namespace == "" && !hasProp:
			prop, hasProp = a.Val, true
		case a.Key == "class":
			class = a.Val
		case a.Key == "id":
			id = a.Val
		}
	}
	if role != "" {
		switch lowerASCII(role) {
		case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "search", "alert", "toolbar":
			return furniture
		case "main", "article":
			return articleBody
		}
	}
	if prop != "" {
		if p := lowerASCII(prop); strings.Contains(p, "articlebody") || p == "text" || p == "reviewbody" {
			return articleBody
		}
	}
	if class == "" && id == "" {
		return plainElement
	}
	return nameKind(class, id)
}

// nameKind tells whether an element's class and id name furniture or the
// article body.
func nameKind(class, id string) int {
	class, id = lowerASCII(class), lowerASCII(id)
	marks := furnitureMarks(class) | furnitureMarks(id)
	// Every content word holds body, content, text, main or copy: test
	// them first.
	if marks&markContent != 0 {
		for _, w := range contentWords {
			if strings.Contains(class, w) || strings.Contains(id, w) {
				return articleBody
			}
		}
	}
	if marks&markPullQuote != 0 || furnitureNamed(class, id) {
		return furniture
	}
	return plainElement
}

// The marks furnitureMarks finds in a name.
const (
	markContent   = 1 << iota // body, content, text, main, copy
	markPullQuote             // pullquote, pull-quote, pull_quote
)

// furnitureMarkWords are the words furnitureMarks looks for.
var furnitureMarkWords = []string{"body", "content", "text", "main", "copy", "pull"}

// furnitureMarkPairs has, for each byte, a bit for each lower-case letter
// that follows it at the start of one of furnitureMarkWords.
var furnitureMarkPairs = func() (pairs [256]uint32) {
	for _, w := range furnitureMarkWords {
		pairs[w[0]] |= 1 << (w[1] - 'a')
	}
	return pairs
}()

// furnitureMarks reads a name (lower case) once for the words that hint
// at content and for pull quotes.
func furnitureMarks(s string) int {
	marks := 0
	for i := 0; i+1 < len(s); i++ {
		c2 := s[i+1] - 'a'
		if c2 >= 26 || furnitureMarkPairs[s[i]]&(1<<c2) == 0 {
			continue
		}
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "body"), strings.HasPrefix(rest, "content"), strings.HasPrefix(rest, "text"),
			strings.HasPrefix(rest, "main"), strings.HasPrefix(rest, "copy"):
			marks |= markContent
		case strings.HasPrefix(rest, "pullquote"), strings.HasPrefix(rest, "pull-quote"), strings.HasPrefix(rest, "pull_quote"):
			marks |= markPullQuote
		}
	}
	return marks
}

// furnitureIndex lists furnitureWords by their first two letters, for a
// quick test of whether a word starts with one of them.
var furnitureIndex = func() (index [26 * 26][]string) {
	for _, w := range furnitureWords {
		i, _ := letterPair(w)
		index[i] = append(index[i], w)
	}
	return index
}()

// letterPair returns the index of a word's first two letters (lower-case
// ASCII) in furnitureIndex, and false if it does not start with two.
func letterPair(w string) (int, bool) {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
		return 0, false
	}
	return int(w[0]-'a')*26 + int(w[1]-'a'), true
}

// startsWithFurniture reports whether a class word starts with one of
// furnitureWords.
func startsWithFurniture(w string) bool {
	i, ok := letterPair(w)
	if !ok {
		return false
	}
	for _, f := range furnitureIndex[i] {
		if strings.HasPrefix(w, f) {
			return true
		}
	}
	return false
}

// furnitureNamed reports class and id names (lower case) of page furniture
// by their words; pull quotes are furniture too, and furnitureKind finds
// them first. Embedded posts (tweets and the like) are quoted material of
// the article, whatever else their wrappers are called.
func furnitureNamed(class, id string) bool {
	found := false
	for _, ci := range [2]string{class, id} {
		for ci != "" {
			var w string
			w, ci = nextNameWord(ci)
			switch {
			case w == "embed" || strings.HasPrefix(w, "tweet") || w == "twitter" || strings.HasPrefix(w, "instagram"):
				return false
			case furnitureExact(w) || startsWithFurniture(w):
				found = true
			}
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
