// The text of a cell as the value readers see it: decoded to code points, full-width forms and
// look-alike signs folded to one spelling, blanks made ' ', trimmed. Shared by the indicator
// value grammar and the number reader, so both read "９５" and "95" alike.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace evalbook::model::value_text {

using U32 = std::u32string;
using U32View = std::u32string_view;

// What an invalid UTF-8 byte decodes to; no grammar accepts it.
constexpr char32_t kReplacement = 0xFFFD;
// A cell longer than this is prose, never a value; it is not even decoded.
constexpr std::size_t kMaxValueBytes = 4096;

U32 decode_utf8(std::string_view s);
std::string encode_utf8(U32View s);

bool is_blank(char32_t c);
// Full-width digits and signs to ASCII, look-alike comparators to one spelling, blanks to ' '.
char32_t normalise_char(char32_t c);
bool is_digit(char32_t c);
bool starts_with(U32View s, U32View p);
bool ends_with(U32View s, U32View p);
bool starts_with_ci_ascii(U32View s, U32View p);
U32View trim(U32View s);
// Decodes, normalises, trims and removes <p>…</p> wrappers; nullopt when too long to be a value.
std::optional<U32> normalised(std::string_view text);
// Removes blanks; `digit_gap` reports a blank between two digits ("1 000").
U32 compact(U32View s, bool* digit_gap);
U32View strip_quotes(U32View s);

}  // namespace evalbook::model::value_text
