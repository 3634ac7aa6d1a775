// This file implements go::run_main, the process entry of a Go program:
// collector and fault handlers first, then os.Args, package initialisation,
// main.main, and gc's exit protocol (status 0 when main returns, 2 after an
// unrecovered panic).
#include <cstring>

#include "go/entry.hpp"
#include "go/memory.hpp"
#include "go/output.hpp"
#include "go/panic.hpp"
#include "go/slice.hpp"
#include "os/os.hpp"
#include "runtime_internal.hpp"

namespace go {

int run_main(int argc, char** argv, void (*init)(), void (*main)()) {
  gc_init();
  internal::install_signal_handlers();
  slice<string> args = make_slice<string>(argc);
  for (int i = 0; i < argc; i++) {
    args.ptr[i] = make_string(std::string_view(argv[i], std::strlen(argv[i])));
  }
  os::Args = args;
  try {
    if (init != nullptr) init();
    main();
  } catch (const panic_error& p) {
    die_of_panic(p);
  }
  flush_stdout();
  return 0;
}

}  // namespace go
