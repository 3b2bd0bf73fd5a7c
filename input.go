package news

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// readInput reads all of r into a string, failing with ErrTooLarge past
// max bytes and ErrEmpty when there is nothing but white space. The string
// is the only copy of the input: the HTML tokens are slices of it.
func readInput(r io.Reader, max int64) (string, error) {
	var b strings.Builder
	var err error
	if l, ok := r.(lenWriterTo); ok && int64(l.Len()) <= max {
		// A bytes.Reader, strings.Reader or bytes.Buffer says how much is
		// left, and writes it in one piece.
		b.Grow(l.Len())
		_, err = l.WriteTo(&b)
	} else {
		if l, ok := r.(interface{ Len() int }); ok {
			b.Grow(int(min(int64(l.Len()), max+1)))
		}
		_, err = io.Copy(&b, io.LimitReader(r, max+1))
	}
	if err != nil {
		return "", fmt.Errorf("news: reading input: %w", err)
	}
	if int64(b.Len()) > max {
		return "", fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	data := b.String()
	if strings.TrimSpace(data) == "" {
		return "", ErrEmpty
	}
	return data, nil
}

// lenWriterTo is a reader that knows how much it holds and writes it all.
type lenWriterTo interface {
	Len() int
	io.WriterTo
}

// sniffFormat tells HTML from plain text: input whose first non-space
// characters open a tag, a doctype or a comment, or that holds common block
// tags early on, is HTML.
func sniffFormat(data []byte) Format {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if e, _ := bomEncoding(head); e != nil {
		// UTF-16 text: decode the head to look at it.
		if d, err := e.NewDecoder().Bytes(head); err == nil {
			head = d
		}
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) > 0 && trimmed[0] == '<' {
		return FormatHTML
	}
	lower := bytes.ToLower(head)
	for _, tag := range []string{"<html", "<body", "<p>", "<p ", "<div", "<article", "<!doctype", "<head", "<meta "} {
		if bytes.Contains(lower, []byte(tag)) {
			return FormatHTML
		}
	}
	return FormatText
}

// isBinary reports whether the head of an input that does not look like
// HTML is binary data rather than text: it holds a NUL byte, or more than
// one byte in 32 is a control character that text never holds (the
// binary data bytes of the WHATWG MIME Sniffing standard). Text in UTF-16
// with a byte order mark is text.
func isBinary(head []byte) bool {
	if e, _ := bomEncoding(head); e != nil {
		return false
	}
	n := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c <= 0x08, c == 0x0B, c >= 0x0E && c <= 0x1A, c >= 0x1C && c <= 0x1F:
			n++
		}
	}
	return n > len(head)/32
}

// bomEncoding returns the encoding a byte order mark announces.
func bomEncoding[T string | []byte](b T) (encoding.Encoding, string) {
	switch {
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

// decodeHTML returns the page as UTF-8. The encoding is the one the byte
// order mark, the Content-Type or a meta declaration in the first 4 KB
// gives; without one, bytes that are valid UTF-8 are UTF-8 and others
// windows-1252. A page declared in another encoding whose bytes are valid
// UTF-8 with non-ASCII characters is read as UTF-8: such declarations are
// often stale (ISO-2022 and other 7-bit encodings excepted).
func decodeHTML(data, contentType string) string {
	e := htmlEncoding(data, contentType)
	if e == encoding.Nop {
		// UTF-8 goes through as it is: text taken from the tree is
		// re-encoded rune by rune, which turns any invalid byte into
		// U+FFFD.
		return data
	}
	out, _, err := transform.String(validUTF8(e), data)
	if err != nil {
		return strings.ToValidUTF8(out, "\uFFFD")
	}
	return out
}

// htmlEncoding chooses the encoding of an HTML page.
func htmlEncoding(data, contentType string) encoding.Encoding {
	if e, _ := bomEncoding(data); e != nil {
		return e
	}
	if strings.HasPrefix(data, "\xef\xbb\xbf") {
		return encoding.Nop
	}
	name := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		name = params["charset"]
	}
	if name == "" {
		name = metaCharset(data)
	}
	var e encoding.Encoding
	canonical := ""
	if name != "" {
		e, canonical = charset.Lookup(name)
	}
	// A page declared as UTF-8 whose bytes are valid needs no decoding;
	// one with invalid bytes is decoded as UTF-8, each bad byte becoming
	// U+FFFD.
	// utf8Like: no declaration, UTF-8, or Latin-1, which is often stale.
	utf8Like := e == nil || e == encoding.Nop || isLatin1Like(name) || canonical == "utf-8"
	if utf8Like || !sevenBit(canonical) {
		head := data
		if len(head) > 1<<20 {
			head = head[:1<<20]
			// Do not judge by a sequence cut at the end.
			for i := 0; i < 3 && len(head) > 0 && !utf8.RuneStart(head[len(head)-1]); i++ {
				head = head[:len(head)-1]
			}
			if len(head) > 0 && head[len(head)-1] >= utf8.RuneSelf {
				head = head[:len(head)-1]
			}
		}
		// A page declared in another legacy encoding is UTF-8 too when
		// its bytes are valid UTF-8 with non-ASCII characters: text in
		// GBK, Shift_JIS or windows-1251 almost never is, and pages
		// converted to UTF-8 keep their old declaration.
		if utf8.ValidString(head) && (utf8Like || !isASCII(head)) {
			return encoding.Nop
		}
		if e == nil {
			e, _ = charset.Lookup("windows-1252")
		}
	}
	return e
}

// sevenBit reports encodings written in ASCII bytes alone (ISO-2022
// escapes, HZ, UTF-7): valid UTF-8 says nothing about them.
func sevenBit(canonical string) bool {
	return strings.HasPrefix(canonical, "iso-2022") || canonical == "hz-gb-2312" || canonical == "utf-7"
}

// isLatin1Like reports charset names whose declarations are often wrong
// about UTF-8 pages.
func isLatin1Like(name string) bool {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso8859-1", "l1":
		return true
	}
	return false
}

// metaCharset finds a charset declaration in the first 4 KB of a page:
// <meta charset=...> or <meta http-equiv=Content-Type content="...;
// charset=...">.
func metaCharset(data string) string {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	lower := strings.ToLower(head)
	for off := 0; off < len(lower); {
		i := strings.Index(lower[off:], "<meta")
		if i < 0 {
			break
		}
		start := off + i
		end := strings.IndexByte(lower[start:], '>')
		if end < 0 {
			break
		}
		tag := lower[start : start+end]
		off = start + end
		j := strings.Index(tag, "charset")
		if j < 0 {
			continue
		}
		v := tag[j+len("charset"):]
		v = strings.TrimLeft(v, " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\r\n\"'")
		k := 0
		for k < len(v) && (v[k] == '-' || v[k] == '_' || v[k] == '.' || v[k] == ':' || v[k] >= '0' && v[k] <= '9' || v[k] >= 'a' && v[k] <= 'z') {
			k++
		}
		if k > 0 {
			return v[:k]
		}
	}
	return ""
}

// decodeText returns plain text as a valid UTF-8 string: UTF-16 with a byte
// order mark is decoded, UTF-8 is kept, and anything else is read as
// windows-1252.
func decodeText(data string) string {
	if e, _ := bomEncoding(data); e != nil {
		if d, err := e.NewDecoder().String(data); err == nil {
			return strings.ToValidUTF8(d, "\uFFFD")
		}
	}
	data = strings.TrimPrefix(data, "\xef\xbb\xbf")
	if utf8.ValidString(data) {
		return data
	}
	e, _, _ := charset.DetermineEncoding([]byte(data[:min(len(data), 1024)]), "text/plain")
	if d, err := e.NewDecoder().String(data); err == nil && utf8.ValidString(d) {
		return d
	}
	return strings.ToValidUTF8(data, "\uFFFD")
}

// validUTF8 wraps e's decoder so that its output is always valid UTF-8.
func validUTF8(e encoding.Encoding) transform.Transformer {
	if e == nil || e == encoding.Nop {
		return utf8Fixer{}
	}
	return transform.Chain(e.NewDecoder(), utf8Fixer{})
}

// utf8Fixer replaces invalid UTF-8 sequences with U+FFFD.
type utf8Fixer struct{}

func (utf8Fixer) Reset() {}

func (utf8Fixer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		if c < utf8.RuneSelf {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			if nDst+3 > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], "\uFFFD")
			nSrc++
			continue
		}
		if nDst+size > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		nSrc += size
	}
	return nDst, nSrc, nil
}
