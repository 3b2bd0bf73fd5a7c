package news

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file keeps the list of active formatting elements (a, b, i,
// font...): elements that a block closes without their end tag, and that
// open again, as clones, where text follows; and the adoption agency,
// which untangles misnested formatting end tags.

// insertFormatting inserts a formatting element and adds it to the list,
// where at most three alike (same name and attributes) are kept after the
// last marker.
func (b *treeBuilder) insertFormatting(t *htmlToken) {
	n := b.insertElement(t)
	alike := 0
	for i := len(b.afe) - 1; i >= 0; i-- {
		f := b.afe[i]
		if f == nil {
			break
		}
		if f.Namespace != "" || f.DataAtom != t.atom || !sameAttrs(f.Attr, n.Attr) {
			continue
		}
		alike++
		if alike >= 3 {
			b.afe = append(b.afe[:i], b.afe[i+1:]...)
		}
	}
	b.afe = append(b.afe, n)
}

// sameAttrs reports whether two attribute lists hold the same attributes,
// in any order. Names are unique within a list.
func sameAttrs(x, y []html.Attribute) bool {
	if len(x) != len(y) {
		return false
	}
	if len(x) > 16 {
		// Long lists: compare through a set, in linear time.
		set := make(map[html.Attribute]bool, len(x))
		for _, a := range x {
			set[a] = true
		}
		for _, a := range y {
			if !set[a] {
				return false
			}
		}
		return true
	}
	for _, a := range x {
		found := false
		for _, o := range y {
			if o == a {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// reconstructFormatting opens again, as clones, the formatting elements of
// the list (after its last marker) that have been closed.
func (b *treeBuilder) reconstructFormatting() {
	if len(b.afe) == 0 {
		return
	}
	last := b.afe[len(b.afe)-1]
	if last == nil || indexNode(b.oe, last) >= 0 {
		return
	}
	i := len(b.afe) - 1
	for i > 0 {
		if n := b.afe[i-1]; n == nil || indexNode(b.oe, n) >= 0 {
			break
		}
		i--
	}
	for ; i < len(b.afe) && b.err == nil; i++ {
		if b.deep.limit > 0 && len(b.oe) >= b.deep.limit {
			// Past the nesting limit the rest stay closed, as the
			// start tags dropped there do.
			b.deep.any = true
			return
		}
		c := b.clone(b.afe[i])
		b.insert(c)
		b.afe[i] = c
	}
}

// clearFormatting drops the list back to its last marker.
func (b *treeBuilder) clearFormatting() {
	for len(b.afe) > 0 {
		n := b.afe[len(b.afe)-1]
		b.afe = b.afe[:len(b.afe)-1]
		if n == nil {
			return
		}
	}
}

// adoptionAgency handles the end tag of a formatting element: it closes
// the element, and when blocks were opened inside it, moves them out and
// wraps their content in clones of it.
func (b *treeBuilder) adoptionAgency(a atom.Atom, name string) {
	if cur := b.top(); cur.Data == name && indexNode(b.afe, cur) < 0 {
		b.pop()
		return
	}
	for outer := 0; outer < 8; outer++ {
		var fe *html.Node
		for j := len(b.afe) - 1; j >= 0 && b.afe[j] != nil; j-- {
			if b.afe[j].DataAtom == a {
				fe = b.afe[j]
				break
			}
		}
		if fe == nil {
			b.endTagOther(a, name)
			return
		}
		feIndex := indexNode(b.oe, fe)
		if feIndex < 0 {
			b.afe = removeNode(b.afe, fe)
			return
		}
		if !b.inScope(defaultScope, a) {
			return
		}
		var furthest *html.Node
		for _, e := range b.oe[feIndex:] {
			if specialElement(e) {
				furthest = e
				break
			}
		}
		if furthest == nil {
			b.oe = b.oe[:feIndex]
			b.afe = removeNode(b.afe, fe)
			return
		}
		b.adopt(fe, feIndex, furthest)
	}
}

// adopt is one round of the adoption agency: the formatting element fe,
// at feIndex in the open elements, holds the block furthest.
func (b *treeBuilder) adopt(fe *html.Node, feIndex int, furthest *html.Node) {
	common := b.oe[feIndex-1]
	bookmark := indexNode(b.afe, fe)
	last, node := furthest, furthest
	x := indexNode(b.oe, node)
	for j := 1; ; j++ {
		x--
		node = b.oe[x]
		if node == fe {
			break
		}
		ni := indexNode(b.afe, node)
		if j > 3 && ni >= 0 {
			b.afe = append(b.afe[:ni], b.afe[ni+1:]...)
			if ni <= bookmark {
				bookmark--
			}
			continue
		}
		if ni < 0 {
			b.removeOpen(node)
			continue
		}
		c := b.clone(node)
		b.afe[ni] = c
		b.oe[indexNode(b.oe, node)] = c
		node = c
		if last == furthest {
			bookmark = ni + 1
		}
		detach(last)
		node.AppendChild(last)
		last = node
	}
	detach(last)
	switch common.DataAtom {
	case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
		b.fosterParent(last)
	default:
		common.AppendChild(last)
	}
	c := b.clone(fe)
	for child := furthest.FirstChild; child != nil; child = furthest.FirstChild {
		furthest.RemoveChild(child)
		c.AppendChild(child)
	}
	furthest.AppendChild(c)
	if old := indexNode(b.afe, fe); old >= 0 && old < bookmark {
		bookmark--
	}
	b.afe = removeNode(b.afe, fe)
	bookmark = min(max(bookmark, 0), len(b.afe))
	b.afe = append(b.afe[:bookmark], append([]*html.Node{c}, b.afe[bookmark:]...)...)
	b.removeOpen(fe)
	i := indexNode(b.oe, furthest) + 1
	b.oe = append(b.oe[:i], append([]*html.Node{c}, b.oe[i:]...)...)
}
