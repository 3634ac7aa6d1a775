// Allocation-heavy: builds and walks complete binary trees (the GC's work).
package main

import "fmt"

type Node struct{ left, right *Node }

func build(depth int) *Node {
	if depth == 0 {
		return &Node{}
	}
	return &Node{build(depth - 1), build(depth - 1)}
}

func (n *Node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	const maxDepth = 16
	long := build(maxDepth)
	total := 0
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		sum := 0
		for i := 0; i < iters; i++ {
			sum += build(d).count()
		}
		fmt.Printf("%d trees of depth %d: %d nodes\n", iters, d, sum)
		total += sum
	}
	fmt.Println("long-lived tree:", long.count(), "total:", total)
}
