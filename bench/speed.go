package main

import (
	"runtime"
	"slices"
	"time"
)

// speedPasses is how many times every system runs over the pages; each
// page's time is its fastest run, which damps the noise of a shared machine.
const speedPasses = 3

// speedFigures are the speed of one system over the zyte pages.
type speedFigures struct {
	// medianMS is the median time per page in milliseconds.
	medianMS float64
	// total is the time for all pages (each page's fastest pass), bytes
	// their size.
	total time.Duration
	bytes int
	// allocPerPage is the mean of bytes allocated per page.
	allocPerPage float64
}

// mbPerSecond is the throughput in megabytes (10^6 bytes) per second.
func (f *speedFigures) mbPerSecond() float64 {
	if f.total <= 0 {
		return 0
	}
	return float64(f.bytes) / 1e6 / f.total.Seconds()
}

// speed times every system, html.Parse included as the floor, on the zyte
// pages, one page after the other on one thread. The systems take turns
// pass after pass, so that a slow spell of the machine does not fall on
// one system only.
func (b *bench) speed() {
	if len(b.zyte) == 0 {
		return
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	chosen := b.systems
	if !slices.ContainsFunc(chosen, func(s system) bool { return s.floor }) {
		chosen = append(slices.Clip(chosen), systems[len(systems)-1])
	}
	best := make([][]time.Duration, len(chosen))
	alloc := make([]uint64, len(chosen))
	for pass := range speedPasses {
		for i, s := range chosen {
			times, a := b.timePass(s, pass)
			if pass == 0 {
				best[i], alloc[i] = times, a
				continue
			}
			for k, d := range times {
				best[i][k] = min(best[i][k], d)
			}
		}
	}
	for i, s := range chosen {
		f := &speedFigures{allocPerPage: float64(alloc[i]) / float64(len(b.zyte))}
		for k, d := range best[i] {
			f.total += d
			f.bytes += len(b.zyte[k].HTML)
		}
		sorted := slices.Sorted(slices.Values(best[i]))
		f.medianMS = median(sorted).Seconds() * 1000
		if s.floor {
			b.floor = f
		}
		if slices.ContainsFunc(b.systems, func(x system) bool { return x.name == s.name }) {
			b.row(s.name).speed = f
		}
	}
}

// timePass runs s once over every page after one warm-up page and returns
// the time of each page and the bytes allocated in all.
func (b *bench) timePass(s system, pass int) ([]time.Duration, uint64) {
	runSafe(s, b.zyte[0].HTML, pageURL(b.zyte[0].URL)) // warm-up: lazy tables, compiled modules
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	times := make([]time.Duration, 0, len(b.zyte))
	for i, p := range b.zyte {
		if i%10 == 0 {
			progress("speed pass %d/%d  %-12s %3d/%d", pass+1, speedPasses, s.name, i+1, len(b.zyte))
		}
		u := pageURL(p.URL)
		start := time.Now()
		runSafe(s, p.HTML, u)
		times = append(times, time.Since(start))
	}
	runtime.ReadMemStats(&after)
	return times, after.TotalAlloc - before.TotalAlloc
}

// median returns the middle of sorted durations.
func median(d []time.Duration) time.Duration {
	n := len(d)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return d[n/2]
	}
	return (d[n/2-1] + d[n/2]) / 2
}
