package news

import "bytes"

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
// affiliate disclosure or a list of links separated by " | ". It
// lower-cases the text into d.lower.
func (d *entityDoc) asideText(text string) bool {
	if len(text) > maxAside {
		return false
	}
	d.lower = appendLower(d.lower[:0], text)
	l := d.lower
	if bytes.Count(l, []byte(" | ")) >= 2 {
		return true // "Story one | Story two | Story three"
	}
	if containsAny(l, creditPhrases) || containsAny(l, asidePhrases) {
		return true
	}
	for _, p := range creditPrefixes {
		if bytes.HasPrefix(bytes.TrimLeft(l, asideLead), []byte(p)) {
			return true
		}
	}
	return false
}

// asideLead are the characters before the first word of an aside.
const asideLead = "([*—–- "

// invitation reports whether a sentence invites the reader to follow,
// join or write to the publication ("Follow us on Twitter", "Email Jane
// Doe at jane@example.com"): an imperative verb first (not a quote: "“Join
// our fight,” he said") and words that address the reader. It lower-cases
// the sentence into d.lower.
func (d *entityDoc) invitation(sent string) bool {
	if len(sent) > maxAside {
		return false
	}
	d.lower = append(appendLower(d.lower[:0], sent), ' ')
	l := d.lower
	first, _, _ := bytes.Cut(bytes.TrimLeft(l[:len(l)-1], asideLead), []byte(" "))
	return inviteVerbs[string(first)] && containsAny(l, inviteWords)
}

// containsAny reports whether s contains one of the substrings.
func containsAny(s []byte, subs []string) bool {
	for _, sub := range subs {
		if bytes.Contains(s, []byte(sub)) {
			return true
		}
	}
	return false
}
