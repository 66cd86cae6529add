#include "template/normalize.h"

#include <cstdint>

namespace evalbook::tmpl {

namespace {

// Decodes one UTF-8 code point at text[i]; advances i. Invalid bytes come back as themselves.
std::uint32_t next_code_point(std::string_view text, std::size_t& i) {
  auto b = static_cast<unsigned char>(text[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (i + len > text.size()) len = 1;
  std::uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

void append_utf8(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::uint32_t half_width(std::uint32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  if (cp == 0x3000 || cp == 0x00A0) return ' ';
  return cp;
}

void strip_suffix(std::string& s, std::string_view suffix) {
  if (s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0)
    s.resize(s.size() - suffix.size());
}

}  // namespace

std::string to_half_width(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) append_utf8(half_width(next_code_point(text, i)), out);
  return out;
}

std::string normalize_label(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_tag = false;
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = half_width(next_code_point(text, i));
    if (cp == '<') {
      in_tag = true;
      continue;
    }
    if (in_tag) {
      if (cp == '>') in_tag = false;
      continue;
    }
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') continue;
    if (cp == 0x3010 || cp == 0x3014 || cp == '[') cp = '(';  // 【 〔 [
    if (cp == 0x3011 || cp == 0x3015 || cp == ']') cp = ')';  // 】 〕 ]
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    append_utf8(cp, out);
  }
  for (bool changed = true; changed;) {
    std::size_t before = out.size();
    strip_suffix(out, ":");
    strip_suffix(out, "(万元)");
    strip_suffix(out, "(元)");
    strip_suffix(out, "(%)");
    changed = out.size() != before;
  }
  return out;
}

}  // namespace evalbook::tmpl
