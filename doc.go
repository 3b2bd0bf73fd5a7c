// Package news turns a news article, an HTML page or text pasted from one,
// into typed data: an [Article] with the headline, standfirst, authors,
// publication, dates, section, tags, language and lead image; the body as
// paragraphs; every quotation with the person who said it; and the people,
// organizations and places the article names, each merged across its
// mentions.
//
// # Use
//
//	a, err := news.Parse(r)                        // default settings
//	a, err := (&news.Parser{URL: u}).Parse(r)      // with the page URL
//	a, err := (&news.Parser{}).ParseNode(doc)      // an *html.Node already parsed
//	a, err := (&news.Parser{}).ParseText(s)        // plain text
//
// A [Parser] holds settings only; its zero value works, and one Parser may
// be used by many goroutines at once. Parsing does no network I/O and no
// logging, and keeps no state between calls.
//
// # Pipeline
//
// Parse runs these stages in order, each on the output of the one before:
//
//  1. input: the bytes are read within Parser.MaxBytes, told to be HTML or
//     text, and decoded to UTF-8 from the charset of the Content-Type, the
//     byte order mark or the page's meta declaration.
//  2. metadata: schema.org JSON-LD (with @graph and @id references),
//     microdata, OpenGraph and article:* meta tags, Twitter cards, Dublin
//     Core and Parse.ly meta, rel=author links, hNews classes, <time>
//     elements, the date in the URL and the visible byline are each read,
//     and each field takes the best source that has it.
//  3. body: the visible text is cut into blocks at block-level tags and each
//     block weighed by its length, its link density and whether it sits in
//     page furniture (navigation, share bars, captions, related links,
//     comments); the article is the element holding the most article text
//     for the least furniture, and its paragraphs are its blocks less the
//     furniture inside it.
//  4. entities and quotes work on the headline, standfirst and paragraphs
//     alone.
//
// Plain text is read the way a page copied from a browser is laid out:
// navigation words, headline, standfirst, byline, paragraphs separated by
// blank lines, footer words.
//
// # Errors
//
// [ErrEmpty] and [ErrTooLarge] report input that cannot be an article.
// [ErrNotArticle] reports a page with no article body (a home page, a list
// of links); it comes with the Article holding the metadata that was found.
//
// # Limits
//
// Every cost is bounded by a Parser field with a default: the input size
// (MaxBytes, 16 MiB), the element nesting looked at (MaxDepth, 512), the
// DOM nodes looked at (MaxNodes, 1<<20), the paragraphs kept
// (MaxParagraphs, 5000) and the length of one text node or line
// (MaxTextLen, 1 MiB). Content past a limit is left out and the Article's
// Truncated field says so.
//
// # Security considerations
//
// Pages are untrusted input. Parse reads at most MaxBytes bytes and fails
// beyond; the stages after decoding run in time linear in the input, with
// no recursion on the document's nesting. Output strings are valid UTF-8
// and plain text: markup, scripts and styles are never copied into them.
// URLs in the output (URL, Image, author and publication URLs) are absolute
// http or https URLs; any other scheme, such as javascript: or data:, is
// dropped. Callers that display the output in HTML must still escape it
// like any other text, and callers that fetch pages must bound the fetch
// themselves (the newsparse command shows how: a timeout, a size cap, a
// redirect limit and a content-type check).
//
// Memory is bounded too. Besides the limits above, these bounds are
// fixed; no real article reaches them:
//
//   - Input that does not look like HTML and holds a NUL byte, or control
//     bytes text never holds, in its first 4 KB is binary data: Parse
//     returns ErrNotArticle without reading it further.
//   - Elements nested more than 480 deep are flattened as the page is
//     parsed: their tags are dropped, their content joins the element
//     above, and the Article is marked Truncated. A page nested a hundred
//     thousand deep is parsed once, into a tree no bigger than its text
//     needs; scripts and styles stay scripts and styles.
//   - JSON-LD is decoded within a budget of 20,000 objects and arrays and
//     an estimated 64 KiB plus 8 bytes for each byte of script, which real
//     scripts, at three to seven, never reach; a script past it is cut
//     after its last complete value, and the Article is marked Truncated.
//   - The entity stage looks at no more than 8,192 candidate names in an
//     article, and the quote stage at no more than 16,384 runs of
//     capitalized words; past them, the rest of the text is read without
//     names and the Article is marked Truncated.
//   - The tree of a page holds at most 4,096 nodes plus one for every 16
//     bytes of the page, whatever MaxNodes allows. A node takes about 100
//     bytes; real pages spend 23 bytes or more on one (a median of 70),
//     so only a page of nothing but tags reaches the budget, and the
//     Article is marked Truncated.
//
// The bound is measured on the live heap: the memory Parse holds alive at
// once, sampled by forcing collections while it runs. On the hostile pages
// of the tests (100,000 nested elements, a million quotation marks,
// 100,000 capitalized words, a 6 MB JSON-LD script, 5,000 paragraphs each
// naming a person, a megabyte of binary data, ...) Parse holds at most
// about 10 times its input alive at once, most of them one to seven times;
// a megabyte of nothing but tags (line breaks, open paragraphs, table
// cells), where every few bytes make a node, takes 11 to 14 times. It
// allocates at most about 30 times its input in all, beyond a fixed cost
// of some tens of kilobytes. The heap a process sees grows by more than
// what is alive, as far as the collector lets it: under the default
// GOGC=100, to about twice what was alive at the last collection, so up to
// about 28 times the input on the worst of these pages.
package news
