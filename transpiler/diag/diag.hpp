// Positions and the diagnostic sink shared by every stage.
//
// A user error is reported through Diagnostics and the stage carries on, so
// that one run shows several errors, as gc does; formatting follows gc:
// "file.go:LINE:COL: message", columns counted in bytes from 1.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace diag {

struct Pos {
  const std::string* file = nullptr;  // interned path as given on the command line
  int32_t line = 0;                   // 1-based
  int32_t col = 0;                    // 1-based, in bytes (gc counts bytes)

  bool isKnown() const { return file != nullptr && line > 0; }
  std::string str() const;  // "file.go:12:5" (or "file.go:12" when col is 0)
};

// Interns file names so that every Pos can point at one shared string.
const std::string* internFile(const std::string& path);

// --- lang: //line directives (gc's position bases) ---
// From (fromLine, fromCol) of a real file on, positions read as line
// `line` of `file` and count on from there (a //line directive names the
// line after it; /*line*/ the position right after the comment).
struct LineBase {
  int32_t fromLine = 0, fromCol = 0;
  const std::string* file = nullptr;
  int32_t line = 0;
};
// Records a file's directives, in source order (syntax::parseFile).
void setLineBases(const std::string* realFile, std::vector<LineBase> bases);
// pos as gc presents it to runtime.Caller and tracebacks: through the
// directives of its file (the #line directives the emitter prints).
Pos presented(Pos pos);

struct Diagnostic {
  Pos pos;
  std::string message;
};

class Diagnostics {
 public:
  void error(Pos pos, std::string message);
  bool hasErrors() const { return !errors_.empty(); }
  const std::vector<Diagnostic>& errors() const { return errors_; }
  // Sorted by position; at most `limit` lines, then "too many errors" as gc.
  std::vector<std::string> formatted(size_t limit = 10) const;

 private:
  std::vector<Diagnostic> errors_;
};

}  // namespace diag
