package news

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Paragraphs of a short made-up article, long enough to be a body.
const (
	bodyP1 = "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had run for more than six years."
	bodyP2 = "Work will start in the spring and should take two years, the mayor said, while ferries carry the traffic across the river."
)

// bodyPage returns a page with a headline, then the given markup inside
// the main column, then a footer.
func bodyPage(main string) string {
	return `<!DOCTYPE html><html><head><title>Council votes to rebuild bridge</title>
<meta name="description" content="The council chose to rebuild the harbour bridge.">
<meta property="og:site_name" content="The Harbour Times"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div id="main">` + main + `</div>
<footer><p>© 2024 The Harbour Times</p></footer></body></html>`
}

// article returns the two paragraphs of the made-up article in <p>s.
func article() string {
	return "<h1>Council votes to rebuild bridge</h1><p>" + bodyP1 + "</p><p>" + bodyP2 + "</p>"
}

// teaserText is a long paragraph of another article, as related-article
// blocks show them in full.
func teaserText(topic string) string {
	return "In other news about " + topic + ", residents gathered in the square to hear the plans explained at length by the officials in charge. " +
		"They asked many questions about costs, delays, noise and the closing of roads, and the officials promised to answer each of them in writing soon."
}

func TestBodyRules(t *testing.T) {
	tests := []struct {
		name string
		main string
		want []string
	}{
		{
			// The section's heading names it; its full texts outweigh the article.
			name: "related section with full texts",
			main: `<article>` + article() + `</article>
<section><h3>You may also like</h3>
<article><p>` + teaserText("schools") + `</p></article>
<article><p>` + teaserText("parks") + `</p></article>
<article><p>` + teaserText("buses") + `</p></article></section>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			name: "related section named by class",
			main: `<article>` + article() + `</article>
<div class="wrap"><h3 class="relatedposts-title">Elsewhere</h3>
<article><p>` + teaserText("schools") + `</p></article>
<article><p>` + teaserText("parks") + `</p></article>
<article><p>` + teaserText("buses") + `</p></article></div>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			// A page that opens with a trending bar is more than the bar:
			// it holds the headline, a heading above the bar's own.
			name: "trending heading over the headline",
			main: `<div class="page"><h3>Trending</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Rates rise again</a></li></ul>
<h2>Council votes to rebuild bridge</h2><p>` + bodyP1 + `</p><p>` + bodyP2 + `</p></div>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			name: "newsletter promo",
			main: `<article>` + article() + `<p>Sign up for our daily newsletter and get the news delivered to your inbox every morning.</p></article>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			name: "promo naming the publication",
			main: `<article>` + article() + `<p>Subscribe to The Harbour Times and stay up to date.</p></article>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			name: "company boilerplate after a rule",
			main: `<article>` + article() + `<hr><p>Acme Bridges is a global provider of steel structures. The company is headquartered in Bristol and employs 900 people.</p></article>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			name: "about heading after a rule",
			main: `<article>` + article() + `<hr><p><strong>About Acme</strong></p><p>Acme builds bridges and tunnels in twelve countries and has done so since 1950.</p></article>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			// Without the break the same words may be the story's own.
			name: "company description without a rule stays",
			main: `<article>` + article() + `<p>Acme Bridges is a global provider of steel structures. The company is headquartered in Bristol and employs 900 people.</p></article>`,
			want: []string{bodyP1, bodyP2, "Acme Bridges is a global provider of steel structures. The company is headquartered in Bristol and employs 900 people."},
		},
		{
			name: "press release end marker",
			main: `<article>` + article() + `<p>###</p><p>Harbour Council is the local authority of the city, founded in 1888, and employs 4,000 staff.</p></article>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			name: "contact line at the end",
			main: `<article>` + article() + `<p>Harbour Council - Town Hall, 12 Quay Street - 90210-100 - PO Box 421 - Phone: (047) 2106-8000</p></article>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			name: "script notice and shortcode",
			main: `<article>` + article() + `<p>[button link="http://example.com/send/" type="big"] Send us your story[/button]</p><p>This slideshow requires JavaScript.</p></article>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			// The tags close the article; the comment rules after them
			// are not part of it.
			name: "tags end the article",
			main: `<article class="articlebody">` + article() + `<div>Tags <a href="/t/bridge">bridge</a>, <a href="/t/council">city council</a>, <a href="/t/harbour">harbour</a></div>
<p>Attention: comments that are abusive or off topic will not be approved by the moderators of this site.</p></article>`,
			want: []string{bodyP1, bodyP2},
		},
		{
			name: "hidden structured data",
			main: `<article>` + article() + `<span class="hidden"><span itemprop="url">http://example.com/wp-content/uploads/2024/10/bridge-plan-final-version.jpeg</span> <span>1200</span> <span>676</span> admin http://example.com/logo-of-the-harbour-times.jpg</span></article>`,
			want: []string{bodyP1, bodyP2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(bodyPage(tt.main)))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, a.Paragraphs); diff != "" {
				t.Errorf("Paragraphs mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStandfirstInOwnElement(t *testing.T) {
	// The description repeated in an element of its own above the
	// paragraphs is a standfirst, not the lede.
	page := `<html><head><title>Council votes to rebuild bridge</title>
<meta name="description" content="A six-year debate over the harbour bridge ends with a vote to rebuild it from the ground up."></head>
<body><article><h1>Council votes to rebuild bridge</h1>
<div class="dek">A six-year debate over the harbour bridge ends with a vote to rebuild it from the ground up.</div>
<div class="text"><p>` + bodyP1 + `</p><p>` + bodyP2 + `</p></div></article></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{bodyP1, bodyP2}, a.Paragraphs); diff != "" {
		t.Errorf("Paragraphs mismatch (-want +got):\n%s", diff)
	}
}

func TestScriptBreakAtLinks(t *testing.T) {
	page := `<html><head><title>Kindle のホットキー</title></head><body><article><h1>Kindle のホットキー</h1>
<p>今回はデスクトップアプリ<a href="/k">Kindle for PC</a>に関する話です。起動ショートカットキーが自動で設定され、パスワード管理ソフト<a href="/p">KeePass</a>の起動キーと同じになってしまいます。<b>楽天</b>のアプリも同じです。</p>
<p>以下、その手順を説明します。設定画面を開き、ホットキーの項目を探して無効にするだけで、問題はすぐに解決します。</p></article></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"今回はデスクトップアプリ Kindle for PC に関する話です。起動ショートカットキーが自動で設定され、パスワード管理ソフト KeePass の起動キーと同じになってしまいます。楽天のアプリも同じです。",
		"以下、その手順を説明します。設定画面を開き、ホットキーの項目を探して無効にするだけで、問題はすぐに解決します。",
	}
	if diff := cmp.Diff(want, a.Paragraphs); diff != "" {
		t.Errorf("Paragraphs mismatch (-want +got):\n%s", diff)
	}
}

func TestRelatedTitle(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"You may also like", true},
		{"Related Articles", true},
		{"More from Sports", true},
		{"Você pode gostar...", true},
		{"Lesen Sie auch:", true},
		{"関連記事", true},
		{"Related: How the bridge was built", false}, // one article's title
		{"The council's decision", false},
		{"Relatedness of species", false},
	}
	for _, tt := range tests {
		if got := relatedTitle(tt.in); got != tt.want {
			t.Errorf("relatedTitle(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPromoParagraph(t *testing.T) {
	tests := []struct {
		in, pub string
		want    bool
	}{
		{"Sign up for our newsletter to get the best stories.", "", true},
		{"Let our news meet your inbox. The stories that matter, delivered weekday mornings.", "", true},
		{"Follow us on Twitter and on Facebook.", "", true},
		{"Subscribe to WIRED and stay smart.", "WIRED", true},
		{"Get the magazine delivered through your letterbox every month.", "", true},
		{"Disney+ subscribers can sign up for a free trial before the launch.", "", false},
		{"“Join our movement and follow us on the march,” she told the crowd.", "", false},
		{"Leaflets were pushed through every letterbox in the street.", "", false},
		{"The club newsletter was delivered to members by hand.", "", false},
		{"The newsletter arrived an hour late, delivered by courier.", "", false},
		{"The newsletter, founded in 1990, is read by most of the industry.", "", false},
		{strings.Repeat("A long paragraph about many things. ", 10) + "Sign up for our newsletter.", "", false},
	}
	for _, tt := range tests {
		if got := promoParagraph(tt.in, tt.pub); got != tt.want {
			t.Errorf("promoParagraph(%q, %q) = %v, want %v", tt.in, tt.pub, got, tt.want)
		}
	}
}

func TestCompanyOpening(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Acme is a global solutions provider focused on healthcare.", true},
		{"Harbour Bridge Holdings Ltd. is the largest builder in the region.", true},
		{"It is a global provider of everything.", true}, // the caller also asks for company words and a break
		{"the company is a provider", false},
		{"Work on the bridge, which the council says is a priority, will start soon.", false},
	}
	for _, tt := range tests {
		if got := companyOpening(tt.in); got != tt.want {
			t.Errorf("companyOpening(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestAboutTitle(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"About Acme", true},
		{"About Acme Bridges Ltd.", true},
		{"Über die Acme AG", false},
		{"Über Acme", true},
		{"О компании", true},
		{"About the author", false},
		{"Over the years", false},
		{"About 200 people came", false},
		{"About Acme and its many partners across the world", false}, // too long for a title
	}
	for _, tt := range tests {
		if got := aboutTitle(tt.in); got != tt.want {
			t.Errorf("aboutTitle(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestContactLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Jaraguá - SC - CNPJ: 83.102.459/0001-23 - Rua Walter, 1111 - 89259-565 - Fone: (047) 2106-8000", true},
		{"Town Hall | 12 Quay Street | 90210 | +44 20 7946 0958", true},
		{"The bridge, built in 1921, carried 40,000 cars a day until 2018.", false},
		{"1a etapa: 10 de março – Interlagos 2a etapa: 8 de abril – Curitiba", false},
	}
	for _, tt := range tests {
		if got := contactLine(tt.in); got != tt.want {
			t.Errorf("contactLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestShortcodeAndNotices(t *testing.T) {
	tests := []struct {
		in         string
		code, note bool
	}{
		{`[button link="http://x/" type="big"] Send us your review[/button]`, true, false},
		{`[caption]A bridge at dusk[/caption]`, true, false},
		{`[1] Alarm fatigue: impacts on patient safety.`, false, false},
		{`[Updated] The council voted again.`, false, false},
		{`This slideshow requires JavaScript.`, false, true},
		{`Please enable JavaScript to view the comments.`, false, true},
		{`JavaScript was created in ten days in 1995.`, false, false},
	}
	for _, tt := range tests {
		if got := shortcode(tt.in); got != tt.code {
			t.Errorf("shortcode(%q) = %v, want %v", tt.in, got, tt.code)
		}
		if got := scriptNotice(tt.in); got != tt.note {
			t.Errorf("scriptNotice(%q) = %v, want %v", tt.in, got, tt.note)
		}
	}
}

func TestTagList(t *testing.T) {
	tests := []struct {
		text    string
		linkLen int
		want    bool
	}{
		{"Tags: bridge, council", 15, true},
		{"Tags bridge council harbour", 22, true},
		{"Теги: мост, совет", 10, true},
		{"Tags: bridge, council", 0, false}, // not links
		{"Tagsüber bleibt die Brücke offen", 30, false},
	}
	for _, tt := range tests {
		b := &block{text: tt.text, runes: len([]rune(tt.text)), linkLen: tt.linkLen}
		if got := tagList(b); got != tt.want {
			t.Errorf("tagList(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestScriptBreak(t *testing.T) {
	tests := []struct {
		a, b rune
		want bool
	}{
		{'リ', 'K', true},
		{'C', 'に', true},
		{'天', '3', true},
		{'楽', 'の', false},
		{'a', 'b', false},
		{'ト', '「', false},
	}
	for _, tt := range tests {
		if got := scriptBreak(tt.a, tt.b); got != tt.want {
			t.Errorf("scriptBreak(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
