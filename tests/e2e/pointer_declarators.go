// Pointer-typed neighbours: struct fields declared together (left, right
// *Node) and variables defined together (a, b := ...) must all be pointers
// in C++, where `Node* l{}, r{};` would make r a Node.
package main

import "fmt"

type Node struct {
	left, right *Node
	val         int
}

func pair() (*Node, *Node) { return &Node{val: 1}, &Node{val: 2} }

func main() {
	root := &Node{val: 0}
	a, b := pair()
	root.left, root.right = a, b
	root.right.left = &Node{val: 3}
	fmt.Println(root.val, root.left.val, root.right.val, root.right.left.val)
	fmt.Println(root.left.left == nil, root.right.right == nil)
}
