// This file declares the native functions of Go's package sync
// (runtime.go declares them in Go; runtime.cpp implements them).
#pragma once

#include "go/runtime.hpp"

namespace sync_ {

struct notifyList;

void runtime_Semacquire(go::uint32* s);
void runtime_SemacquireMutex(go::uint32* s, bool lifo);
void runtime_Semrelease(go::uint32* s, bool handoff);
bool runtime_canSpin(go::int_ i);
void runtime_doSpin();
go::int64 runtime_nanotime();
go::uint32 runtime_notifyListAdd(notifyList* l);
void runtime_notifyListWait(notifyList* l, go::uint32 t);
void runtime_notifyListNotifyAll(notifyList* l);
void runtime_notifyListNotifyOne(notifyList* l);
[[noreturn]] void fatal(go::string s);
go::uint32 gcCount();

}  // namespace sync_
