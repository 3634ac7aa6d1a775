// Tight float loops: counts the points of a grid inside the Mandelbrot set.
package main

import "fmt"

func main() {
	const size = 1600
	const limit = 4.0
	inside := 0
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < 50 && zr*zr+zi*zi <= limit; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			if i == 50 {
				inside++
			}
		}
	}
	fmt.Println("points inside:", inside)
}
