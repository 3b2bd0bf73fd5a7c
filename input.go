package news

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// readInput reads all of r, failing with ErrTooLarge past max bytes and
// ErrEmpty when there is nothing but white space.
func readInput(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("news: reading input: %w", err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	return data, nil
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

// bomEncoding returns the encoding a byte order mark announces.
func bomEncoding(b []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

// decodeHTML returns a reader of the page as UTF-8, from the encoding the
// byte order mark, the Content-Type, a meta declaration or the bytes
// themselves give (the WHATWG encoding sniffing algorithm).
func decodeHTML(data []byte, contentType string) io.Reader {
	e, _, _ := charset.DetermineEncoding(data, contentType)
	return transform.NewReader(bytes.NewReader(data), validUTF8(e))
}

// decodeText returns plain text as a valid UTF-8 string: UTF-16 with a byte
// order mark is decoded, UTF-8 is kept, and anything else is read as
// windows-1252.
func decodeText(data []byte) string {
	if e, _ := bomEncoding(data); e != nil {
		if d, err := e.NewDecoder().Bytes(data); err == nil {
			return strings.ToValidUTF8(string(d), "\uFFFD")
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data)
	}
	e, _, _ := charset.DetermineEncoding(data, "text/plain")
	if d, err := e.NewDecoder().Bytes(data); err == nil && utf8.Valid(d) {
		return string(d)
	}
	return strings.ToValidUTF8(string(data), "\uFFFD")
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
