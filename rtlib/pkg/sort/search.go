// This file implements binary search: Search and its typed conveniences.
package sort

// Search uses binary search to find and return the smallest index i in
// [0, n) at which f(i) is true, assuming that on the range [0, n),
// f(i) == true implies f(i+1) == true. Search returns the first true index.
// If there is no such index, Search returns n.
func Search(n int, f func(int) bool) int {
	// Invariant: f(i-1) == false, f(j) == true (f(-1) false, f(n) true).
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // no overflow
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchInts searches for x in a sorted slice of ints and returns the index
// as specified by Search. The return value is the index to insert x if x
// is not present (it could be len(a)).
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns
// the index as specified by Search.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings and returns the
// index as specified by Search.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
