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

// Whether Go's strconv.IsPrint would print r as itself (approximately:
// controls, surrogates, non-characters, private use, format characters and
// spaces other than ' ' are not printable).
bool isPrintable(uint32_t r) {
  if (r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0) || r > 0x10FFFF) return false;
  if (r >= 0xD800 && r < 0xE000) return false;           // surrogates
  if (r >= 0xE000 && r < 0xF900) return false;           // private use
  if ((r & 0xFFFE) == 0xFFFE) return false;              // non-characters
  switch (r) {
    case 0xA0: case 0xAD: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF: return false;
  }
  if ((r >= 0x2000 && r <= 0x200F) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2060 && r <= 0x206F)) return false;
  return true;
}

// Go's %q of the character at text[i]: 'x', '\'', '\n', '\x01', '日'.
std::string quoteChar(const std::string& text, size_t i) {
  if (i >= text.size()) return "EOF";
  unsigned char c = static_cast<unsigned char>(text[i]);
  switch (c) {
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
  }
  uint32_t r = c;
  if (c >= 0x80) {  // a UTF-8 sequence (SourceText validated it)
    size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    r = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len && i + k < text.size(); ++k) r = (r << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  if (isPrintable(r)) {
    std::string out = "'";
    appendUtf8(out, r);
    return out + "'";
  }
  char buf[16];
  if (r < 0x80) std::snprintf(buf, sizeof buf, "'\\x%02x'", r);
  else if (r < 0x10000) std::snprintf(buf, sizeof buf, "'\\u%04x'", r);
  else std::snprintf(buf, sizeof buf, "'\\U%08x'", r);
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
          return LiteralError{i, "invalid character " + quoteChar(text, i) + " in " + baseName(base) + " escape"};
        }
        x = x * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
      }
      if (c != 'u' && c != 'U') {  // a byte value
        // gc reports these at the end of the escape.
        if (x > 255) return LiteralError{i, "octal escape value " + std::to_string(x) + " > 255"};
        out += static_cast<char>(x);
        value = x;
        return std::nullopt;
      }
      if (x > 0x10FFFF || (x >= 0xD800 && x < 0xE000))
        return LiteralError{i, "escape is invalid Unicode code point " + formatCodePoint(x)};
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
  if (isPrintable(r)) {
    s += " '";
    appendUtf8(s, r);
    s += "'";
  }
  return s;
}

namespace {

bool isDecimal(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDecimal(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

// gc's invalidSep: the index of the first '_' that does not separate two
// digits (or the prefix and a digit), or -1.
long invalidSeparator(const std::string& x) {
  char x1 = ' ';  // the prefix letter, if any
  char d = '.';   // the previous character's class: '_', '0' (a digit) or '.'
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = static_cast<char>(x[1] | 0x20);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') d = '0', i = 2;
  }
  for (; i < x.size(); ++i) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<long>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<long>(i) - 1;
      d = '.';
    }
  }
  return d == '_' ? static_cast<long>(x.size()) - 1 : -1;
}

}  // namespace

// The checks of gc's scanner.number, in its order, over a token the lenient
// lexer rules produced; offsets are where gc reports each error.
std::optional<LiteralError> checkNumber(const std::string& text) {
  size_t i = 0;
  int base = 10;
  char prefix = 0;  // 0 (decimal), '0' (0-octal), 'x', 'o' or 'b'
  bool digits = false, separators = false, isInt = true;
  long invalid = -1;  // index of the first digit too big for the base
  auto readDigits = [&](int digitBase) {
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c == '_') {
        separators = true;
        continue;
      }
      if (digitBase <= 10 ? !isDecimal(c) : !isHex(c)) break;
      digits = true;
      if (digitBase <= 10 && c - '0' >= digitBase && invalid < 0) invalid = static_cast<long>(i);
    }
  };
  if (text[0] != '.') {
    if (text[0] == '0' && text.size() > 1) {
      char p = static_cast<char>(text[1] | 0x20);
      if (p == 'x' || p == 'o' || p == 'b') {
        prefix = p;
        base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        i = 2;
      } else {
        prefix = '0';
        base = 8;
        digits = true;  // the leading 0
      }
    }
    readDigits(base);
    if (i < text.size() && text[i] == '.') {
      if (prefix == 'o' || prefix == 'b')
        return LiteralError{i, std::string("invalid radix point in ") + baseName(base) + " literal"};
      ++i;
      isInt = false;
      readDigits(base);
    }
  } else {
    ++i;
    isInt = false;
    readDigits(base);
  }
  if (!digits) return LiteralError{i, std::string(baseName(base)) + " literal has no digits"};
  char e = i < text.size() ? static_cast<char>(text[i] | 0x20) : 0;
  if (e == 'e' || e == 'p') {
    if (e == 'e' && prefix != 0 && prefix != '0')
      return LiteralError{i, quoteChar(text, i) + " exponent requires decimal mantissa"};
    if (e == 'p' && prefix != 'x') return LiteralError{i, quoteChar(text, i) + " exponent requires hexadecimal mantissa"};
    ++i;
    isInt = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    digits = false;
    readDigits(10);
    if (!digits) return LiteralError{i, "exponent has no digits"};
  } else if (prefix == 'x' && !isInt) {
    return LiteralError{i, "hexadecimal mantissa requires a 'p' exponent"};
  }
  bool imaginary = i < text.size() && text[i] == 'i';
  if (isInt && !imaginary && invalid >= 0)
    return LiteralError{static_cast<size_t>(invalid),
                        "invalid digit " + quoteChar(text, static_cast<size_t>(invalid)) + " in " + baseName(base) + " literal"};
  if (separators) {
    long sep = invalidSeparator(text);
    if (sep >= 0) return LiteralError{static_cast<size_t>(sep), "'_' must separate successive digits"};
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
  // gc reports the empty literal at its closing quote, a bad escape before
  // a character count, and the count at the opening quote.
  if (end <= 1) return LiteralError{1, "empty rune literal or unescaped '"};
  size_t count = 0;
  uint32_t first = 0;
  for (; i < end; ++count) {
    if (auto err = readChar(text, i, '\'', scratch, value)) return err;
    if (count == 0) first = value;
  }
  value = first;
  if (count != 1) return LiteralError{0, "more than one character in rune literal"};
  return std::nullopt;
}

}  // namespace syntax
