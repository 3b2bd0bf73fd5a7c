package eval

import "strings"

// endSentence adds the sentence read so far to the current paragraph and
// reads its mention brackets.
func (b *conlluBuilder) endSentence() {
	if len(b.toks) == 0 {
		return
	}
	if b.cur == nil {
		b.cur = &GumDoc{}
		b.newPar = true
	}
	d := b.cur
	if b.newPar || len(d.Paragraphs) == 0 {
		d.Paragraphs = append(d.Paragraphs, "")
		b.newPar = false
	}
	p := len(d.Paragraphs) - 1
	text := b.text
	if text == "" {
		text = surfaceText(b.toks)
	}
	base := len(d.Paragraphs[p])
	if base > 0 {
		base++
		d.Paragraphs[p] += " "
	}
	d.Paragraphs[p] += text
	spans := alignWords(text, b.toks)
	for i, t := range b.toks {
		if t.first != t.last {
			continue
		}
		b.brackets(t.first, t.misc, p, base+spans[i][0], base+spans[i][1])
	}
	b.toks, b.text, b.sentID = b.toks[:0], "", ""
}

// surfaceText rebuilds a sentence from its tokens when "# text" is missing.
func surfaceText(toks []conlluToken) string {
	var sb strings.Builder
	inRange := 0
	for _, t := range toks {
		if t.first <= inRange {
			continue
		}
		if t.last > t.first {
			inRange = t.last
		}
		sb.WriteString(t.form)
		if !strings.Contains(t.misc, "SpaceAfter=No") {
			sb.WriteByte(' ')
		}
	}
	return strings.TrimSpace(sb.String())
}

// alignWords finds each token in the sentence text and returns its byte
// span. The words of a multiword token are found inside its surface form,
// or get the whole surface when they are not spelled out in it. A token
// that cannot be found gets an empty span at the current position.
func alignWords(text string, toks []conlluToken) [][2]int {
	spans := make([][2]int, len(toks))
	cur := 0
	rangeEnd, rangeCur, rangeLast := 0, 0, 0
	for i, t := range toks {
		if t.first == t.last && t.first <= rangeLast {
			// a word inside a multiword token
			if strings.HasPrefix(text[rangeCur:rangeEnd], t.form) {
				spans[i] = [2]int{rangeCur, rangeCur + len(t.form)}
				rangeCur += len(t.form)
			} else {
				spans[i] = [2]int{rangeCur, rangeEnd}
			}
			continue
		}
		start, end := findForm(text, cur, t.form)
		spans[i] = [2]int{start, end}
		cur = end
		if t.last > t.first {
			rangeCur, rangeEnd, rangeLast = start, end, t.last
		}
	}
	return spans
}

// findForm finds form in text at or after cur, skipping white space first.
func findForm(text string, cur int, form string) (start, end int) {
	for cur < len(text) && (text[cur] == ' ' || text[cur] == '\t') {
		cur++
	}
	if strings.HasPrefix(text[cur:], form) {
		return cur, cur + len(form)
	}
	if k := strings.Index(text[cur:], form); k >= 0 && k <= 16 {
		return cur + k, cur + k + len(form)
	}
	return cur, cur
}

// brackets reads the Entity= brackets of one word at token id tok, whose
// span in paragraph para is [start, end).
func (b *conlluBuilder) brackets(tok int, misc string, para, start, end int) {
	v := entityValue(misc)
	for i := 0; i < len(v); {
		if v[i] == '(' {
			j := i + 1
			for j < len(v) && v[j] != '(' && v[j] != ')' {
				j++
			}
			id, rest, _ := strings.Cut(v[i+1:j], "-")
			typ, _, _ := strings.Cut(rest, "-")
			b.open = append(b.open, openMention{id: id, typ: typ, sent: b.sentID, first: tok, para: para, start: start})
			i = j
			if j < len(v) && v[j] == ')' {
				b.close(id, tok, para, end)
				i++
			}
			continue
		}
		j := i
		for j < len(v) && v[j] != '(' && v[j] != ')' {
			j++
		}
		b.close(v[i:j], tok, para, end)
		i = j
		if j < len(v) && v[j] == ')' {
			i++
		}
	}
}

// entityValue returns the value of the Entity= attribute of a MISC column.
func entityValue(misc string) string {
	for _, kv := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(kv, "Entity="); ok {
			return v
		}
	}
	return ""
}

// close ends the innermost open mention with the given id at token tok,
// whose span ends at end in paragraph para.
func (b *conlluBuilder) close(id string, tok, para, end int) {
	for k := len(b.open) - 1; k >= 0; k-- {
		o := b.open[k]
		if o.id != id {
			continue
		}
		b.open = append(b.open[:k], b.open[k+1:]...)
		if !gumType(o.typ) {
			return
		}
		d := b.cur
		if para != o.para {
			end = len(d.Paragraphs[o.para])
		}
		d.Mentions = append(d.Mentions, GumMention{
			Type: o.typ, Cluster: o.id, Para: o.para, Start: o.start, End: end,
			Text: d.Paragraphs[o.para][o.start:end],
			sent: o.sent, first: o.first, last: tok,
		})
		return
	}
}
