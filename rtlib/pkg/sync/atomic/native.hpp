// This file declares the native functions of Go's package sync/atomic
// (doc.go declares them in Go; atomic.cpp implements them).
#pragma once

#include "go/runtime.hpp"

namespace sync_::atomic {

go::int32 SwapInt32(go::int32* addr, go::int32 new_);
bool CompareAndSwapInt32(go::int32* addr, go::int32 old, go::int32 new_);
go::int32 AddInt32(go::int32* addr, go::int32 delta);
go::int32 LoadInt32(go::int32* addr);
void StoreInt32(go::int32* addr, go::int32 val);

go::int64 SwapInt64(go::int64* addr, go::int64 new_);
bool CompareAndSwapInt64(go::int64* addr, go::int64 old, go::int64 new_);
go::int64 AddInt64(go::int64* addr, go::int64 delta);
go::int64 LoadInt64(go::int64* addr);
void StoreInt64(go::int64* addr, go::int64 val);

go::uint32 SwapUint32(go::uint32* addr, go::uint32 new_);
bool CompareAndSwapUint32(go::uint32* addr, go::uint32 old, go::uint32 new_);
go::uint32 AddUint32(go::uint32* addr, go::uint32 delta);
go::uint32 LoadUint32(go::uint32* addr);
void StoreUint32(go::uint32* addr, go::uint32 val);

go::uint64 SwapUint64(go::uint64* addr, go::uint64 new_);
bool CompareAndSwapUint64(go::uint64* addr, go::uint64 old, go::uint64 new_);
go::uint64 AddUint64(go::uint64* addr, go::uint64 delta);
go::uint64 LoadUint64(go::uint64* addr);
void StoreUint64(go::uint64* addr, go::uint64 val);

go::uintptr SwapUintptr(go::uintptr* addr, go::uintptr new_);
bool CompareAndSwapUintptr(go::uintptr* addr, go::uintptr old, go::uintptr new_);
go::uintptr AddUintptr(go::uintptr* addr, go::uintptr delta);
go::uintptr LoadUintptr(go::uintptr* addr);
void StoreUintptr(go::uintptr* addr, go::uintptr val);

// value.go: atomic.Value's words (see value.cpp).
bool sameType(go::any a, go::any b);
go::any valueLoad(go::any* v);
void valueStore(go::any* v, go::any val);
go::any valueSwap(go::any* v, go::any new_);
bool valueCompareAndSwap(go::any* v, go::any old, go::any new_);

go::unsafe_pointer SwapPointer(go::unsafe_pointer* addr, go::unsafe_pointer new_);
bool CompareAndSwapPointer(go::unsafe_pointer* addr, go::unsafe_pointer old, go::unsafe_pointer new_);
go::unsafe_pointer LoadPointer(go::unsafe_pointer* addr);
void StorePointer(go::unsafe_pointer* addr, go::unsafe_pointer val);

}  // namespace sync_::atomic
