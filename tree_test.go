package news

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// dumpTree writes a tree one node a line, for comparing trees. Attributes
// are sorted (html.Parse sorts those of formatting elements), and names
// inside SVG and MathML are compared in lower case: the tree builder does
// not restore SVG's camel case, which nothing reads.
func dumpTree(n *html.Node) []string {
	var out []string
	var dump func(n *html.Node, depth int, foreign bool)
	dump = func(n *html.Node, depth int, foreign bool) {
		ind := strings.Repeat(" ", depth)
		foreign = foreign || n.Namespace != ""
		switch n.Type {
		case html.ElementNode:
			name := n.Data
			var attrs []string
			for _, a := range n.Attr {
				key := a.Key
				if foreign {
					key = strings.ToLower(key)
				}
				attrs = append(attrs, fmt.Sprintf(" %s:%s=%q", a.Namespace, key, a.Val))
			}
			if foreign {
				name = strings.ToLower(name)
			}
			slices.Sort(attrs)
			out = append(out, fmt.Sprintf("%s<%s %s%s>", ind, n.Namespace, name, strings.Join(attrs, "")))
		case html.TextNode:
			out = append(out, fmt.Sprintf("%s%q", ind, n.Data))
		case html.CommentNode:
			out = append(out, fmt.Sprintf("%s<!--%q-->", ind, n.Data))
		case html.DoctypeNode:
			out = append(out, fmt.Sprintf("%s<!DOCTYPE %q %v>", ind, n.Data, n.Attr))
		}
		if depth > 1000 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			dump(c, depth+1, foreign)
		}
	}
	dump(n, 0, false)
	return out
}

// checkSameTree parses a page with buildTree and html.Parse and reports
// where the trees differ.
func checkSameTree(t *testing.T, name, page string) {
	t.Helper()
	want, werr := html.Parse(strings.NewReader(page))
	got, _, gerr := buildTree(page, 1<<30)
	if werr != nil || gerr != nil {
		if werr == nil || !errors.Is(gerr, errTooDeep) {
			t.Errorf("%s: html.Parse error %v, buildTree error %v", name, werr, gerr)
		}
		return
	}
	if diff := cmp.Diff(dumpTree(want), dumpTree(got)); diff != "" {
		t.Errorf("%s: tree mismatch (-html.Parse +buildTree):\n%s", name, diff)
	}
}

// TestTreeMatchesHTMLParse checks that the tree builder builds the tree
// html.Parse builds, on markup that exercises the tree construction rules.
func TestTreeMatchesHTMLParse(t *testing.T) {
	pages := []string{
		// Implied elements and end tags.
		"text only",
		"<title>T</title><p>one<p>two<div>three</div>four",
		"<ul><li>a<li>b<ul><li>c</ul><li>d</ul><dl><dt>t<dd>d<dt>u</dl>",
		"a</p>b<p>c</br>d",
		"<h1>a<h2>b</h1>c<pre>\nkept\n</pre><listing>\nx</listing>",
		"<form><form><input></form><select><option>a<option>b<optgroup>c</select><hr><button>x<button>y",
		// Formatting elements: reopened, misnested, adopted.
		"<p><b>bold<i>both</b>italic</i></p><p>x",
		"<a href=1>one<div>two</a>three</div><a href=2>four<a href=3>five",
		"<b><b><b><b>four</b></b></b></b><p>reopened",
		"<div><b id=1><i></div><p>text<font color=red>x<font color=red>y</p>z",
		"<nobr>a<nobr>b</nobr><object>c<b>d</object>e<marquee>f</b></marquee>",
		// Tables: implied parts, cells, text moved out.
		"<table><tr><td>a<td>b<tr><th>c</table>",
		"<table>stray<tr>text<td>cell</td>more</tr></table>",
		"<table><caption>c<col><colgroup><col></colgroup><tbody><tr><td>x</table>",
		"<table><td>a<table><td>b</table>c</table><p>after",
		"<p><table><tr><td>in p?</table>",
		"<!DOCTYPE html><p><table><tr><td>closes p</table>",
		"<table><form><tr><td><input type=hidden><input></td></form></table>",
		"<table><b>fostered<tr><td>x</b></table>",
		// Raw text and RCDATA.
		"<script>if (a<b) { document.write('</p>') }</script><style>p>a{}</style>",
		"<script><!--<script>nested</script>still--></script>after",
		"<script><!--x</script><textarea>\n<b>&amp;</b></textarea><title>a&lt;b</title>",
		"<xmp><b></xmp><iframe><p>no</iframe><noscript><p>raw</noscript><noembed>x</noembed>",
		"<plaintext><p>all the rest</p>",
		// Head, body and what comes after them.
		"<html lang=en><head><meta charset=utf-8><link rel=x></head> <body class=a><p>x</body></html><p>late<!--c-->",
		"<head><title>t</title></head><script>s</script><body><html id=h><body id=b>",
		"<frameset><frame></frameset><noframes>n</noframes>",
		"<template><td>cell</td><p>para</template><p>after",
		// Foreign content.
		"<svg viewBox='0 0 1 1'><path d=M0/><title>t</title><foreignObject><p>html</p></foreignObject></svg><p>x",
		"<math><mi>x</mi><annotation-xml encoding=text/html><div>d</div></annotation-xml></math>",
		"<svg><p>breaks out<svg><![CDATA[<b>text</b>]]><font color=red>out</font>",
		// Comments, doctypes, character references, odd bytes.
		"<!-- a -- b --><!----><!--><!--->x<!--a--!>y<?pi?></ z><!bogus>",
		"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p><table>",
		"<p title='a&amp;b&copy=c&notit;&#65;'>&copy &notit; &#x41;&#128;&#0;&nbsp</p>",
		"<P CLASS=A id=x class=b>dup</P><a b c=d e=\"f\" g='h' / >",
		"a\r\nb\rc\x00d<p\x00>e</p>",
		"<div>unclosed <a href='x",
	}
	for i, page := range pages {
		checkSameTree(t, fmt.Sprintf("page %d %.40q", i, page), page)
	}
}

// TestTreeMatchesHTMLParseOnPages compares the trees of the test pages
// and, when ../shared is there, of the Zyte pages.
func TestTreeMatchesHTMLParseOnPages(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkSameTree(t, f, string(data))
	}
	zyte, _ := filepath.Glob("../shared/corpus/zyte/html/*.html.gz")
	if len(zyte) == 0 {
		t.Skip("../shared/corpus/zyte not present")
	}
	if testing.Short() {
		zyte = zyte[:10]
	}
	for _, f := range zyte {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		z, err := gzip.NewReader(fh)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(z)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		checkSameTree(t, filepath.Base(f), string(data))
	}
}

// FuzzTree checks that the tree builder builds html.Parse's tree on any
// input.
func FuzzTree(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data))
		}
	}
	f.Add("<p>a<b>b<div>c</b>d</p><table><tr><td>x<svg><path/></svg>")
	f.Add("<script><!--<script>x</script>--></script><table>t<td>&amp")
	f.Fuzz(func(t *testing.T, page string) {
		checkSameTree(t, "input", page)
	})
}

// TestTreeLimits checks the bounds of the tree builder: the nesting
// html.Parse accepts, the node budget, and linear time on tags with very
// many attributes and on formatting elements reopened over and over.
func TestTreeLimits(t *testing.T) {
	deep := strings.Repeat("<div>", maxOpenElements+10)
	if _, _, err := buildTree(deep, 1<<20); !errors.Is(err, errTooDeep) {
		t.Errorf("%d nested divs: error %v, want errTooDeep", maxOpenElements+10, err)
	}
	if _, _, err := buildTree(strings.Repeat("<div>", maxOpenElements-10), 1<<20); err != nil {
		t.Errorf("%d nested divs: error %v", maxOpenElements-10, err)
	}
	if _, capped, _ := buildTree(strings.Repeat("<p>x</p>", 1000), 100); !capped {
		t.Error("1000 paragraphs with a budget of 100 nodes: not capped")
	}
	var attrs strings.Builder
	for i := range 200000 {
		fmt.Fprintf(&attrs, " a%d=%d", i%150000, i)
	}
	doc, _, err := buildTree("<div"+attrs.String()+">x</div><b"+attrs.String()+">y</b>", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	var div *html.Node
	for n := doc; n != nil; n = n.LastChild {
		if n.Data == "body" {
			div = n.FirstChild
		}
	}
	if div == nil || len(div.Attr) != 150000 || attr(div, "a7") != "7" {
		t.Errorf("div with 200,000 attributes of 150,000 names: %d kept", len(div.Attr))
	}
	// Each paragraph reopens every formatting element closed before it:
	// the node budget bounds the work.
	page := "<div>" + strings.Repeat("<b class=x><i class=y><u class=z>", 100) + "</div>" + strings.Repeat("<p>x</p>", 100000)
	if _, capped, err := buildTree(page, 100000); err == nil && !capped {
		t.Error("reopened formatting elements: neither capped nor refused")
	}
}

// TestUnescapeAttr checks attribute values against html.Parse, whose rules
// for character references differ from those of text.
func TestUnescapeAttr(t *testing.T) {
	values := []string{
		"plain", "a&amp;b", "?a=1&copy=2", "&copy;&copy &copyx &copy", "&notit; &notin; &not",
		"&#65;&#x41;&#X41&#65&#0;&#xD800;&#1114112;&#128;", "&fjlig;&semi;&amp;amp;",
		"&AMP &Aacute &aacute; &Amp; &", "&&&;&#;&#x;", "&lt=&gt;&quot", "&ampx=1&amp=2",
	}
	for _, v := range values {
		doc, err := html.Parse(strings.NewReader(`<p title="` + v + `">`))
		if err != nil {
			t.Fatal(err)
		}
		want := attr(doc.LastChild.LastChild.FirstChild, "title")
		if got := unescapeAttr(v); got != want {
			t.Errorf("unescapeAttr(%q) = %q, want %q", v, got, want)
		}
	}
}
