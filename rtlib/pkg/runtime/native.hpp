// This file declares the native functions of Go's package runtime (the Go
// declarations are in this folder's .go files).
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace runtime {

// A breakpoint trap: with no debugger attached the program dies the way
// gc's does on SIGTRAP, with a traceback and exit status 2.
[[noreturn]] void Breakpoint();

// extern.go (extern.cpp): the environment.
go::string GOROOT();

// proc.go (proc.cpp): the scheduler.
void Gosched();
go::int_ NumGoroutine();
go::int_ GOMAXPROCS(go::int_ n);
go::int_ NumCPU();
[[noreturn]] void Goexit();
void LockOSThread();
void UnlockOSThread();

// mgc.go (mgc.cpp): the collector.
void GC();
void KeepAlive(go::any x);
void SetFinalizer(go::any obj, go::any finalizer);  // (mfinal.go)
struct MemStats;
void ReadMemStats(MemStats* m);

// traceback.go (callers.cpp): stack walking.
go::int_ Callers(go::int_ skip, go::slice<go::uintptr> pc);
std::tuple<go::string, go::string, go::int_, go::uintptr, bool> describePC(go::uintptr pc);
go::string stackTrace(go::int_ skip);
go::string otherGoroutines();
go::slice<go::uintptr> goroutineStacks();
bool startCPUProfile(go::int_ hz);
void stopCPUProfile();

}  // namespace runtime
