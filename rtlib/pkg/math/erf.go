// This file implements the error function Erf, its complement Erfc and
// their inverses Erfinv and Erfcinv. gc computes them in portable Go on
// amd64; the code follows Go's algorithms (Erf/Erfc from FreeBSD's msun
// s_erf.c, Erfinv from Wichura's AS241 PPND16) with their coefficients, and
// evaluates every polynomial in the same Horner order, so that every
// rounding, and so the result, is gc's.
package math

// polyEval returns c[0] + x*(c[1] + x*(c[2] + ...)), evaluated innermost
// first as Go's math does (c[n-1]*x + c[n-2], then times x plus c[n-3] ...).
func polyEval(x float64, c []float64) float64 {
	p := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		p = p*x + c[i]
	}
	return p
}

const (
	erfErx  = 8.45062911510467529297e-01 // erf(1) rounded to single precision
	erfEfx  = 1.28379167095512586316e-01 // 2/sqrt(pi) - 1
	erfEfx8 = 1.02703333676410069053e+00 // 8*erfEfx
)

// The rational approximations of msun's s_erf.c, coefficients in ascending
// order: erf(x) = x + x*P/Q on |x| < 0.84375; erf(1+s) = erx + P/Q on
// [0.84375, 1.25); erfc(x) = exp(-x*x - 0.5625 + R/S)/x beyond, with one
// R/S below 1/0.35 and another above.
var (
	erfSmallP = []float64{1.28379167095512558561e-01, -3.25042107247001499370e-01,
		-2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05}
	erfSmallQ = []float64{1, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
		5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06}
	erfNearOneP = []float64{-2.36211856075265944077e-03, 4.14856118683748331666e-01,
		-3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
		3.54783043256182359371e-02, -2.16637559486879084300e-03}
	erfNearOneQ = []float64{1, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
		7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
		1.19844998467991074170e-02}
	erfMidR = []float64{-9.86494403484714822705e-03, -6.93858572707181764372e-01,
		-1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
		-1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00}
	erfMidS = []float64{1, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
		4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
		1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02}
	erfFarR = []float64{-9.86494292470009928597e-03, -7.99283237680523006574e-01,
		-1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
		-1.02509513161107724954e+03, -4.83519191608651397019e+02}
	erfFarS = []float64{1, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
		1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
		4.74528541206955367215e+02, -2.24409524465858183362e+01}
)

// erfSmallRatio returns P/Q of the approximation on |x| < 0.84375.
func erfSmallRatio(x float64) float64 {
	z := x * x
	return polyEval(z, erfSmallP) / polyEval(z, erfSmallQ)
}

// erfNearOneRatio returns P/Q of the approximation on [0.84375, 1.25).
func erfNearOneRatio(x float64) float64 {
	s := x - 1
	return polyEval(s, erfNearOneP) / polyEval(s, erfNearOneQ)
}

// erfcTail returns erfc(x) for 1.25 <= x < 28.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var rs float64
	if x < 1/0.35 {
		rs = polyEval(s, erfMidR) / polyEval(s, erfMidS)
	} else {
		rs = polyEval(s, erfFarR) / polyEval(s, erfFarS)
	}
	// z is x cut to 20 mantissa bits, so that z*z is exact.
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	r := Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+rs)
	return r / x
}

// Erf returns the error function of x (special cases: Erf(+Inf) = 1,
// Erf(-Inf) = -1, Erf(NaN) = NaN).
func Erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306 // 0x0080000000000000
		small    = 1.0 / (1 << 28)
	)
	if IsNaN(x) {
		return NaN()
	}
	if IsInf(x, 0) {
		return float64(sign1(x))
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < small:
		if x < veryTiny {
			r = 0.125 * (8.0*x + erfEfx8*x) // scaled to avoid underflow
		} else {
			r = x + erfEfx*x
		}
	case x < 0.84375:
		r = x + x*erfSmallRatio(x)
	case x < 1.25:
		if neg {
			return -erfErx - erfNearOneRatio(x)
		}
		return erfErx + erfNearOneRatio(x)
	case x >= 6:
		r = 1
	default:
		if neg {
			return erfcTail(x) - 1
		}
		return 1 - erfcTail(x)
	}
	if neg {
		return -r
	}
	return r
}

// sign1 returns -1 for negative x and 1 otherwise.
func sign1(x float64) int {
	if x < 0 {
		return -1
	}
	return 1
}

// Erfc returns the complementary error function 1-Erf(x) (special cases:
// Erfc(+Inf) = 0, Erfc(-Inf) = 2, Erfc(NaN) = NaN).
func Erfc(x float64) float64 {
	const tiny = 1.0 / (1 << 56)
	if IsNaN(x) {
		return NaN()
	}
	if IsInf(x, 0) {
		return float64(1 - sign1(x))
	}
	neg := x < 0
	if neg {
		x = -x
	}
	switch {
	case x < 0.84375:
		// erfc = 1 - erf, with erf computed as t.
		var t float64
		if x < tiny {
			t = x
		} else if x < 0.25 {
			t = x + x*erfSmallRatio(x)
		} else {
			t = 0.5 + (x*erfSmallRatio(x) + (x - 0.5))
		}
		if neg {
			return 1 + t
		}
		return 1 - t
	case x < 1.25:
		if neg {
			return 1 + erfErx + erfNearOneRatio(x)
		}
		return 1 - erfErx - erfNearOneRatio(x)
	case x < 28:
		if neg {
			if x > 6 {
				return 2
			}
			return 2 - erfcTail(x)
		}
		return erfcTail(x)
	}
	if neg {
		return 2
	}
	return 0
}

// The rational approximations of AS241's PPND16, coefficients in ascending
// order: the central one in r = 0.180625 - x*x/4, and two tails in
// r = sqrt(ln2 - log(1-x)) - 1.6 (r <= 5) and r - 5 beyond.
var (
	erfinvCentralP = []float64{1.1975323115670912564578e0, 4.7072688112383978012285e1,
		6.9706266534389598238465e2, 4.8548868893843886794648e3, 1.6235862515167575384252e4,
		2.3782041382114385731252e4, 1.1819493347062294404278e4, 8.8709406962545514830200e2}
	erfinvCentralQ = []float64{1.0000000000000000000e0, 4.2313330701600911252e1,
		6.8718700749205790830e2, 5.3941960214247511077e3, 2.1213794301586595867e4,
		3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3}
	erfinvNearP = []float64{1.42343711074968357734e0, 4.63033784615654529590e0,
		5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0,
		2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4}
	erfinvNearQ = []float64{1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
		2.3707661626024532365971225e0, 9.7547832001787427186894837e-1,
		2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
		7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9}
	erfinvFarP = []float64{6.65790464350110377720e0, 5.46378491116411436990e0,
		1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2,
		1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7}
	erfinvFarQ = []float64{1.414213562373095048801689e0, 8.482908416595164588112026e-1,
		1.936480946950659106176712e-1, 2.103693768272068968719679e-2,
		1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
		2.010321207683943062279931e-7, 2.891024605872965461538222e-15}
)

// Erfinv returns the inverse error function of x (special cases:
// Erfinv(1) = +Inf, Erfinv(-1) = -Inf, Erfinv(x) = NaN for |x| > 1 and NaN).
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	if x <= 0.85 {
		t := 0.180625 - 0.25*x*x
		r = (x * polyEval(t, erfinvCentralP)) / polyEval(t, erfinvCentralQ)
	} else {
		t := Sqrt(Ln2 - Log(1.0-x))
		if t <= 5.0 {
			t -= 1.6
			r = polyEval(t, erfinvNearP) / polyEval(t, erfinvNearQ)
		} else {
			t -= 5.0
			r = polyEval(t, erfinvFarP) / polyEval(t, erfinvFarQ)
		}
	}
	if neg {
		return -r
	}
	return r
}

// Erfcinv returns the inverse of Erfc(x) (special cases: Erfcinv(0) = +Inf,
// Erfcinv(2) = -Inf, Erfcinv(x) = NaN for x < 0, x > 2 and NaN).
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
