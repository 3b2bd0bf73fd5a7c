package main

import (
	"strings"
	"time"
	"unicode"

	"github.com/newsparse/news/internal/eval"
)

// splitByline turns a byline string into names: a leading "By" (or "Par",
// "Von", "Written by") is dropped and the rest split on commas, semicolons,
// "&", "|", "·" and the word "and". Used alike for every system whose author
// field is a string, and for the expected Mozilla bylines.
func splitByline(s string) []string {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	for _, p := range []string{"written by ", "by: ", "by ", "par ", "von "} {
		if strings.HasPrefix(lower, p) {
			s, lower = s[len(p):], lower[len(p):]
			break
		}
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",;&|·", r) })
	var out []string
	for _, f := range fields {
		for _, name := range splitAnd(f) {
			if name = strings.TrimSpace(name); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// splitAnd splits s on the whole word "and".
func splitAnd(s string) []string {
	var out []string
	for {
		i := strings.Index(strings.ToLower(s), " and ")
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(" and "):]
	}
}

// dayOf reads the day of a date string as the page wrote it: the leading
// YYYY-MM-DD in the string's own offset, or a few other common layouts. The
// zero time means no date.
func dayOf(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && isDay(s[:10]) {
		t, err := time.Parse(time.DateOnly, s[:10])
		if err == nil {
			return t
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, "January 2, 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// isDay reports whether s looks like YYYY-MM-DD.
func isDay(s string) bool {
	for i, r := range s {
		if i == 4 || i == 7 {
			if r != '-' {
				return false
			}
		} else if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// titleSeparators cut a site name from a title ("Headline | Site",
// "Headline_Section_Site", "Headline [Site]").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " / ", " » ", "_", " ["}

// sameTitle compares a predicted title with an expected Mozilla title:
// equal after eval.NormalizeText, or equal once trailing site parts after
// one of titleSeparators are cut from either side (the expected titles are
// readability's own, which sometimes keep the site name). Both empty is
// right.
func sameTitle(pred, want string) bool {
	p, w := eval.NormalizeText(pred), eval.NormalizeText(want)
	if p == w {
		return true
	}
	if p == "" || w == "" {
		return false
	}
	return hasSiteSuffix(want, p) || hasSiteSuffix(pred, w)
}

// hasSiteSuffix reports whether long, cut at one of its separators, is
// short (already normalized) followed by more text.
func hasSiteSuffix(long, short string) bool {
	for _, sep := range titleSeparators {
		for i := 0; ; {
			k := strings.Index(long[i:], sep)
			if k < 0 {
				break
			}
			i += k
			if len(strings.TrimSpace(long[i+len(sep):])) > 0 && eval.NormalizeText(long[:i]) == short {
				return true
			}
			i += len(sep)
		}
	}
	return false
}
