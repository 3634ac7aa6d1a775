// This file declares the entry point of a Go program. The translation of
// package main ends with
//   int main(int argc, char** argv) {
//     return go::run_main(argc, argv, &main_::init_package, &main_::main);
//   }
#pragma once

namespace go {

// Starts the GC, installs the fault handlers, records os.Args, runs init
// then main as goroutine 1 on the scheduler, flushes stdout and exits with
// status 0 without waiting for other goroutines (it never returns). An
// unrecovered panic in any goroutine prints gc's report and exits with
// status 2.
int run_main(int argc, char** argv, void (*init)(), void (*main)());

// A package of the program outside the standard library names its C++
// namespace ("example_com::m::util") and its import path
// ("example.com/m/util") before main runs, so that tracebacks and
// profiles print its functions as gc does. Returns true (the emitted code
// keeps it in a static).
bool register_package_path(const char* cxx_namespace, const char* import_path);

}  // namespace go
