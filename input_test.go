package news

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// TestEncodings encodes one page in many encodings, declared in the ways
// pages declare them, and checks that it decodes to the same text.
func TestEncodings(t *testing.T) {
	const headline = "Café “Zürich” – naïve résumé"
	const para = "The committee said on Tuesday that the café would stay open through the winter, with prices unchanged."
	page := func(meta string) string {
		return "<html><head>" + meta + "<title>" + headline + "</title></head><body><article><h1>" + headline +
			"</h1><p>" + para + "</p><p>" + para + "</p></article></body></html>"
	}
	const cjkHeadline = "東京で新しい図書館が開館"
	const cjkPara = "東京都は五日、新しい図書館が開館したと発表した。館内には約十万冊の本があり、多くの市民が訪れた。市の担当者は「多くの人に使ってほしい」と話した。"
	cjkPage := func(meta string) string {
		return "<html><head>" + meta + "</head><body><article><h1>" + cjkHeadline + "</h1><p>" + cjkPara + "</p><p>" + cjkPara + "</p></article></body></html>"
	}
	tests := []struct {
		name        string
		enc         encoding.Encoding
		html        string
		contentType string
		headline    string
		bom         bool
	}{
		{"windows-1252 meta charset", charmap.Windows1252, page(`<meta charset="windows-1252">`), "", headline, false},
		{"iso-8859-1 http-equiv", charmap.ISO8859_1, page(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`), "", strings.NewReplacer("“", "\"", "”", "\"", "–", "-").Replace(headline), false},
		{"iso-8859-15 content type", charmap.ISO8859_15, page(""), "text/html; charset=iso-8859-15", strings.NewReplacer("“", "\"", "”", "\"", "–", "-").Replace(headline), false},
		{"utf-8 with BOM", nil, page(""), "", headline, true},
		{"utf-16le with BOM", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), page(""), "", headline, false},
		{"utf-16be with BOM", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), page(""), "", headline, false},
		{"shift_jis meta", japanese.ShiftJIS, cjkPage(`<meta charset="shift_jis">`), "", cjkHeadline, false},
		{"euc-jp http-equiv", japanese.EUCJP, cjkPage(`<meta http-equiv="content-type" content="text/html; charset=euc-jp">`), "", cjkHeadline, false},
		{"gbk meta", simplifiedchinese.GBK, cjkPage(`<meta charset="gbk">`), "", cjkHeadline, false},
		{"gb18030 content type", simplifiedchinese.GB18030, cjkPage(""), "text/html; charset=gb18030", cjkHeadline, false},
		{"utf-8 declared latin-1", nil, page(`<meta charset="iso-8859-1">`), "", headline, false},
		{"utf-8 declared gb2312", nil, cjkPage(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), "", cjkHeadline, false},
		{"utf-8 declared shift_jis", nil, cjkPage(`<meta charset="shift_jis">`), "", cjkHeadline, false},
		{"iso-2022-jp meta", japanese.ISO2022JP, cjkPage(`<meta charset="iso-2022-jp">`), "", cjkHeadline, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.html
			if tt.headline != headline && tt.headline != cjkHeadline {
				src = strings.ReplaceAll(src, headline, tt.headline)
			}
			var data []byte
			if tt.enc != nil {
				var err error
				data, err = tt.enc.NewEncoder().Bytes([]byte(src))
				if err != nil {
					t.Fatal(err)
				}
			} else {
				data = []byte(src)
			}
			if tt.bom {
				data = append([]byte("\xef\xbb\xbf"), data...)
			}
			a, err := (&Parser{ContentType: tt.contentType}).Parse(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != tt.headline {
				t.Errorf("Headline = %q, want %q", a.Headline, tt.headline)
			}
			if len(a.Paragraphs) != 2 {
				t.Fatalf("paragraphs = %q", a.Paragraphs)
			}
		})
	}
}

// TestSniffFormat tells HTML from text.
func TestSniffFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{
		{"<!DOCTYPE html><html>", FormatHTML},
		{"  \n<html lang=en>", FormatHTML},
		{"Headline\n\nSome text <p>with a tag</p>", FormatHTML},
		{"Headline\n\nBy Jane Doe\n\nA paragraph; 3 < 4 and 5 > 2.", FormatText},
		{"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", FormatHTML},
	}
	for _, tt := range tests {
		if got := sniffFormat([]byte(tt.in)); got != tt.want {
			t.Errorf("sniffFormat(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
