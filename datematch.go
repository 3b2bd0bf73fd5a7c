package news

import (
	"strings"
	"time"
)

// matchAt reads a date, with any time and zone, from the start of toks and
// returns it with the number of tokens it used. compact allows 20191119.
func matchAt(s string, toks []dateToken, compact, dayFirst bool) (dateParts, int, bool) {
	m := matcher{s: s, toks: toks, dayFirst: dayFirst}
	if d, n, ok := m.timeThenDate(); ok {
		return d, n, true
	}
	d, n, ok := m.date(0, compact)
	if !ok {
		return d, 0, false
	}
	if !d.hasTime {
		n = m.timeAfter(&d, n)
	}
	if d.needTime && !d.hasTime {
		return d, 0, false
	}
	return d, n, true
}

// date reads a calendar date at dateToken i in any of its forms.
func (m *matcher) date(i int, compact bool) (dateParts, int, bool) {
	t := m.at(i)
	switch {
	case t.kind == tokNum && t.digits == 4:
		return m.yearFirst(i)
	case t.kind == tokNum && t.digits <= 2:
		if d, n, ok := m.numericDMY(i); ok {
			return d, n, true
		}
		return m.dayMonthName(i)
	case t.kind == tokNum && t.digits == 8 && compact:
		return m.compactDate(i)
	case t.kind == tokWord:
		if mo := m.month(i); mo > 0 {
			return m.monthDayYear(i, mo)
		}
	}
	return dateParts{}, 0, false
}

// yearFirst reads 2019-11-19, 2019/11/19, 2019.11.19, "2021. 3. 23.",
// 2019-Nov-19 and 2021年3月23日 / 2021년 3월 23일.
func (m *matcher) yearFirst(i int) (dateParts, int, bool) {
	d := dateParts{year: m.at(i).val}
	if w := m.text(i + 1); w == "年" || w == "년" {
		return m.cjkDate(d, i+2)
	}
	sep := m.at(i + 1)
	if sep.kind != tokPunct || sep.space || !strings.ContainsRune("-/._", rune(sep.val)) {
		return d, 0, false
	}
	spaced := sep.val == '.' // Korean style allows "2021. 3. 23."
	if mo, ok := m.num(i+2, 1, 2); ok && (spaced || m.glued(i+2)) {
		d.month = mo
	} else if mo := m.month(i + 2); mo > 0 && m.glued(i+2) {
		d.month = mo
	} else {
		return d, 0, false
	}
	day, ok := m.num(i+4, 1, 2)
	if !ok || !m.punct(i+3, rune(sep.val)) || !m.glued(i+3) || !spaced && !m.glued(i+4) {
		return d, 0, false
	}
	d.day = day
	end := i + 5
	if spaced && m.punct(end, '.') && m.glued(end) && m.at(end+1).kind != tokNum {
		end++
	}
	return d, end, true
}

// cjkDate reads the month and day of 2021年03月23日 after the year mark.
func (m *matcher) cjkDate(d dateParts, j int) (dateParts, int, bool) {
	mo, ok1 := m.num(j, 1, 2)
	day, ok2 := m.num(j+2, 1, 2)
	mw, dw := m.text(j+1), m.text(j+3)
	if !ok1 || !ok2 || mw != "月" && mw != "월" || dw != "日" && dw != "일" {
		return d, 0, false
	}
	d.month, d.day = mo, day
	return d, j + 4, true
}

// numericDMY reads 19/11/2019, 11/19/2019, 11/19/19, 19.11.2019 and
// 19-11-2019, choosing the order as the file comment says.
func (m *matcher) numericDMY(i int) (dateParts, int, bool) {
	sep := m.at(i + 1)
	if sep.kind != tokPunct || sep.space || sep.val != '/' && sep.val != '.' && sep.val != '-' {
		return dateParts{}, 0, false
	}
	b, ok := m.num(i+2, 1, 2)
	y := m.at(i + 4)
	if !ok || !m.glued(i+2) || !m.punct(i+3, rune(sep.val)) || !m.glued(i+3) ||
		y.kind != tokNum || y.space {
		return dateParts{}, 0, false
	}
	year := y.val
	switch {
	case y.digits == 4:
	case y.digits == 2 && sep.val == '/':
		year = twoDigitYear(y.val)
	default:
		return dateParts{}, 0, false
	}
	a := m.at(i).val
	day, month := a, b
	if sep.val == '/' && !m.dayFirst {
		day, month = b, a
	}
	if a > 12 {
		day, month = a, b
	} else if b > 12 {
		day, month = b, a
	}
	return dateParts{year: year, month: month, day: day}, i + 5, true
}

// dayMonthName reads 19 November 2019, 19th of Nov, 2019, 19. November
// 2019, 19 de noviembre de 2019, 19-Nov-2019 and 19-Nov-19.
func (m *matcher) dayMonthName(i int) (dateParts, int, bool) {
	d := dateParts{day: m.at(i).val}
	j := i + 1
	if m.glued(j) && m.isOrdinal(j) {
		j++
	}
	sep := rune(m.at(j).val)
	hyphen := (sep == '-' || sep == '/') && m.at(j).kind == tokPunct && m.glued(j)
	if hyphen || m.punct(j, '.') {
		j++
	}
	if !hyphen && m.isWord(j, "de", "of", "del") {
		j++
	}
	if d.month = m.month(j); d.month == 0 {
		return d, 0, false
	}
	j++
	if hyphen {
		if !m.punct(j, sep) || !m.glued(j) {
			return d, 0, false
		}
		j++
	} else {
		if m.punct(j, '.') {
			j++
		}
		if m.punct(j, ',') {
			j++
		}
		if m.isWord(j, "de", "del") {
			j++
		}
	}
	y := m.at(j)
	switch {
	case y.kind == tokNum && y.digits == 4:
		d.year = y.val
	case y.kind == tokNum && y.digits == 2:
		d.year, d.needTime = twoDigitYear(y.val), !hyphen
	default:
		return d, 0, false
	}
	return d, j + 1, true
}

// monthDayYear reads November 19, 2019, Nov. 19th 2019 and the ANSI C and
// Unix forms Nov 19 10:30:00 [UTC] 2019, from the month name at dateToken i.
func (m *matcher) monthDayYear(i, month int) (dateParts, int, bool) {
	d := dateParts{month: month}
	j := i + 1
	if m.punct(j, '.') {
		j++
	}
	day, ok := m.num(j, 1, 2)
	if !ok {
		return d, 0, false
	}
	d.day = day
	j++
	if m.glued(j) && m.isOrdinal(j) {
		j++
	}
	if m.punct(j, ',') {
		j++
	}
	if y, ok := m.num(j, 4, 4); ok {
		d.year = y
		return d, j + 1, true
	}
	c, e, ok := m.clock(j)
	if !ok || c.weak {
		return d, 0, false
	}
	if z, ze, ok := m.zone(e); ok {
		d.zone, e = z, ze
	}
	y, ok := m.num(e, 4, 4)
	if !ok {
		return d, 0, false
	}
	d.year = y
	d.setClock(c)
	return d, e + 1, true
}

// compactDate reads the ISO basic forms 20191119 and 20191119T103000Z.
func (m *matcher) compactDate(i int) (dateParts, int, bool) {
	v := m.at(i).val
	d := dateParts{year: v / 10000, month: v / 100 % 100, day: v % 100}
	j := i + 1
	t := m.at(j + 1)
	if !m.isWord(j, "T") || !m.glued(j) || t.kind != tokNum || t.space || t.digits != 4 && t.digits != 6 {
		return d, j, true
	}
	c := clock{hour: t.val / 100, min: t.val % 100}
	if t.digits == 6 {
		c = clock{hour: t.val / 10000, min: t.val / 100 % 100, sec: t.val % 100}
	}
	if c.hour > 23 || c.min > 59 || c.sec > 59 {
		return d, j, true
	}
	d.setClock(c)
	j += 2
	if z, e, ok := m.zone(j); ok {
		d.zone, j = z, e
	}
	return d, j, true
}

// timeAfter reads an optional time and zone after a date that ends at
// dateToken n ("T10:30:00Z", ", 4:30 p.m. ET", "à 16h30", "10.30 GMT") and
// returns where the match ends.
func (m *matcher) timeAfter(d *dateParts, n int) int {
	j := n
	for k := 0; k < 3; k++ {
		t := m.at(j)
		if t.kind == tokPunct && strings.ContainsRune(",|@-–—·•/", rune(t.val)) ||
			m.isWord(j, "T", "at", "a", "las", "à", "às", "alle", "ore", "om", "um", "kl") {
			j++
			continue
		}
		break
	}
	c, e, ok := m.clock(j)
	if !ok {
		return n
	}
	z, ze, hasZone := m.zone(e)
	if c.weak && !hasZone {
		return n
	}
	d.setClock(c)
	if hasZone {
		d.zone, e = z, ze
	}
	return e
}

// timeThenDate reads a time, an optional zone and then a date: "10:02 AM
// EST Nov 19, 2019", "1619 GMT (0019 HKT) November 19, 2019".
func (m *matcher) timeThenDate() (dateParts, int, bool) {
	c, j, ok := m.clock(0)
	if !ok {
		return dateParts{}, 0, false
	}
	z, e, hasZone := m.zone(j)
	if t := m.at(j); hasZone && t.kind == tokPunct && t.val != '(' && !t.space {
		return dateParts{}, 0, false // "10:30-11:30" is a range, not an offset
	}
	if hasZone {
		j = e
	} else if c.weak {
		return dateParts{}, 0, false
	}
	for k := 0; k < 5; k++ {
		t := m.at(j)
		switch {
		case t.kind == tokPunct && t.val == '(':
			if e := m.closeParen(j); e > 0 {
				j = e
				continue
			}
		case t.kind == tokPunct && strings.ContainsRune(",|-–—·•/", rune(t.val)),
			m.isWord(j, "on", "le", "am", "el", "em", "il", "op", "feira"), m.isWeekday(j):
			j++
			continue
		}
		break
	}
	d, n, ok := m.date(j, false)
	if !ok || d.hasTime {
		return d, 0, false
	}
	d.setClock(c)
	if hasZone {
		d.zone = z
	}
	return d, n, true
}

// closeParen returns the dateToken after the ")" that closes the "(" at i
// within a few tokens, or 0.
func (m *matcher) closeParen(i int) int {
	for j := i + 1; j < i+6; j++ {
		if m.punct(j, ')') {
			return j + 1
		}
	}
	return 0
}

// clock reads a time of day at dateToken i: 16:30, 16:30:05.25, 4:30pm,
// 4:30 p.m., 4 PM, 16h30, 10時30分, 下午3:30, and the weak forms 10.30 and
// 1619. It returns the time and the dateToken after it.
func (m *matcher) clock(i int) (clock, int, bool) {
	var c clock
	half, i := m.cjkMeridiem(i)
	t := m.at(i)
	if t.kind != tokNum || t.digits > 4 || t.digits == 3 {
		return c, 0, false
	}
	c.hour = t.val
	j := i + 1
	bare := false
	switch {
	case t.digits == 4:
		c.hour, c.min, c.weak = t.val/100, t.val%100, true
	case m.sepNum(j, ':'):
		c.min = m.at(j + 1).val
		j += 2
		if m.sepNum(j, ':') {
			c.sec = m.at(j + 1).val
			j += 2
			if f := m.at(j + 1); (m.punct(j, '.') || m.punct(j, ',')) && m.glued(j) && f.kind == tokNum && !f.space {
				c.nsec = f.val
				for k := min(f.digits, 9); k < 9; k++ {
					c.nsec *= 10
				}
				j += 2
			}
		}
	case m.sepNum(j, '.'):
		c.min, c.weak = m.at(j+1).val, true
		j += 2
	case m.isWord(j, "h") && m.glued(j) && m.glued(j+1) && m.at(j+1).digits == 2:
		c.min = m.at(j + 1).val
		j += 2
	case isCJKHour(m.text(j)):
		j++
		if mn, ok := m.num(j, 1, 2); ok && isCJKMinute(m.text(j+1)) {
			c.min = mn
			j += 2
		}
	default:
		bare = true
	}
	if half == 0 {
		half, j = m.meridiem(j)
	}
	if half != 0 {
		if c.hour <= 12 {
			c.hour %= 12
			if half == 2 {
				c.hour += 12
			}
		} else if half == 1 {
			return c, 0, false
		}
		c.weak = false
	} else if bare {
		return c, 0, false
	}
	if c.hour > 23 || c.min > 59 || c.sec > 59 {
		return c, 0, false
	}
	return c, j, true
}

// meridiem reads "am", "PM", "a.m." or "p. m." at dateToken j and returns 1
// for am, 2 for pm (0 for neither) and the dateToken after it.
func (m *matcher) meridiem(j int) (int, int) {
	half := 0
	end := j + 1
	switch {
	case m.isWord(j, "am"):
		half = 1
	case m.isWord(j, "pm"):
		half = 2
	case m.isWord(j, "a", "p") && m.punct(j+1, '.') && m.glued(j+1) && m.isWord(j+2, "m"):
		half, end = 1, j+3
		if m.isWord(j, "p") {
			half = 2
		}
	default:
		return 0, j
	}
	if m.punct(end, '.') && m.glued(end) {
		end++
	}
	return half, end
}

// cjkMeridiem reads 午前/上午/오전 (am) or 午後/下午/오후 (pm) before a time.
func (m *matcher) cjkMeridiem(i int) (int, int) {
	if m.at(i).kind != tokWord || m.at(i+1).kind != tokWord {
		return 0, i
	}
	switch m.text(i) + m.text(i+1) {
	case "午前", "上午", "오전":
		return 1, i + 2
	case "午後", "午后", "下午", "오후":
		return 2, i + 2
	}
	return 0, i
}

// zone reads a time zone at dateToken i: "Z", "UTC", "GMT+8", an abbreviation
// such as "EST" or "(ET)", or an offset "+0530", "-05:00", "-05".
func (m *matcher) zone(i int) (zone, int, bool) {
	t := m.at(i)
	switch t.kind {
	case tokPunct:
		if t.val == '(' {
			if z, e, ok := m.zoneName(i + 1); ok && m.punct(e, ')') {
				return z, e + 1, true
			}
			return zone{}, 0, false
		}
		return m.offset(i, !t.space)
	case tokWord:
		return m.zoneName(i)
	}
	return zone{}, 0, false
}

func (m *matcher) zoneName(i int) (zone, int, bool) {
	t := m.at(i)
	if t.kind != tokWord {
		return zone{}, 0, false
	}
	switch name := m.text(i); name {
	case "Z":
		if !t.space {
			return zone{loc: time.UTC}, i + 1, true
		}
	case "UTC", "GMT", "UT":
		if z, e, ok := m.offset(i+1, true); ok && m.glued(i+1) {
			return z, e, true
		}
		return zone{loc: time.UTC}, i + 1, true
	default:
		if z, ok := zoneAbbrevs[name]; ok {
			return z, i + 1, true
		}
	}
	return zone{}, 0, false
}

// offset reads a signed offset from UTC at dateToken i: +hhmm, +hh:mm, and +hh
// when short is set (after GMT, or glued to the time as in ISO 8601).
func (m *matcher) offset(i int, short bool) (zone, int, bool) {
	sign, n := m.at(i), m.at(i+1)
	if sign.kind != tokPunct || sign.val != '+' && sign.val != '-' && sign.val != '−' ||
		n.kind != tokNum || n.space {
		return zone{}, 0, false
	}
	h, mm, e := n.val, 0, i+2
	switch {
	case n.digits == 4:
		h, mm = n.val/100, n.val%100
	case n.digits > 2:
		return zone{}, 0, false
	case m.sepNum(e, ':'):
		mm = m.at(e + 1).val
		e += 2
	case !short:
		return zone{}, 0, false
	}
	if h > 14 || mm > 59 {
		return zone{}, 0, false
	}
	off := (h*60 + mm) * 60
	if sign.val != '+' {
		off = -off
	}
	if off == 0 {
		return zone{loc: time.UTC}, e, true
	}
	return zone{loc: time.FixedZone("", off)}, e, true
}

// urlDate reads a date in a URL at the first dateToken: 2019/11/19, 2019-11-19,
// 2019_11_19, 2019/nov/19 or 20191119.
func (m *matcher) urlDate() (dateParts, bool) {
	t := m.at(0)
	if t.digits == 8 {
		return dateParts{year: t.val / 10000, month: t.val / 100 % 100, day: t.val % 100}, true
	}
	sep := m.at(1)
	if t.digits != 4 || sep.kind != tokPunct || !strings.ContainsRune("/-_.", rune(sep.val)) ||
		!m.punct(3, rune(sep.val)) {
		return dateParts{}, false
	}
	d := dateParts{year: t.val}
	if mo, ok := m.num(2, 1, 2); ok {
		d.month = mo
	} else if d.month = m.month(2); d.month == 0 {
		return d, false
	}
	day, ok := m.num(4, 1, 2)
	d.day = day
	return d, ok
}

// isOrdinal reports whether dateToken i is an ordinal suffix: 19th, 1er, 1º.
func (m *matcher) isOrdinal(i int) bool {
	return m.isWord(i, "st", "nd", "rd", "th", "er", "re", "e", "º", "ª", "o")
}

func (m *matcher) isWeekday(i int) bool {
	if m.at(i).kind != tokWord {
		return false
	}
	var buf [32]byte
	w := m.text(i)
	return len(w) <= 16 && weekdayNames[string(foldCase(buf[:0], w))]
}

func isCJKHour(w string) bool   { return w == "時" || w == "时" || w == "시" }
func isCJKMinute(w string) bool { return w == "分" || w == "분" }
