// The positional printer: C++ text out, with Go positions kept.
//
// It follows cppfront's positional printer. The printer knows which Go line
// each output line stands for: after `#line N "f"` the next output line is
// line N of f, the one after it N+1, and so on. Before a statement or a
// declaration the caller says which Go line it comes from (at()); when the
// output has drifted from that line the printer writes a fresh #line
// directive, so compiler messages, DWARF and panics name Go lines. With
// directives off the same calls print plain, diff-friendly C++.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "diag/diag.hpp"

namespace emit {

class Printer {
 public:
  // absolutePaths: #line names a relative Go file by its absolute path
  // (for debug information: a relative one with a folder stays relative).
  explicit Printer(bool lineDirectives, bool absolutePaths = false)
      : lineDirectives_(lineDirectives), absolutePaths_(absolutePaths) {}

  // Starts a new output line for a construct at Go position pos, preceded
  // by a #line directive when the output does not map to pos's line.
  void at(diag::Pos pos);
  // Starts a new output line (indented) that belongs to no Go construct.
  void line();
  // Appends text to the current line; '\n' inside text ends lines.
  void write(std::string_view text);
  // A whole line of its own: line() + write(text).
  void line(std::string_view text) {
    line();
    write(text);
  }
  void indent() { depth_++; }
  void dedent() { depth_--; }

  // Forgets the mapping, so that the next at() prints a directive (after
  // text that another printer produced, or generated lines of unknown
  // origin).
  void unmap() { mappedFile_ = nullptr; }

  // For a part of a construct already begun (the index of a statement that
  // spans lines): a #line directive for pos on a line of its own, to write
  // with the part's text ("" with directives off). Faults inside the part
  // then name pos's line, as gc's do.
  std::string directiveWithin(diag::Pos pos) const;

  // The text so far, ended by a newline.
  std::string finish();

 private:
  void startLine();
  void directive(diag::Pos pos, diag::Pos shown);  // shown: pos through //line directives
  void adoptDirective(std::string_view d);  // a "#line N "f"" inside written text

  std::set<std::string> files_;  // file names of adopted directives (mappedFile_ may point here)

  bool lineDirectives_;
  bool absolutePaths_;
  std::string out_;
  bool lineOpen_ = false;            // the current line has text and no '\n' yet
  int depth_ = 0;
  const std::string* mappedFile_ = nullptr;  // the Go file the next output line maps to
  int mappedLine_ = 0;                       // ... and its line
};

// The string literal of a path inside #line "...".
std::string quotePath(std::string_view path);

// The file name in a #line directive for Go position pos, shown through
// //line directives as shown. A //line directive's relative file name
// ("foo.go", "??") is written "/./foo.go": the C++ compiler would join a
// relative name with its working directory in the debug information, and
// the runtime reports what follows the "/./" (traceback.cpp), as gc
// reports the name as given. With absolute, any other relative name is
// made absolute (gc's debug information and tracebacks name files so;
// the C++ compiler keeps "dir/x.go" relative, and tracebacks then too).
std::string directivePath(diag::Pos pos, diag::Pos shown, bool absolute = false);

}  // namespace emit
