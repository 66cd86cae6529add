// Labels as a clerk reads them: the same label whether typed with full- or half-width
// characters, spaces, other brackets, a "(万元)" or "(50分)" suffix or a trailing colon.
#pragma once

#include <string>
#include <string_view>

namespace evalbook::tmpl {

// Full-width ASCII to half-width, ideographic space and all whitespace removed, 【】〔〕［］ and
// （） to (), a trailing ":"/"：" removed, unit suffixes "(万元)"/"(元)" removed, HTML tags
// removed, a weight suffix "(50分)" removed, ASCII lower-cased.
std::string normalize_label(std::string_view text);

// Full-width digits, signs and letters to ASCII and U+3000 to a space; nothing else changed.
std::string to_half_width(std::string_view text);

}  // namespace evalbook::tmpl
