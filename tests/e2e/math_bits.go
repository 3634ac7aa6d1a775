// Package math's exact functions and constants: bit casts, NaN and
// infinities, sign handling and rounding to integers.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Float64bits(1.5), math.Float32bits(1.5))
	fmt.Println(math.Float64frombits(0x400921fb54442d18), math.Float32frombits(0x40490fdb))
	nan := math.NaN()
	fmt.Println(math.IsNaN(nan), nan == nan, math.Float64bits(nan))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(-1), -1), math.IsInf(1e308, 0))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Abs(-2.5))
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt8)
	fmt.Println(math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64)
	var x float32 = math.MaxFloat32
	fmt.Println(x, math.Ln2, math.Log2E)
}
