// OOXML's own escape for characters XML cannot carry: "_xHHHH_" (a UTF-16 code unit in hex) in
// string items, with "_x005F_" escaping a literal underscore that would otherwise start one.
#pragma once

#include <string>
#include <string_view>

namespace evalbook::xlsx {

// Decodes every _xHHHH_ escape in place (surrogate pairs joined; lone surrogates kept as text).
void decode_ooxml_escapes(std::string& text);

// Appends `text` ready to stand inside <t>: XML-escaped, control characters as _xHHHH_, and a
// literal "_xHHHH_" protected by escaping its underscore.
void encode_ooxml_text(std::string_view text, std::string& out);

}  // namespace evalbook::xlsx
