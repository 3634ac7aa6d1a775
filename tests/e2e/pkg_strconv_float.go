// Package strconv's floats: ParseFloat (Go's syntax, correct rounding for
// float64 and float32, infinities, NaN, NumError texts) and
// FormatFloat/AppendFloat in every format, shortest and fixed precision.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "-0", "1", "+1.5", "3.14159", ".5", "5.", "1e10", "1E-5", "-2.5e+3", "1_000.5", "1__0", "_1",
		"0x1p-2", "0x1.8p3", "-0X.8P1", "0x1p", "0x1.8", "0x_1p4", "1e", "e5", ".", "+", "", "1.2.3", " 1", "1 ",
		"inf", "-Inf", "+INFINITY", "infinity", "nan", "NaN", "-nan", "infin",
		"1e308", "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "-1e400", "1e-400", "4.9e-324", "2.4e-324",
		"3.4028235e38", "3.4028236e38", "1e39", "1.401298464324817e-45",
		"0.1", "0.2", "0.30000000000000004", "123456789012345678901234567890", "9007199254740993",
		"2.2250738585072011e-308", "2.2250738585072012e-308",
	}
	for _, s := range inputs {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %v | %v %v\n", s, f64, err64, f32, err32)
	}
	_, err := strconv.ParseFloat("1e999", 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	}

	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e21, 1.5e-7, 123456.789,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 0.000001, 1e-5,
		float64(float32(0.1)), 3.4028234663852886e38, 12345678, 0.5, 2.5, 1.25, 9.999999, 999999.5}
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 3, 6, 17}
	for _, v := range values {
		for _, f := range formats {
			line := string(f) + ":"
			for _, p := range precs {
				line += " " + strconv.FormatFloat(v, f, p, 64)
			}
			fmt.Println(line)
		}
		fmt.Println("32:", strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'e', 3, 32), strconv.FormatFloat(v, 'b', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatFloat(1.5, 'F', 2, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 0.25, 'f', -1, 64)))
	for i := 0; i < 200; i++ {
		v := math.Float64frombits(uint64(i)*0x9E3779B97F4A7C15 ^ 0x3FF0000000000000&^(uint64(i)<<60))
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		if (back != v && !(math.IsNaN(v) && math.IsNaN(back))) || err != nil && !math.IsInf(v, 0) {
			fmt.Println("round trip failed:", s, err)
		}
		if i%20 == 0 {
			fmt.Println(s, strconv.FormatFloat(v, 'e', 10, 64))
		}
	}
}
