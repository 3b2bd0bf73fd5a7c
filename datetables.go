package news

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// monthOf returns the month (1-12) a month name or abbreviation stands for
// in one of the supported languages, or 0.
func monthOf(w string) int {
	if len(w) < 3 || len(w) > 16 {
		return 0
	}
	var buf [32]byte
	return monthNames[string(foldCase(buf[:0], w))]
}

// foldCase appends the lower case of w to b; for w of at most 16 bytes the
// result fits in 32.
func foldCase(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			b = b[:0]
			for _, r := range w {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// monthNames maps lower-case month names and abbreviations in English,
// French, German, Spanish, Portuguese, Italian and Dutch to month numbers.
// Accented names are also listed without their accents.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "janvier": 1, "janv": 1, "januar": 1, "jänner": 1, "jän": 1,
	"enero": 1, "ene": 1, "janeiro": 1, "gennaio": 1, "gen": 1, "januari": 1,
	"february": 2, "feb": 2, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "februar": 2,
	"febrero": 2, "fevereiro": 2, "fev": 2, "febbraio": 2, "februari": 2,
	"march": 3, "mar": 3, "mars": 3, "märz": 3, "maerz": 3, "mär": 3, "marzo": 3, "março": 3,
	"maart": 3, "mrt": 3,
	"april": 4, "apr": 4, "avril": 4, "avr": 4, "abril": 4, "abr": 4, "aprile": 4,
	"may": 5, "mai": 5, "mayo": 5, "maio": 5, "maggio": 5, "mag": 5, "mei": 5,
	"june": 6, "jun": 6, "juin": 6, "juni": 6, "junio": 6, "junho": 6, "giugno": 6, "giu": 6,
	"july": 7, "jul": 7, "juillet": 7, "juil": 7, "juli": 7, "julio": 7, "julho": 7, "luglio": 7, "lug": 7,
	"august": 8, "aug": 8, "août": 8, "aout": 8, "agosto": 8, "ago": 8, "augustus": 8,
	"september": 9, "sep": 9, "sept": 9, "septembre": 9, "septiembre": 9, "setiembre": 9,
	"setembro": 9, "set": 9, "settembre": 9,
	"october": 10, "oct": 10, "octobre": 10, "oktober": 10, "okt": 10, "octubre": 10,
	"outubro": 10, "out": 10, "ottobre": 10, "ott": 10,
	"november": 11, "nov": 11, "novembre": 11, "noviembre": 11, "novembro": 11,
	"december": 12, "dec": 12, "décembre": 12, "decembre": 12, "déc": 12, "dezember": 12,
	"dez": 12, "diciembre": 12, "dic": 12, "dezembro": 12, "dicembre": 12,
}

// weekdayNames holds lower-case weekday names and abbreviations in the same
// languages as monthNames; they may stand between a time and a date.
var weekdayNames = map[string]bool{
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true,
	"wednesday": true, "wed": true, "thursday": true, "thu": true, "thur": true, "thurs": true,
	"friday": true, "fri": true, "saturday": true, "sat": true, "sunday": true, "sun": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true,
	"samstag": true, "sonnabend": true, "sonntag": true,
	"lunes": true, "martes": true, "miércoles": true, "miercoles": true, "jueves": true,
	"viernes": true, "sábado": true, "sabado": true, "domingo": true,
	"segunda": true, "terça": true, "terca": true, "quarta": true, "quinta": true, "sexta": true,
	"lunedì": true, "lunedi": true, "martedì": true, "martedi": true, "mercoledì": true, "mercoledi": true,
	"giovedì": true, "giovedi": true, "venerdì": true, "venerdi": true, "sabato": true, "domenica": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true,
	"zaterdag": true, "zondag": true,
}

// dayFirstWords are lower-case words that introduce a date in French,
// German, Spanish, Portuguese, Italian and Dutch, where 05/11 is 5 November.
var dayFirstWords = map[string]bool{
	"le": true, "du": true, "publié": true, "publie": true, "modifié": true, "modifie": true, "jour": true,
	"vom": true, "veröffentlicht": true, "aktualisiert": true,
	"el": true, "publicado": true, "actualizado": true, "em": true, "atualizado": true,
	"il": true, "pubblicato": true, "aggiornato": true, "op": true, "gepubliceerd": true, "bijgewerkt": true,
}

// zoneAbbrevs maps upper-case zone abbreviations to fixed offsets. ET, CT,
// MT and PT carry both their standard and daylight zones. Ambiguous
// abbreviations take their most common meaning in news: CST is US Central,
// IST India, BST British Summer Time.
var zoneAbbrevs = map[string]zone{
	"EST": fixedZone("EST", -5, 0), "EDT": fixedZone("EDT", -4, 0),
	"CST": fixedZone("CST", -6, 0), "CDT": fixedZone("CDT", -5, 0),
	"MST": fixedZone("MST", -7, 0), "MDT": fixedZone("MDT", -6, 0),
	"PST": fixedZone("PST", -8, 0), "PDT": fixedZone("PDT", -7, 0),
	"ET": usZone("EST", "EDT", -5), "CT": usZone("CST", "CDT", -6),
	"MT": usZone("MST", "MDT", -7), "PT": usZone("PST", "PDT", -8),
	"AKST": fixedZone("AKST", -9, 0), "AKDT": fixedZone("AKDT", -8, 0), "HST": fixedZone("HST", -10, 0),
	"NST": fixedZone("NST", -3, -30), "NDT": fixedZone("NDT", -2, -30),
	"BRT": fixedZone("BRT", -3, 0), "ART": fixedZone("ART", -3, 0),
	"WET": fixedZone("WET", 0, 0), "WEST": fixedZone("WEST", 1, 0), "BST": fixedZone("BST", 1, 0),
	"CET": fixedZone("CET", 1, 0), "CEST": fixedZone("CEST", 2, 0),
	"MEZ": fixedZone("MEZ", 1, 0), "MESZ": fixedZone("MESZ", 2, 0),
	"EET": fixedZone("EET", 2, 0), "EEST": fixedZone("EEST", 3, 0), "MSK": fixedZone("MSK", 3, 0),
	"WAT": fixedZone("WAT", 1, 0), "CAT": fixedZone("CAT", 2, 0), "EAT": fixedZone("EAT", 3, 0),
	"SAST": fixedZone("SAST", 2, 0), "PKT": fixedZone("PKT", 5, 0), "IST": fixedZone("IST", 5, 30),
	"ICT": fixedZone("ICT", 7, 0), "WIB": fixedZone("WIB", 7, 0),
	"SGT": fixedZone("SGT", 8, 0), "HKT": fixedZone("HKT", 8, 0), "PHT": fixedZone("PHT", 8, 0),
	"AWST": fixedZone("AWST", 8, 0), "JST": fixedZone("JST", 9, 0), "KST": fixedZone("KST", 9, 0),
	"ACST": fixedZone("ACST", 9, 30), "ACDT": fixedZone("ACDT", 10, 30),
	"AEST": fixedZone("AEST", 10, 0), "AEDT": fixedZone("AEDT", 11, 0),
	"NZST": fixedZone("NZST", 12, 0), "NZDT": fixedZone("NZDT", 13, 0),
}

// fixedZone returns a named zone at a fixed offset of hours and minutes
// (both negative west of Greenwich).
func fixedZone(name string, hours, minutes int) zone {
	return zone{loc: time.FixedZone(name, (hours*60+minutes)*60)}
}

// usZone returns a US generic zone from its standard offset.
func usZone(std, dst string, hours int) zone {
	return zone{loc: time.FixedZone(std, hours*3600), dst: time.FixedZone(dst, (hours+1)*3600)}
}
