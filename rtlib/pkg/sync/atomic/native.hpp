// This file declares the native functions of Go's package sync/atomic
// (doc.go declares them in Go). The operations are defined here, inline,
// so that they compile to single instructions in the caller, as gc's
// intrinsics do (a call each made a contended sync.Mutex ~10% slower);
// GCC's __atomic builtins, sequentially consistent as Go's memory model
// requires. A nil address panics like gc's (the nil dereference error).
#pragma once

#include "go/runtime.hpp"

namespace sync_::atomic {

inline go::int32 SwapInt32(go::int32* addr, go::int32 new_) { return __atomic_exchange_n(&go::deref(addr), new_, __ATOMIC_SEQ_CST); }
inline bool CompareAndSwapInt32(go::int32* addr, go::int32 old, go::int32 new_) {
  return __atomic_compare_exchange_n(&go::deref(addr), &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
inline go::int32 AddInt32(go::int32* addr, go::int32 delta) { return __atomic_add_fetch(&go::deref(addr), delta, __ATOMIC_SEQ_CST); }
inline go::int32 LoadInt32(go::int32* addr) { return __atomic_load_n(&go::deref(addr), __ATOMIC_SEQ_CST); }
inline void StoreInt32(go::int32* addr, go::int32 val) { __atomic_store_n(&go::deref(addr), val, __ATOMIC_SEQ_CST); }

inline go::int64 SwapInt64(go::int64* addr, go::int64 new_) { return __atomic_exchange_n(&go::deref(addr), new_, __ATOMIC_SEQ_CST); }
inline bool CompareAndSwapInt64(go::int64* addr, go::int64 old, go::int64 new_) {
  return __atomic_compare_exchange_n(&go::deref(addr), &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
inline go::int64 AddInt64(go::int64* addr, go::int64 delta) { return __atomic_add_fetch(&go::deref(addr), delta, __ATOMIC_SEQ_CST); }
inline go::int64 LoadInt64(go::int64* addr) { return __atomic_load_n(&go::deref(addr), __ATOMIC_SEQ_CST); }
inline void StoreInt64(go::int64* addr, go::int64 val) { __atomic_store_n(&go::deref(addr), val, __ATOMIC_SEQ_CST); }

inline go::uint32 SwapUint32(go::uint32* addr, go::uint32 new_) { return __atomic_exchange_n(&go::deref(addr), new_, __ATOMIC_SEQ_CST); }
inline bool CompareAndSwapUint32(go::uint32* addr, go::uint32 old, go::uint32 new_) {
  return __atomic_compare_exchange_n(&go::deref(addr), &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
inline go::uint32 AddUint32(go::uint32* addr, go::uint32 delta) { return __atomic_add_fetch(&go::deref(addr), delta, __ATOMIC_SEQ_CST); }
inline go::uint32 LoadUint32(go::uint32* addr) { return __atomic_load_n(&go::deref(addr), __ATOMIC_SEQ_CST); }
inline void StoreUint32(go::uint32* addr, go::uint32 val) { __atomic_store_n(&go::deref(addr), val, __ATOMIC_SEQ_CST); }

inline go::uint64 SwapUint64(go::uint64* addr, go::uint64 new_) { return __atomic_exchange_n(&go::deref(addr), new_, __ATOMIC_SEQ_CST); }
inline bool CompareAndSwapUint64(go::uint64* addr, go::uint64 old, go::uint64 new_) {
  return __atomic_compare_exchange_n(&go::deref(addr), &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
inline go::uint64 AddUint64(go::uint64* addr, go::uint64 delta) { return __atomic_add_fetch(&go::deref(addr), delta, __ATOMIC_SEQ_CST); }
inline go::uint64 LoadUint64(go::uint64* addr) { return __atomic_load_n(&go::deref(addr), __ATOMIC_SEQ_CST); }
inline void StoreUint64(go::uint64* addr, go::uint64 val) { __atomic_store_n(&go::deref(addr), val, __ATOMIC_SEQ_CST); }

inline go::uintptr SwapUintptr(go::uintptr* addr, go::uintptr new_) { return __atomic_exchange_n(&go::deref(addr), new_, __ATOMIC_SEQ_CST); }
inline bool CompareAndSwapUintptr(go::uintptr* addr, go::uintptr old, go::uintptr new_) {
  return __atomic_compare_exchange_n(&go::deref(addr), &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
inline go::uintptr AddUintptr(go::uintptr* addr, go::uintptr delta) { return __atomic_add_fetch(&go::deref(addr), delta, __ATOMIC_SEQ_CST); }
inline go::uintptr LoadUintptr(go::uintptr* addr) { return __atomic_load_n(&go::deref(addr), __ATOMIC_SEQ_CST); }
inline void StoreUintptr(go::uintptr* addr, go::uintptr val) { __atomic_store_n(&go::deref(addr), val, __ATOMIC_SEQ_CST); }

inline go::unsafe_pointer SwapPointer(go::unsafe_pointer* addr, go::unsafe_pointer new_) {
  return __atomic_exchange_n(&go::deref(addr), new_, __ATOMIC_SEQ_CST);
}
inline bool CompareAndSwapPointer(go::unsafe_pointer* addr, go::unsafe_pointer old, go::unsafe_pointer new_) {
  return __atomic_compare_exchange_n(&go::deref(addr), &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
inline go::unsafe_pointer LoadPointer(go::unsafe_pointer* addr) { return __atomic_load_n(&go::deref(addr), __ATOMIC_SEQ_CST); }
inline void StorePointer(go::unsafe_pointer* addr, go::unsafe_pointer val) { __atomic_store_n(&go::deref(addr), val, __ATOMIC_SEQ_CST); }

// value.go: atomic.Value's words (see value.cpp).
bool sameType(go::any a, go::any b);
go::any valueLoad(go::any* v);
void valueStore(go::any* v, go::any val);
go::any valueSwap(go::any* v, go::any new_);
bool valueCompareAndSwap(go::any* v, go::any old, go::any new_);

}  // namespace sync_::atomic
