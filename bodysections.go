package news

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Sections of a page that are not the article but read like it: a list
// of other articles under a heading that says so ("You may also like",
// "Related articles"), with their full texts or summaries.

// relatedPhrases are headings (in normTitle form) that introduce other
// articles of the site, in the languages the sites most often use. A
// heading is such a title when it is one of them, or starts with one and
// a space.
var relatedPhrases = map[string]bool{
	"related": true, "related articles": true, "related stories": true, "related posts": true,
	"related content": true, "related news": true, "related reading": true, "related coverage": true,
	"you may also like": true, "you might also like": true, "you may like": true, "you might like": true,
	"you may be interested in": true, "you might be interested in": true, "recommended": true,
	"recommended for you": true, "recommended stories": true, "recommended articles": true,
	"more stories": true, "more from": true, "more on this story": true, "more on this topic": true,
	"read next": true, "read more": true, "also read": true, "see also": true, "most popular": true,
	"most read": true, "trending": true, "trending now": true, "popular posts": true, "latest news": true,
	"more news": true, "don t miss": true, "up next": true, "similar articles": true, "similar posts": true,
	// Portuguese
	"você pode gostar": true, "você também pode gostar": true, "voce pode gostar": true, "leia também": true,
	"veja também": true, "posts relacionados": true, "notícias relacionadas": true, "artigos relacionados": true,
	"mais lidas": true, "relacionados": true, "saiba mais": true,
	// Spanish
	"te puede interesar": true, "también te puede interesar": true, "noticias relacionadas": true,
	"artículos relacionados": true, "lo más leído": true, "te recomendamos": true, "lee también": true,
	"relacionado": true, "relacionadas": true,
	// French
	"à lire aussi": true, "a lire aussi": true, "lire aussi": true, "sur le même sujet": true,
	"articles similaires": true, "vous aimerez aussi": true, "articles liés": true, "les plus lus": true,
	// German
	"lesen sie auch": true, "mehr zum thema": true, "das könnte sie auch interessieren": true,
	"ähnliche artikel": true, "auch interessant": true, "meistgelesen": true, "weitere artikel": true,
	// Italian
	"potrebbe interessarti": true, "articoli correlati": true, "leggi anche": true, "ti potrebbe interessare": true,
	// Dutch
	"lees ook": true, "gerelateerde artikelen": true, "meer over": true,
	// Russian and Ukrainian
	"читайте также": true, "похожие статьи": true, "похожие записи": true, "смотрите также": true,
	"читайте також": true, "популярное": true, "самые популярные": true,
	// Polish, Czech
	"czytaj także": true, "czytaj też": true, "zobacz także": true, "mohlo by vás zajímat": true,
	// Turkish
	"ilgili haberler": true, "bunlar da ilginizi çekebilir": true,
	// Japanese, Chinese, Korean
	"関連記事": true, "おすすめ記事": true, "人気記事": true, "相关文章": true, "相關文章": true,
	"相关阅读": true, "推荐阅读": true, "관련기사": true, "관련 기사": true,
}

// maxRelatedTitle is the longest heading, in bytes of its normTitle form,
// read as a related-articles title.
const maxRelatedTitle = 80

// relatedTitle reports a heading text that introduces other articles.
func relatedTitle(text string) bool {
	if len(text) > 3*maxRelatedTitle {
		return false
	}
	var buf [3 * maxRelatedTitle]byte
	nt := appendNormTitle(buf[:0], text, maxRelatedTitle)
	if len(nt) > maxRelatedTitle {
		return false
	}
	if relatedPhrases[string(nt)] {
		return true
	}
	// "More from Sports": a phrase and more words. After a colon the
	// words are one article's title ("Related: How to...").
	if strings.IndexByte(strings.TrimRight(text, ": "), ':') >= 0 {
		return false
	}
	for i := 0; i < len(nt); i++ {
		if nt[i] == ' ' && relatedPhrases[string(nt[:i])] {
			return true
		}
	}
	return false
}

// relatedNameWords are the class and id words of related-article
// sections.
var relatedNameWords = []string{
	"related", "recommend", "popular", "trending", "mostread", "most-read",
	"morestories", "more-stories", "youmaylike", "you-may-like", "readnext", "read-next",
}

// relatedNamed reports an element whose class or id names a
// related-articles section.
func relatedNamed(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" || a.Namespace != "" {
			continue
		}
		for _, w := range relatedNameWords {
			if containsFoldASCII(a.Val, w) {
				return true
			}
		}
	}
	return false
}

// containsFoldASCII reports whether s contains w (lower-case ASCII) in
// any case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && hasPrefixFold(s[i:], w) {
			return true
		}
	}
	return false
}

// relatedHeading reports whether the heading block about to close, owned
// by the open element stack[oi], titles a section of other articles: by
// its words, or by the names of its elements up to the heading tag.
func (w *bodyWalker) relatedHeading(oi int, text string) bool {
	if relatedTitle(text) {
		return true
	}
	for i := oi; i >= 0 && i >= oi-3; i-- {
		if relatedNamed(w.elems[w.stack[i]].n) {
			return true
		}
		if headingLevel(w.elems[w.stack[i]].n.DataAtom) > 0 {
			break
		}
	}
	return false
}

// markRelatedSections makes furniture of the elements that open with a
// related-articles heading: the heading names what follows it. The
// section is furniture however much text it holds (teasers with their
// full texts can outweigh a short article). An element that holds a
// heading of higher rank than its own (the page's <h1>, the headline) is
// more than the section, and an element marked up as the article body
// stays the body.
func (w *bodyWalker) markRelatedSections() {
	// above[(l-1)*n+i] counts the headings of level l or higher (a
	// smaller number) in blocks[:i], for l from 1 to 5.
	n := len(w.blocks) + 1
	var above []int32
	for i := range w.elems {
		e := &w.elems[i]
		if e.end-e.first < 2 {
			continue
		}
		b := &w.blocks[e.first]
		if !b.related || b.depth > e.depth+3 || strongBody(e.n) {
			continue
		}
		if above == nil {
			above = headingCounts(w.blocks)
		}
		// A related <h1> yields to another <h1>; a lower heading to any
		// heading above it.
		l := max(int(b.level)-1, 1)
		if c := above[(l-1)*n:]; c[e.end]-c[e.first+1] > 0 {
			continue
		}
		e.kind, e.byHeading = furniture, true
	}
}

// headingCounts returns, for each heading level l from 1 to 5, the
// counts of headings of level l or higher in blocks[:i], at
// [(l-1)*(len(blocks)+1)+i].
func headingCounts(blocks []block) []int32 {
	n := len(blocks) + 1
	c := make([]int32, 5*n)
	for l := 1; l <= 5; l++ {
		row := c[(l-1)*n : l*n]
		for i := range blocks {
			row[i+1] = row[i]
			if lv := int(blocks[i].level); lv > 0 && lv <= l {
				row[i+1]++
			}
		}
	}
	return c
}

// hiddenClass reports an element that a stylesheet hides by the utility
// classes most style frameworks name for it ("hidden", "d-none"): a site
// puts its structured data or templates there. Responsive variants
// ("hidden-xs") hide on some screens only and do not count.
func hiddenClass(n *html.Node) bool {
	c := attr(n, "class")
	if !strings.Contains(c, "idden") && !strings.Contains(c, "none") {
		return false
	}
	for c != "" {
		var w string
		w, c = nextField(c)
		switch lowerASCII(w) {
		case "hidden", "d-none", "is-hidden", "u-hidden", "display-none":
			return true
		}
	}
	return false
}

// headingLevel returns the level of a heading tag, 1 for <h1>.
func headingLevel(a atom.Atom) int8 {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}
