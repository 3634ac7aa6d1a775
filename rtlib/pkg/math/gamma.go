// This file implements Gamma and Lgamma. gc computes them in portable Go on
// amd64; the code follows Go's algorithms (Gamma from Cephes' gamma.c with
// Stirling's formula for large arguments, Lgamma from FreeBSD's msun
// e_lgamma_r.c) with their coefficients, evaluating every polynomial in the
// same order, so that every rounding, and so the result, is gc's.
package math

// Cephes' rational approximation of Gamma(2+x) on [0, 1) and the series of
// Stirling's formula, coefficients in ascending order.
var (
	gammaP = []float64{9.99999999999999996796e-01, 4.94214826801497100753e-01,
		2.07448227648435975150e-01, 4.76367800457137231464e-02, 1.04213797561761569935e-02,
		1.19135147006586384913e-03, 1.60119522476751861407e-04}
	gammaQ = []float64{1.00000000000000000320e+00, 7.14304917030273074085e-02,
		-2.34591795718243348568e-01, 3.58236398605498653373e-02, 1.18139785222060435552e-02,
		-4.45641913851797240494e-03, 5.39605580493303397842e-04, -2.31581873324120129819e-05}
	gammaStirling = []float64{8.33333333333482257126e-02, 3.47222221605458667310e-03,
		-2.68132617805781232825e-03, -2.29549961613378126380e-04, 7.87311395793093628397e-04}
)

// stirling returns Gamma(x) for x > 33 as the product of its two results
// (kept apart so that a caller can avoid an intermediate overflow).
func stirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	const (
		sqrtTwoPi   = 2.506628274631000502417
		maxStirling = 143.01608 // beyond it x**(x-0.5) overflows
	)
	w := 1 / x
	w = 1 + w*polyEval(w, gammaStirling)
	y1 := Exp(x)
	y2 := 1.0
	if x > maxStirling {
		v := Pow(x, 0.5*x-0.25)
		y1, y2 = v, v/y1
	} else {
		y1 = Pow(x, x-0.5) / y1
	}
	return y1, sqrtTwoPi * w * y2
}

// Gamma returns the Gamma function of x (special cases: Gamma(+Inf) = +Inf,
// Gamma(+0) = +Inf, Gamma(-0) = -Inf, Gamma(x) = NaN for integer x < 0,
// Gamma(-Inf) = NaN, Gamma(NaN) = NaN).
func Gamma(x float64) float64 {
	if isNegInt(x) || IsInf(x, -1) || IsNaN(x) {
		return NaN()
	}
	if IsInf(x, 1) {
		return Inf(1)
	}
	if x == 0 {
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			y1, y2 := stirling(x)
			return y1 * y2
		}
		// The reflection formula Gamma(x) = -Pi/(x sin(Pi x) Gamma(-x)).
		sign := 1
		if int64(p)&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		s1, s2 := stirling(q)
		az := Abs(z)
		d := az * s1 * s2
		if IsInf(d, 0) {
			z = Pi / az / s1 / s2
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}
	// Move x into [2, 3) by the recurrence Gamma(x+1) = x Gamma(x).
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearZero(x, z)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearZero(x, z)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	return z * polyEval(x, gammaP) / polyEval(x, gammaQ)
}

// gammaNearZero returns z*Gamma(x) for |x| < 1e-9, where Gamma(x) is close
// to 1/(x + Euler*x*x).
func gammaNearZero(x, z float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}

// isNegInt reports whether x is a negative integer.
func isNegInt(x float64) bool {
	if x < 0 {
		_, xf := Modf(x)
		return xf == 0
	}
	return false
}

// The approximations of msun's e_lgamma_r.c, coefficients in ascending
// order. lgammaA splits into even and odd terms; lgammaT into three
// interleaved series in w = y**3.
var (
	lgammaAEven = []float64{7.72156649015328655494e-02, 6.73523010531292681824e-02,
		7.38555086081402883957e-03, 1.19270763183362067845e-03, 2.20862790713908385557e-04,
		2.52144565451257326939e-05}
	lgammaAOdd = []float64{3.22467033424113591611e-01, 2.05808084325167332806e-02,
		2.89051383673415629091e-03, 5.10069792153511336608e-04, 1.08011567247583939954e-04,
		4.48640949618915160150e-05}
	lgammaT0 = []float64{4.83836122723810047042e-01, -3.27885410759859649565e-02,
		6.10053870246291332635e-03, -1.40346469989232843813e-03, 3.15632070903625950361e-04}
	lgammaT1 = []float64{-1.47587722994593911752e-01, 1.79706750811820387126e-02,
		-3.68452016781138256760e-03, 8.81081882437654011382e-04, -3.12754168375120860518e-04}
	lgammaT2 = []float64{6.46249402391333854778e-02, -1.03142241298341437450e-02,
		2.25964780900612472250e-03, -5.38595305356740546715e-04, 3.35529192635519073543e-04}
	lgammaU = []float64{-7.72156649015328655494e-02, 6.32827064025093366517e-01,
		1.45492250137234768737e+00, 9.77717527963372745603e-01, 2.28963728064692451092e-01,
		1.33810918536787660377e-02}
	lgammaV = []float64{1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00,
		7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03}
	lgammaS = []float64{-7.72156649015328655494e-02, 2.14982415960608852501e-01,
		3.25778796408930981787e-01, 1.46350472652464452805e-01, 2.66422703033638609560e-02,
		1.84028451407337715652e-03, 3.19475326584100867617e-05}
	lgammaR = []float64{1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01,
		1.71933865632803078993e-01, 1.86459191715652901344e-02, 7.77942496381893596434e-04,
		7.32668430744625636189e-06}
	lgammaW = []float64{8.33333333333329678849e-02, -2.77777777728775536470e-03,
		7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
		-1.63092934096575273989e-03}
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x)
// (special cases: Lgamma(+Inf) = +Inf, Lgamma(0) = +Inf, Lgamma(-integer)
// = +Inf, Lgamma(-Inf) = -Inf, Lgamma(NaN) = NaN).
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		yMin  = 1.461632144968362245 // where Gamma has its minimum on x > 0
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 1.0 / (1 << 70)
		tc    = 1.46163214496836224576e+00
		tf    = -1.21486290535849611461e-01
		tt    = -3.63867699703950536541e-18 // correction of tf
		w0    = 4.18938533204672725052e-01  // log(2*Pi)/2 - 1/2
	)
	sign = 1
	if IsNaN(x) || IsInf(x, 0) {
		return x, 1
	}
	if x == 0 {
		return Inf(1), 1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < tiny {
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	// For negative x, lgamma(x) = log(Pi/|x sin(Pi x)|) - lgamma(-x).
	var nadj float64
	if neg {
		if x >= two52 { // an integer
			return Inf(1), 1
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), 1
		}
		nadj = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		// lgamma(x) = lgamma(x+1) - log(x), with one of three
		// approximations around 1, yMin and 2 chosen by i.
		var y float64
		var i int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= (yMin - 1 + 0.27):
				y, i = 1-x, 0
			case x >= (yMin - 1 - 0.27):
				y, i = x-(tc-1), 1
			default:
				y, i = x, 2
			}
		} else {
			lgamma = 0
			switch {
			case x >= (yMin + 0.27):
				y, i = 2-x, 0
			case x >= (yMin - 0.27):
				y, i = x-tc, 1
			default:
				y, i = x-1, 2
			}
		}
		switch i {
		case 0:
			z := y * y
			p := y*polyEval(z, lgammaAEven) + z*polyEval(z, lgammaAOdd)
			lgamma += (p - 0.5*y)
		case 1:
			z := y * y
			w := z * y
			p1 := polyEval(w, lgammaT0)
			p2 := polyEval(w, lgammaT1)
			p3 := polyEval(w, lgammaT2)
			p := z*p1 - (tt - w*(p2+y*p3))
			lgamma += (tf + p)
		case 2:
			p1 := y * polyEval(y, lgammaU)
			p2 := polyEval(y, lgammaV)
			lgamma += (-0.5*y + p1/p2)
		}
	case x < 8:
		// lgamma(i+y) = lgamma(2+y) + log((2+y)(3+y)...((i-1)+y)).
		i := int(x)
		y := x - float64(i)
		p := y * polyEval(y, lgammaS)
		q := polyEval(y, lgammaR)
		lgamma = 0.5*y + p/q
		z := 1.0
		for k := i - 1; k >= 2; k-- {
			z *= (y + float64(k))
		}
		if i >= 3 {
			lgamma += Log(z)
		}
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := w0 + z*polyEval(y, lgammaW)
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = nadj - lgamma
	}
	return lgamma, sign
}

// sinPi returns -sin(Pi*x) for x > 0, reducing x exactly first.
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else if x >= two53 { // an even integer
		x, n = 0, 0
	} else {
		if x < two52 {
			z = x + two52 // exact; the last mantissa bit is x's parity
		}
		n = int(1 & Float64bits(z))
		x = float64(n)
		n <<= 2
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
