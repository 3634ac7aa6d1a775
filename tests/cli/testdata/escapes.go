package main

type point struct{ x, y int }

var keep *point

func main() {
	p := &point{1, 2}
	q := &point{3, 4}
	keep = q
	println(p.x + keep.y)
}
