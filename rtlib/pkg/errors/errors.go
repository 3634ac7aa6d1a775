// Package errors: Go 1.19's error values (New, Unwrap, Is, As). The parts
// that need the descriptors of dynamic types (comparability for Is, the
// assignment through As's target) are native: native.hpp.
package errors

// New returns an error that formats as the given text. Each call returns
// a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

type wrapper interface {
	Unwrap() error
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(any) bool
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap
// returns nil.
func Unwrap(err error) error {
	u, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one
// is found, sets target to that error value and returns true. Otherwise,
// it returns false. It panics if target is not a non-nil pointer to either
// a type that implements error, or to any interface type.
func As(err error, target any) bool {
	checkAsTarget(target)
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// Whether the dynamic type of err is comparable.
//
//go2cpp:native
func comparable(err error) bool

// Panics as errors.As does for a target that is not a non-nil pointer to an
// interface or to a type implementing error.
//
//go2cpp:native
func checkAsTarget(target any)

// If err's dynamic type is assignable to *target's type, stores err there.
//
//go2cpp:native
func assignTo(err error, target any) bool
