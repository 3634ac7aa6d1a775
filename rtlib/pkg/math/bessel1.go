// This file implements J1 and Y1, the Bessel functions of order one. gc
// computes them in portable Go on amd64; the code follows Go's algorithm
// (FreeBSD msun's e_j1.c) with its coefficients and evaluates every
// polynomial in the same Horner order, so that the result is gc's. Below
// 2 they are power series (J1) and a rational approximation plus
// (2/π)·(J1(x)·ln(x) − 1/x) (Y1); from 2 on, Hankel's form
// (bessel_far.go).
package math

// J1(x) = x/2 + x·R(x²)/S(x²) on [0, 2); coefficients ascending.
var (
	j1NearR = []float64{-6.25000000000000000000e-02, 1.40705666955189706048e-03,
		-1.59955631084035597520e-05, 4.96727999609584448412e-08}
	j1NearS = []float64{1, 1.91537599538363460805e-02, 1.85946785588630915560e-04,
		1.17718464042623683263e-06, 5.04636257076217042715e-09, 1.23542274426137913908e-11}
)

// Y1(x) = x·U(x²)/V(x²) + (2/π)·(J1(x)·ln(x) − 1/x) on (0, 2);
// coefficients ascending.
var (
	y1NearU = []float64{-1.96057090646238940668e-01, 5.04438716639811282616e-02,
		-1.91256895875763547298e-03, 2.35252600561610495928e-05, -9.19099158039878874504e-08}
	y1NearV = []float64{1, 1.99167318236649903973e-02, 2.02552581025135171496e-04,
		1.35608801097516229404e-06, 6.22741452364621501295e-09, 1.66559246207992079114e-11}
)

// J1 returns the order-one Bessel function of the first kind (special
// cases: J1(±Inf) = 0, J1(NaN) = NaN). J1 is odd (but see below).
func J1(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	const twoM27 = 1.0 / (1 << 27)
	if x < 0 {
		if x > -twoM27 {
			// gc returns |x|/2 here, not x/2: its tiny-argument branch
			// returns before restoring the sign. Kept for identical bits.
			return 0.5 * -x
		}
		return -j1Positive(-x)
	}
	return j1Positive(x)
}

// j1Positive returns J1(x) for finite x > 0.
func j1Positive(x float64) float64 {
	if x >= 2 {
		j, _ := besselFar(1, x)
		return j
	}
	const twoM27 = 1.0 / (1 << 27)
	if x < twoM27 {
		return 0.5 * x
	}
	z := x * x
	r := z * polyEval(z, j1NearR)
	s := polyEval(z, j1NearS)
	r *= x
	return 0.5*x + r/s
}

// Y1 returns the order-one Bessel function of the second kind (special
// cases: Y1(+Inf) = 0, Y1(0) = -Inf, Y1(x < 0) = NaN, Y1(NaN) = NaN).
func Y1(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		_, y := besselFar(1, x)
		return y
	}
	const twoM54 = 1.0 / (1 << 54)
	if x <= twoM54 {
		return -(2 / Pi) / x // 1/x dominates
	}
	z := x * x
	u := polyEval(z, y1NearU)
	v := polyEval(z, y1NearV)
	return x*(u/v) + (2/Pi)*(J1(x)*Log(x)-1/x)
}
