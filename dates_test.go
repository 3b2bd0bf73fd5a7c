package news

import (
	"strings"
	"testing"
	"time"
)

// A dateCase is one input and the time expected from it, in RFC 3339 with
// the offset the page gave; an empty want means no date.
type dateCase struct {
	in, want string
}

var parseDateCases = []dateCase{
	// ISO 8601 and RFC 3339.
	{"2019-11-19T10:30:00Z", "2019-11-19T10:30:00Z"},
	{"2019-11-19T10:30Z", "2019-11-19T10:30:00Z"},
	{"2019-11-19T10:30:00.123456789Z", "2019-11-19T10:30:00.123456789Z"},
	{"2019-11-19T10:30:00.5+05:30", "2019-11-19T10:30:00.5+05:30"},
	{"2019-11-19T10:30:00+0000", "2019-11-19T10:30:00Z"},
	{"2019-11-19T10:30:00+00:00", "2019-11-19T10:30:00Z"},
	{"2019-11-19T10:30:00-05:00", "2019-11-19T10:30:00-05:00"},
	{"2019-11-19T10:30:00-05", "2019-11-19T10:30:00-05:00"},
	{"2019-11-19 10:30:00", "2019-11-19T10:30:00Z"},
	{"2019-11-19 10:30:00 +0100", "2019-11-19T10:30:00+01:00"},
	{"2019-11-19 10:30:00 +0000 UTC", "2019-11-19T10:30:00Z"},
	{"  2019-11-19  ", "2019-11-19T00:00:00Z"},
	{"20191119", "2019-11-19T00:00:00Z"},
	{"20191119T103000Z", "2019-11-19T10:30:00Z"},
	{"2019/11/19", "2019-11-19T00:00:00Z"},
	{"2019.11.19", "2019-11-19T00:00:00Z"},
	// RFC 1123, 822, 850, ANSI C and their relatives.
	{"Tue, 19 Nov 2019 10:30:00 GMT", "2019-11-19T10:30:00Z"},
	{"Tue, 19 Nov 2019 10:30:00 -0500", "2019-11-19T10:30:00-05:00"},
	{"19 Nov 19 10:30 EST", "2019-11-19T10:30:00-05:00"},
	{"Tuesday, 19-Nov-19 10:30:00 GMT", "2019-11-19T10:30:00Z"},
	{"Tue Nov 19 10:30:00 2019", "2019-11-19T10:30:00Z"},
	{"Tue Nov 19 10:30:00 PST 2019", "2019-11-19T10:30:00-08:00"},
	{"Tue Nov 19 10:30:00 -0800 2019", "2019-11-19T10:30:00-08:00"},
	{"Tue Nov 19 2019 10:30:00 GMT-0500 (Eastern Standard Time)", "2019-11-19T10:30:00-05:00"},
	// Month names.
	{"November 19, 2019", "2019-11-19T00:00:00Z"},
	{"Nov. 19, 2019", "2019-11-19T00:00:00Z"},
	{"Nov 19 2019", "2019-11-19T00:00:00Z"},
	{"Sept. 5, 2019", "2019-09-05T00:00:00Z"},
	{"19 November 2019", "2019-11-19T00:00:00Z"},
	{"Tuesday, 19 November 2019", "2019-11-19T00:00:00Z"},
	{"Tue 19 Nov 2019 10.30 GMT", "2019-11-19T10:30:00Z"},
	{"19th November 2019", "2019-11-19T00:00:00Z"},
	{"the 1st of March, 2020", "2020-03-01T00:00:00Z"},
	{"November 19th, 2019 at 4:30pm", "2019-11-19T16:30:00Z"},
	{"Nov 19, 2019 4 PM", "2019-11-19T16:00:00Z"},
	{"Nov 19, 2019, 12:15 a.m.", "2019-11-19T00:15:00Z"},
	{"Nov 19, 2019 12:15 p. m.", "2019-11-19T12:15:00Z"},
	{"19-Nov-2019", "2019-11-19T00:00:00Z"},
	// All-numeric day and month.
	{"19/11/2019", "2019-11-19T00:00:00Z"},
	{"11/19/2019", "2019-11-19T00:00:00Z"},
	{"11/19/19", "2019-11-19T00:00:00Z"},
	{"03/04/2019", "2019-03-04T00:00:00Z"},
	{"03.04.2019", "2019-04-03T00:00:00Z"},
	{"03-04-2019", "2019-04-03T00:00:00Z"},
	{"19.11.2019 16:30", "2019-11-19T16:30:00Z"},
	{"Publié le 05/11/2019", "2019-11-05T00:00:00Z"},
	// Unix time.
	{"1574159400", "2019-11-19T10:30:00Z"},
	{"1574159400123", "2019-11-19T10:30:00.123Z"},
	// Chinese, Japanese, Korean.
	{"2021年03月23日", "2021-03-23T00:00:00Z"},
	{"2021年3月23日 10時30分", "2021-03-23T10:30:00Z"},
	{"2021年03月23日 10时30分", "2021-03-23T10:30:00Z"},
	{"发布时间：2021年03月23日 下午3:05", "2021-03-23T15:05:00Z"},
	{"2021년 3월 23일", "2021-03-23T00:00:00Z"},
	{"2021년 3월 23일 오후 3:30", "2021-03-23T15:30:00Z"},
	{"2021. 3. 23. 오전 9:05", "2021-03-23T09:05:00Z"},
	// Other languages.
	{"19 novembre 2019", "2019-11-19T00:00:00Z"},
	{"1er février 2020 à 16h30", "2020-02-01T16:30:00Z"},
	{"mardi 19 novembre 2019", "2019-11-19T00:00:00Z"},
	{"19. März 2020", "2020-03-19T00:00:00Z"},
	{"Dienstag, 19. November 2019, 16:30 Uhr", "2019-11-19T16:30:00Z"},
	{"19.11.2019 um 16:30", "2019-11-19T16:30:00Z"},
	{"19 de noviembre de 2019", "2019-11-19T00:00:00Z"},
	{"martes, 19 de noviembre de 2019 a las 10:30", "2019-11-19T10:30:00Z"},
	{"19 de novembro de 2019 às 10h30", "2019-11-19T10:30:00Z"},
	{"5 de março de 2020", "2020-03-05T00:00:00Z"},
	{"19 novembre 2019 alle ore 10:30", "2019-11-19T10:30:00Z"},
	{"3 giugno 2020", "2020-06-03T00:00:00Z"},
	{"19 november 2019 om 10:30", "2019-11-19T10:30:00Z"},
	{"5 mrt 2020", "2020-03-05T00:00:00Z"},
	// Prefixes.
	{"Published: Nov 19, 2019", "2019-11-19T00:00:00Z"},
	{"Posted on November 19, 2019", "2019-11-19T00:00:00Z"},
	{"Updated 19 Nov 2019", "2019-11-19T00:00:00Z"},
	{"First published on Tue 19 Nov 2019 10.30 GMT", "2019-11-19T10:30:00Z"},
	// Zones, with US daylight saving for ET and PT.
	{"Nov 19, 2019 4:30 p.m. ET", "2019-11-19T16:30:00-05:00"},
	{"Jul 4, 2019 10:00 AM ET", "2019-07-04T10:00:00-04:00"},
	{"Mar 10, 2019 1:59 AM ET", "2019-03-10T01:59:00-05:00"},
	{"Mar 10, 2019 3:00 AM ET", "2019-03-10T03:00:00-04:00"},
	{"Nov 3, 2019 2:30 AM ET", "2019-11-03T02:30:00-05:00"},
	{"Mar 20, 2006 10:00 AM ET", "2006-03-20T10:00:00-05:00"},
	{"Jul 4, 2006 10:00 AM PT", "2006-07-04T10:00:00-07:00"},
	{"Jul 4, 2019 10:00 AM EST", "2019-07-04T10:00:00-05:00"},
	{"Nov 19, 2019 10:30 CST", "2019-11-19T10:30:00-06:00"},
	{"19 Nov 2019 10:30 IST", "2019-11-19T10:30:00+05:30"},
	{"19 Nov 2019 10:30 JST", "2019-11-19T10:30:00+09:00"},
	{"19 Nov 2019 10:30 AEDT", "2019-11-19T10:30:00+11:00"},
	{"19 Nov 2019 10:30 CET", "2019-11-19T10:30:00+01:00"},
	{"19 Nov 2019 10:30 UTC+05:30", "2019-11-19T10:30:00+05:30"},
	{"19 Nov 2019 10:30 GMT+8", "2019-11-19T10:30:00+08:00"},
	{"Nov 19, 2019 10:30 (ET)", "2019-11-19T10:30:00-05:00"},
	// A time before the date.
	{"10:02 AM EST Nov 19, 2019", "2019-11-19T10:02:00-05:00"},
	{"Updated 12:05 PM GMT+8, Tue November 19, 2019", "2019-11-19T12:05:00+08:00"},
	{"Updated 1619 GMT (0019 HKT) November 19, 2019", "2019-11-19T16:19:00Z"},
	// Not dates.
	{"", ""},
	{"2023/12", ""},
	{"2023-12", ""},
	{"2019", ""},
	{"Nov 2019", ""},
	{"November 19", ""},
	{"19 November", ""},
	{"v2.10.3", ""},
	{"1,000", ""},
	{"10:30", ""},
	{"4:30 p.m.", ""},
	{"since 2006", ""},
	{"© 2019", ""},
	{"© 2019-11-19", ""},
	{"Copyright 2019", ""},
	{"555-123-4567", ""},
	{"(212) 555-1234", ""},
	{"1989-06-04", ""},
	{"2101-01-01", ""},
	{"2019-02-29", ""},
	{"2019-13-01", ""},
	{"2020-02-30", ""},
	{"Nov 31, 2019", ""},
	{"31/31/2019", ""},
	{"2019-11-19T25:00:00Z", "2019-11-19T00:00:00Z"}, // the date stands, the bad time is dropped
	{"123456789012", ""},
	{"99999999999", ""},
	{"12345678", ""},
	{"3 days ago", ""},
	{"hello world", ""},
	{"19 Nov 19 things", ""},
}

var dateInTextCases = []dateCase{
	{"By Jane Doe | Nov. 19, 2019 4:30 p.m. ET", "2019-11-19T16:30:00-05:00"},
	{"Published 10:02 AM EST Nov 19, 2019", "2019-11-19T10:02:00-05:00"},
	{"Updated: 19/11/2019", "2019-11-19T00:00:00Z"},
	{"By Sarah Lee on 11/19/2019 at 9:00 AM", "2019-11-19T09:00:00Z"},
	{"WASHINGTON, Nov 19 (Reuters) - Published November 19, 2019 10:05 AM", "2019-11-19T10:05:00Z"},
	{"© 2019 Example Corp. Published November 19, 2019", "2019-11-19T00:00:00Z"},
	{"发布时间：2021-03-23 10:30 来源：新华社", "2021-03-23T10:30:00Z"},
	{"2021年03月23日发布", "2021-03-23T00:00:00Z"},
	{"Le 05/11/2019 à 10h30", "2019-11-05T10:30:00Z"},
	{"el 05/11/2019", "2019-11-05T00:00:00Z"},
	{"From 19/11/2019-20/11/2019", "2019-11-19T00:00:00Z"},
	{"Posted: Tuesday, November 19th, 2019 | 3 comments", "2019-11-19T00:00:00Z"},
	{"Stand: 19.11.2019, 16:30 Uhr", "2019-11-19T16:30:00Z"},
	{strings.Repeat("lorem 12 ipsum, ", 500) + "Nov 19, 2019", "2019-11-19T00:00:00Z"},
	{"Member since March 3, 2015", ""},
	{"(c) 2019-11-19 Example", ""},
	{"Call 555-123-4567 or 212-555-0199", ""},
	{"Version v2.10.3 released", ""},
	{"build 19.11.2019.5", ""},
	{"Sold 1,000 copies in 2019", ""},
	{"The meeting is at 10:30 tomorrow", ""},
	{"Serving readers since 2006", ""},
	{"The Nov 2019 issue", ""},
	{"Posted 5 days ago", ""},
	{"Archive: 2023/12", ""},
	{"host 10.11.12.13", ""},
	{"10.30 GMT", ""},
	{"10:30-11:30 talks", ""},
}

var dateFromURLCases = []dateCase{
	{"https://www.example.com/2019/11/19/politics/story.html", "2019-11-19T00:00:00Z"},
	{"https://example.com/news/2019-11-19-some-title", "2019-11-19T00:00:00Z"},
	{"https://example.com/world/2019/nov/19/slug", "2019-11-19T00:00:00Z"},
	{"https://example.com/a/20191119/slug", "2019-11-19T00:00:00Z"},
	{"https://example.com/article_20191119.html", "2019-11-19T00:00:00Z"},
	{"https://example.com/2019_11_19/x", "2019-11-19T00:00:00Z"},
	{"https://example.com/search?date=2019-11-19", "2019-11-19T00:00:00Z"},
	{"//example.com/2019/11/19/x", "2019-11-19T00:00:00Z"},
	{"/2019/1/9/x", "2019-01-09T00:00:00Z"},
	{"https://example.com/1234/2019/11/19/x", "2019-11-19T00:00:00Z"},
	{"https://example.com/2019/11/slug", ""},
	{"https://example.com/2019/slug", ""},
	{"https://example.com/1985/11/19/x", ""},
	{"https://example.com/2019/13/19/x", ""},
	{"https://example.com/2019/02/30/", ""},
	{"https://example.com/story/12345678", ""},
	{"https://example.com/p/123456789", ""},
	{"https://2019-11-19.example.com/page", ""},
	{"https://example.com/page#2019-11-19", ""},
	{"https://example.com", ""},
	{"", ""},
}

// checkDate reports a mismatch between a result and a case's want, comparing
// the instant and the zone offset.
func checkDate(t *testing.T, fn string, c dateCase, got time.Time, ok bool) {
	t.Helper()
	if c.want == "" {
		if ok {
			t.Errorf("%s(%q) = %s, want no date", fn, c.in, got.Format(time.RFC3339Nano))
		}
		return
	}
	want, err := time.Parse(time.RFC3339Nano, c.want)
	if err != nil {
		t.Fatalf("bad want %q: %v", c.want, err)
	}
	if !ok {
		t.Errorf("%s(%q) found no date, want %s", fn, c.in, c.want)
		return
	}
	_, gotOff := got.Zone()
	_, wantOff := want.Zone()
	if !got.Equal(want) || gotOff != wantOff {
		t.Errorf("%s(%q) = %s, want %s", fn, c.in, got.Format(time.RFC3339Nano), c.want)
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range parseDateCases {
		got, ok := parseDate(c.in)
		checkDate(t, "parseDate", c, got, ok)
	}
}

// TestDateInTextFindsParseDateForms checks that every date parseDate reads
// is also found inside a sentence, except the forms that need a whole
// string to themselves.
func TestDateInTextFindsParseDateForms(t *testing.T) {
	for _, c := range parseDateCases {
		if c.want == "" || isDigits(strings.TrimSpace(c.in)) || strings.HasPrefix(c.in, "20191119") {
			continue
		}
		got, ok := dateInText("Lorem ipsum. " + c.in + " and so on")
		checkDate(t, "dateInText", c, got, ok)
	}
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func TestDateInText(t *testing.T) {
	for _, c := range dateInTextCases {
		got, ok := dateInText(c.in)
		checkDate(t, "dateInText", c, got, ok)
	}
}

// TestDateInTextWindow puts a date after every number of tokens up to a few
// windows' worth, so matches that straddle a refill of the dateToken buffer are
// tested.
func TestDateInTextWindow(t *testing.T) {
	c := dateCase{want: "2019-11-19T16:30:00-05:00"}
	for n := range 3 * lookahead {
		c.in = strings.Repeat("a ", n) + "Nov. 19, 2019 4:30 p.m. ET"
		got, ok := dateInText(c.in)
		checkDate(t, "dateInText", c, got, ok)
	}
}

func TestDateFromURL(t *testing.T) {
	for _, c := range dateFromURLCases {
		got, ok := dateFromURL(c.in)
		checkDate(t, "dateFromURL", c, got, ok)
	}
}

// TestParseDateRoundTrip formats instants across the plausible years with
// the standard layouts and reads them back.
func TestParseDateRoundTrip(t *testing.T) {
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.DateTime, time.RFC1123, time.RFC1123Z, time.RFC822,
		time.RFC822Z, time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate,
		"January 2, 2006 3:04 PM MST", "Monday, 2 January 2006 15:04 -07:00",
		"Jan. 2, 2006 3:04 pm", "2006年01月02日 15時04分", "2.1.2006 15:04", "2006/01/02 15:04:05",
	}
	est := time.FixedZone("EST", -5*3600)
	start := time.Date(minDateYear, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; ; i++ {
		tm := start.Add(time.Duration(i) * 853 * time.Hour).Add(time.Duration(i%60) * time.Minute)
		if tm.Year() > maxDateYear {
			break
		}
		if i%2 == 1 {
			tm = tm.In(est)
		}
		for _, layout := range layouts {
			if strings.Contains(layout, " 06 ") || strings.Contains(layout, "-06 ") {
				if tm.Year() >= 2090 {
					continue // two-digit years 90-99 read as the 1990s
				}
			}
			s := tm.Format(layout)
			want := tm.Truncate(time.Minute)
			if strings.Contains(layout, ":05") {
				want = tm
			}
			if !strings.Contains(layout, "MST") && !strings.Contains(layout, "07") {
				want = time.Date(want.Year(), want.Month(), want.Day(), want.Hour(), want.Minute(),
					want.Second(), want.Nanosecond(), time.UTC) // no zone written: UTC
			}
			got, ok := parseDate(s)
			checkDate(t, "parseDate", dateCase{s, want.Format(time.RFC3339Nano)}, got, ok)
		}
	}
}

// junkText returns about n bytes of text full of near-dates and no date.
func junkText(n int) string {
	const unit = "Nov. 19, v2.10.3 at 12:30 pm 2023/12 1,000 copies; call 555-123-4567 (GMT+8) " +
		"10.30 19 November 年 月 © 2019 since 2006 1.2.3.4 11/19 T10:30 Dienstag, 19. "
	return strings.Repeat(unit, n/len(unit)+1)
}

func TestDateInTextJunk(t *testing.T) {
	if got, ok := dateInText(junkText(100 << 10)); ok {
		t.Errorf("dateInText(junk) = %s, want no date", got)
	}
}

func BenchmarkDateInText(b *testing.B) {
	b.Run("byline", func(b *testing.B) {
		for b.Loop() {
			dateInText("By Jane Doe | Nov. 19, 2019 4:30 p.m. ET")
		}
	})
	junk := junkText(1 << 20)
	b.Run("junk1MB", func(b *testing.B) {
		b.SetBytes(int64(len(junk)))
		for b.Loop() {
			if _, ok := dateInText(junk); ok {
				b.Fatal("found a date in junk")
			}
		}
	})
}

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		parseDate("2019-11-19T10:30:00.000-05:00")
	}
}

// FuzzParseDate checks that the date functions never panic and that every
// date they return has a plausible year.
func FuzzParseDate(f *testing.F) {
	for _, cases := range [][]dateCase{parseDateCases, dateInTextCases, dateFromURLCases} {
		for _, c := range cases {
			f.Add(c.in)
		}
	}
	fns := []struct {
		name string
		fn   func(string) (time.Time, bool)
	}{{"parseDate", parseDate}, {"dateInText", dateInText}, {"dateFromURL", dateFromURL}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, f := range fns {
			if got, ok := f.fn(s); ok && (got.Year() < minDateYear || got.Year() > maxDateYear) {
				t.Errorf("%s(%q) = %s, year out of range", f.name, s, got)
			}
		}
	})
}
