// This file implements Jn and Yn, the Bessel functions of integer order.
// gc computes them in portable Go on amd64; the code follows Go's
// algorithm (FreeBSD msun's e_jn.c) step for step, so that every rounding,
// and so the result, is gc's:
//
//   - J(n, x) for n <= x recurs forward from J0 and J1 with
//     J(i+1) = (2i/x)·J(i) − J(i−1), stable there;
//   - for n > x forward recurrence loses everything, so J(n, x)/J(n−1, x)
//     comes from a continued fraction, the recurrence runs backward to
//     order 0 from an arbitrary start, and J0(x) fixes the scale;
//   - Y(n, x) always recurs forward from Y0 and Y1;
//   - beyond 2**302 both are Hankel's leading term and for tiny x J(n, x)
//     is the leading term of its series, (x/2)**n/n!.
package math

// besselHuge is where Jn and Yn switch to Hankel's leading term: beyond
// it, x >> n² for every n the recurrences could reach.
const besselHuge = 1 << 302

// besselHugeTerm returns Jn(x) (first) or Yn(x) for x >= besselHuge:
// sqrt(2/(πx))·cos(x − (2n+1)π/4) or the sine, where sqrt(2) times the
// cosine or sine is a signed sum of sin(x) and cos(x) chosen by n mod 4.
func besselHugeTerm(first bool, n int, x float64) float64 {
	s, c := Sincos(x)
	var t float64
	switch n & 3 {
	case 0:
		if first {
			t = c + s
		} else {
			t = s - c
		}
	case 1:
		if first {
			t = -c + s
		} else {
			t = -s - c
		}
	case 2:
		if first {
			t = -c - s
		} else {
			t = -s + c
		}
	case 3:
		if first {
			t = c - s
		} else {
			t = s + c
		}
	}
	return (1 / SqrtPi) * t / Sqrt(x)
}

// Jn returns the order-n Bessel function of the first kind (special cases:
// Jn(n, ±Inf) = 0, Jn(n, NaN) = NaN).
func Jn(n int, x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	// J(−n, x) = (−1)**n·J(n, x) = J(n, −x).
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	// J(n, −x) = (−1)**n·J(n, x).
	negate := false
	if x < 0 {
		x = -x
		negate = n&1 == 1
	}
	var b float64
	switch {
	case float64(n) <= x && x >= besselHuge:
		b = besselHugeTerm(true, n, x)
	case float64(n) <= x:
		b = jnForward(n, x)
	case x < 1.0/(1<<29):
		b = jnTiny(n, x)
	default:
		b = jnBackward(n, x)
	}
	if negate {
		return -b
	}
	return b
}

// jnForward returns J(n, x) for 2 <= n <= x by forward recurrence.
func jnForward(n int, x float64) float64 {
	a, b := J0(x), J1(x)
	for i := 1; i < n; i++ {
		// 2i/x first: b·2i could overflow where the quotient does not.
		a, b = b, b*(float64(i+i)/x)-a
	}
	return b
}

// jnTiny returns J(n, x) for n >= 2 and 0 < x < 2**-29: (x/2)**n/n!, which
// underflows to 0 beyond n = 33.
func jnTiny(n int, x float64) float64 {
	if n > 33 {
		return 0
	}
	half := x * 0.5
	power, factorial := half, 1.0
	for i := 2; i <= n; i++ {
		factorial *= float64(i)
		power *= half
	}
	return power / factorial
}

// jnBackward returns J(n, x) for 2 <= n, 2**-29 <= x < n. With w = 2n/x and
// h = 2/x, J(n, x)/J(n−1, x) is the continued fraction
// 1/(w − 1/(w+h − 1/(w+2h − ...))); its depth k is where the recurrence
// Q(0) = w, Q(1) = w(w+h) − 1, Q(i) = (w+ih)·Q(i−1) − Q(i−2) exceeds 1e9,
// enough for double precision.
func jnBackward(n int, x float64) float64 {
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	t := 0.0 // the fraction, evaluated from its tail
	for i := 2 * (n + k); i >= n+n; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	// Recur down from J(n) = t, J(n−1) = 1 (up to a common scale). When
	// n·ln(2n/x) reaches ln(MaxFloat64), the values may overflow on the way
	// down: rescale them as they grow.
	a, b := t, 1.0
	nf := float64(n)
	if nf*Log(Abs(2/x*nf)) < 7.09782712893383973096e+02 {
		for i := n - 1; i > 0; i-- {
			a, b = b, b*float64(i+i)/x-a
		}
	} else {
		for i := n - 1; i > 0; i-- {
			a, b = b, b*float64(i+i)/x-a
			if b > 1e100 {
				a /= b
				t /= b
				b = 1
			}
		}
	}
	return t * J0(x) / b
}

// Yn returns the order-n Bessel function of the second kind (special
// cases: Yn(n, +Inf) = 0, Yn(n >= 0, 0) = -Inf, Yn(n < 0, 0) = +Inf for
// odd n and -Inf for even n, Yn(n, x < 0) = NaN, Yn(n, NaN) = NaN).
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	// Y(−n, x) = (−1)**n·Y(n, x).
	negate := false
	if n < 0 {
		n = -n
		negate = n&1 == 1
	}
	var b float64
	switch {
	case n == 1:
		b = Y1(x)
	case x >= besselHuge:
		b = besselHugeTerm(false, n, x)
	default:
		// Forward recurrence; once Y(i) reaches −Inf it stays there.
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if negate {
		return -b
	}
	return b
}
