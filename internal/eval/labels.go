package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A Label holds the hand labels of one zyte page (corpus/labels/KEY.gold.json);
// labels/GUIDE.md gives the rules they were made by.
type Label struct {
	Key      string `json:"key"`
	URL      string `json:"url"`
	Headline string `json:"headline"`
	// Authors are the people in the byline; empty when there are none.
	Authors []string `json:"authors"`
	// Agency is the wire agency or staff credit of the byline, if any.
	Agency         string   `json:"agency"`
	Publication    string   `json:"publication"`
	PublicationAlt []string `json:"publication_alt"`
	// PublishedDate is YYYY-MM-DD; PublishedDateAlt other defensible days.
	PublishedDate    string       `json:"published_date"`
	PublishedDateAlt []string     `json:"published_date_alt"`
	Quotes           []GoldQuote  `json:"quotes"`
	Entities         []GoldEntity `json:"entities"`
}

// A GoldQuote is one double-quoted span of a labeled body.
type GoldQuote struct {
	Text string `json:"text"`
	// Speaker is the full name of who said it; empty (null in the file)
	// when the article does not name the speaker.
	Speaker    string   `json:"speaker"`
	SpeakerAlt []string `json:"speaker_alt"`
	// Partial marks a fragment quoted inside the reporter's sentence.
	Partial bool `json:"partial"`
	// Ignore marks marks that are not anyone's words (titles, scare quotes).
	Ignore bool `json:"ignore"`
}

// A GoldEntity is one named person, organization or location of a labeled
// body.
type GoldEntity struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
}

// LoadLabels reads every KEY.gold.json in dir (corpus/labels), in key order.
func LoadLabels(dir string) ([]Label, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("eval: no *.gold.json in %s", dir)
	}
	slices.Sort(names)
	labels := make([]Label, 0, len(names))
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var l Label
		if err := json.Unmarshal(data, &l); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", name, err)
		}
		if l.Key == "" {
			l.Key = strings.TrimSuffix(filepath.Base(name), ".gold.json")
		}
		labels = append(labels, l)
	}
	return labels, nil
}
