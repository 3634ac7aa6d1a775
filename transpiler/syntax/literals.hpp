// Checking and decoding of literal tokens, in gc's words.
//
// The lexer grammar matches literals leniently so that a bad one is still a
// single token; these functions find what gc's scanner would reject and
// decode what is valid (escapes resolved, raw strings without '\r').
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace syntax {

struct LiteralError {
  size_t offset = 0;  // byte offset inside the literal's text
  std::string message;
};

// For integer, float and imaginary literals: bad digits such as the 9 in 09.
std::optional<LiteralError> checkNumber(const std::string& text);

// Decodes an interpreted ("...") or raw (`...`) string literal into bytes.
std::optional<LiteralError> decodeString(const std::string& text, std::string& bytes);

// Decodes a rune literal ('x'); `value` is the code point or byte value.
std::optional<LiteralError> decodeRune(const std::string& text, uint32_t& value);

// gc's %#U: "U+0040 '@'" (the quoted character only when printable).
std::string formatCodePoint(uint32_t r);

}  // namespace syntax
