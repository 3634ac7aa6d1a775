package registry

import (
	"sort"

	"example.com/shapes/geom"
)

var shapes = map[string]geom.Shape{}

func Add(s geom.Shape) { shapes[s.Name()] = s }

func Names() []string {
	var names []string
	for n := range shapes {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
