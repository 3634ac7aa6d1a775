// Checks that math's special functions are bit-exact with gc: prints the
// bits of every result over ordinary inputs and the special cases (±0,
// ±Inf, NaN, tiny, huge, near poles and branch points).
package main

import (
	"fmt"
	"math"
)

var inputs = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 2, -2, 0.5, -0.5, 0.25, -0.25, 0.1, -0.1, 1e-300, -1e-300,
	5e-324, -5e-324, 1e-20, -1e-20, 1e-9, -1e-9, 3e-8, 1e-5, -1e-5,
	0.3, 0.34, 0.35, 0.4, 0.41, 0.45, -0.29, -0.3, 0.7, 0.75, 0.84, 0.85,
	0.9, 0.99, 0.999999, -0.999999, 1.0000001, 1.03, 1.04, 1.25, 1.5, 1.75,
	2.5, 2.857, 3, 3.5, 4, 5, 6, 6.5, 7, 8, 10, 12.5, 20, 27.5, 28, 30,
	38.8, 39, 50, 100, 171, 171.7, 172, 200, 709.7, 709.8, 710, 1000,
	1e5, 1e8, 3e8, 1e9, 1e15, 1e17, 1e20, 1e30, 1e100, 1e300, math.MaxFloat64,
	-0.99, -0.9, -0.75, -1.5, -2.5, -3, -3.5, -4.5, -10, -10.5, -20, -30,
	-38.8, -39, -100, -170.5, -171.5, -200.5, -709.7, -745, -746, -1e9,
	-1e20, -math.MaxFloat64, math.Pi, -math.Pi, math.E, math.SmallestNonzeroFloat64 * 1e10,
	1 - 1e-16, 1 + 2.3e-16, -1 + 1e-16, 0.4769362762044699, 2.0000001, 1.9999999,
	0.8934, 2.4048255576957727, 3.8317059702075125, 0.8935769662791675,
	5.520078110286311, 0.85, 0.8500001, 0.84375, 0.84374999, 1.2499999, 2.8571428, 2.8571429, 5.9999999, 6.0000001,
	27.999999, -1e-10, -1.0000001, -0.9999999, -2.9999999, 33, 33.5, -33.5, -34.25,
	143, 143.5, -150.5, -180.3, 0.2316, 0.7316, 1.2316, 1.7316, 1.461632144968362, 1e-21, -1e-21,
	1e17, 3e17, 5e15, -5e15 - 0.5, -4503599627370495.5, 1e-308, 2.8e-306, 1 - 1e-10, 1 - 1e-14, 1.999, 1.9999999999, 7.0155866698156185, 2.1971413260310170,
}

func show(name string, f func(float64) float64) {
	fmt.Println(name)
	for i, x := range inputs {
		fmt.Printf(" %016x", math.Float64bits(f(x)))
		if i%6 == 5 {
			fmt.Println()
		}
	}
	fmt.Println()
	// A sweep over many magnitudes catches a wrong coefficient anywhere.
	var h uint64
	for i := 0; i < 4000; i++ {
		x := math.Float64frombits(0x3c00000000000000 + uint64(i)*0x0009a3c5d1f2e3b7)
		for _, y := range []float64{x, -x} {
			h = h*1099511628211 ^ math.Float64bits(f(y))
		}
	}
	fmt.Printf(" sweep %016x\n", h)
}

func main() {
	show("Log1p", math.Log1p)
	show("Expm1", math.Expm1)
	show("Asinh", math.Asinh)
	show("Acosh", math.Acosh)
	show("Atanh", math.Atanh)
	show("Erf", math.Erf)
	show("Erfc", math.Erfc)
	show("Erfinv", math.Erfinv)
	show("Erfcinv", math.Erfcinv)
	show("Gamma", math.Gamma)
	show("Lgamma", func(x float64) float64 { v, _ := math.Lgamma(x); return v })
	show("LgammaSign", func(x float64) float64 { _, s := math.Lgamma(x); return float64(s) })
}
