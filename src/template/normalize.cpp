#include "template/normalize.h"

#include <cstdint>

#include "xlsx/utf8.h"

namespace evalbook::tmpl {

namespace {

using xlsx::append_utf8;
using xlsx::encode_utf8;
using xlsx::next_code_point;

std::uint32_t half_width(std::uint32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  if (cp == 0x3000 || cp == 0x00A0) return ' ';
  return cp;
}

void strip_suffix(std::string& s, std::string_view suffix) {
  if (s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0)
    s.resize(s.size() - suffix.size());
}

// A trailing "(50分)" or "(2.5分)": the weight many provinces print after a level or section
// label (产出指标（50分）, 绩效指标（90分）). The label is the same without it.
void strip_points_suffix(std::string& s) {
  static constexpr std::string_view points = "分)";
  if (s.size() <= points.size() || s.compare(s.size() - points.size(), points.size(), points) != 0)
    return;
  std::size_t i = s.size() - points.size();
  std::size_t digits_end = i;
  while (i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '.')) --i;
  if (i == digits_end || i == 0 || s[i - 1] != '(' || i == 1) return;
  s.resize(i - 1);
}

}  // namespace

std::string to_half_width(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) append_utf8(half_width(next_code_point(text, i)), out);
  return out;
}

std::string normalize_label(std::string_view text) {
  // Written through a raw pointer into a buffer sized for the worst case (an invalid byte comes
  // back as a two-byte code point): this runs for every cell of every sheet read.
  std::string out(text.size() * 2, '\0');
  char* o = out.data();
  bool in_tag = false;
  for (std::size_t i = 0; i < text.size();) {
    if (!in_tag) {  // the common case: plain ASCII other than the few characters changed below
      auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80 && b != '<' && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '[' &&
          b != ']' && !(b >= 'A' && b <= 'Z')) {
        *o++ = static_cast<char>(b);
        ++i;
        continue;
      }
    }
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
    o = encode_utf8(cp, o);
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  for (bool changed = true; changed;) {
    std::size_t before = out.size();
    strip_suffix(out, ":");
    strip_suffix(out, "(万元)");
    strip_suffix(out, "(元)");
    strip_suffix(out, "(%)");
    strip_points_suffix(out);
    changed = out.size() != before;
  }
  return out;
}

}  // namespace evalbook::tmpl
