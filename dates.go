package news

import "time"

// parseDate reads one date as sites write it. (placeholder, being written)
func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}

// dateFromURL finds a date in a URL path. (placeholder, being written)
func dateFromURL(u string) (time.Time, bool) { return time.Time{}, false }

// dateInText finds the first date in a longer text. (placeholder)
func dateInText(s string) (time.Time, bool) { return time.Time{}, false }
