package news

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The name and text tests of the page walk and the body stage avoid
// lower-casing and splitting strings. These tests hold them to the plain
// versions they replace, on strings built from pieces that try their
// corners: case, the two letters outside ASCII that lower-case to ASCII
// ones ("İ" and the Kelvin sign), separators and the words looked for.

// fastPathPieces are the pieces the test strings are built from.
var fastPathPieces = []string{
	"a", "B", " ", "  ", "-", "_", "\t", "İ", "\u212a", "é", "東", "\u00a0", ":", "(", ")", ".",
	"by", "By ", "BY:", "written", "wrİtten by ", "Posted by ", "reporting by ",
	"author", "AUTHOR", "byline", "by-line", "writer", "credit", "vcard", "contributor", "reporter",
	"comment", "bio", "avatar", "published", "Updated", "dtstamp", "breadcrumb", "crumbs",
	"source-org", "date", "tİme", "Time", "publish", "posted",
	"article-body", "ArticleBody", "content", "entry-content", "main", "copy", "text",
	"nav", "Menu", "share", "sidebar", "ad", "ads", "embed", "tweet", "instagram", "pullquote",
	"pull-quote", "pull_quote", "related", "promo", "kicker", "lİnks", "app-", "header",
	"display", ":none", "display:none", "Display : None", "visibility:hidden", "vİsibility:hİdden",
	"Photo:", "(Image: Getty)", "(photo by X)", "credit:", "photo credit:", "PİC:", "image:",
}

// fastPathStrings returns n strings of up to max pieces each.
func fastPathStrings(n, max int) []string {
	seed := uint64(88172645463325252)
	next := func(k int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(k))
	}
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 1 + next(max) {
			b.WriteString(fastPathPieces[next(len(fastPathPieces))])
		}
		out[i] = b.String()
	}
	return out
}

// TestFastTextTests holds the text tests to their plain versions.
func TestFastTextTests(t *testing.T) {
	for _, s := range fastPathStrings(20000, 12) {
		if got, want := hiddenStyle(s), plainHiddenStyle(s); got != want {
			t.Errorf("hiddenStyle(%q) = %v, want %v", s, got, want)
		}
		if got, want := bylineLike(s), plainBylineLike(s); got != want {
			t.Errorf("bylineLike(%q) = %v, want %v", s, got, want)
		}
		if got, want := captionLike(s), plainCaptionLike(s); got != want {
			t.Errorf("captionLike(%q) = %v, want %v", s, got, want)
		}
		if got, want := cleanText(s), plainCleanText(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
		if got, want := normTitle(s), plainNormTitle(s); got != want {
			t.Errorf("normTitle(%q) = %q, want %q", s, got, want)
		}
		p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		if got, want := startsWithBy(p), plainStartsWithBy(s); got != want {
			t.Errorf("startsWithBy(<p>%q) = %v, want %v", s, got, want)
		}
	}
	for _, k := range []string{"by", "this is a much longer text that starts no byline at all"} {
		if nt := blockTitle(nil, k, "", ""); string(nt) != plainNormTitle(k) && len(nt) <= maxFurnitureText {
			t.Errorf("blockTitle(%q) = %q", k, nt)
		}
	}
	for k := range furnitureTexts {
		if len(k) >= maxFurnitureText {
			t.Errorf("furniture text %q is longer than maxFurnitureText", k)
		}
	}
}

// TestFastNameTests holds the class and id tests to their plain
// versions.
func TestFastNameTests(t *testing.T) {
	strs := fastPathStrings(20000, 8)
	for i, class := range strs {
		id := ""
		if i%3 == 0 {
			id = strs[(i*7+1)%len(strs)]
		}
		ci := joinClassID(class, id)
		if got, want := nameMarks(class)|nameMarks(id), plainNameMarks(ci); got != want {
			t.Errorf("nameMarks(%q, %q) = %b, want %b", class, id, got, want)
		}
		n := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div",
			Attr: []html.Attribute{{Key: "class", Val: class}, {Key: "id", Val: id}}}
		if got, want := furnitureKind(n), plainFurnitureKind(ci); got != want {
			t.Errorf("furnitureKind(class %q id %q) = %d, want %d", class, id, got, want)
		}
	}
}

// plainHiddenStyle is hiddenStyle by lower-casing and removing spaces.
func plainHiddenStyle(s string) bool {
	s = strings.ReplaceAll(strings.ToLower(s), " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// plainBylineLike is bylineLike by lower-casing.
func plainBylineLike(s string) bool {
	l := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// plainCaptionLike is captionLike by lower-casing.
func plainCaptionLike(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if strings.HasSuffix(l, ")") {
		if i := strings.LastIndexByte(l, '('); i >= 0 {
			inner := strings.TrimSpace(l[i+1:])
			for _, p := range captionOpenings {
				if strings.HasPrefix(inner, p) {
					return true
				}
			}
		}
	}
	for _, p := range captionLabels {
		if i := strings.LastIndex(l, p); i >= 0 && len(l)-i < 60 {
			return true
		}
	}
	return false
}

// plainCleanText is cleanText rune by rune.
func plainCleanText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case isSpace(r):
			space = true
		case invisible(r):
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plainNormTitle is normTitle rune by rune.
func plainNormTitle(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// plainStartsWithBy is startsWithBy's test of a first text.
func plainStartsWithBy(s string) bool {
	if strings.TrimSpace(s) == "" {
		return false
	}
	l := strings.ToLower(strings.TrimLeft(s, " \t\r\n"))
	return len(l) < 200 && (strings.HasPrefix(l, "by ") || strings.HasPrefix(l, "by:") || strings.HasPrefix(l, "by\u00a0"))
}

// plainNameMarks is nameMarks by one search a word.
func plainNameMarks(ci string) int {
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(ci, w) {
				return true
			}
		}
		return false
	}
	marks := 0
	author := false
	for i := 0; ; {
		k := strings.Index(ci[i:], "author")
		if k < 0 {
			break
		}
		i += k + len("author")
		if rest := ci[i:]; !strings.HasPrefix(rest, "iz") && !strings.HasPrefix(rest, "it") {
			author = true
		}
	}
	if author || has("byline", "by-line", "writer", "contributor", "reporter", "credit", "vcard") {
		marks |= markByline
	}
	if has("published", "updated", "dtstamp") {
		marks |= markHNews
	}
	if has("breadcrumb", "crumbs") {
		marks |= markCrumbs
	}
	if has("source-org") {
		marks |= markSourceOrg
	}
	if has("date", "time", "publish", "posted") {
		marks |= markDate
	}
	return marks
}

// plainFurnitureKind is furnitureKind's reading of a class and id name,
// lower-cased and joined, word by word.
func plainFurnitureKind(ci string) int {
	if ci == "" {
		return plainElement
	}
	for _, w := range contentWords {
		if strings.Contains(ci, w) {
			return articleBody
		}
	}
	if strings.Contains(ci, "pullquote") || strings.Contains(ci, "pull-quote") || strings.Contains(ci, "pull_quote") {
		return furniture
	}
	found := false
	for _, w := range strings.FieldsFunc(ci, func(r rune) bool { return r < 0x80 && isNameSep(byte(r)) }) {
		switch {
		case w == "embed" || strings.HasPrefix(w, "tweet") || w == "twitter" || strings.HasPrefix(w, "instagram"):
			return plainElement
		case furnitureExact(w):
			found = true
		default:
			for _, f := range furnitureWords {
				if strings.HasPrefix(w, f) {
					found = true
				}
			}
		}
	}
	if found {
		return furniture
	}
	return plainElement
}
