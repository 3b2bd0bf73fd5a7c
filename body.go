package news

func (st *pageState) body(a *Article) []string { return nil }
