// Checks that math's Bessel functions are bit-exact with gc: prints the
// bits of J0, J1, Y0, Y1, Jn and Yn over ordinary inputs and the special
// cases (±0, ±Inf, NaN, negatives, tiny, huge, the interval boundaries of
// the approximations, n < 0 and large n), plus a hash over a sweep of
// magnitudes that catches a wrong coefficient anywhere.
package main

import (
	"fmt"
	"math"
)

var inputs = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 2, -2, 0.5, -0.5, 0.25, 0.1, -0.1, 1e-300, -1e-300, 5e-324, -5e-324,
	1e-20, 5e-17, 1e-9, -1e-9, 7e-9, 8e-9, 1e-5, 1.2e-4, 1.3e-4, 0.3, 0.9, 0.999, 1.5, 1.999,
	2.0000001, 2.5, 2.857, 2.8571, 2.8572, 3, 4, 4.5454, 4.5455, 5, 6, 7, 7.999, 8, 8.001,
	10, 12.5, 20, 33.3, 50, 100, 1000, 1e5, 1e8, 1e15, 1e20, 1e38, 6.8e38, 6.9e38, 1e50,
	1e90, 8.2e90, 8.3e90, 1e100, 1e200, 1e300, math.MaxFloat64 / 2, math.MaxFloat64,
	-math.MaxFloat64, -3, -7.5, -10, -1e5, -1e300, math.Pi, 2.404825557695773,
	3.8317059702075125, 0.8935769662791675, 2.197141326031017, 5.520078110286311,
	7.015586669815619, 3.957678419314858, 1 << 27, 1.0 / (1 << 27), 1.0 / (1 << 29),
	1.0 / (1 << 30), 1.0 / (1 << 54), 1.0 / (1 << 55), 1.0 / (1 << 13),
}

var orders = []int{0, 1, 2, 3, 4, 5, 7, 10, 20, 33, 34, 35, 50, 100, 400, 1000,
	-1, -2, -3, -4, -7, -34, -101, math.MinInt}

func bits(v float64) uint64 { return math.Float64bits(v) }

// sweep hashes f over 4000 magnitudes and their negatives.
func sweep(f func(float64) float64) uint64 {
	var h uint64
	for i := 0; i < 4000; i++ {
		x := math.Float64frombits(0x3c00000000000000 + uint64(i)*0x0009a3c5d1f2e3b7)
		for _, y := range []float64{x, -x} {
			h = h*1099511628211 ^ bits(f(y))
		}
	}
	return h
}

func show(name string, f func(float64) float64) {
	fmt.Println(name)
	for i, x := range inputs {
		fmt.Printf(" %016x", bits(f(x)))
		if i%6 == 5 {
			fmt.Println()
		}
	}
	fmt.Printf("\n sweep %016x\n", sweep(f))
}

// showOrders prints, for each order, the hash of f(n, x) over the inputs
// and the sweep, and a few values in full.
func showOrders(name string, f func(int, float64) float64) {
	fmt.Println(name)
	for _, n := range orders {
		var h uint64
		for _, x := range inputs {
			h = h*1099511628211 ^ bits(f(n, x))
		}
		s := sweep(func(x float64) float64 { return f(n, x) })
		fmt.Printf(" n=%d inputs %016x sweep %016x", n, h, s)
		for _, x := range []float64{0, math.Copysign(0, -1), -2.5, 1e-10, 0.5, 3, 40, 1e30, 1e100} {
			fmt.Printf(" %016x", bits(f(n, x)))
		}
		fmt.Println()
	}
	// A grid of small orders and moderate arguments, where the
	// recurrences (forward, backward, rescaled) do the work.
	var h uint64
	for n := -60; n <= 60; n++ {
		for i := 0; i < 300; i++ {
			x := float64(i)*0.37 + 1e-3
			h = h*1099511628211 ^ bits(f(n, x))
		}
	}
	fmt.Printf(" grid %016x\n", h)
}

func main() {
	show("J0", math.J0)
	show("J1", math.J1)
	show("Y0", math.Y0)
	show("Y1", math.Y1)
	showOrders("Jn", math.Jn)
	showOrders("Yn", math.Yn)
	fmt.Println(math.J0(2.404825557695773), math.J1(3.8317059702075125), math.Y0(0.8935769662791675))
	fmt.Println(math.Jn(2, 5), math.Yn(2, 5), math.Jn(-3, 2), math.Yn(-3, 2), math.Yn(-3, 0), math.Yn(-4, 0))
}
