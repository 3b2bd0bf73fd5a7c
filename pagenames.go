package news

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the tests the page walk makes of each element: whether
// its first text starts a byline, and what its class and id name (a
// byline, a date, breadcrumbs) read in one pass over the name.

// The marks nameMarks finds in a class and id name.
const (
	markByline    = 1 << iota // author, byline, writer, credit...
	markHNews                 // published, updated, dtstamp
	markCrumbs                // breadcrumb, crumbs
	markSourceOrg             // source-org
	markDate                  // date, time, publish, posted
)

// markWords are the words nameMarks looks for.
var markWords = []string{
	"author", "byline", "by-line", "breadcrumb", "contributor", "credit", "crumbs",
	"date", "dtstamp", "publish", "posted", "reporter", "source-org", "time",
	"updated", "vcard", "writer",
}

// markPairs has, for each byte, a bit for each lower-case letter that
// follows it at the start of one of markWords: most positions in a name
// start none, and one look-up tells.
var markPairs = func() (pairs [256]uint32) {
	for _, w := range markWords {
		pairs[w[0]] |= 1 << (w[1] - 'a')
	}
	return pairs
}()

// nameMarks reads a class and id name once, in any case, for the words
// that mark bylines, dates and breadcrumbs anywhere in it.
func nameMarks(ci string) int {
	if !isASCII(ci) {
		// Two letters outside ASCII lower-case to ASCII ones ("İ" to
		// "i"): lower-case the name first.
		ci = strings.ToLower(ci)
	}
	marks := 0
	for i := 0; i+1 < len(ci); i++ {
		c2 := lowerByte(ci[i+1]) - 'a'
		if c2 >= 26 || markPairs[lowerByte(ci[i])]&(1<<c2) == 0 {
			continue
		}
		s := ci[i:]
		switch lowerByte(ci[i]) {
		case 'a':
			if hasPrefixFold(s, "author") && !hasPrefixFold(s, "authoriz") && !hasPrefixFold(s, "authorit") {
				marks |= markByline // not "authorization", "authority"
			}
		case 'b':
			if hasPrefixFold(s, "byline") || hasPrefixFold(s, "by-line") {
				marks |= markByline
			}
			if hasPrefixFold(s, "breadcrumb") {
				marks |= markCrumbs
			}
		case 'c':
			if hasPrefixFold(s, "contributor") || hasPrefixFold(s, "credit") {
				marks |= markByline
			}
			if hasPrefixFold(s, "crumbs") {
				marks |= markCrumbs
			}
		case 'd':
			if hasPrefixFold(s, "date") {
				marks |= markDate
			}
			if hasPrefixFold(s, "dtstamp") {
				marks |= markHNews
			}
		case 'p':
			if hasPrefixFold(s, "publish") {
				marks |= markDate
				if hasPrefixFold(s, "published") {
					marks |= markHNews
				}
			}
			if hasPrefixFold(s, "posted") {
				marks |= markDate
			}
		case 'r':
			if hasPrefixFold(s, "reporter") {
				marks |= markByline
			}
		case 's':
			if hasPrefixFold(s, "source-org") {
				marks |= markSourceOrg
			}
		case 't':
			if hasPrefixFold(s, "time") {
				marks |= markDate
			}
		case 'u':
			if hasPrefixFold(s, "updated") {
				marks |= markHNews
			}
		case 'v':
			if hasPrefixFold(s, "vcard") {
				marks |= markByline
			}
		case 'w':
			if hasPrefixFold(s, "writer") {
				marks |= markByline
			}
		}
	}
	return marks
}

// hasField reports whether the space-separated list s holds f, in any
// case.
func hasField(s, f string) bool {
	for s != "" {
		var w string
		w, s = nextField(s)
		if strings.EqualFold(w, f) {
			return true
		}
	}
	return false
}

// nextField splits the first word, as strings.Fields cuts them, off s.
func nextField(s string) (field, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// badBylineName reports class or id names that hold a byline word but
// mark something else: comments, author boxes, photos, social links.
func badBylineName(ci string) bool {
	for _, bad := range []string{"comment", "infobox", "bio", "avatar", "photo", "image", "img", "caption", "related", "more-from", "author-box", "about-author", "social", "follow", "email", "twitter", "facebook"} {
		if strings.Contains(ci, bad) {
			return true
		}
	}
	return false
}

// startsWithBy reports an element whose own first text starts a byline
// ("By Jane Doe", "by Jane Doe, Staff Reporter").
func startsWithBy(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Span, atom.Td, atom.Li, atom.Address:
	default:
		return false
	}
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.TextNode {
		return false
	}
	t := strings.TrimLeft(c.Data, " \t\r\n")
	// Only "B" and "Y" lower-case to "b" and "y": test the start before
	// lower-casing the text.
	if len(t) < 3 || t[0]|0x20 != 'b' || t[1]|0x20 != 'y' ||
		t[2] != ' ' && t[2] != ':' && !strings.HasPrefix(t[2:], "\u00a0") {
		return false
	}
	return len(strings.ToLower(t)) < 200
}
