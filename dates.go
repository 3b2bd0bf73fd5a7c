package news

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Dates are read by a small tokenizer (runs of digits, runs of letters, one
// CJK or Hangul character, single punctuation marks) and a matcher that
// looks a bounded number of tokens ahead, so every function here is linear
// in its input and allocates nothing on the common paths.
//
// Forms read (times and zones optional after any full date):
//
//	2019-11-19T10:30:00.123+05:30, 2019-11-19 10:30Z, 2019-11-19, 2019/11/19,
//	2019.11.19, 2021. 3. 23., 20191119 and 20191119T103000Z (parseDate only)
//	Tue, 19 Nov 2019 10:30:00 GMT (RFC 1123), 19 Nov 19 10:30 EST (RFC 822),
//	Tuesday, 19-Nov-19 10:30:00 GMT (RFC 850), Tue Nov 19 10:30:00 2019 (ANSI C)
//	November 19, 2019; Nov. 19th, 2019; Nov 19 2019; 19 November 2019;
//	19. November 2019; 19 de noviembre de 2019; 1er novembre 2019; 19-Nov-2019
//	19/11/2019, 11/19/2019, 11/19/19, 19.11.2019, 19-11-2019
//	2021年03月23日 10時30分, 2021年3月23日 下午3:30, 2021년 3월 23일 오후 3:30
//	10:02 AM EST Nov 19, 2019 (a time before the date)
//	1574159400 and 1574159400000 (Unix seconds or milliseconds, parseDate only)
//
// Times: 16:30, 16:30:05.25, 4:30pm, 4:30 p.m., 4 PM, 16h30, 10時30分, and
// "10.30" or "1619" only when a zone follows ("10.30 GMT", "1619 GMT").
//
// Choices:
//   - All-numeric dates whose first two parts could both be a month are
//     read month-first when separated by "/" (the US habit) and day-first
//     when separated by "." or "-" (the European habit); a part over 12
//     settles it either way. Two-digit years ("11/19/19") only with "/" or a
//     month name, and are 19xx from 90 on, 20xx below.
//   - A numeric offset is kept as a fixed zone; abbreviations map to fixed
//     offsets (CST is US Central, IST is India, BST is British Summer Time);
//     ET, CT, MT and PT take standard or daylight time by the US rules of
//     the date's year. A date without a zone is UTC, a date alone is
//     midnight UTC.
//   - Years outside 1990-2100, impossible days and partial dates ("2023/12",
//     "Nov 2019", a bare year) are never dates.

// The years a publication date can plausibly have.
const (
	minDateYear = 1990
	maxDateYear = 2100
)

// lookahead is how many tokens a match may look at; the longest form, a
// time, zone, weekday and spelled-out date, needs about 30.
const lookahead = 48

// maxPrefixTokens is how many words and marks parseDate skips before the
// date ("First published on Tuesday, ...").
const maxPrefixTokens = 24

// parseDate reads one date string as sites write it in metadata or visible
// text, returning ok=false when it holds no date.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, ok := unixTime(s); ok {
		return t, true
	}
	var w tokenWindow
	w.reset(s)
	var prev, prev2 dateToken
	for range maxPrefixTokens {
		toks := w.fill()
		if len(toks) == 0 {
			break
		}
		if d, _, ok := matchAt(s, toks, true, dayFirstHint(s, prev, prev2)); ok {
			if afterCopyright(s, prev, prev2) {
				break
			}
			return d.time()
		}
		if toks[0].kind == tokNum {
			break // a number that starts no date: not a date string
		}
		prev2, prev = prev, toks[0]
		w.advance()
	}
	return time.Time{}, false
}

// dateInText finds the first date in a longer visible text such as a byline
// line or dateline, ok=false if none. A date after "©", "copyright" or
// "since" is skipped, and so are digits inside longer numbers or versions.
func dateInText(s string) (time.Time, bool) {
	var w tokenWindow
	w.reset(s)
	var prev, prev2 dateToken
	for {
		toks := w.fill()
		if len(toks) == 0 {
			return time.Time{}, false
		}
		if startsDate(s, toks[0]) && !insideNumber(s, prev, prev2, toks[0]) &&
			!afterCopyright(s, prev, prev2) {
			hint := toks[0].kind == tokNum && dayFirstHint(s, prev, prev2)
			if d, n, ok := matchAt(s, toks, false, hint); ok && !continuesNumber(toks, n) {
				if t, ok := d.time(); ok {
					return t, true
				}
			}
		}
		prev2, prev = prev, toks[0]
		w.advance()
	}
}

// dateFromURL finds a publication date in a URL's path or query:
// /2019/11/19/, /2019-11-19-slug, /2019_11_19, /20191119/, /2019/nov/19/,
// ?date=2019-11-19. The host is ignored; year and month alone are no date.
func dateFromURL(u string) (time.Time, bool) {
	if i := strings.Index(u, "//"); i >= 0 && !strings.ContainsAny(u[:i], "/?#") {
		rest := u[i+2:]
		j := strings.IndexAny(rest, "/?#")
		if j < 0 {
			return time.Time{}, false
		}
		u = rest[j:]
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	var w tokenWindow
	w.reset(u)
	for {
		toks := w.fill()
		if len(toks) == 0 {
			return time.Time{}, false
		}
		if toks[0].kind == tokNum {
			m := matcher{s: u, toks: toks}
			if d, ok := m.urlDate(); ok {
				if t, ok := d.time(); ok {
					return t, true
				}
			}
		}
		w.advance()
	}
}

// unixTime reads a string of 9 to 13 digits as Unix seconds (up to 10
// digits) or milliseconds, if it falls in the plausible years.
func unixTime(s string) (time.Time, bool) {
	if len(s) < 9 || len(s) > 13 {
		return time.Time{}, false
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || s[0] == '+' || s[0] == '-' {
		return time.Time{}, false
	}
	t := time.UnixMilli(v).UTC()
	if len(s) <= 10 {
		t = time.Unix(v, 0).UTC()
	}
	if y := t.Year(); y < minDateYear || y > maxDateYear {
		return time.Time{}, false
	}
	return t, true
}

// startsDate reports whether a date match can begin at t: a short number
// or a month name.
func startsDate(s string, t dateToken) bool {
	switch t.kind {
	case tokNum:
		return t.digits <= 4
	case tokWord:
		return monthOf(s[t.start:t.end]) > 0
	}
	return false
}

// insideNumber reports whether the number t continues a longer one, as in
// "1.2.2019" read from its second part, "555-12-11-2019" or "v2.10.3".
func insideNumber(s string, prev, prev2, t dateToken) bool {
	if t.kind != tokNum || t.space {
		return false
	}
	switch prev.kind {
	case tokWord:
		return s[prev.end-1] < utf8.RuneSelf // glued to a Latin letter
	case tokPunct:
		switch prev.val {
		case '.', '/', '-', ':', ',':
			return !prev.space && prev2.kind == tokNum
		}
	}
	return false
}

// continuesNumber reports whether the match of n tokens is followed by more
// of a number ("19.11.2019.5", "1/2/2019/3"); a following "-" may start a
// range and is allowed.
func continuesNumber(toks []dateToken, n int) bool {
	if n+1 >= len(toks) {
		return false
	}
	p, next := toks[n], toks[n+1]
	return p.kind == tokPunct && !p.space && (p.val == '.' || p.val == '/' || p.val == ':') &&
		next.kind == tokNum && !next.space
}

// afterCopyright reports whether the tokens before a date make it a
// copyright or "since" year rather than a publication date.
func afterCopyright(s string, prev, prev2 dateToken) bool {
	switch prev.kind {
	case tokPunct:
		return prev.val == '©' || prev.val == ')' && prev2.kind == tokWord &&
			strings.EqualFold(s[prev2.start:prev2.end], "c")
	case tokWord:
		w := s[prev.start:prev.end]
		return strings.EqualFold(w, "copyright") || strings.EqualFold(w, "since") ||
			strings.EqualFold(w, "seit") || strings.EqualFold(w, "depuis") || strings.EqualFold(w, "desde")
	}
	return false
}

// dayFirstHint reports whether one of the two tokens before a date is a
// word that only comes before dates in languages that write the day first
// ("Publié le 05/11/2019", "el 05/11/2019").
func dayFirstHint(s string, prev, prev2 dateToken) bool {
	for _, t := range [2]dateToken{prev, prev2} {
		if w := s[t.start:t.end]; t.kind == tokWord && len(w) <= 16 {
			var buf [32]byte
			if dayFirstWords[string(foldCase(buf[:0], w))] {
				return true
			}
		}
	}
	return false
}

// dateParts is a date being matched: calendar fields, an optional clock and
// an optional zone, checked only when turned into a time.Time.
type dateParts struct {
	year, month, day     int
	hour, min, sec, nsec int
	hasTime              bool
	needTime             bool // a two-digit year after a month name is a date only with a time (RFC 822)
	zone
}

// A zone is a time zone read from the input. When dst is set the zone is a
// US generic one (ET): loc is its standard time and dst its daylight time.
type zone struct {
	loc, dst *time.Location
}

// A clock is a time of day read from the input.
type clock struct {
	hour, min, sec, nsec int
	weak                 bool // "10.30" or "1619": a time only when a zone follows
}

func (d *dateParts) setClock(c clock) {
	d.hour, d.min, d.sec, d.nsec, d.hasTime = c.hour, c.min, c.sec, c.nsec, true
}

// time checks the parts and builds the time, ok=false when the date is
// impossible or implausible.
func (d *dateParts) time() (time.Time, bool) {
	if d.year < minDateYear || d.year > maxDateYear || d.month < 1 || d.month > 12 ||
		d.day < 1 || d.day > daysIn(d.month, d.year) {
		return time.Time{}, false
	}
	loc := d.loc
	if d.dst != nil && usDaylight(d) {
		loc = d.dst
	}
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(d.year, time.Month(d.month), d.day, d.hour, d.min, d.sec, d.nsec, loc), true
}

// daysIn returns the number of days of a month.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// usDaylight reports whether the wall time of d falls in US daylight saving
// time: from the second Sunday of March to the first Sunday of November at
// 2:00 since 2007, from the first Sunday of April to the last Sunday of
// October before.
func usDaylight(d *dateParts) bool {
	y := d.year
	start := time.Date(y, time.March, nthSunday(y, time.March, 2), 2, 0, 0, 0, time.UTC)
	end := time.Date(y, time.November, nthSunday(y, time.November, 1), 2, 0, 0, 0, time.UTC)
	if y < 2007 {
		start = time.Date(y, time.April, nthSunday(y, time.April, 1), 2, 0, 0, 0, time.UTC)
		last := time.Date(y, time.October, 31, 0, 0, 0, 0, time.UTC)
		end = time.Date(y, time.October, 31-int(last.Weekday()), 2, 0, 0, 0, time.UTC)
	}
	wall := time.Date(y, time.Month(d.month), d.day, d.hour, d.min, 0, 0, time.UTC)
	return !wall.Before(start) && wall.Before(end)
}

// nthSunday returns the day of the month of its n-th Sunday.
func nthSunday(year int, month time.Month, n int) int {
	wd := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC).Weekday()
	return 1 + (7-int(wd))%7 + 7*(n-1)
}

// twoDigitYear reads "19" as 2019 and "98" as 1998.
func twoDigitYear(v int) int {
	if v >= 90 {
		return 1900 + v
	}
	return 2000 + v
}
