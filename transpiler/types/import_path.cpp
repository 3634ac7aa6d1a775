// This file implements the validity check of an import path, as go/types'
// validatedImportPath (resolver.go) and gc's importer make it: every rune
// graphic, no space and none of the characters the go command reserves;
// an absolute path cannot be imported.
#include "types/import_path.hpp"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace types {
namespace {

// Decodes one UTF-8 sequence at s[i]; an invalid one is U+FFFD of one byte.
char32_t decodeRune(std::string_view s, size_t& i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    ++i;
    return c < 0x80 ? c : 0xFFFD;
  }
  if (n == 1) return s[i++];
  char32_t r = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    r = (r << 6) | (b(i + k) & 0x3F);
  }
  static const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (r < least[n] || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += n;
  return r;
}

// unicode.IsSpace.
bool isSpace(char32_t r) {
  switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
  }
  return r >= 0x2000 && r <= 0x200A;
}

// unicode.IsGraphic, closely enough for import paths: controls (C0, DEL,
// C1), surrogates and non-characters are not graphic.
bool isGraphic(char32_t r) {
  if (r < 0x20 || (r >= 0x7F && r < 0xA0)) return false;
  if ((r & 0xFFFE) == 0xFFFE || (r >= 0xFDD0 && r <= 0xFDEF)) return false;
  return true;
}

// Go's %#U: "U+0021 '!'", the character only when printable.
std::string formatRune(char32_t r) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(r));
  std::string out = code;
  if (!isGraphic(r) || (isSpace(r) && r != ' ')) return out;
  std::string utf8;
  if (r < 0x80) {
    utf8 += static_cast<char>(r);
  } else if (r < 0x800) {
    utf8 += static_cast<char>(0xC0 | (r >> 6));
    utf8 += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    utf8 += static_cast<char>(0xE0 | (r >> 12));
    utf8 += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    utf8 += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    utf8 += static_cast<char>(0xF0 | (r >> 18));
    utf8 += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    utf8 += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    utf8 += static_cast<char>(0x80 | (r & 0x3F));
  }
  return out + " '" + utf8 + "'";
}

}  // namespace

std::string importPathProblem(const std::string& path) {
  if (path.empty()) return "invalid import path (empty string)";
  constexpr std::u32string_view illegal = U"!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";
  for (size_t i = 0; i < path.size();) {
    char32_t r = decodeRune(path, i);
    if (!isGraphic(r) || isSpace(r) || illegal.find(r) != std::u32string_view::npos)
      return "invalid import path (invalid character " + formatRune(r) + ")";
  }
  if (path[0] == '/') return "could not import " + path + " (import path cannot be absolute path)";
  return "";
}

}  // namespace types
