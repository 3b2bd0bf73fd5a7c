package news

// parseByline splits a printed byline into authors. (placeholder)
func parseByline(s string) []Author { return nil }

// authorName cleans one metadata author value. (placeholder)
func authorName(s string) (string, bool) { return s, s != "" }

// isAgency reports whether s names a wire agency or staff credit. (placeholder)
func isAgency(s string) bool { return false }
