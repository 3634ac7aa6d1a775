// This file implements the checks and decoding of Go literals: number
// digits per base, and the escapes of string and rune literals (spec
// "Rune literals", "String literals"), with the messages of gc's scanner.
#include "syntax/literals.hpp"

#include <cstdio>

namespace syntax {

namespace {

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 16;
}

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
  }
  return "decimal";
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// Go's %q of a single byte-sized character: 'x', or an escape.
std::string quoteChar(char c) {
  if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') return std::string("'") + c + "'";
  char buf[16];
  std::snprintf(buf, sizeof buf, "'\\x%02x'", static_cast<unsigned char>(c));
  return buf;
}

// Reads one character or escape of a quoted literal at text[i] (quote is
// the enclosing quote character). Appends its bytes to out, sets the value
// and whether it was a byte escape (\x, octal); advances i.
std::optional<LiteralError> readChar(const std::string& text, size_t& i, char quote, std::string& out,
                                     uint32_t& value) {
  if (text[i] != '\\') {
    // One UTF-8 sequence (already validated by SourceText).
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t r = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len && i + k < text.size(); ++k) r = (r << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.append(text, i, len);
    value = r;
    i += len;
    return std::nullopt;
  }
  size_t start = i;
  ++i;  // the backslash
  if (i >= text.size()) return LiteralError{start, "unknown escape"};
  char c = text[i];
  switch (c) {
    case 'a': value = 7; break;
    case 'b': value = 8; break;
    case 'f': value = 12; break;
    case 'n': value = 10; break;
    case 'r': value = 13; break;
    case 't': value = 9; break;
    case 'v': value = 11; break;
    case '\\': value = '\\'; break;
    case '\'':
    case '"':
      if (c != quote) return LiteralError{i, "unknown escape"};
      value = static_cast<uint32_t>(c);
      break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    case 'x': case 'u': case 'U': {
      int base = c == 'x' || c == 'u' || c == 'U' ? 16 : 8;
      size_t n = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 3;
      if (base == 16) ++i;
      uint32_t x = 0;
      for (size_t k = 0; k < n; ++k, ++i) {
        int d = i < text.size() ? digitValue(text[i]) : 16;
        if (d >= base) {
          return LiteralError{i, "invalid character " + quoteChar(text[i]) + " in " + baseName(base) + " escape"};
        }
        x = x * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
      }
      if (c != 'u' && c != 'U') {  // a byte value
        if (x > 255) return LiteralError{start, "octal escape value " + std::to_string(x) + " > 255"};
        out += static_cast<char>(x);
        value = x;
        return std::nullopt;
      }
      if (x > 0x10FFFF || (x >= 0xD800 && x < 0xE000))
        return LiteralError{start, "escape is invalid Unicode code point " + formatCodePoint(x)};
      appendUtf8(out, x);
      value = x;
      return std::nullopt;
    }
    default:
      return LiteralError{i, "unknown escape"};
  }
  ++i;
  out += static_cast<char>(value);
  return std::nullopt;
}

}  // namespace

std::string formatCodePoint(uint32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", r);
  std::string s = buf;
  if (r >= 0x20 && r != 0x7F && r <= 0x10FFFF && !(r >= 0x80 && r < 0xA0)) {
    s += " '";
    appendUtf8(s, r);
    s += "'";
  }
  return s;
}

std::optional<LiteralError> checkNumber(const std::string& text) {
  size_t i = 0;
  int base = 10;
  bool prefixed = false;
  if (text.size() > 1 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x') base = 16, prefixed = true;
    else if (p == 'b') base = 2, prefixed = true;
    else if (p == 'o') base = 8, prefixed = true;
    else base = 8;  // 0777, unless it turns out to be a float or imaginary
  }
  if (prefixed) i = 2;
  bool isFloatOrImag = false;
  for (char c : text) {
    if (c == '.' || c == 'i' || (base != 16 && (c == 'e' || c == 'E')) || (base == 16 && (c == 'p' || c == 'P')))
      isFloatOrImag = true;
  }
  if (base == 8 && !prefixed && isFloatOrImag) return std::nullopt;  // 09.5 and 0123i are decimal
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') continue;
    int d = digitValue(c);
    if (base == 16 ? d >= 16 : !(c >= '0' && c <= '9')) break;  // fraction, exponent or 'i'
    if (d >= base) return LiteralError{i, "invalid digit " + quoteChar(c) + " in " + baseName(base) + " literal"};
  }
  return std::nullopt;
}

std::optional<LiteralError> decodeString(const std::string& text, std::string& bytes) {
  bytes.clear();
  if (!text.empty() && text[0] == '`') {
    for (size_t i = 1; i + 1 < text.size(); ++i)
      if (text[i] != '\r') bytes += text[i];
    return std::nullopt;
  }
  for (size_t i = 1; i + 1 < text.size();) {
    uint32_t value;
    if (auto err = readChar(text, i, '"', bytes, value)) return err;
  }
  return std::nullopt;
}

std::optional<LiteralError> decodeRune(const std::string& text, uint32_t& value) {
  value = 0;
  std::string scratch;
  size_t i = 1, end = text.size() - 1;
  if (end <= 1) return LiteralError{0, "empty rune literal or unescaped ' in rune literal"};
  if (auto err = readChar(text, i, '\'', scratch, value)) return err;
  if (i != end) return LiteralError{0, "more than one character in rune literal"};
  return std::nullopt;
}

}  // namespace syntax
