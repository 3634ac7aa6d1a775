// This file implements Log1p and Expm1, log(1+x) and exp(x)-1 accurate for
// small x, and the inverse hyperbolic functions built on them. gc computes
// them in portable Go on amd64; the code follows Go's algorithms (from
// FreeBSD's msun s_log1p.c and s_expm1.c) and constants operation by
// operation, so that every rounding, and so the result, is gc's.
package math

// Log1p returns the natural logarithm of 1 plus x (special cases:
// Log1p(±0) = ±0, Log1p(-1) = -Inf, Log1p(x < -1) = NaN, Log1p(+Inf) = +Inf,
// Log1p(NaN) = NaN).
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // Sqrt(2)-1
		sqrt2HalfM1 = -2.928932188134524755992e-01 // Sqrt(2)/2-1
		small       = 1.0 / (1 << 29)
		tiny        = 1.0 / (1 << 54)
		two53       = 1 << 53
		ln2Hi       = 6.93147180369123816490e-01
		ln2Lo       = 1.90821492927058770002e-10
		lp1         = 6.666666666666735130e-01
		lp2         = 3.999999999940941908e-01
		lp3         = 2.857142874366239149e-01
		lp4         = 2.222219843214978396e-01
		lp5         = 1.818357216161805012e-01
		lp6         = 1.531383769920937332e-01
		lp7         = 1.479819860511658591e-01
	)
	if x < -1 || IsNaN(x) {
		return NaN()
	}
	if x == -1 {
		return Inf(-1)
	}
	if IsInf(x, 1) {
		return Inf(1)
	}
	ax := Abs(x)
	k := 1
	var f float64
	var iu uint64
	if ax < sqrt2M1 {
		if ax < small {
			if ax < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			// 1+x lies in (Sqrt(2)/2, Sqrt(2)): no argument reduction.
			k, f, iu = 0, x, 1
		}
	}
	var c float64 // the rounding error of 1+x, relative to it
	if k != 0 {
		var u float64
		if ax < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			c = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd { // below the mantissa of Sqrt(2)
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	fk := float64(k)
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += fk * ln2Lo
			return fk*ln2Hi + c
		}
		r := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return fk*ln2Hi - ((r - (fk*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	r := z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+r))
	}
	return fk*ln2Hi - ((hfsq - (s*(hfsq+r) + (fk*ln2Lo + c))) - f)
}

// Expm1 returns e**x - 1 (special cases: Expm1(+Inf) = +Inf,
// Expm1(-Inf) = -1, Expm1(NaN) = NaN; very large x overflow to +Inf, very
// negative x give -1).
func Expm1(x float64) float64 {
	const (
		oThreshold = 7.09782712893383973096e+02 // beyond it e**x overflows
		ln2X56     = 3.88162421113569373274e+01
		ln2HalfX3  = 1.03972077083991796413e+00
		ln2Half    = 3.46573590279972654709e-01
		ln2Hi      = 6.93147180369123816490e-01
		ln2Lo      = 1.90821492927058770002e-10
		invLn2     = 1.44269504088896338700e+00
		tiny       = 1.0 / (1 << 54)
		// Coefficients of the rational approximation on [-0.35, 0.35].
		q1 = -3.33333333333331316428e-02
		q2 = 1.58730158725481460165e-03
		q3 = -7.93650757867487942473e-05
		q4 = 4.00821782732936239552e-06
		q5 = -2.01099218183624371326e-07
	)
	if IsInf(x, 1) || IsNaN(x) {
		return x
	}
	if IsInf(x, -1) {
		return -1
	}
	neg := x < 0
	ax := x
	if neg {
		ax = -ax
	}
	if ax >= ln2X56 {
		if neg {
			return -1
		}
		if ax >= oThreshold {
			return Inf(1)
		}
	}
	// Reduce x to hi-lo = x - k*ln2 with |hi-lo| <= 0.5*ln2.
	var c float64
	k := 0
	if ax > ln2Half {
		var hi, lo float64
		if ax < ln2HalfX3 {
			if neg {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if neg {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			t := float64(k)
			hi = x - t*ln2Hi // exact
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if ax < tiny {
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = (x*(e-c) - c)
	e -= hxs
	if k == -1 {
		return 0.5*(x-e) - 0.5
	}
	if k == 1 {
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	}
	// scaled adds k to the exponent of y.
	scaled := func(y float64) float64 {
		return Float64frombits(Float64bits(y) + uint64(k)<<52)
	}
	if k <= -2 || k > 56 {
		return scaled(1-(e-x)) - 1
	}
	if k < 20 {
		t = Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1-2**-k
		return scaled(t - (e - x))
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return scaled(y)
}

// Asinh returns the inverse hyperbolic sine of x (special cases: ±0, ±Inf
// and NaN are returned as they are).
func Asinh(x float64) float64 {
	const (
		ln2      = 6.93147180559945286227e-01
		nearZero = 1.0 / (1 << 28)
		large    = 1 << 28
	)
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	if x > large {
		r = Log(x) + ln2
	} else if x > 2 {
		r = Log(2*x + 1/(Sqrt(x*x+1)+x))
	} else if x < nearZero {
		r = x
	} else {
		r = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		return -r
	}
	return r
}

// Acosh returns the inverse hyperbolic cosine of x (special cases:
// Acosh(+Inf) = +Inf, Acosh(x < 1) = NaN, Acosh(NaN) = NaN).
func Acosh(x float64) float64 {
	const large = 1 << 28
	if x < 1 || IsNaN(x) {
		return NaN()
	}
	if x == 1 {
		return 0
	}
	if x >= large {
		return Log(x) + Ln2
	}
	if x > 2 {
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x (special cases:
// Atanh(±1) = ±Inf, Atanh(±0) = ±0, Atanh(|x| > 1) = NaN, Atanh(NaN) = NaN).
func Atanh(x float64) float64 {
	const nearZero = 1.0 / (1 << 28)
	if x < -1 || x > 1 || IsNaN(x) {
		return NaN()
	}
	if x == 1 {
		return Inf(1)
	}
	if x == -1 {
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	if x < nearZero {
		r = x
	} else if x < 0.5 {
		r = x + x
		r = 0.5 * Log1p(r+r*x/(1-x))
	} else {
		r = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		return -r
	}
	return r
}
