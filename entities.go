package news

// findEntities finds the people, organizations and places named in an
// article. (placeholder, being written)
func findEntities(headline, description string, paras []string) []Entity {
	return nil
}
