// This file implements Go's quoting rules (strconv/quote.go): printable
// runes stay, the quote and backslash are escaped, the C escapes \a \b \f
// \n \r \t \v are used where they exist, other bytes below 0x80 and invalid
// UTF-8 bytes become \xHH, other runes \uHHHH or \UHHHHHHHH.
//
// unicode.IsPrint needs Unicode's category tables, which we do not carry
// yet: outside ASCII every rune counts as printable except the controls,
// the space separators, the format characters, private-use and
// non-characters listed below. Unassigned code points are therefore
// printed raw where Go would escape them.
#include "quote.hpp"

#include "go/string.hpp"

namespace fmt::detail {

namespace {
constexpr char hex_digits[] = "0123456789abcdef";

void append_hex(std::string& out, go::uint32 v, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex_digits[(v >> shift) & 0xF];
}

void append_escaped_rune(std::string& out, go::rune r, char quote, bool ascii_only) {
  if (r == quote || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (ascii_only ? (r < 0x80 && is_print(r)) : is_print(r)) {
    append_rune(out, r);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7f) {
    out += "\\x";
    append_hex(out, static_cast<go::uint32>(r), 2);
  } else {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x10000) {
      out += "\\u";
      append_hex(out, static_cast<go::uint32>(r), 4);
    } else {
      out += "\\U";
      append_hex(out, static_cast<go::uint32>(r), 8);
    }
  }
}
}  // namespace

bool is_print(go::rune r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return false;
  if (r < 0xA1) return false;  // C1 controls and NO-BREAK SPACE
  if (r == 0xAD || r == 0x1680 || r == 0x180E || r == 0x3000 || r == 0xFEFF) return false;
  if (r >= 0x2000 && r <= 0x200F) return false;
  if (r >= 0x2028 && r <= 0x202F) return false;
  if (r >= 0x205F && r <= 0x206F) return false;
  if (r >= 0xE000 && r <= 0xF8FF) return false;  // private use
  if (r >= 0xFDD0 && r <= 0xFDEF) return false;  // non-characters
  if (r >= 0xFFF0 && r <= 0xFFFB) return false;
  if ((r & 0xFFFE) == 0xFFFE) return false;
  if (r >= 0xE0000 && r <= 0xE0FFF) return false;  // tags, variation selectors supplement
  if (r >= 0xF0000) return false;
  return true;
}

void append_rune(std::string& out, go::rune r) {
  go::uint8 buf[4];
  int n = go::encode_rune(r, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

void append_quoted(std::string& out, std::string_view s, bool ascii_only) {
  go::string gs(s.data(), static_cast<go::int_>(s.size()));
  out += '"';
  for (go::int_ i = 0; i < gs.len;) {
    go::decoded_rune d = go::decode_rune(gs, i);
    if (d.width == 1 && d.r == go::rune_error) {
      out += "\\x";
      append_hex(out, gs.ptr[i], 2);
    } else {
      append_escaped_rune(out, d.r, '"', ascii_only);
    }
    i += d.width;
  }
  out += '"';
}

void append_quoted_rune(std::string& out, go::rune r, bool ascii_only) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = go::rune_error;
  out += '\'';
  append_escaped_rune(out, r, '\'', ascii_only);
  out += '\'';
}

bool can_backquote(std::string_view s) {
  go::string gs(s.data(), static_cast<go::int_>(s.size()));
  for (go::int_ i = 0; i < gs.len;) {
    go::decoded_rune d = go::decode_rune(gs, i);
    if (d.width == 1 && d.r == go::rune_error) return false;
    if (d.r == '`' || d.r == 0xFEFF) return false;
    if (d.r < ' ' && d.r != '\t') return false;
    if (d.r == 0x7f) return false;
    i += d.width;
  }
  return true;
}

}  // namespace fmt::detail
