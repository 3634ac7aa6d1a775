// Package math, bit for bit: every function over ordinary, tiny, huge,
// subnormal and special inputs, printed as the exact bits gc computes
// (Exp, Log and Hypot follow gc's amd64 assembly; the rest Go's portable
// code).
package main

import (
	"fmt"
	"math"
)

type namedFunc struct {
	name string
	f    func(float64) float64
}

func bits(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func main() {
	inputs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, 0.1, -0.1, 1e-10, 1e-300, 5e-324, 2.5e-310,
		math.Pi, math.Pi / 4, 1.5707963267948966, 10, -10, 100.5, 709.7, 709.79, 710, -745.1, -746, 1e5, 123456.789,
		1 << 29, 1e15, 1e22, 1e300, -1e300, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 0.7071067811865476,
		0.9999999999999999, 1.0000000000000002, 0.625, 21.5, 44.1, 1e-8}
	unary := []namedFunc{
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Log", math.Log}, {"Log10", math.Log10}, {"Log2", math.Log2},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos},
		{"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Cbrt", math.Cbrt},
		{"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven}, {"Abs", math.Abs}, {"Logb", math.Logb},
	}
	for _, u := range unary {
		line := u.name + ":"
		for _, x := range inputs {
			line += " " + bits(u.f(x))
		}
		fmt.Println(line)
	}
	for _, x := range inputs {
		fr, e := math.Frexp(x)
		i, f := math.Modf(x)
		s, c := math.Sincos(x)
		fmt.Println(bits(fr), e, bits(math.Ldexp(x, 7)), bits(math.Ldexp(x, -1070)), bits(i), bits(f), bits(s), bits(c), math.Ilogb(x),
			bits(math.Nextafter(x, 0)), math.Nextafter32(float32(x), 1))
	}
	pairs := [][2]float64{{2, 10}, {2, 0.5}, {-8, 1.0 / 3}, {-8, 3}, {10, -2}, {0.5, 1e3}, {1.0001, 1e6}, {3, 1e20},
		{0, -1}, {math.Copysign(0, -1), -3}, {-1, math.Inf(1)}, {math.Inf(-1), 3}, {math.Inf(-1), -2}, {2.5, 3.7},
		{1e300, 2}, {1e-300, 3}, {7, 2}, {-7.5, 2}, {5, -3}, {1e10, 3.3}, {math.NaN(), 0}, {1, math.NaN()}, {3, 4},
		{1e200, 1e200}, {0, 0}, {math.Inf(1), math.NaN()}, {-0.5, -0.25}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Println(bits(math.Pow(x, y)), bits(math.Atan2(x, y)), bits(math.Hypot(x, y)), bits(math.Mod(x, y)),
			bits(math.Remainder(x, y)), bits(math.Max(x, y)), bits(math.Min(x, y)), bits(math.Dim(x, y)),
			bits(math.FMA(x, y, 1)), bits(math.Copysign(x, y)))
	}
	for n := -330; n <= 320; n += 13 {
		fmt.Print(bits(math.Pow10(n)), " ")
	}
	fmt.Println()
	fmt.Println(math.Sqrt2, math.Pi, math.E, math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pow(2, 0.5), math.Exp(1), math.Log(10), math.Sin(1e10), math.Cos(1e22), math.Tan(1e300))
}
