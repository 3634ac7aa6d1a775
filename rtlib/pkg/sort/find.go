// This file implements Find, the three-way form of Search.
package sort

// Find uses binary search to find and return the smallest index i in
// [0, n) at which cmp(i) <= 0. If there is no such index i, Find returns
// i = n. The found result is true if i < n and cmp(i) == 0. Find calls
// cmp(i) only for i in the range [0, n).
//
// To permit binary search, Find requires that cmp(i) > 0 for a leading
// prefix of the range, cmp(i) == 0 in the middle of the range, and
// cmp(i) < 0 for the final suffix of the range.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1) // no overflow
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}
