// File-system helpers for the driver: checking inputs the way the `go`
// command words it, reading and atomically writing files, temporary
// directories, and where go2cpp itself lives.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

// "no such file or directory": strerror in Go's lower-case wording.
std::string errnoText(int err);

// Every input must exist and be a regular file; otherwise throws a
// UsageError such as "stat nothere.go: no such file or directory" or
// "read dir: is a directory".
void checkInputsExist(const std::vector<std::string>& files);

// Whole-file read; throws Failure "open x: ..." when unreadable.
std::string readFile(const std::string& path);

// Writes to a temporary file in the same directory and renames it over
// `path`, so a reader (a concurrent build, make) never sees half a file.
void writeFileAtomically(const std::string& path, std::string_view text, unsigned mode = 0644);

// A fresh directory "<parent>/<prefix>XXXXXX" (parent is created if needed).
std::string makeTempDir(const std::string& parent, const std::string& prefix);
void removeTree(const std::string& path);  // best effort

// The system temporary directory ($TMPDIR or /tmp).
std::string tempRoot();

// The go2cpp binary, resolved through /proc/self/exe.
std::string selfExePath();

// Size and modification time, the identity of a file that is too big to
// hash on every run (the go2cpp binary, the runtime archive).
struct FileStamp {
  bool exists = false;
  int64_t size = 0;
  int64_t mtimeNs = 0;
  std::string str() const;  // "size=N mtime=N" or "missing"
};
FileStamp stampOf(const std::string& path);

std::string dirName(const std::string& path);   // "a/b.go" -> "a", "b.go" -> "."
std::string baseName(const std::string& path);  // "a/b.go" -> "b.go"
std::string joinPath(const std::string& dir, const std::string& name);
bool isDirectory(const std::string& path);

}  // namespace cli
