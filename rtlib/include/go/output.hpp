// This file declares the process's standard output buffer and the
// unbuffered standard error writer.
//
// Go's os.Stdout is unbuffered; we buffer for speed, and keep the observable
// order by flushing stdout before anything is written to stderr and before
// the process exits (run_main, os.Exit, a fatal panic or signal).
#pragma once

#include <cstddef>
#include <string_view>

namespace go {

void write_stdout(const char* bytes, std::size_t n);
inline void write_stdout(std::string_view s) { write_stdout(s.data(), s.size()); }
void flush_stdout();
// Flushes stdout first, then writes directly to file descriptor 2.
void write_stderr(std::string_view s);

}  // namespace go
