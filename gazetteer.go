package news

import (
	"embed"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The word lists the entity finder consults live in data/, one entry a
// line, "#" starting a comment line. Some are derived from the openly
// licensed gazetteers of the shared folder by internal/gazgen (names,
// cities, countries, legal suffixes; see NOTICE), the rest are written by
// hand. They are parsed once, on first use, into read-only maps.
//
//go:embed data/*.txt
var gazetteerFiles embed.FS

// A placeClass ranks how surely a name found in the gazetteer is a place.
type placeClass uint8

// The classes of place, from least to most sure.
const (
	notPlace   placeClass = iota
	smallCity             // a city of 15,000 to 300,000 people
	bigCity               // a city of 300,000 or more
	majorPlace            // a country, state, province, region, sea, planet
)

// A gazetteer holds the parsed word lists. Keys are in the form
// [nameKey] gives: lower case, periods dropped.
type gazetteer struct {
	given        sortedSet                  // first names
	surname      sortedSet                  // family names
	surnameFirst sortedSet                  // surnames of surname-first traditions
	cities       sortedSet                  // "name<TAB>thousands" of cities
	places       map[string]placeInfo       // places and their canonical names
	postal       map[string]string          // US postal codes ("CA") -> state
	demonyms     map[string]string          // demonym -> country
	orgs         map[string]string          // well-known organizations -> name
	groups       map[string]bool            // group names ("Republicans")
	honorifics   map[string]bool            // "mr", "dr"
	titles       map[string]bool            // "spokesperson", "minister"
	orgWords     map[string]bool            // "university", "times"
	placeWords   map[string]placeWord       // "street", "mount"
	common       map[string]bool            // common English words
	nonNames     map[string]bool            // exact forms: "May", "Monday", "AI"
	legal        map[string]bool            // legal suffixes: "inc", "gmbh"
	countryNames map[string]bool            // canonical country names
	periodWords  map[string]bool            // written with a period: "jr", "calif"
	cues         map[string]map[string]bool // cue words by class (cues.txt)
	multiFirst   map[string]bool            // first words of listed names of several words
	capsForm     map[string]bool            // keys listed in ALL CAPS ("US", "ICE")
	mixedForm    map[string]bool            // keys listed in mixed case
	stateAbbrevs map[string]string          // "Calif.", "N.Y." -> state, exact
	sizes        map[string]int             // bytes read per file, for reports
}

// A placeInfo is what the gazetteer knows of a place name.
type placeInfo struct {
	canonical string
	class     placeClass
}

// A placeWord says where a place word counts: at the end of a name, at the
// start, or both.
type placeWord uint8

const (
	placeSuffix placeWord = 1 << iota
	placePrefix
)

// loadGazetteer returns the parsed word lists, parsing them on first use.
var loadGazetteer = sync.OnceValue(newGazetteer)

// newGazetteer parses the embedded word lists.
func newGazetteer() *gazetteer {
	g := &gazetteer{
		places: map[string]placeInfo{}, postal: map[string]string{}, stateAbbrevs: map[string]string{}, demonyms: map[string]string{},
		orgs: map[string]string{}, groups: map[string]bool{}, honorifics: map[string]bool{},
		titles: map[string]bool{}, orgWords: map[string]bool{}, placeWords: map[string]placeWord{},
		common: map[string]bool{}, nonNames: map[string]bool{}, legal: map[string]bool{},
		countryNames: map[string]bool{}, periodWords: map[string]bool{}, cues: map[string]map[string]bool{},
		capsForm: map[string]bool{}, mixedForm: map[string]bool{}, multiFirst: map[string]bool{}, sizes: map[string]int{},
	}
	for _, w := range []string{"jr", "sr", "inc", "corp", "co", "ltd", "bros", "st", "mt", "ft", "ave", "blvd", "rd", "no"} {
		g.periodWords[w] = true
	}
	g.given = g.sortedLines("given_names.txt")
	g.surname = g.sortedLines("surnames.txt")
	g.surnameFirst = g.sortedLines("surnames_first.txt")
	g.cities = g.sortedLines("cities.txt")
	g.eachLine("countries.txt", g.addCountry)
	g.eachLine("us_states.txt", g.addState)
	g.eachLine("places.txt", func(l string) { g.addAliases(l, g.addPlace) })
	g.eachLine("orgs.txt", func(l string) { g.addAliases(l, g.addOrg) })
	g.eachLine("legal_suffixes.txt", func(l string) { g.legal[nameKey(l)] = true })
	g.eachLine("honorifics.txt", func(l string) {
		g.honorifics[nameKey(l)] = true
		g.periodWords[nameKey(l)] = true
	})
	g.eachLine("titles.txt", func(l string) { g.titles[strings.ToLower(l)] = true })
	g.eachLine("org_words.txt", func(l string) { g.orgWords[nameKey(l)] = true })
	g.eachLine("place_words.txt", g.addPlaceWord)
	g.eachWord("common_words.txt", func(w string) { g.common[w] = true })
	g.eachWord("non_names.txt", func(w string) { g.nonNames[w] = true })
	g.eachWord("groups.txt", func(w string) { g.groups[nameKey(w)] = true })
	g.eachLine("cues.txt", g.addCues)
	return g
}

// A sortedSet is a sorted list of keys, searched by bisection: the big
// name lists cost no map to build.
type sortedSet []string

// has reports whether the set holds key.
func (s sortedSet) has(key string) bool {
	_, ok := slices.BinarySearch(s, key)
	return ok
}

// sortedLines reads a data file of sorted lower-case lines.
func (g *gazetteer) sortedLines(file string) sortedSet {
	data := g.read(file)
	set := make(sortedSet, 0, strings.Count(data, "\n"))
	for data != "" {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		if line != "" && line[0] != '#' {
			set = append(set, line)
		}
	}
	return set
}

// read returns the text of a data file.
func (g *gazetteer) read(file string) string {
	data, err := gazetteerFiles.ReadFile("data/" + file)
	if err != nil {
		panic("news: missing embedded " + file) // the build embeds every file
	}
	g.sizes[file] = len(data)
	return string(data)
}

// eachLine calls f with each line of a data file that is not empty or a
// comment.
func (g *gazetteer) eachLine(file string, f func(line string)) {
	s := g.read(file)
	for s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		if line = strings.TrimRight(line, "\r "); line != "" && line[0] != '#' {
			f(line)
		}
	}
}

// eachWord calls f with each space-separated word of a data file.
func (g *gazetteer) eachWord(file string, f func(word string)) {
	g.eachLine(file, func(l string) {
		for _, w := range strings.Fields(l) {
			f(w)
		}
	})
}

// addAliases calls add for each "|"-separated form of a line with the
// first form as the canonical name.
func (g *gazetteer) addAliases(line string, add func(form, canonical string)) {
	forms := strings.Split(line, "|")
	for _, f := range forms {
		add(f, forms[0])
	}
}

// addPlace records a major place.
func (g *gazetteer) addPlace(form, canonical string) {
	g.places[g.formKey(form)] = placeInfo{canonical, majorPlace}
}

// addOrg records a well-known organization.
func (g *gazetteer) addOrg(form, canonical string) {
	g.orgs[g.formKey(form)] = canonical
}

// formKey returns the key of a listed name and notes whether it is listed
// in ALL CAPS: "US" is the United States, "Us" is not.
func (g *gazetteer) formKey(form string) string {
	k := nameKey(form)
	if first, _, ok := strings.Cut(k, " "); ok {
		g.multiFirst[first] = true
	}
	if isAllCaps(form) {
		g.capsForm[k] = true
	} else {
		g.mixedForm[k] = true
	}
	return k
}

// caseFits reports whether text may be the listed name with key k: a name
// listed only in ALL CAPS must be written so.
func (g *gazetteer) caseFits(text, k string) bool {
	return !g.capsForm[k] || g.mixedForm[k] || isAllCaps(text)
}

// startsName reports whether some place or organization name of several
// words starts with the word key ("new" for "New York").
func (g *gazetteer) startsName(key string) bool {
	if g.multiFirst[key] {
		return true
	}
	prefix := key + " "
	i, _ := slices.BinarySearch(g.cities, prefix)
	return i < len(g.cities) && strings.HasPrefix(g.cities[i], prefix)
}

// city returns the class of a city name (by key) in the sorted lines
// "name<TAB>thousands" of cities.txt.
func (g *gazetteer) city(key string) placeClass {
	i, ok := slices.BinarySearchFunc(g.cities, key, func(line, key string) int {
		name, _, _ := strings.Cut(line, "\t")
		return strings.Compare(name, key)
	})
	if !ok {
		return notPlace
	}
	_, k, _ := strings.Cut(g.cities[i], "\t")
	if n, _ := strconv.Atoi(k); n >= 300 {
		return bigCity
	}
	return smallCity
}

// addCountry records "CC<TAB>Name<TAB>other names<TAB>demonyms".
func (g *gazetteer) addCountry(line string) {
	f := strings.Split(line, "\t")
	if len(f) < 4 {
		return
	}
	name := f[1]
	g.countryNames[name] = true
	g.addPlace(name, name)
	for _, a := range strings.Split(f[2], ";") {
		if a != "" {
			g.addPlace(a, name)
		}
	}
	for _, d := range strings.Split(f[3], ";") {
		if d != "" {
			g.demonyms[nameKey(d)] = name
		}
	}
}

// addState records "Name<TAB>abbreviations<TAB>postal code". The
// abbreviations are kept exactly as written ("Pa." but not "PA" or "pa").
func (g *gazetteer) addState(line string) {
	f := strings.Split(line, "\t")
	if len(f) < 3 {
		return
	}
	g.addPlace(f[0], f[0])
	for _, a := range strings.Split(f[1], ";") {
		if a != "" {
			g.stateAbbrevs[a] = f[0]
			if w, ok := strings.CutSuffix(a, "."); ok && !strings.ContainsAny(w, ". ") {
				g.periodWords[strings.ToLower(w)] = true
			}
		}
	}
	g.postal[f[2]] = f[0]
}

// addCues records "class: word word ...".
func (g *gazetteer) addCues(line string) {
	class, words, ok := strings.Cut(line, ":")
	if !ok {
		return
	}
	set := g.cues[class]
	if set == nil {
		set = map[string]bool{}
		g.cues[class] = set
	}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
}

// addPlaceWord records "Word" or "Word<TAB>prefix".
func (g *gazetteer) addPlaceWord(line string) {
	w, where, _ := strings.Cut(line, "\t")
	k := nameKey(w)
	if where == "prefix" {
		g.placeWords[k] |= placePrefix
	} else {
		g.placeWords[k] |= placeSuffix
	}
}

// nameKey is the form names are compared in: lower case, periods dropped,
// curly apostrophes straight, spaces single. "U.S." and "US" have the key
// "us".
func nameKey(s string) string {
	if isKeyForm(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '\u2019':
			r = '\''
		case r == ' ' || r == '\t' || r == '\n' || r == '\u00a0':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < 128 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isKeyForm reports whether s is already in the form nameKey returns.
func isKeyForm(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 128 || 'A' <= c && c <= 'Z' || c == '.' || c == '\t' || c == '\n' ||
			c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// place returns what the gazetteer knows of a place name (by key): a
// major place, or a city (whose canonical name is its key).
func (g *gazetteer) place(key string) placeInfo {
	if p, ok := g.places[key]; ok {
		return p
	}
	if c := g.city(key); c != notPlace {
		return placeInfo{key, c}
	}
	return placeInfo{}
}

// isCountry reports whether name is the canonical name of a country.
func (g *gazetteer) isCountry(name string) bool { return g.countryNames[name] }

// isHonorific reports whether a word ("Mr.", "Dr") is an honorific.
func (g *gazetteer) isHonorific(word string) bool { return g.honorifics[nameKey(word)] }

// isTitle reports whether a word is a job title or role noun.
func (g *gazetteer) isTitle(word string) bool {
	return g.titles[strings.ToLower(strings.TrimSuffix(word, "."))]
}

// isCommon reports whether a word is a common English word.
func (g *gazetteer) isCommon(word string) bool {
	w := strings.ToLower(word)
	return g.common[w] || len(w) > 3 && w[len(w)-1] == 's' && g.common[w[:len(w)-1]]
}

// isNonName reports whether a word, as written, is never a name alone.
func (g *gazetteer) isNonName(word string) bool {
	return g.nonNames[word] || g.nonNames[strings.TrimSuffix(word, ".")]
}

// knownText reports whether the gazetteers know a name as written: a
// place, organization or demonym.
func (g *gazetteer) knownText(text string) bool {
	k := nameKey(text)
	return g.knownKey(k) && g.caseFits(text, k)
}

// knownKey reports whether a key is a place, organization or demonym of
// the gazetteers.
func (g *gazetteer) knownKey(k string) bool {
	return g.place(k).class >= bigCity || g.orgs[k] != "" || g.demonyms[k] != "" || g.groups[k]
}

// mostlyCommon reports whether a name of three or more words is mostly
// common words, as titles of songs and books are ("Not Gonna Take It").
func (g *gazetteer) mostlyCommon(words []string) bool {
	n := 0
	for _, w := range words {
		if g.isCommon(w) {
			n++
		}
	}
	return len(words) >= 3 && n*3 >= len(words)*2
}

// anyCommon reports whether one of the words is a common word.
func (g *gazetteer) anyCommon(words []string) bool {
	for _, w := range words {
		if g.isCommon(w) {
			return true
		}
	}
	return false
}

// isOrgNoun reports whether a lower-case word is a noun for organizations
// ("company", "companies").
func (g *gazetteer) isOrgNoun(w string) bool {
	set := g.cues["orgnoun"]
	if set[w] {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return set[stem+"y"]
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && set[stem]
}
