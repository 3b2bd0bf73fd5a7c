package news

import "strings"

func parsePlainText(s string, p *Parser) *Article {
	a := &Article{}
	for _, para := range strings.Split(s, "\n\n") {
		if t := strings.TrimSpace(para); t != "" {
			a.Paragraphs = append(a.Paragraphs, t)
		}
	}
	return a
}
