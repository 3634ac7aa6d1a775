// This file implements J0 and Y0, the Bessel functions of order zero. gc
// computes them in portable Go on amd64; the code follows Go's algorithm
// (FreeBSD msun's e_j0.c) with its coefficients and evaluates every
// polynomial in the same Horner order, so that the result is gc's. Below
// 2 they are power series (J0) and a rational approximation plus
// (2/π)·J0(x)·ln(x) (Y0); from 2 on, Hankel's form (bessel_far.go).
package math

// J0(x) = 1 − x²/4 + x²·R(x²)/S(x²) on [0, 2); coefficients ascending.
var (
	j0NearR = []float64{1.56249999999999947958e-02, -1.89979294238854721751e-04,
		1.82954049532700665670e-06, -4.61832688532103189199e-09}
	j0NearS = []float64{1, 1.56191029464890010492e-02, 1.16926784663337450260e-04,
		5.13546550207318111446e-07, 1.16614003333790000205e-09}
)

// Y0(x) = U(x²)/V(x²) + (2/π)·J0(x)·ln(x) on (0, 2); coefficients ascending.
var (
	y0NearU = []float64{-7.38042951086872317523e-02, 1.76666452509181115538e-01,
		-1.38185671945596898896e-02, 3.47453432093683650238e-04, -3.81407053724364161125e-06,
		1.95590137035022920206e-08, -3.98205194132103398453e-11}
	y0NearV = []float64{1, 1.27304834834123699328e-02, 7.60068627350353253702e-05,
		2.59150851840457805467e-07, 4.41110311332675467403e-10}
)

// J0 returns the order-zero Bessel function of the first kind (special
// cases: J0(±Inf) = 0, J0(0) = 1, J0(NaN) = NaN).
func J0(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		j, _ := besselFar(0, x)
		return j
	}
	const (
		twoM27 = 1.0 / (1 << 27)
		twoM13 = 1.0 / (1 << 13)
	)
	if x < twoM27 {
		return 1 // 1 − x²/4 rounds to 1
	}
	if x < twoM13 {
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * polyEval(z, j0NearR)
	s := polyEval(z, j0NearS)
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	// On [1, 2), 1 − x²/4 as (1+x/2)(1−x/2) keeps its low bits.
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 returns the order-zero Bessel function of the second kind (special
// cases: Y0(+Inf) = 0, Y0(0) = -Inf, Y0(x < 0) = NaN, Y0(NaN) = NaN).
func Y0(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		_, y := besselFar(0, x)
		return y
	}
	const twoM27 = 1.0 / (1 << 27)
	if x <= twoM27 {
		return y0NearU[0] + (2/Pi)*Log(x)
	}
	z := x * x
	u := polyEval(z, y0NearU)
	v := polyEval(z, y0NearV)
	return u/v + (2/Pi)*J0(x)*Log(x)
}
