// Package atomic provides low-level atomic memory primitives (the
// functions of Go's sync/atomic on int32, int64, uint32, uint64 and
// uintptr and unsafe.Pointer; their C++ bodies, on the compiler's
// sequentially consistent atomic builtins, are inline in native.hpp).
package atomic

import "unsafe"

// SwapInt32 atomically stores new into *addr and returns the previous *addr value.
//
//go2cpp:native
func SwapInt32(addr *int32, new int32) (old int32)

// CompareAndSwapInt32 executes the compare-and-swap operation for an int32 value.
//
//go2cpp:native
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// AddInt32 atomically adds delta to *addr and returns the new value.
//
//go2cpp:native
func AddInt32(addr *int32, delta int32) (new int32)

// LoadInt32 atomically loads *addr.
//
//go2cpp:native
func LoadInt32(addr *int32) (val int32)

// StoreInt32 atomically stores val into *addr.
//
//go2cpp:native
func StoreInt32(addr *int32, val int32)

// SwapInt64 atomically stores new into *addr and returns the previous *addr value.
//
//go2cpp:native
func SwapInt64(addr *int64, new int64) (old int64)

// CompareAndSwapInt64 executes the compare-and-swap operation for an int64 value.
//
//go2cpp:native
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// AddInt64 atomically adds delta to *addr and returns the new value.
//
//go2cpp:native
func AddInt64(addr *int64, delta int64) (new int64)

// LoadInt64 atomically loads *addr.
//
//go2cpp:native
func LoadInt64(addr *int64) (val int64)

// StoreInt64 atomically stores val into *addr.
//
//go2cpp:native
func StoreInt64(addr *int64, val int64)

// SwapUint32 atomically stores new into *addr and returns the previous *addr value.
//
//go2cpp:native
func SwapUint32(addr *uint32, new uint32) (old uint32)

// CompareAndSwapUint32 executes the compare-and-swap operation for an uint32 value.
//
//go2cpp:native
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// AddUint32 atomically adds delta to *addr and returns the new value.
//
//go2cpp:native
func AddUint32(addr *uint32, delta uint32) (new uint32)

// LoadUint32 atomically loads *addr.
//
//go2cpp:native
func LoadUint32(addr *uint32) (val uint32)

// StoreUint32 atomically stores val into *addr.
//
//go2cpp:native
func StoreUint32(addr *uint32, val uint32)

// SwapUint64 atomically stores new into *addr and returns the previous *addr value.
//
//go2cpp:native
func SwapUint64(addr *uint64, new uint64) (old uint64)

// CompareAndSwapUint64 executes the compare-and-swap operation for an uint64 value.
//
//go2cpp:native
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// AddUint64 atomically adds delta to *addr and returns the new value.
//
//go2cpp:native
func AddUint64(addr *uint64, delta uint64) (new uint64)

// LoadUint64 atomically loads *addr.
//
//go2cpp:native
func LoadUint64(addr *uint64) (val uint64)

// StoreUint64 atomically stores val into *addr.
//
//go2cpp:native
func StoreUint64(addr *uint64, val uint64)

// SwapUintptr atomically stores new into *addr and returns the previous *addr value.
//
//go2cpp:native
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// CompareAndSwapUintptr executes the compare-and-swap operation for an uintptr value.
//
//go2cpp:native
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// AddUintptr atomically adds delta to *addr and returns the new value.
//
//go2cpp:native
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// LoadUintptr atomically loads *addr.
//
//go2cpp:native
func LoadUintptr(addr *uintptr) (val uintptr)

// StoreUintptr atomically stores val into *addr.
//
//go2cpp:native
func StoreUintptr(addr *uintptr, val uintptr)

// SwapPointer atomically stores new into *addr and returns the previous *addr value.
//
//go2cpp:native
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

// CompareAndSwapPointer executes the compare-and-swap operation for a unsafe.Pointer value.
//
//go2cpp:native
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// LoadPointer atomically loads *addr.
//
//go2cpp:native
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

// StorePointer atomically stores val into *addr.
//
//go2cpp:native
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
