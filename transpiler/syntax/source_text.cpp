// This file implements SourceText: UTF-8 decoding and validation of a Go
// source file, and the code-point to (line, byte column) mapping that
// turns ANTLR positions into gc positions.
#include "syntax/source_text.hpp"

#include <algorithm>

namespace syntax {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is
// not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF are
// invalid, as in Go's unicode/utf8).
size_t decodeRune(const std::string& s, size_t i, char32_t& out) {
  unsigned char c0 = static_cast<unsigned char>(s[i]);
  size_t n = s.size() - i;
  auto cont = [&](size_t k) { return k < n && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
  auto bits = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  if (c0 < 0x80) {
    out = c0;
    return 1;
  }
  if (c0 >= 0xC2 && c0 <= 0xDF && cont(1)) {
    out = (static_cast<char32_t>(c0 & 0x1F) << 6) | bits(1);
    return 2;
  }
  if (c0 >= 0xE0 && c0 <= 0xEF && cont(1) && cont(2)) {
    char32_t r = (static_cast<char32_t>(c0 & 0x0F) << 12) | (bits(1) << 6) | bits(2);
    if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF)) return 0;
    out = r;
    return 3;
  }
  if (c0 >= 0xF0 && c0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    char32_t r = (static_cast<char32_t>(c0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
    if (r < 0x10000 || r > 0x10FFFF) return 0;
    out = r;
    return 4;
  }
  return 0;
}

}  // namespace

SourceText::SourceText(const std::string& bytes) : size_(bytes.size()) {
  size_t i = 0;
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) i = bomBytes_ = 3;
  codePoints_.reserve(bytes.size() - i);
  lineStarts_.push_back(0);
  bool ascii = true;
  for (; i < bytes.size();) {
    char32_t r;
    size_t len = decodeRune(bytes, i, r);
    if (len == 0 || r == 0) {
      if (!problem_) {
        int32_t line = static_cast<int32_t>(lineStarts_.size());
        int32_t col = static_cast<int32_t>(i - lineStarts_.back() + 1);
        problem_ = SourceProblem{line, col, len == 0 ? "invalid UTF-8 encoding" : "invalid NUL character"};
      }
      if (len == 0) len = 1, r = 0xFFFD;  // keep going: positions stay right
    }
    if (len != 1 && ascii) {
      ascii = false;
      cpToByte_.reserve(bytes.size() + 1);
      for (size_t k = 0; k < codePoints_.size(); ++k) cpToByte_.push_back(static_cast<uint32_t>(k + bomBytes_));
    }
    if (!ascii) cpToByte_.push_back(static_cast<uint32_t>(i));
    codePoints_.push_back(r);
    if (r == '\n') lineStarts_.push_back(static_cast<uint32_t>(i + 1));
    i += len;
  }
  if (!ascii) cpToByte_.push_back(static_cast<uint32_t>(bytes.size()));
  codePointCount_ = codePoints_.size();
}

size_t SourceText::byteOffset(size_t cpIndex) const {
  if (cpIndex >= codePointCount_) return size_;
  return cpToByte_.empty() ? cpIndex + bomBytes_ : cpToByte_[cpIndex];
}

void SourceText::position(size_t cpIndex, int32_t& line, int32_t& col) const {
  size_t off = byteOffset(cpIndex);
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), static_cast<uint32_t>(off));
  size_t lineIndex = static_cast<size_t>(it - lineStarts_.begin()) - 1;
  line = static_cast<int32_t>(lineIndex + 1);
  col = static_cast<int32_t>(off - lineStarts_[lineIndex] + 1);
}

}  // namespace syntax
