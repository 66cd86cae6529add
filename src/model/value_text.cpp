#include "model/value_text.h"

namespace evalbook::model::value_text {

// ---------------------------------------------------------------------------------------------
// UTF-8 <-> code points. Invalid bytes decode to U+FFFD, which no grammar below accepts.

U32 decode_utf8(std::string_view s) {
  U32 out;
  out.reserve(s.size());
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
      out.push_back(b0);
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2, cp = b0 & 0x1F, min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3, cp = b0 & 0x0F, min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    if (i + len > n) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    bool ok = true;
    for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string encode_utf8(U32View s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Normalisation: full-width forms and look-alike signs to one spelling, all blanks to ' '.

bool is_blank(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x00A0 ||
         c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

char32_t normalise_char(char32_t c) {
  if (c >= 0xFF10 && c <= 0xFF19) return U'0' + (c - 0xFF10);  // full-width digits
  if (is_blank(c)) return U' ';
  switch (c) {
    case 0xFF05:
      return U'%';  // ％
    case 0xFF1E:
      return U'>';  // ＞
    case 0xFF1C:
      return U'<';  // ＜
    case 0xFF1D:
      return U'=';  // ＝
    case 0xFF0E:
      return U'.';  // ．
    case 0xFF0D:
      return U'-';  // －
    case 0x2212:
      return U'-';  // minus sign
    case 0xFF0B:
      return U'+';  // ＋
    case 0xFF0F:
      return U'/';  // ／
    case 0xFF5E:
      return U'~';  // ～
    case 0x301C:
      return U'~';  // 〜 wave dash
    case 0xFF08:
      return U'(';  // （
    case 0xFF09:
      return U')';  // ）
    case 0x2267:
      return U'≥';  // ≧
    case 0x2266:
      return U'≤';  // ≦
    case 0x2A7E:
      return U'≥';  // ⩾
    case 0x2A7D:
      return U'≤';  // ⩽
    default:
      return c;
  }
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool starts_with(U32View s, U32View p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
bool ends_with(U32View s, U32View p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool starts_with_ci_ascii(U32View s, U32View p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char32_t c = s[i];
    if (c >= U'A' && c <= U'Z') c += 32;
    if (c != p[i]) return false;
  }
  return true;
}

U32View trim(U32View s) {
  while (!s.empty() && s.front() == U' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == U' ') s.remove_suffix(1);
  return s;
}

// Decodes, normalises, trims and removes <p>…</p> wrappers (as the HTML-ish cells of some
// exports carry them). nullopt when the text is too long to be a value.
std::optional<U32> normalised(std::string_view text) {
  if (text.size() > kMaxValueBytes) return std::nullopt;
  U32 s = decode_utf8(text);
  for (char32_t& c : s) c = normalise_char(c);
  U32View v = trim(s);
  for (;;) {
    if (starts_with_ci_ascii(v, U"<p>") && v.size() >= 7 &&
        (v.substr(v.size() - 4) == U"</p>" || v.substr(v.size() - 4) == U"</P>")) {
      v = trim(v.substr(3, v.size() - 7));
    } else if (v == U"<p/>" || v == U"<p />" || v == U"<br/>" || v == U"<br>") {
      v = {};
    } else {
      break;
    }
  }
  return U32(v);
}

// Removes blanks. `digit_gap` reports a blank between two digits ("1 000"), which makes the
// number ambiguous: such text is never read as a number.
U32 compact(U32View s, bool* digit_gap) {
  U32 out;
  out.reserve(s.size());
  bool gap = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U' ') {
      std::size_t j = i;
      while (j < s.size() && s[j] == U' ') ++j;
      if (!out.empty() && j < s.size() && is_digit(out.back()) &&
          (is_digit(s[j]) || s[j] == U'.')) {
        gap = true;
      }
      i = j - 1;
      continue;
    }
    out.push_back(s[i]);
  }
  if (digit_gap) *digit_gap = gap;
  return out;
}

U32View strip_quotes(U32View s) {
  auto is_quote = [](char32_t c) {
    return c == U'"' || c == U'\'' || c == U'“' || c == U'”' || c == U'‘' || c == U'’' ||
           c == U'「' || c == U'」' || c == U'『' || c == U'』';
  };
  while (!s.empty() && is_quote(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_quote(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace evalbook::model::value_text
