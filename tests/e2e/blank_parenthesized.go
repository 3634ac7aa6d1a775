// The blank identifier in parentheses is still blank: (_) = 0, and in
// tuple assignments and range clauses (gc's fixedbugs/bug420.go).
package main

func f() (int, int) { return 1, 2 }

func main() {
	(_) = 0
	var x int
	(x), (_) = f()
	for (_) = range []int{1} {
	}
	ch := make(chan int, 1)
	ch <- 3
	close(ch)
	for (_) = range ch {
	}
	m := map[int]int{1: 2}
	for (_), (x) = range m {
	}
	println(x)
}
