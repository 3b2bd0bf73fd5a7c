// Command gazgen derives the word lists that the news package embeds from
// the openly licensed gazetteers in the project's shared folder.
//
// Run it from the repository root:
//
//	go run ./internal/gazgen -shared ../shared
//
// It reads ../shared/gazetteers and rewrites these files of data/, each
// sorted (byte order), one entry a line, in UTF-8; the name lists are in
// lower case so that the package can search them without building maps:
//
//	given_names.txt     first names: every US Census 1990 first name, every
//	                    SSA name given to at least -ssa-min babies in its peak
//	                    year (one threshold for both sexes), and the common
//	                    forenames of ~77 countries (sigpwned), accents folded
//	surnames.txt        US Census 1990 surnames up to rank -surname-rank and
//	                    the common surnames of ~77 countries (sigpwned)
//	surnames_first.txt  surnames of naming traditions that put the surname
//	                    first (Chinese, Korean, Vietnamese): sigpwned's lists
//	                    for CN, TW, KR and VN plus common pinyin surnames
//	cities.txt          GeoNames cities of at least -city-min people: "name<TAB>
//	                    population in thousands" of the largest city of each
//	                    name, in lower case; the ASCII spelling is listed too
//	                    when it differs
//	countries.txt       GeoNames countries: "CC<TAB>Name<TAB>other names
//	                    (;)<TAB>demonyms (;)"; other names and demonyms come
//	                    from the table in countries.go
//	legal_suffixes.txt  company legal suffixes (cleanco) in Latin script
//
// The other files of data/ are written by hand and left alone.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder holding gazetteers/")
	out := flag.String("out", "data", "the folder to write")
	ssaMin := flag.Int("ssa-min", 150, "least peak-year count of an SSA first name")
	surnameRank := flag.Int("surname-rank", 40000, "last US Census surname rank kept")
	cityMin := flag.Int("city-min", 15000, "least population of a city")
	flag.Parse()
	g := filepath.Join(*shared, "gazetteers")
	steps := []struct {
		file  string
		lower bool // written in lower case, to be searched as sorted lists
		make  func() ([]string, error)
	}{
		{"given_names.txt", true, func() ([]string, error) { return givenNames(g, *ssaMin) }},
		{"surnames.txt", true, func() ([]string, error) { return surnames(g, *surnameRank) }},
		{"surnames_first.txt", true, func() ([]string, error) { return surnamesFirst(g) }},
		{"cities.txt", true, func() ([]string, error) { return cities(g, *cityMin) }},
		{"countries.txt", false, func() ([]string, error) { return countries(g) }},
		{"legal_suffixes.txt", false, func() ([]string, error) { return legalSuffixes(g) }},
	}
	total := 0
	for _, s := range steps {
		lines, err := s.make()
		if err != nil {
			fmt.Fprintln(os.Stderr, "gazgen:", err)
			os.Exit(1)
		}
		if s.lower {
			for i, l := range lines {
				lines[i] = strings.ToLower(l)
			}
		}
		lines = sortedUnique(lines)
		n, err := writeLines(filepath.Join(*out, s.file), lines)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gazgen:", err)
			os.Exit(1)
		}
		total += n
		fmt.Printf("%-20s %6d lines %8d bytes\n", s.file, len(lines), n)
	}
	fmt.Printf("%-20s %6s       %8d bytes\n", "total", "", total)
}

// sortedUnique sorts lines and drops repeats.
func sortedUnique(lines []string) []string {
	slices.Sort(lines)
	return slices.Compact(lines)
}

// writeLines writes lines to name and returns the number of bytes written.
func writeLines(name string, lines []string) (int, error) {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Len(), os.WriteFile(name, []byte(b.String()), 0o644)
}

// eachLine calls f for each line of a file.
func eachLine(name string, f func(line string)) error {
	file, err := os.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		f(sc.Text())
	}
	return sc.Err()
}

// readCSV returns the records of a CSV file with a header row, as maps
// from column name to value.
func readCSV(name string) ([]map[string]string, error) {
	file, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	r := csv.NewReader(file)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, err
	}
	for i := range head {
		head[i] = strings.TrimPrefix(head[i], "\ufeff")
	}
	var recs []map[string]string
	for {
		row, err := r.Read()
		if err == io.EOF {
			return recs, nil
		}
		if err != nil {
			return nil, err
		}
		m := make(map[string]string, len(head))
		for i, v := range row {
			if i < len(head) {
				m[head[i]] = v
			}
		}
		recs = append(recs, m)
	}
}

// fold removes accents and returns s in title case ("ZHŪ" -> "Zhu"), or ""
// when s is not a name in Latin letters (with spaces, hyphens, apostrophes).
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.TrimSpace(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < 128 && (unicode.IsLetter(r) || r == ' ' || r == '-' || r == '\''):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	return titleCase(b.String())
}

// titleCase upper-cases the first letter of each word and after a hyphen
// or apostrophe at a word start, and lower-cases the rest ("o'neil" ->
// "O'Neil", "MCDONALD" -> "Mcdonald").
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	for i, r := range rs {
		if i == 0 || rs[i-1] == ' ' || rs[i-1] == '-' || (rs[i-1] == '\'' && i == 2) {
			rs[i] = unicode.ToUpper(r)
		}
	}
	return string(rs)
}

// givenNames merges the Census, SSA and sigpwned first names.
func givenNames(g string, ssaMin int) ([]string, error) {
	var out []string
	for _, f := range []string{"dist.firstnames-female.txt", "dist.firstnames-male.txt"} {
		err := eachLine(filepath.Join(g, "us_census_1990_names", f), func(l string) {
			if fs := strings.Fields(l); len(fs) > 0 {
				out = append(out, titleCase(fs[0]))
			}
		})
		if err != nil {
			return nil, err
		}
	}
	err := eachLine(filepath.Join(g, "us_ssa_first_names", "maxoccurances.txt"), func(l string) {
		f := strings.Split(l, ",")
		if len(f) < 3 {
			return
		}
		if n, err := strconv.Atoi(f[2]); err == nil && n >= ssaMin {
			out = append(out, titleCase(f[0]))
		}
	})
	if err != nil {
		return nil, err
	}
	recs, err := readCSV(filepath.Join(g, "names_by_country_sigpwned", "common-forenames-by-country.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if n := fold(r["Romanized Name"]); n != "" && !strings.Contains(n, " ") {
			out = append(out, n)
		}
	}
	return out, nil
}

// surnames merges the Census surnames up to a rank and sigpwned's.
func surnames(g string, maxRank int) ([]string, error) {
	var out []string
	err := eachLine(filepath.Join(g, "us_census_1990_names", "dist.surnames.txt"), func(l string) {
		fs := strings.Fields(l)
		if len(fs) < 4 {
			return
		}
		if rank, err := strconv.Atoi(fs[3]); err == nil && rank <= maxRank {
			out = append(out, titleCase(fs[0]))
		}
	})
	if err != nil {
		return nil, err
	}
	recs, err := readCSV(filepath.Join(g, "names_by_country_sigpwned", "common-surnames-by-country.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		for _, s := range strings.Split(r["Romanized Name"], "/") {
			if n := fold(s); n != "" && !strings.Contains(n, " ") {
				out = append(out, n)
			}
		}
	}
	return out, nil
}

// surnamesFirst lists the surnames of the surname-first traditions.
func surnamesFirst(g string) ([]string, error) {
	recs, err := readCSV(filepath.Join(g, "names_by_country_sigpwned", "common-surnames-by-country.csv"))
	if err != nil {
		return nil, err
	}
	out := slices.Clone(pinyinSurnames)
	for _, r := range recs {
		switch r["Country"] {
		case "CN", "TW", "KR", "VN":
			for _, s := range strings.Split(r["Romanized Name"], "/") {
				if n := fold(s); n != "" && !strings.Contains(n, " ") {
					out = append(out, n)
				}
			}
		}
	}
	return out, nil
}

// cities lists the GeoNames cities of at least min people.
func cities(g string, min int) ([]string, error) {
	var out []string
	best := map[string]int{} // the largest city of each name
	err := eachLine(filepath.Join(g, "geonames_cities15000_2013", "cities15000.txt"), func(l string) {
		f := strings.Split(l, "\t")
		if len(f) < 15 {
			return
		}
		pop, err := strconv.Atoi(f[14])
		if err != nil || pop < min {
			return
		}
		for _, name := range []string{f[1], f[2]} {
			if name = strings.ToLower(strings.TrimSpace(name)); name != "" && pop > best[name] {
				best[name] = pop
			}
		}
	})
	for name, pop := range best {
		out = append(out, name+"\t"+strconv.Itoa((pop+500)/1000))
	}
	return out, err
}

// countries lists the GeoNames countries with the names and demonyms of
// the table in countries.go.
func countries(g string) ([]string, error) {
	var out []string
	err := eachLine(filepath.Join(g, "geonames_cities15000_2013", "countryInfo.txt"), func(l string) {
		if strings.HasPrefix(l, "#") {
			return
		}
		f := strings.Split(l, "\t")
		if len(f) < 5 || f[0] == "" {
			return
		}
		name := strings.TrimSpace(f[4])
		extra := countryExtras[f[0]]
		if extra.name != "" {
			name = extra.name
		}
		out = append(out, strings.Join([]string{f[0], name, extra.alt, extra.demonyms}, "\t"))
	})
	return out, err
}

// legalSuffixes lists cleanco's suffixes written in Latin script.
func legalSuffixes(g string) ([]string, error) {
	var out []string
	err := eachLine(filepath.Join(g, "org_legal_suffixes_cleanco", "legal_suffixes_by_type.tsv"), func(l string) {
		_, term, ok := strings.Cut(l, "\t")
		if !ok || term == "term" {
			return
		}
		for _, r := range term {
			if r >= 0x250 {
				return
			}
		}
		if len(strings.Fields(term)) <= 4 {
			out = append(out, strings.TrimSpace(term))
		}
	})
	return out, err
}
