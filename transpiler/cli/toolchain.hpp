// How `go2cpp build` turns emitted C++ into a program: which compiler, which
// flags, where rtlib's headers and archive are, what to link.
//
// CMake writes this down when it builds go2cpp (see transpiler/CMakeLists.txt),
// from what rtlib/CMakeLists.txt says its users need, so user programs are
// compiled exactly like the runtime. The file is plain text, one item a line:
//
//   # comment
//   cxxflag -std=c++20
//   include /path/to/rtlib/include
//   preinclude go/runtime.hpp    (compiled as if first in every file: lets
//                                 GCC use rtlib's precompiled header)
//   rtlib   /path/to/libgo2cpp_rt.a
//   link    -lgc
//
// `${prefix}` in a value stands for the install prefix (two levels above
// the config's directory, <prefix>/share/go2cpp/), which keeps an installed
// go2cpp relocatable. go2cpp looks for the config next to its binary (build
// tree: go2cpp-toolchain.txt) and then in ../share/go2cpp/toolchain.txt;
// $GO2CPP_TOOLCHAIN names one explicitly.
#pragma once

#include <string>
#include <vector>

namespace cli {

struct Toolchain {
  std::string configPath;
  std::string configText;                 // verbatim, for the run cache key
  std::vector<std::string> compiler;      // $CXX split into words, or {"c++"}
  std::vector<std::string> cxxFlags;      // from the config: language and codegen flags
  std::vector<std::string> includeDirs;   // rtlib's headers
  std::vector<std::string> preincludes;   // headers passed with -include
  std::string rtlibArchive;               // libgo2cpp_rt.a
  std::vector<std::string> linkArgs;      // after the archive: -lgc, libbacktrace.a, -pthread
  std::vector<std::string> userFlags;     // $GO2CPP_CXXFLAGS, appended last (may override -O2)
};

// Finds and reads the config (once per process); throws Failure when there
// is none or it is malformed (the message names the file and line).
Toolchain loadToolchain();

// Throws Failure unless the runtime archive exists (build and run need it;
// parse, check and emit only need the include directories).
void requireRuntimeArchive(const Toolchain& tc);

// Parses config text (exposed for tests); `prefix` replaces ${prefix}.
Toolchain parseToolchain(const std::string& configPath, const std::string& text,
                         const std::string& prefix);

// The optimisation and debug flags every build uses: gc optimises by
// default, and -g lets gdb and tracebacks speak Go positions.
extern const std::vector<std::string> kDefaultCodegenFlags;

// `c++ <flags> -c source -o object`
std::vector<std::string> compileCommand(const Toolchain& tc, const std::string& source,
                                        const std::string& object);
// `c++ <flags> objects... -o exe rtlib.a <link args>`
std::vector<std::string> linkCommand(const Toolchain& tc, const std::vector<std::string>& objects,
                                     const std::string& exe);

}  // namespace cli
