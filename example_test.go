package news_test

import (
	"fmt"
	"strings"

	"github.com/newsparse/news"
)

func ExampleParse() {
	page := `<html lang="en"><head>
<title>Harbor bridge reopens after repairs | The Coastal Herald</title>
<meta property="og:site_name" content="The Coastal Herald">
<meta property="article:published_time" content="2024-03-05T09:30:00-05:00">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Harbor bridge reopens after repairs</h1>
<p class="byline">By Dana Whitfield</p>
<p>The harbor bridge reopened to traffic on Tuesday after eight months of repairs to its steel deck.</p>
<p>"We are glad to give the bridge back to the people who cross it every day," said Mayor Lena Ortiz.</p>
</article>
</body></html>`
	a, err := news.Parse(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Publication.Name)
	fmt.Println(a.Published.Format("2006-01-02"))
	for _, au := range a.Authors {
		fmt.Println("by", au.Name)
	}
	for _, p := range a.Paragraphs {
		fmt.Println("-", p)
	}
	for _, q := range a.Quotes {
		fmt.Printf("%s (%s): %q\n", q.Speaker, q.Role, q.Text)
	}
	for _, e := range a.Entities {
		fmt.Println(e.Kind, e.Name)
	}
	// Output:
	// Harbor bridge reopens after repairs
	// The Coastal Herald
	// 2024-03-05
	// by Dana Whitfield
	// - The harbor bridge reopened to traffic on Tuesday after eight months of repairs to its steel deck.
	// - "We are glad to give the bridge back to the people who cross it every day," said Mayor Lena Ortiz.
	// Lena Ortiz (Mayor): "We are glad to give the bridge back to the people who cross it every day,"
	// person Lena Ortiz
}
