// The source text of one file as the syntax stage sees it: bytes, lines and
// the mapping from ANTLR's positions (code points) to gc's (bytes).
//
// ANTLR's input stream counts code points; gc's columns count bytes, from 1.
// SourceText decodes UTF-8 once, checks it (gc rejects invalid UTF-8 and NUL
// bytes anywhere in a file, comments included), and keeps what is needed to
// turn a code-point index into a line and byte column in O(log lines).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace syntax {

struct SourceProblem {  // an encoding error: where and gc's message
  int32_t line = 0, col = 0;
  std::string message;
};

class SourceText {
 public:
  // `bytes` is the whole file; a leading UTF-8 byte order mark is skipped
  // (gc allows one at the start) but still counts in columns of line 1.
  explicit SourceText(const std::string& bytes);

  // The first invalid UTF-8 sequence or NUL byte, if any.
  const std::optional<SourceProblem>& problem() const { return problem_; }

  // The decoded code points (without the BOM), what the lexer reads; moved
  // out (the lexer's input stream takes them without a copy). Positions
  // keep working afterwards.
  std::u32string takeCodePoints() { return std::move(codePoints_); }

  // Line (1-based) and byte column (1-based) of a code-point index; an index
  // at or past the end maps to the end of the file.
  void position(size_t cpIndex, int32_t& line, int32_t& col) const;

 private:
  size_t byteOffset(size_t cpIndex) const;

  std::u32string codePoints_;
  size_t codePointCount_ = 0;
  std::vector<uint32_t> cpToByte_;    // empty when the text is pure ASCII
  std::vector<uint32_t> lineStarts_;  // byte offsets where lines start
  size_t bomBytes_ = 0;
  size_t size_ = 0;
  std::optional<SourceProblem> problem_;
};

}  // namespace syntax
