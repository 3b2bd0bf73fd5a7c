package news

import "time"

// An Article is what [Parse] finds in one news page: its metadata, the
// paragraphs of its body, the quotations in it and the named entities it
// mentions. It is plain data: it holds no reference to the input and
// round-trips through encoding/json.
type Article struct {
	// URL is the canonical address of the article, absolute http(s) only.
	URL string `json:"url,omitempty"`
	// Headline is the article's main headline, without a site-name suffix.
	Headline string `json:"headline,omitempty"`
	// Description is the standfirst (dek, summary) under the headline.
	Description string `json:"description,omitempty"`
	// Authors are the people credited in the byline, in byline order.
	Authors []Author `json:"authors,omitempty"`
	// Publication is the outlet that published the article.
	Publication Publication `json:"publication,omitzero"`
	// Published is when the article was first published; zero if unknown.
	Published time.Time `json:"published,omitzero"`
	// Modified is when the article was last updated; zero if unknown.
	Modified time.Time `json:"modified,omitzero"`
	// Section is the section or category of the site the article is in.
	Section string `json:"section,omitempty"`
	// Tags are the article's keywords or topic tags, without duplicates.
	Tags []string `json:"tags,omitempty"`
	// Language is the BCP 47 tag of the article's language ("en", "pt-BR").
	Language string `json:"language,omitempty"`
	// Image is the absolute URL of the article's lead image.
	Image string `json:"image,omitempty"`
	// Paragraphs are the blocks of the article body in reading order:
	// paragraphs, subheadings and list items, one block each, with
	// whitespace collapsed and character references decoded.
	Paragraphs []string `json:"paragraphs"`
	// Quotes are the quotations in the article, in document order.
	Quotes []Quote `json:"quotes"`
	// Entities are the people, organizations and places the article
	// names, each once, in order of first mention.
	Entities []Entity `json:"entities"`
	// Truncated reports that a limit of the [Parser] was reached and only
	// part of the input was used.
	Truncated bool `json:"truncated,omitempty"`
}

// An Author is a person credited with writing an article.
type Author struct {
	// Name is the person's name as a reader writes it ("Eileen Yu").
	Name string `json:"name"`
	// Role is the title the byline gives, if any ("Senior Contributing
	// Editor", "Staff Writer").
	Role string `json:"role,omitempty"`
	// URL is the author's page on the site, absolute http(s) only.
	URL string `json:"url,omitempty"`
}

// A Publication is the outlet, site or newspaper that published an article.
type Publication struct {
	// Name is the outlet's own name ("The New York Times").
	Name string `json:"name,omitempty"`
	// URL is the outlet's home page (scheme and host of the article URL
	// when nothing better is given).
	URL string `json:"url,omitempty"`
}

// Where a [Quote] or [Mention] is outside the body paragraphs, its Paragraph
// field holds one of these values instead of a paragraph index.
const (
	InHeadline    = -1 // the text is in Article.Headline
	InDescription = -2 // the text is in Article.Description
)

// A Quote is a quotation in an article and the person who said it.
type Quote struct {
	// Text is the quoted words exactly as printed, without the marks.
	Text string `json:"text"`
	// Speaker is the full name of who said or wrote the words ("Hong Lei",
	// not "Hong" or "he"), or an organization's name; empty when the
	// article does not name the speaker.
	Speaker string `json:"speaker,omitempty"`
	// Entity is the index of the speaker in Article.Entities, or -1.
	Entity int `json:"entity"`
	// Role is the speaker's description when the article gives one
	// ("Huawei spokesperson").
	Role string `json:"role,omitempty"`
	// Verb is the reporting cue that attributes the quote ("said", "told",
	// "according to", ":").
	Verb string `json:"verb,omitempty"`
	// Paragraph is the index in Article.Paragraphs of the paragraph that
	// holds the quote, or InHeadline or InDescription.
	Paragraph int `json:"paragraph"`
	// Start and End are the byte offsets of Text in that paragraph.
	Start int `json:"start"`
	End   int `json:"end"`
	// Partial reports a fragment quoted inside the reporter's own sentence.
	Partial bool `json:"partial,omitempty"`
	// Indirect reports reported speech without quotation marks.
	Indirect bool `json:"indirect,omitempty"`
}

// A Kind is the type of a named [Entity].
type Kind string

// The kinds of entity.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Location     Kind = "location"
	// Group is a nationality or other group adjective used as a name
	// ("Chinese", "Republicans"); it is neither a person, an organization
	// nor a place.
	Group Kind = "group"
)

// An Entity is one person, organization or place named in an article, with
// every form the article uses for it.
type Entity struct {
	// Name is the fullest form used in the article, without titles.
	Name string `json:"name"`
	// Kind says what the entity is.
	Kind Kind `json:"kind"`
	// Aliases are the other forms used for it ("Hong", "NSA").
	Aliases []string `json:"aliases,omitempty"`
	// Role is a description the article gives of it ("Huawei
	// spokesperson", "NSA whistleblower").
	Role string `json:"role,omitempty"`
	// Mentions are the places the entity is named, in document order.
	Mentions []Mention `json:"mentions"`
}

// A Mention is one place in an article where an entity is named.
type Mention struct {
	// Paragraph is the index in Article.Paragraphs, or InHeadline or
	// InDescription.
	Paragraph int `json:"paragraph"`
	// Start and End are byte offsets in that paragraph.
	Start int `json:"start"`
	End   int `json:"end"`
}
