// This file implements the sorting algorithms behind Sort and Stable, as
// Go 1.19 runs them: pattern-defeating quicksort (Orson Peters' pdqsort:
// insertion sort for short ranges, heapsort when the recursion gets too
// unbalanced, ninther pivots, pattern breaking with a xorshift generator
// seeded by the length, detection of sorted and reversed runs), and for
// Stable, insertion-sorted blocks of 20 merged by SymMerge (Kim and
// Kutzner) with rotations by block swaps. The order of Less and Swap calls
// is Go's, which makes the results identical to gc's even for elements
// that compare equal.
package sort

import "math/bits"

// sortedHint is what choosePivot learned about the order of a range.
type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is the pseudo-random generator of breakPatterns (Marsaglia's
// xorshift64 with shifts 13, 17, 5).
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

func nextPowerOfTwo(length int) uint {
	return uint(1) << uint(bits.Len(uint(length)))
}

// insertionSort sorts data[a:b].
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the heap property of data[first+lo : first+hi] from
// root lo down.
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort sorts data[a:b].
func heapSort(data Interface, a, b int) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, 0, i, first)
	}
}

// pdqsort sorts data[a:b]; limit is the number of unbalanced partitions
// allowed before falling back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true    // the last partitioning was reasonably balanced
	wasPartitioned := true // the range was already partitioned
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			// The pivot moved with the reversal.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// Probably sorted already: try to finish with a few shifts.
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		// The element before the range is a lower bound: if it is not less
		// than the pivot, everything equal to the pivot goes left at once.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}

		mid, alreadyPartitioned := partition(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		// Recurse into the smaller side, loop on the larger.
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the elements less than the pivot before those not less,
// returns the pivot's new index, and reports whether no swap was needed.
func partition(data Interface, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1 // the unpartitioned elements are data[i..j]
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual moves the elements equal to the pivot (none is less)
// before the greater ones and returns where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

// partialInsertionSort sorts data[a:b] if a few out-of-order pairs are all
// that is wrong with it, and reports whether it did.
func partialInsertionSort(data Interface, a, b int) bool {
	const (
		maxSteps         = 5  // out-of-order pairs it shifts at most
		shortestShifting = 50 // shorter ranges are left to the caller
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		// Shift the smaller element left and the greater one right.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle with pseudo-random
// others, to defeat inputs that make the pivots bad.
func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := xorshift(length)
	modulus := nextPowerOfTwo(length)
	for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
		other := int(uint(random.Next()) & (modulus - 1))
		if other >= length {
			other -= length
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks a pivot for data[a:b]: the median of three elements
// at the quarters, or of three medians of adjacent triples (Tukey's
// ninther) for long ranges. The number of swaps the medians needed hints
// at the order of the range.
func choosePivot(data Interface, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	default:
		return j, unknownHint
	}
}

// order2 returns a and b ordered by data, counting a swap.
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns the index of the median of data[a], data[b], data[c].
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

// medianAdjacent returns the index of the median of data[a-1:a+2].
func medianAdjacent(data Interface, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// swapRange swaps data[a:a+n] with data[b:b+n].
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// stable sorts data[0:n] stably: blocks of 20 by insertion sort, then
// merges of doubling width.
func stable(data Interface, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted data[a:m] and data[m:b] in place (SymMerge of
// Kim and Kutzner, "Stable Minimum Storage Merging by Symmetric
// Comparisons"), with a binary insertion for one-element sides.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] into data[m:b] after the last element less than
		// or equal to it.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m] before the first greater element.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b] by block swaps.
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}
