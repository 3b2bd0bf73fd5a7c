package news

import (
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGazetteerLoad parses the embedded lists as the first call of
// findEntities does and reports the time, the memory kept and the size
// of the data. It fails only far above the targets (20 ms, 20 MB, 3 MB).
func TestGazetteerLoad(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	g := newGazetteer()
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	kept := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	total := 0
	for _, n := range g.sizes {
		total += n
	}
	t.Logf("parsed %d bytes of data/ in %v; heap kept %.1f MB", total, elapsed, float64(kept)/(1<<20))
	t.Logf("%d first names, %d surnames, %d cities, %d other places, %d organizations",
		len(g.given), len(g.surname), len(g.cities), len(g.places), len(g.orgs))
	runtime.KeepAlive(g)
	if total > 3<<20 {
		t.Errorf("data/ holds %d bytes, want at most 3 MB", total)
	}
	if elapsed > 500*time.Millisecond || kept > 80<<20 {
		t.Errorf("loading took %v and %d bytes, far above the targets", elapsed, kept)
	}
}

// TestGazetteerFiles checks that every data file is read and that the
// generated lists are sorted, without repeats.
func TestGazetteerFiles(t *testing.T) {
	g := loadGazetteer()
	names, err := fs.Glob(gazetteerFiles, "data/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		file := strings.TrimPrefix(name, "data/")
		if g.sizes[file] == 0 {
			t.Errorf("%s is not read", file)
		}
	}
	for _, file := range []string{"given_names.txt", "surnames.txt", "surnames_first.txt", "cities.txt", "countries.txt", "legal_suffixes.txt"} {
		data, err := gazetteerFiles.ReadFile("data/" + file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		if !slices.IsSorted(lines) || len(slices.Compact(slices.Clone(lines))) != len(lines) {
			t.Errorf("%s is not sorted and unique; run go run ./internal/gazgen", file)
		}
	}
}

func TestGazetteerLookups(t *testing.T) {
	g := loadGazetteer()
	places := []struct {
		text      string
		canonical string
		class     placeClass
	}{
		{"China", "China", majorPlace},
		{"U.S.", "United States", majorPlace},
		{"US", "United States", majorPlace},
		{"America", "United States", majorPlace},
		{"Britain", "United Kingdom", majorPlace},
		{"Pennsylvania", "Pennsylvania", majorPlace},
		{"Inner Mongolia", "Inner Mongolia", majorPlace},
		{"Beijing", "beijing", bigCity},
		{"Shenzhen", "shenzhen", bigCity},
		{"Palo Alto", "palo alto", smallCity},
		{"Us", "", notPlace},
		{"Huawei", "", notPlace},
	}
	for _, p := range places {
		k := nameKey(p.text)
		got := g.place(k)
		if !g.caseFits(p.text, k) {
			got = placeInfo{}
		}
		if got.class != p.class || (p.canonical != "" && got.canonical != p.canonical) {
			t.Errorf("place(%q) = %+v, want %q class %d", p.text, got, p.canonical, p.class)
		}
	}
	checks := []struct {
		what string
		got  bool
	}{
		{"William is a first name", g.given.has("william")},
		{"Plummer is a surname", g.surname.has("plummer")},
		{"Hong is a surname written first", g.surnameFirst.has("hong")},
		{"Zhu is a surname written first", g.surnameFirst.has("zhu")},
		{"Chinese is China's demonym", g.demonyms["chinese"] == "China"},
		{"NSA is the National Security Agency", g.orgs["nsa"] == "National Security Agency"},
		{"Republicans are a group", g.groups["republicans"]},
		{"Calif. is California", g.stateAbbrevs["Calif."] == "California"},
		{"CA is California's postal code", g.postal["CA"] == "California"},
		{"Inc is a legal suffix", g.legal["inc"]},
		{"GmbH is a legal suffix", g.legal["gmbh"]},
		{"Mr. is an honorific", g.isHonorific("Mr.")},
		{"spokesperson is a title", g.isTitle("spokesperson")},
		{"Ministry is an organization word", g.orgWords["ministry"]},
		{"Street is a place word", g.placeWords["street"]&placeSuffix != 0},
		{"Mount starts a place", g.placeWords["mount"]&placePrefix != 0},
		{"According is a common word", g.isCommon("According")},
		{"Governments is a common word (plural)", g.isCommon("Governments")},
		{"Monday is never a name", g.isNonName("Monday")},
		{"said is a speech verb", g.cues["speech"]["said"]},
		{"Huawei is not a common word", !g.isCommon("Huawei")},
		{"ICE is listed in capitals only", !g.caseFits("Ice", "ice") && g.caseFits("ICE", "ice")},
	}
	for _, c := range checks {
		if !c.got {
			t.Errorf("want: %s", c.what)
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"China’s  Foreign Ministry", "china's foreign ministry"},
		{"ZÜRICH", "zürich"},
		{" New\tYork ", "new york"},
	}
	for _, tt := range tests {
		if got := nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkGazetteerLoad measures parsing the embedded lists.
func BenchmarkGazetteerLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		newGazetteer()
	}
}
