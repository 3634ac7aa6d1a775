// This file declares runtime.SetFinalizer. The finalizers run on Boehm's
// ordered finalization with Go's contract (rtlib/src/finalizer.cpp); the
// native is in mgc.cpp.
package runtime

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function. When the garbage collector finds an unreachable block
// with an associated finalizer, it clears the association and runs
// finalizer(obj) in a separate goroutine. This makes obj reachable again,
// but now without an associated finalizer. Assuming that SetFinalizer is
// not called again, the next time the garbage collector sees that obj is
// unreachable, it will free obj.
//
// SetFinalizer(obj, nil) clears any finalizer associated with obj.
//
// obj must be a pointer to an object allocated by calling new, by taking
// the address of a composite literal, or by taking the address of a local
// variable; finalizer must be a function that takes a single argument to
// which obj's type can be assigned, and can have arbitrary ignored return
// values. If either of these is not true, SetFinalizer aborts the program
// with gc's fatal error.
//
// Finalizers are run in dependency order: if A points at B, both have
// finalizers, and they are otherwise unreachable, only the finalizer for A
// runs; once A is freed, the finalizer for B can run. A single goroutine
// runs all finalizers for a program, sequentially.
//
// Under go2cpp the collector is conservative: a word on a stack or in an
// object that happens to look like a pointer to obj keeps obj, and its
// finalizer, alive (Go does not promise that a finalizer ever runs).
//
//go2cpp:native
func SetFinalizer(obj any, finalizer any)
