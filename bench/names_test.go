package main

import (
	"reflect"
	"testing"
	"time"
)

func TestSplitByline(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"By Scott Cunningham", []string{"Scott Cunningham"}},
		{"Meg Kinnard; Errin Haines", []string{"Meg Kinnard", "Errin Haines"}},
		{"Stella Kim, Jennifer Jett", []string{"Stella Kim", "Jennifer Jett"}},
		{"by Tariq Malik and Mike Wall", []string{"Tariq Malik", "Mike Wall"}},
		{"Par Sébastien Farcis", []string{"Sébastien Farcis"}},
		{"Mac & i", []string{"Mac", "i"}},
		{"Alexandra Anderson", []string{"Alexandra Anderson"}},
	}
	for _, tt := range tests {
		if got := splitByline(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameTitle(t *testing.T) {
	tests := []struct {
		pred, want string
		ok         bool
	}{
		{"Get your Frontend JavaScript Code Covered", "Get your Frontend JavaScript Code Covered | Code", true},
		{"Headline - Site", "Headline", true},
		{"Headline", "Headline", true},
		{"", "", true},
		{"Head", "Headline | Site", false},
		{"Headline?", "Headline? - Site Name", true},
		{"Headline", "Headline - Author Name - Site", true},
		{"标题", "标题_科技_网", true},
		{"Weekly Edition", "Weekly Edition [Site.net]", true},
		{"Headline", "Headline -", false},
		{"Headline", "Other - Headline", false},
		{"", "Headline", false},
		{"Headline \u2013 Site", "headline", true},
	}
	for _, tt := range tests {
		if got := sameTitle(tt.pred, tt.want); got != tt.ok {
			t.Errorf("sameTitle(%q, %q) = %v, want %v", tt.pred, tt.want, got, tt.ok)
		}
	}
}

func TestDayOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2015-07-10T09:53:00-04:00", "2015-07-10"},
		{"2018-04-05T06:00", "2018-04-05"},
		{"2019-11-19", "2019-11-19"},
		{"Tue, 19 Nov 2019 23:30:00 -0500", "2019-11-19"},
		{"November 19, 2019", "2019-11-19"},
		{"soon", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if d := dayOf(tt.in); !d.IsZero() {
			got = d.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("dayOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
