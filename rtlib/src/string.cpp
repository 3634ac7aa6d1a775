// This file implements the out-of-line string operations: concatenation,
// copies into GC memory, UTF-8 encoding and decoding with Go's rules
// (an invalid or overlong sequence decodes as U+FFFD of width 1; surrogate
// halves are invalid), and the string <-> []byte / []rune conversions.
#include <array>
#include <cstring>

#include "go/memory.hpp"
#include "go/slice.hpp"
#include "go/string.hpp"

namespace go {

namespace {
uint8* new_bytes(int_ n) { return static_cast<uint8*>(alloc_atomic(static_cast<std::size_t>(n))); }
}  // namespace

string make_string(std::string_view bytes) {
  if (bytes.empty()) return string();
  uint8* p = new_bytes(static_cast<int_>(bytes.size()));
  std::memcpy(p, bytes.data(), bytes.size());
  return string(p, static_cast<int_>(bytes.size()));
}

string operator+(string a, string b) {
  if (a.len == 0) return b;
  if (b.len == 0) return a;
  uint8* p = new_bytes(a.len + b.len);
  std::memcpy(p, a.ptr, a.len);
  std::memcpy(p + a.len, b.ptr, b.len);
  return string(p, a.len + b.len);
}

decoded_rune decode_rune(string s, int_ i) {
  if (i >= s.len) return {rune_error, 0};
  const uint8* p = s.ptr + i;
  int_ avail = s.len - i;
  uint8 b0 = p[0];
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](int_ k) { return k < avail && (p[k] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (cont(1)) return {rune((b0 & 0x1F) << 6 | (p[1] & 0x3F)), 2};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (cont(1) && cont(2)) {
      rune r = rune((b0 & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F));
      if (r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF)) return {r, 3};
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (cont(1) && cont(2) && cont(3)) {
      rune r = rune((b0 & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F));
      if (r >= 0x10000 && r <= 0x10FFFF) return {r, 4};
    }
  }
  return {rune_error, 1};
}

int encode_rune(rune r, uint8* out) {
  uint32 c = static_cast<uint32>(r);
  if (c < 0x80) {
    out[0] = uint8(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = uint8(0xC0 | c >> 6);
    out[1] = uint8(0x80 | (c & 0x3F));
    return 2;
  }
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x10000) {
    out[0] = uint8(0xE0 | c >> 12);
    out[1] = uint8(0x80 | (c >> 6 & 0x3F));
    out[2] = uint8(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = uint8(0xF0 | c >> 18);
  out[1] = uint8(0x80 | (c >> 12 & 0x3F));
  out[2] = uint8(0x80 | (c >> 6 & 0x3F));
  out[3] = uint8(0x80 | (c & 0x3F));
  return 4;
}

namespace {
// The one-byte strings string(r) gives for ASCII runes, shared: strings
// are immutable, so string('a') allocates nothing (gc uses a stack buffer).
constexpr auto ascii_bytes = [] {
  std::array<uint8, 128> a{};
  for (int i = 0; i < 128; i++) a[i] = uint8(i);
  return a;
}();
}  // namespace

string rune_to_string(int64 r) {
  if (r >= 0 && r < 0x80) return string(ascii_bytes.data() + r, 1);
  // Values outside rune's range are invalid code points too.
  rune v = (r < 0 || r > 0x10FFFF) ? rune_error : rune(r);
  uint8 buf[4];
  int n = encode_rune(v, buf);
  return make_string(std::string_view(reinterpret_cast<const char*>(buf), n));
}

string bytes_to_string(slice<byte> b) {
  return make_string(std::string_view(reinterpret_cast<const char*>(b.ptr), static_cast<std::size_t>(b.len)));
}

slice<byte> string_to_bytes(string s) {
  slice<byte> b = make_slice<byte>(s.len, static_cast<int_>(round_up_alloc_size(static_cast<std::size_t>(s.len))));
  if (s.len > 0) std::memcpy(b.ptr, s.ptr, s.len);
  return b;
}

slice<byte> const_string_to_bytes(string s) {
  slice<byte> b = make_slice<byte>(s.len, s.len);
  if (s.len > 0) std::memcpy(b.ptr, s.ptr, s.len);
  return b;
}

slice<rune> string_to_runes(string s) {
  int_ n = 0;
  for (int_ i = 0; i < s.len; i += decode_rune(s, i).width) n++;
  slice<rune> r = make_slice<rune>(n, static_cast<int_>(round_up_alloc_size(n * sizeof(rune)) / sizeof(rune)));
  int_ k = 0;
  for (int_ i = 0; i < s.len;) {
    decoded_rune d = decode_rune(s, i);
    r.ptr[k++] = d.r;
    i += d.width;
  }
  return r;
}

string runes_to_string(slice<rune> r) {
  int_ n = 0;
  uint8 tmp[4];
  for (int_ i = 0; i < r.len; i++) n += encode_rune(r.ptr[i], tmp);
  if (n == 0) return string();
  uint8* p = new_bytes(n);
  int_ k = 0;
  for (int_ i = 0; i < r.len; i++) k += encode_rune(r.ptr[i], p + k);
  return string(p, n);
}

slice<byte> append_string(slice<byte> s, string t) {
  if (t.len == 0) return s;
  int_ needed = s.len + t.len;
  if (needed > s.cap) s = detail::grow(s, needed);
  std::memmove(s.ptr + s.len, t.ptr, t.len);
  s.len = needed;
  return s;
}

int_ copy(slice<byte> dst, string src) {
  int_ n = dst.len < src.len ? dst.len : src.len;
  if (n > 0) std::memmove(dst.ptr, src.ptr, n);
  return n;
}

}  // namespace go
