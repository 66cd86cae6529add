// Texts of a standard form: pattern fields written from their regular expressions, labels,
// display widths, sheet names, percent units, and the layout as the reader sees it.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <regex>

#include "report/template_layout_builder.h"

namespace evalbook::report::layout_detail {

namespace {

// The bytes of the UTF-8 character its lead byte starts (1 for a stray byte).
std::size_t utf8_length(unsigned char lead) {
  return lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : (lead >> 3) == 30 ? 4 : 1;
}

// A tiny generator over the ECMAScript subset templates use: literals, escapes, classes, groups
// with alternatives, quantifiers.
class PatternGen {
 public:
  PatternGen(const std::string& p, const std::string& value) : p_(p), value_(value) {}

  std::optional<std::string> run() {
    std::string out = alternatives();
    if (i_ != p_.size() || failed_) return std::nullopt;
    return out;
  }

 private:
  std::string alternatives() {
    std::string first;
    bool in_first = true;
    std::string current;
    while (i_ < p_.size() && p_[i_] != ')') {
      if (p_[i_] == '|') {
        ++i_;
        if (in_first) first = current;
        in_first = false;
        current.clear();
        continue;
      }
      std::string a = atom();
      int times = quantifier();
      for (int k = 0; k < times; ++k) current += a;
    }
    return in_first ? current : first;
  }

  std::string code_point() {
    std::size_t start = i_;
    std::size_t len = utf8_length(static_cast<unsigned char>(p_[i_]));
    i_ = std::min(p_.size(), i_ + len);
    return p_.substr(start, i_ - start);
  }

  std::string escape() {
    ++i_;  // the backslash
    if (i_ >= p_.size()) {
      failed_ = true;
      return "";
    }
    char c = p_[i_];
    switch (c) {
      case 'd':
        ++i_;
        return "0";
      case 'D':
        ++i_;
        return "x";
      case 's':
        ++i_;
        return " ";
      case 'S':
        ++i_;
        return "x";
      case 'w':
        ++i_;
        return "a";
      case 'W':
        ++i_;
        return " ";
      case 'b':
      case 'B':
        ++i_;
        return "";
      case 'n':
        ++i_;
        return "\n";
      case 't':
        ++i_;
        return "\t";
      default:
        return code_point();
    }
  }

  std::string atom() {
    char c = p_[i_];
    if (c == '(') {
      ++i_;
      bool capture = true;
      bool lookaround = false;
      if (p_.compare(i_, 2, "?:") == 0) {
        capture = false;
        i_ += 2;
      } else if (p_.compare(i_, 2, "?=") == 0 || p_.compare(i_, 2, "?!") == 0) {
        lookaround = true;
        i_ += 2;
      }
      int number = capture && !lookaround ? ++groups_ : 0;
      std::string inner = alternatives();
      if (i_ >= p_.size() || p_[i_] != ')') {
        failed_ = true;
        return "";
      }
      ++i_;
      if (lookaround) return "";
      return number == 1 ? value_ : inner;
    }
    if (c == '[') {
      ++i_;
      bool negated = i_ < p_.size() && p_[i_] == '^';
      if (negated) ++i_;
      std::string first;
      while (i_ < p_.size() && p_[i_] != ']') {
        std::string one = p_[i_] == '\\' ? escape() : code_point();
        if (first.empty()) first = one;
      }
      if (i_ >= p_.size()) {
        failed_ = true;
        return "";
      }
      ++i_;
      return negated ? std::string("x") : first;
    }
    if (c == '\\') return escape();
    if (c == '.') {
      ++i_;
      return "x";
    }
    if (c == '^' || c == '$') {
      ++i_;
      return "";
    }
    return code_point();
  }

  int quantifier() {
    if (i_ >= p_.size()) return 1;
    int times = 1;
    char c = p_[i_];
    if (c == '*' || c == '?') {
      times = 0;
      ++i_;
    } else if (c == '+') {
      ++i_;
    } else if (c == '{') {
      auto close = p_.find('}', i_);
      if (close == std::string::npos) return 1;
      times = std::atoi(p_.c_str() + i_ + 1);
      i_ = close + 1;
    } else {
      return 1;
    }
    if (i_ < p_.size() && p_[i_] == '?') ++i_;  // lazy
    return times;
  }

  const std::string& p_;
  const std::string& value_;
  std::size_t i_ = 0;
  int groups_ = 0;
  bool failed_ = false;
};

}  // namespace

std::optional<std::string> pattern_text_loose(const std::string& pattern,
                                              const std::string& value) {
  return PatternGen(pattern, value).run();
}

}  // namespace evalbook::report::layout_detail

namespace evalbook::report {

using layout_detail::g16_exact;
using layout_detail::PatternGen;
using layout_detail::upper_ascii;
using layout_detail::utf8_length;

// A number as a clerk writes it: no exponent (1e+07 -> 10000000).
std::string plain(double v) {
  char buf[400];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, end);
}

std::string layout_text(const FormLayout& layout) {
  std::vector<std::vector<std::string>> grid(layout.rows);
  for (const auto& c : layout.cells) {
    if (c.row == 0 || c.column == 0) continue;
    auto& row = grid[c.row - 1];
    if (row.size() < c.column) row.resize(c.column);
    if (c.number) {
      bool percent = c.number_format.find('%') != std::string::npos;
      row[c.column - 1] = percent ? plain(*c.number * 100) + "%" : plain(*c.number);
    } else {
      row[c.column - 1] = c.text;
    }
  }
  std::string out;
  for (const auto& row : grid) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += '\t';
      for (char ch : row[i]) out += ch == '\t' || ch == '\n' ? ' ' : ch;
    }
    out += '\n';
  }
  return out;
}

std::optional<std::string> pattern_text(const std::string& pattern, const std::string& value) {
  auto text = PatternGen(pattern, value).run();
  if (!text) return std::nullopt;
  try {
    std::smatch m;
    std::regex re(pattern);
    if (std::regex_search(*text, m, re) && m.size() >= 2 && m[1].matched && m[1].str() == value)
      return text;
  } catch (const std::regex_error&) {
  }
  return std::nullopt;
}

std::string label_text(const tmpl::LabelSet& labels) {
  if (!labels.exact.empty()) return upper_ascii(labels.exact.front());
  if (!labels.prefix.empty()) return upper_ascii(labels.prefix.front());
  return "";
}

double text_width(std::string_view text) {
  double w = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = utf8_length(static_cast<unsigned char>(text[i]));
    w += len >= 3 ? 2.0 : 1.0;  // CJK, full-width forms and punctuation are two units wide
    i += len;
  }
  return w;
}

std::optional<double> percent_units_of(double fraction) {
  if (!std::isfinite(fraction)) return std::nullopt;
  double x = fraction * 100;
  std::vector<double> candidates;
  for (int digits = 1; digits <= 17; ++digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, x);
    candidates.push_back(std::strtod(buf, nullptr));
  }
  double up = x, down = x;
  candidates.push_back(x);
  for (int k = 0; k < 4; ++k) {
    up = std::nextafter(up, INFINITY);
    down = std::nextafter(down, -INFINITY);
    candidates.push_back(up);
    candidates.push_back(down);
  }
  for (double c : candidates) {
    if (c / 100.0 == fraction && g16_exact(c)) return c + 0.0;
  }
  return std::nullopt;
}

std::string sheet_name_for(const std::string& title) {
  std::string t = title;
  auto cut = t.find("（");
  if (cut != std::string::npos && cut > 0) t = t.substr(0, cut);
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < t.size() && count < 31;) {
    std::size_t len = utf8_length(static_cast<unsigned char>(t[i]));
    std::string cp = t.substr(i, len);
    i += len;
    if (cp.size() == 1 && std::string_view("[]:*?/\\").find(cp[0]) != std::string_view::npos)
      cp = "_";
    out += cp;
    ++count;
  }
  while (!out.empty() && (out.front() == '\'' || out.front() == ' ')) out.erase(out.begin());
  while (!out.empty() && (out.back() == '\'' || out.back() == ' ')) out.pop_back();
  return out.empty() ? "Sheet1" : out;
}

}  // namespace evalbook::report
