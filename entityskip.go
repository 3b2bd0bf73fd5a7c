package news

import "strings"

// Paragraphs that are not the story: the names in a credit line or in an
// invitation to the reader are the publication's staff and channels, not
// the people, organizations and places the article is about, as the names
// of a byline are not. Body extraction keeps such lines now and then, so
// the entity finder passes over them.

// maxAside is the longest paragraph, in bytes, read as a credit line or an
// invitation: a longer one is story.
const maxAside = 400

// creditPrefixes start a credit line, in lower case: "(Reporting by Jane
// Doe; Editing by John Roe)", "Additional reporting by ...".
var creditPrefixes = []string{
	"reporting by", "additional reporting", "with reporting by", "writing by", "written by",
	"editing by", "edited by", "compiled by", "reporting and writing by", "research by",
	"contributing:", "contributors:", "contributing reporters:",
}

// creditPhrases make a short paragraph a credit line wherever they stand:
// "Keith Roe contributed reporting from Hong Kong."
var creditPhrases = []string{
	"contributed reporting", "contributed to this report", "contributed to this story",
	"contributed to this article", "contributed additional reporting", "contributed research",
}

// inviteVerbs start an invitation to the reader ("Follow us on Twitter",
// "Join our forums", "Email Jane Doe at jane@example.com"), which must also
// address the reader about the publication (see inviteWords).
var inviteVerbs = map[string]bool{
	"follow": true, "join": true, "subscribe": true, "sign": true, "email": true, "e-mail": true,
	"contact": true, "click": true, "tap": true, "download": true, "like": true, "check": true,
}

// inviteWords, after an invitation verb, show that the publication speaks
// to its reader: "us", "our", an address or handle, its newsletter.
var inviteWords = []string{" us ", " us.", " our ", "@", "newsletter"}

// asidePhrases make a short paragraph an aside wherever they stand: an
// affiliate-link disclosure or a newsletter box.
var asidePhrases = []string{"affiliate commission", "affiliate link", "earn a commission", "follow us on", "sign up for our", "subscribe to our"}

// asideText reports whether a body paragraph is a credit line, an
// affiliate disclosure or a list of links separated by " | ".
func asideText(text string) bool {
	if len(text) > maxAside {
		return false
	}
	l := strings.ToLower(text)
	if strings.Count(l, " | ") >= 2 {
		return true // "Story one | Story two | Story three"
	}
	if containsAny(l, creditPhrases) || containsAny(l, asidePhrases) {
		return true
	}
	for _, p := range creditPrefixes {
		if strings.HasPrefix(strings.TrimLeft(l, "([*—–- "), p) {
			return true
		}
	}
	return false
}

// invitation reports whether a sentence invites the reader to follow,
// join or write to the publication ("Follow us on Twitter", "Email Jane
// Doe at jane@example.com"): an imperative verb first (not a quote: "“Join
// our fight,” he said") and words that address the reader.
func invitation(sent string) bool {
	if len(sent) > maxAside {
		return false
	}
	l := strings.ToLower(sent)
	first, _, _ := strings.Cut(strings.TrimLeft(l, "([*—–- "), " ")
	return inviteVerbs[first] && containsAny(l+" ", inviteWords)
}

// containsAny reports whether s contains one of the substrings.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
