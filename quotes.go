package news

// findQuotes finds the quotations in an article and their speakers.
// (placeholder, being written)
func findQuotes(headline, description string, paras []string, ents []Entity) []Quote {
	return nil
}
