// Package math provides basic constants and mathematical functions.
//
// This is go2cpp's own implementation of the Go 1.19 API, meant to give
// the same bits as gc on amd64 for the same inputs: where gc uses amd64
// assembly (Sqrt, Floor, Ceil, Trunc, Exp, Log, Hypot) the natives follow
// those instructions (native.hpp, amd64.cpp); the rest is Go following
// Go's portable algorithms (float.go, elementary.go, logexp1.go, erf.go,
// gamma.go, and bessel*.go for J0, J1, Jn, Y0, Y1, Yn).
package math

// Mathematical constants (values from the Go specification's package math).
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Floating-point limit values.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// Integer limit values.
const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

//go2cpp:native
func Float32bits(f float32) uint32

//go2cpp:native
func Float32frombits(b uint32) float32

//go2cpp:native
func Float64bits(f float64) uint64

//go2cpp:native
func Float64frombits(b uint64) float64

//go2cpp:native
func NaN() float64

//go2cpp:native
func IsNaN(f float64) (is bool)

//go2cpp:native
func Inf(sign int) float64

//go2cpp:native
func IsInf(f float64, sign int) bool

//go2cpp:native
func Signbit(x float64) bool

//go2cpp:native
func Copysign(f, sign float64) float64

//go2cpp:native
func Abs(x float64) float64

//go2cpp:native
func Sqrt(x float64) float64

//go2cpp:native
func Floor(x float64) float64

//go2cpp:native
func Ceil(x float64) float64

//go2cpp:native
func Trunc(x float64) float64
