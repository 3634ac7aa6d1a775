// This file is the one runtime header that emitted code includes: Go's
// basic types, strings, slices, arrays, integer arithmetic, panics,
// deferred calls, allocation, goroutines, channels, select and the program
// entry point. It deliberately pulls in no GC,
// Boost or libbacktrace headers, to keep user compilations fast. It is also
// precompiled (see rtlib/CMakeLists.txt), hence a classic include guard:
// #pragma once warns when the header is the compiled file.
#ifndef GO2CPP_GO_RUNTIME_HPP
#define GO2CPP_GO_RUNTIME_HPP

#include <tuple>  // functions with several results return std::tuple

#include "go/types.hpp"
#include "go/complex.hpp"
#include "go/memory.hpp"
#include "go/pointer.hpp"
#include "go/recursive.hpp"
#include "go/panic.hpp"
#include "go/defer.hpp"
#include "go/arith.hpp"
#include "go/string.hpp"
#include "go/slice.hpp"
#include "go/array.hpp"
#include "go/struct_cast.hpp"
#include "go/empty_struct.hpp"
#include "go/unsafe.hpp"
#include "go/typedesc.hpp"
#include "go/iface.hpp"
#include "go/type_of.hpp"
#include "go/map.hpp"
#include "go/map_type.hpp"
#include "go/func.hpp"
#include "go/generic.hpp"
#include "go/output.hpp"
#include "go/print.hpp"
#include "go/entry.hpp"
#include "go/sched/chan.hpp"
#include "go/sched/select.hpp"
#include "go/sched/sched.hpp"

#endif  // GO2CPP_GO_RUNTIME_HPP
