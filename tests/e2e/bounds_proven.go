// Index and slice expressions that go2cpp's bce proves in range (printed
// without their check) next to look-alikes whose checks must stay and fire
// with gc's texts: loops whose bound or slice changes inside, conditions
// that leave a way around, variables a closure or a pointer may change,
// gotos back to a label, and integers that wrap.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func sumUp(a []int) (t int) {
	for i := 0; i < len(a); i++ {
		t += a[i]
	}
	for i := len(a) - 1; i >= 0; i-- {
		t += a[i] * 2
	}
	for i := range a {
		t += len(a[:i+1]) + len(a[i:])
	}
	return t
}

func skipAhead(a []int) (t int) {
	for i := 0; i < len(a); i++ {
		i++
		t += a[i]
	}
	return t
}

func shrinking(a []int) (t int) {
	for i := 0; i < len(a); i++ {
		a = a[1:]
		t += a[i]
	}
	return t
}

func closureMoves(a []int, i int) int {
	if i < 0 || i >= len(a) {
		return -1
	}
	bump := func() { i += 10 }
	bump()
	return a[i]
}

func pointerMoves(a []int) int {
	i := 0
	p := &i
	*p = 7
	if len(a) > 0 {
		return a[i]
	}
	return 0
}

func gotoBack(a []int) (t int) {
	i := 0
again:
	if i < len(a) {
		t += a[i]
		i += 2
		goto again
	}
	return t + a[i-2]
}

func wraps(n uint8) int {
	var table [256]int
	for i := range table {
		table[i] = i
	}
	var small [8]int
	small[n&7] = 1
	return table[n+200] + table[n] + small[n%8]
}

func signedMod(a [8]int, k int) int { return a[k%8] }

func main() {
	a := []int{1, 2, 3, 4, 5}
	fmt.Println(sumUp(a), sumUp(nil))
	try("skipAhead even", func() { fmt.Println(skipAhead([]int{1, 2, 3, 4})) })
	try("skipAhead odd", func() { fmt.Println(skipAhead([]int{1, 2, 3})) })
	try("shrinking", func() { fmt.Println(shrinking([]int{1, 2, 3, 4, 5, 6})) })
	try("closureMoves", func() { fmt.Println(closureMoves(a, 2)) })
	try("pointerMoves", func() { fmt.Println(pointerMoves(a)) })
	try("gotoBack", func() { fmt.Println(gotoBack(a)) })
	fmt.Println(wraps(3), wraps(100), wraps(255))
	try("signedMod", func() { fmt.Println(signedMod([8]int{1, 2, 3, 4, 5, 6, 7, 8}, -3)) })
	s := "hello, world"
	n := 0
	for i := range s {
		if s[i] == 'o' {
			n += len(s[:i]) + len(s[i:])
		}
	}
	fmt.Println(n)
}
