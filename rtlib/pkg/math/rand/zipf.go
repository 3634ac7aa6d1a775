// This file implements Zipf variates by rejection-inversion (W. Hörmann,
// G. Derflinger, "Rejection-Inversion to Generate Variates from Monotone
// Discrete Distributions"), with the same floating-point steps as gc's, so
// that a seeded Rand gives gc's sequence.
package rand

import "math"

// A Zipf generates Zipf distributed variates.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64 // H(imax + 1/2)
	hx0minusHxm  float64 // H(1/2) - v**-q - H(imax + 1/2)
}

// h is the integral of the hat function, (v+x)**(1-q) / (1-q).
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

// hinv is h's inverse.
func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf returns a Zipf variate generator. The generator generates values
// k ∈ [0, imax] such that P(k) is proportional to (v + k) ** (-s).
// Requirements: s > 1 and v >= 1 (else NewZipf returns nil).
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneminusQ = 1.0 - z.q
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution described by the
// Zipf object.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	var k float64
	for {
		u := z.hxm + z.r.Float64()*z.hx0minusHxm
		x := z.hinv(u)
		k = math.Floor(x + 0.5)
		// Accept at once when k is close enough to x, else compare with
		// the probability of k itself.
		if k-x <= z.s || u >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			return uint64(k)
		}
	}
}
