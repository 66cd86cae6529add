// UTF-8 encoding and decoding of single code points, shared by the XML, OOXML-text and label code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace evalbook::xlsx {

// Writes cp as UTF-8 at o (room for 4 bytes) and returns the end.
inline char* encode_utf8(std::uint32_t cp, char* o) {
  if (cp < 0x80) {
    *o++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *o++ = static_cast<char>(0xC0 | (cp >> 6));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *o++ = static_cast<char>(0xE0 | (cp >> 12));
    *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *o++ = static_cast<char>(0xF0 | (cp >> 18));
    *o++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return o;
}

inline void append_utf8(std::uint32_t cp, std::string& out) {
  char buf[4];
  out.append(buf, static_cast<std::size_t>(encode_utf8(cp, buf) - buf));
}

// Decodes one code point at text[i] and advances i; an invalid byte comes back as itself.
inline std::uint32_t next_code_point(std::string_view text, std::size_t& i) {
  auto b = static_cast<unsigned char>(text[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (i + static_cast<std::size_t>(len) > text.size()) len = 1;
  std::uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

// The code points of UTF-8 text: its bytes that are not continuation bytes.
inline std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Strict UTF-8: no overlong forms, surrogates or values past U+10FFFF.
inline bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      extra = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3, cp = c & 0x07;
    } else {
      return false;
    }
    if (s.size() - i <= extra) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += extra + 1;
  }
  return true;
}

// The first byte of [p, end) that does not start or continue a valid UTF-8 sequence (strict, as
// is_valid_utf8), or nullptr. With `more_follows`, a sequence cut short by `end` is not an
// error: its remaining bytes are still to come.
inline const char* first_invalid_utf8(const char* p, const char* end, bool more_follows) {
  while (p < end) {
    // Whole words of ASCII at a time: most of every part is markup.
    while (end - p >= 8) {
      std::uint64_t word;
      __builtin_memcpy(&word, p, 8);
      if (word & 0x8080808080808080ULL) break;
      p += 8;
    }
    if (p >= end) break;
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      ++p;
      continue;
    }
    std::size_t extra = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      if (c == 0xE0) low = 0xA0;   // no overlong forms
      if (c == 0xED) high = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      if (c == 0xF0) low = 0x90;   // no overlong forms
      if (c == 0xF4) high = 0x8F;  // nothing past U+10FFFF
    } else {
      return p;
    }
    for (std::size_t k = 1; k <= extra; ++k) {
      if (p + k >= end) return more_follows ? nullptr : p;
      const auto cc = static_cast<unsigned char>(p[k]);
      if (k == 1 ? (cc < low || cc > high) : (cc & 0xC0) != 0x80) return p;
    }
    p += extra + 1;
  }
  return nullptr;
}

// `text` with every byte that is not valid UTF-8 replaced by U+FFFD, for writers that must never
// emit invalid UTF-8 whatever reached them (a file name, for one, is bytes).
inline std::string valid_utf8_or_replaced(std::string_view text) {
  std::string out;
  const char* p = text.data();
  const char* end = p + text.size();
  while (const char* bad = first_invalid_utf8(p, end, false)) {
    out.append(p, bad);
    out.append("\xEF\xBF\xBD");
    p = bad + 1;
  }
  out.append(p, end);
  return out;
}

}  // namespace evalbook::xlsx
