package news

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// This file holds the insertion modes of tables (with their implied row
// groups and rows, and the foster parenting of content put directly in a
// table) and of templates.

// inTableMode reads the inside of a table outside its cells.
func (b *treeBuilder) inTableMode(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		if strings.IndexByte(t.data, 0) >= 0 {
			t.data = strings.ReplaceAll(t.data, "\x00", "")
		}
		if b.topIs(atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr) && isWhitespace(t.data) {
			b.addText(t.data)
			return true
		}
	case startTok:
		switch t.atom {
		case atom.Caption:
			b.clearToContext(atom.Table)
			b.afe = append(b.afe, nil)
			b.insertElement(t)
			b.mode = modeInCaption
			return true
		case atom.Colgroup:
			b.clearToContext(atom.Table)
			b.insertElement(t)
			b.mode = modeInColumnGroup
			return true
		case atom.Col:
			b.implied(startTok, atom.Colgroup)
			return false
		case atom.Tbody, atom.Tfoot, atom.Thead:
			b.clearToContext(atom.Table)
			b.insertElement(t)
			b.mode = modeInTableBody
			return true
		case atom.Td, atom.Th, atom.Tr:
			b.implied(startTok, atom.Tbody)
			return false
		case atom.Table:
			if b.popUntil(tableScope, atom.Table) {
				b.resetMode()
				return false
			}
			return true
		case atom.Style, atom.Script, atom.Template:
			return b.inHeadMode(t)
		case atom.Input:
			for _, a := range t.attrs {
				if a.Key == "type" && strings.EqualFold(a.Val, "hidden") {
					b.insertVoid(t)
					return true
				}
			}
		case atom.Form:
			if b.hasOpen(atom.Template) || b.form != nil {
				return true
			}
			b.insertElement(t)
			b.form = b.pop()
			return true
		}
	case endTok:
		switch t.atom {
		case atom.Table:
			if b.popUntil(tableScope, atom.Table) {
				b.resetMode()
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Tbody,
			atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true
		case atom.Template:
			return b.inHeadMode(t)
		}
	case commentTok:
		b.insertComment(t)
		return true
	case doctypeTok:
		return true
	case eofTok:
		return b.inBodyMode(t)
	}
	b.foster = true
	done := b.inBodyMode(t)
	b.foster = false
	return done
}

// inCaptionMode reads a table caption.
func (b *treeBuilder) inCaptionMode(t *htmlToken) bool {
	switch t.kind {
	case startTok:
		switch t.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot,
			atom.Thead, atom.Tr:
			return b.closeCaption(false)
		}
	case endTok:
		switch t.atom {
		case atom.Caption:
			return b.closeCaption(true)
		case atom.Table:
			return b.closeCaption(false)
		case atom.Body, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td,
			atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true
		}
	}
	return b.inBodyMode(t)
}

// closeCaption closes the caption; consumed says whether the token that
// closes it is done with.
func (b *treeBuilder) closeCaption(consumed bool) bool {
	if !b.popUntil(tableScope, atom.Caption) {
		return true
	}
	b.clearFormatting()
	b.mode = modeInTable
	return consumed
}

// inColumnGroupMode reads a colgroup.
func (b *treeBuilder) inColumnGroupMode(t *htmlToken) bool {
	switch t.kind {
	case textTok:
		if b.takeLeadingSpace(t) {
			return true
		}
	case commentTok:
		b.insertComment(t)
		return true
	case doctypeTok:
		return true
	case startTok:
		switch t.atom {
		case atom.Html:
			return b.inBodyMode(t)
		case atom.Col:
			b.insertVoid(t)
			return true
		case atom.Template:
			return b.inHeadMode(t)
		}
	case endTok:
		switch t.atom {
		case atom.Colgroup:
			if b.topIs(atom.Colgroup) {
				b.pop()
				b.mode = modeInTable
			}
			return true
		case atom.Col:
			return true
		case atom.Template:
			return b.inHeadMode(t)
		}
	case eofTok:
		return b.inBodyMode(t)
	}
	if !b.topIs(atom.Colgroup) {
		return true
	}
	b.pop()
	b.mode = modeInTable
	return false
}

// inTableBodyMode reads a tbody, thead or tfoot.
func (b *treeBuilder) inTableBodyMode(t *htmlToken) bool {
	switch t.kind {
	case startTok:
		switch t.atom {
		case atom.Tr:
			b.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
			b.insertElement(t)
			b.mode = modeInRow
			return true
		case atom.Td, atom.Th:
			b.implied(startTok, atom.Tr)
			return false
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			if b.popUntil(tableScope, atom.Tbody, atom.Thead, atom.Tfoot) {
				b.mode = modeInTable
				return false
			}
			return true
		}
	case endTok:
		switch t.atom {
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if b.inScope(tableScope, t.atom) {
				b.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
				b.pop()
				b.mode = modeInTable
			}
			return true
		case atom.Table:
			if b.popUntil(tableScope, atom.Tbody, atom.Thead, atom.Tfoot) {
				b.mode = modeInTable
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th, atom.Tr:
			return true
		}
	case commentTok:
		b.insertComment(t)
		return true
	}
	return b.inTableMode(t)
}

// inRowMode reads a table row.
func (b *treeBuilder) inRowMode(t *htmlToken) bool {
	switch t.kind {
	case startTok:
		switch t.atom {
		case atom.Td, atom.Th:
			b.clearToContext(atom.Tr)
			b.insertElement(t)
			b.afe = append(b.afe, nil)
			b.mode = modeInCell
			return true
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			return b.closeRow(false)
		}
	case endTok:
		switch t.atom {
		case atom.Tr:
			return b.closeRow(true)
		case atom.Table:
			return b.closeRow(false)
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if !b.inScope(tableScope, t.atom) {
				return true
			}
			return b.closeRow(false)
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th:
			return true
		}
	}
	return b.inTableMode(t)
}

// closeRow closes the open row, if there is one; consumed says whether the
// token that closes it is done with.
func (b *treeBuilder) closeRow(consumed bool) bool {
	if !b.inScope(tableScope, atom.Tr) {
		return true
	}
	b.clearToContext(atom.Tr)
	b.pop()
	b.mode = modeInTableBody
	return consumed
}

// inCellMode reads a table cell.
func (b *treeBuilder) inCellMode(t *htmlToken) bool {
	switch t.kind {
	case startTok:
		switch t.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot,
			atom.Th, atom.Thead, atom.Tr:
			if b.popUntil(tableScope, atom.Td, atom.Th) {
				b.clearFormatting()
				b.mode = modeInRow
				return false
			}
			return true
		}
	case endTok:
		switch t.atom {
		case atom.Td, atom.Th:
			if b.popUntil(tableScope, t.atom) {
				b.clearFormatting()
				b.mode = modeInRow
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html:
			return true
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if !b.inScope(tableScope, t.atom) {
				return true
			}
			if b.popUntil(tableScope, atom.Td, atom.Th) {
				b.clearFormatting()
			}
			b.mode = modeInRow
			return false
		}
	}
	return b.inBodyMode(t)
}

// clearToContext closes elements until the current node is one of the
// atoms, or html or template.
func (b *treeBuilder) clearToContext(as ...atom.Atom) {
	for i := len(b.oe) - 1; i >= 0; i-- {
		a := b.oe[i].DataAtom
		if a == atom.Html || a == atom.Template {
			b.oe = b.oe[:i+1]
			return
		}
		for _, m := range as {
			if a == m {
				b.oe = b.oe[:i+1]
				return
			}
		}
	}
}

// resetMode chooses the insertion mode from the open elements, after a
// table or template closes.
func (b *treeBuilder) resetMode() {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		switch n.DataAtom {
		case atom.Td, atom.Th:
			b.mode = modeInCell
		case atom.Tr:
			b.mode = modeInRow
		case atom.Tbody, atom.Thead, atom.Tfoot:
			b.mode = modeInTableBody
		case atom.Caption:
			b.mode = modeInCaption
		case atom.Colgroup:
			b.mode = modeInColumnGroup
		case atom.Table:
			b.mode = modeInTable
		case atom.Template:
			if n.Namespace != "" {
				continue
			}
			b.mode = modeInBody
			if len(b.templates) > 0 {
				b.mode = b.templates[len(b.templates)-1]
			}
		case atom.Head:
			b.mode = modeInHead
		case atom.Body:
			b.mode = modeInBody
		case atom.Frameset:
			b.mode = modeInFrameset
		case atom.Html:
			b.mode = modeAfterHead
			if b.head == nil {
				b.mode = modeBeforeHead
			}
		default:
			if i == 0 {
				b.mode = modeInBody
				return
			}
			continue
		}
		return
	}
}

// startTemplate opens a template element.
func (b *treeBuilder) startTemplate(t *htmlToken) {
	for _, n := range b.oe {
		if n.Namespace != "" {
			// Templates in foreign content: what html.Parse does is to
			// read no further.
			b.mode = modeIgnoreRest
			return
		}
	}
	b.insertElement(t)
	b.afe = append(b.afe, nil)
	b.framesetOK = false
	b.mode = modeInTemplate
	b.templates = append(b.templates, modeInTemplate)
}

// endTemplate closes the open template element, if there is one.
func (b *treeBuilder) endTemplate() {
	if !b.hasOpen(atom.Template) {
		return
	}
	b.impliedEndTags("")
	for i := len(b.oe) - 1; i >= 0; i-- {
		if n := b.oe[i]; n.Namespace == "" && n.DataAtom == atom.Template {
			b.oe = b.oe[:i]
			break
		}
	}
	b.clearFormatting()
	if len(b.templates) > 0 {
		b.templates = b.templates[:len(b.templates)-1]
	}
	b.resetMode()
}

// inTemplateMode reads the content of a template, choosing the mode its
// first tag belongs to.
func (b *treeBuilder) inTemplateMode(t *htmlToken) bool {
	switch t.kind {
	case textTok, commentTok, doctypeTok:
		return b.inBodyMode(t)
	case startTok:
		next := modeInBody
		switch t.atom {
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes,
			atom.Script, atom.Style, atom.Template, atom.Title:
			return b.inHeadMode(t)
		case atom.Caption, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			next = modeInTable
		case atom.Col:
			next = modeInColumnGroup
		case atom.Tr:
			next = modeInTableBody
		case atom.Td, atom.Th:
			next = modeInRow
		}
		if len(b.templates) > 0 {
			b.templates[len(b.templates)-1] = next
		}
		b.mode = next
		return false
	case endTok:
		if t.atom == atom.Template {
			return b.inHeadMode(t)
		}
		return true
	case eofTok:
		if !b.hasOpen(atom.Template) {
			return true
		}
		b.endTemplate()
		return false
	}
	return false
}
