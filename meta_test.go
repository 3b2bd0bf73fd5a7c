package news

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// metaBody is enough article text for a page to parse as an article.
const metaBody = "<p>The council met on Tuesday to discuss the budget for the coming year, officials said after the meeting.</p>" +
	"<p>Members voted to keep the library open on weekends and to repair two bridges before the winter.</p>"

func TestPublicationFallback(t *testing.T) {
	tests := []struct {
		name, url, head, want string
	}{
		{"og:site_name", "https://www.example.com/a", `<meta property="og:site_name" content="The Daily Example">`, "The Daily Example"},
		{"host", "https://www.example.com/news/a", ``, "example.com"},
		{"site name given as an address", "https://www.example.com/a", `<meta property="og:site_name" content="https://www.example.com">`, "example.com"},
		{"host with port", "http://news.example.org:8080/a", ``, "news.example.org"},
		{"one-label host", "http://fakehost/test/page.html", ``, ""},
		{"localhost", "http://localhost/a", ``, ""},
		{"IPv4 address", "http://192.168.1.20/a", ``, ""},
		{"IPv6 address", "http://[::1]/a", ``, ""},
		{"punycode domain", "https://xn--e1afmkfd.xn--p1ai/a", ``, "xn--e1afmkfd.xn--p1ai"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := metaPage(tt.head, "")
			a, err := (&Parser{URL: tt.url}).Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			if a.Publication.Name != tt.want {
				t.Errorf("Publication.Name = %q, want %q", a.Publication.Name, tt.want)
			}
		})
	}
}

func TestHeadlineChoice(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"h1 agrees with og:title", `<meta property="og:title" content="Council keeps the library open - Example News">`,
			`<h1>Council keeps the library open</h1>`, "Council keeps the library open"},
		{"lone h1 worded otherwise", `<title>Library to stay open on weekends, council decides</title>`,
			`<h1>Council keeps the library open</h1>`, "Council keeps the library open"},
		{"logo h1 links home", `<title>Council keeps the library open | Example News</title>`,
			`<header><h1><a href="/">Welcome to <b>Example News</b></a></h1></header>`, "Council keeps the library open"},
		{"logo h1 links to the absolute home page", `<title>Council keeps the library open | Example News</title>`,
			`<h1><a href="https://www.example.com/">Example News Daily Edition</a></h1>`, "Council keeps the library open"},
		{"h1 with a link to a section is kept", ``,
			`<h1><a href="/news/council-library">Council keeps the library open</a></h1>`, "Council keeps the library open"},
		{"section name as h1", `<title>Babies who eat peanuts early may avoid allergy</title>`,
			`<h1>Allergies Health Center</h1>`, "Babies who eat peanuts early may avoid allergy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + tt.body + "<article>" + metaBody + "</article></body></html>"
			a, err := (&Parser{URL: "https://www.example.com/news/a"}).Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != tt.want {
				t.Errorf("Headline = %q, want %q", a.Headline, tt.want)
			}
		})
	}
}

func TestCleanJSON(t *testing.T) {
	const obj = `{"@type":"NewsArticle"}`
	for _, in := range []string{
		obj,
		" " + obj + ";",
		"<!--" + obj + "-->",
		"//<![CDATA[\n" + obj + "\n//]]>",
		"\n<![CDATA[ " + obj + " ]]>\n",
	} {
		if got := cleanJSON(in); got != obj {
			t.Errorf("cleanJSON(%q) = %q, want %q", in, got, obj)
		}
	}
}

func TestPublishedDateSources(t *testing.T) {
	ld := func(pub, mod string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council keeps the library open","datePublished":"` + pub + `","dateModified":"` + mod + `"}</script>`
	}
	meta := func(k, v string) string { return `<meta property="` + k + `" content="` + v + `">` }
	tests := []struct {
		name, head, want string
	}{
		{"JSON-LD alone", ld("2019-11-19T04:58:46Z", ""), "2019-11-19T04:58:46Z"},
		{"same instant, the page's offset wins over UTC",
			ld("2017-02-24T01:18:13Z", "") + meta("article:published_time", "2017-02-23T17:18:13-08:00"), "2017-02-23T17:18:13-08:00"},
		{"structured date is the modification date",
			ld("2016-05-08T10:11:51+01:00", "2016-05-08T10:11:51+01:00") + meta("article:published_time", "2015-09-17T16:57:43+01:00"), "2015-09-17T16:57:43+01:00"},
		{"structured date wins otherwise",
			ld("2020-03-02T09:00:00+01:00", "2020-03-03T09:00:00+01:00") + meta("article:published_time", "2020-03-01T09:00:00+01:00"), "2020-03-02T09:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := metaPage(tt.head, "")
			a, err := Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format(time.RFC3339); got != tt.want {
				t.Errorf("Published = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestTrimPermalink(t *testing.T) {
	checkStrings(t, "trimPermalink", trimPermalink, map[string]string{
		"Shared Mutable History¶": "Shared Mutable History",
		"Installation ¶ ":         "Installation",
		"Section § 🔗":             "Section",
		"¶":                       "¶",
		"Plain":                   "Plain",
	})
}

func TestAuthorsAndSite(t *testing.T) {
	tests := []struct {
		name, head string
		want       []string
	}{
		{"staff credit is no person", `<meta name="author" content="Our Foreign Staff">`, nil},
		{"RDFa properties", `<meta property="dc:creator twitter:site_name" content="Creator Name">`, []string{"Creator Name"}},
		{"author named as the site is dropped", `<meta property="og:site_name" content="Example News"><meta name="author" content="Example News">`, nil},
		{"a person's own site", `<meta property="og:site_name" content="Jane Doe">` +
			`<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Jane Doe"}}</script>`, []string{"Jane Doe"}},
		{"microdata author outside the article scope", `<meta property="og:site_name" content="Example News">`, []string{"Alex Perry"}},
		{"link to the author's page", `<meta property="og:site_name" content="Example News">`, []string{"Nishant Kumar"}},
		{"links to many authors' pages", `<meta property="og:site_name" content="Example News">`, nil},
		{"byline with the outlet marked up", ``, []string{"Lisa Kaczke", "Trevor J. Mitchell"}},
		{"a brand typed Person is still the site", `<meta property="og:site_name" content="ExampleInsider">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"ExampleInsider"}}</script>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byline := ""
			if strings.HasPrefix(tt.name, "microdata") {
				byline = `<div itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Council keeps the library open</h1></div>` +
					`<div class="authorinfo"><a href="https://partner.example.com">Partner Site</a> ` +
					`<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Alex Perry</span></span></div>`
			}
			switch tt.name {
			case "byline with the outlet marked up":
				byline = `<div class="byline-section"><div class="attribution"><span class="author">Lisa Kaczke and Trevor J. Mitchell</span>` +
					`<span class="publication">Sioux Falls Argus Leader</span></div></div>`
			case "link to the author's page":
				byline = `<div class="bloger-name"><a href="https://www.example.com/author/nishant-kumar-8861/">Nishant Kumar</a></div>`
			case "links to many authors' pages":
				for _, n := range []string{"Ann Lee", "Bo Chan", "Cy Young", "Di Ross"} {
					byline += `<li><a href="/story/1">A story</a> <a href="/author/` + strings.ReplaceAll(strings.ToLower(n), " ", "-") + `">` + n + `</a></li>`
				}
			}
			page := metaPage(tt.head, byline)
			a, err := Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, au := range a.Authors {
				got = append(got, au.Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Authors = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDropTagline(t *testing.T) {
	checkStrings(t, "dropTagline", dropTagline, map[string]string{
		"Example.cz - News as it happens":                   "Example.cz",
		"Example News | Latest News & Headlines":            "Example News",
		"EXAMPLE.COM | BY: JANE DOE":                        "EXAMPLE.COM",
		"Racing | F1 | Indy | MotoGP | NASCAR":              "Racing",
		"The Daily Example":                                 "The Daily Example",
		"Example - News":                                    "Example - News",
		"Arts and Letters Daily - ideas, criticism, debate": "Arts and Letters Daily",
		"One Two Three Four Five - a b c":                   "One Two Three Four Five - a b c",
	})
}

func TestUnescapeTwice(t *testing.T) {
	checkStrings(t, "unescapeTwice", unescapeTwice, map[string]string{
		"Anastassiades&#039; light": "Anastassiades' light",
		"Ama&hellip; &mdash; Site":  "Ama… — Site",
		"AT&amp;T earnings":         "AT&T earnings",
		"Q&A with the mayor":        "Q&A with the mayor",
		"Plain":                     "Plain",
	})
}

// checkStrings checks a function of one string against its cases.
func checkStrings(t *testing.T, name string, f func(string) string, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		if got := f(in); got != want {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, want)
		}
	}
}

// metaPage is an article page with head and the markup before the
// article given.
func metaPage(head, before string) string {
	return "<html><head>" + head + "</head><body>" + before + "<article><h1>Council keeps the library open</h1>" + metaBody + "</article></body></html>"
}

func TestSharesTitleWord(t *testing.T) {
	tests := []struct {
		h      string
		titles []string
		want   bool
	}{
		{"Council keeps the library open", []string{"Library to stay open, council decides"}, true},
		{"Allergies Health Center", []string{"Babies who eat peanuts early may avoid allergy"}, false},
		{"Anything at all", []string{"", ""}, true},
		{"新しい図書館が開館", []string{"東京で図書館が開館 - 新聞"}, true},
		{"健康センター", []string{"東京で図書館が開館"}, false},
	}
	for _, tt := range tests {
		if got := sharesTitleWord(tt.h, tt.titles); got != tt.want {
			t.Errorf("sharesTitleWord(%q, %q) = %v, want %v", tt.h, tt.titles, got, tt.want)
		}
	}
}
