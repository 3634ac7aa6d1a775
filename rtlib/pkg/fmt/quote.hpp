// This file declares Go's string and rune quoting (strconv.Quote and
// friends) as fmt's %q needs it.
#pragma once

#include <string>
#include <string_view>

#include "go/types.hpp"

namespace fmt::detail {

// strconv.Quote / QuoteToASCII appended to out.
void append_quoted(std::string& out, std::string_view s, bool ascii_only);
// strconv.QuoteRune / QuoteRuneToASCII appended to out.
void append_quoted_rune(std::string& out, go::rune r, bool ascii_only);
// strconv.CanBackquote.
bool can_backquote(std::string_view s);
// unicode.IsPrint, approximated outside ASCII (see quote.cpp).
bool is_print(go::rune r);
// Appends the UTF-8 encoding of r (invalid runes become U+FFFD).
void append_rune(std::string& out, go::rune r);

}  // namespace fmt::detail
