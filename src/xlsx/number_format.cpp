// Excel number-format display. A code is parsed once into sections (numfmt_section), a section
// is chosen the way Excel chooses it, and numbers are rounded in decimal on Excel's 15
// significant digits (numfmt_decimal) so the shown digits match Excel's to the last place.
#include "xlsx/number_format.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

#include "xlsx/numfmt_date.h"
#include "xlsx/numfmt_decimal.h"
#include "xlsx/numfmt_numeric.h"
#include "xlsx/numfmt_section.h"

namespace evalbook::xlsx {

using numfmt::Kind;
using numfmt::Section;
using numfmt::Token;

namespace {

struct Choice {
  const Section* section = nullptr;
  bool drop_sign = false;  // the section is a negative one: Excel shows no automatic '-'
};

Choice choose_section(const std::vector<Section>& secs, double value) {
  // The last of fewer than four sections is the text section when it holds '@'.
  size_t count = std::min<size_t>(secs.size(), 3);
  if (secs.size() < 4 && secs.size() > 1 && secs.back().has_at) --count;
  const Section& s0 = secs[0];
  const bool conditional = s0.condition || (count > 1 && secs[1].condition);
  if (!conditional) {
    if (count == 1 || value > 0 || (value == 0 && count == 2)) return {&s0, false};
    if (value < 0) return {&secs[1], true};
    return {&secs[2], false};
  }
  const bool match0 = s0.condition ? s0.condition->matches(value) : value >= 0;
  if (match0) return {&s0, s0.condition && s0.condition->negative_only()};
  if (count > 1 && secs[1].condition && secs[1].condition->matches(value)) {
    return {&secs[1], secs[1].condition->negative_only()};
  }
  if (count > 2 && s0.condition && secs[1].condition) return {&secs[2], false};
  if (count > 1) return {&secs[1], false};
  return {&s0, false};
}

bool is_general_code(std::string_view code) {
  return code.empty() || (code.size() == 7 && numfmt::starts_with_ci(code, 0, "general"));
}

// A workbook uses a handful of codes for millions of cells: the free functions below parse each
// code once per thread (a workbook's styles hold their own NumberFormat instead).
struct CodeHash {
  using is_transparent = void;  // looked up by string_view, without a copy
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

const NumberFormat& cached_format(std::string_view code) {
  thread_local std::unordered_map<std::string, NumberFormat, CodeHash, std::equal_to<>> cache;
  if (auto it = cache.find(code); it != cache.end()) return it->second;
  if (cache.size() >= 4096) cache.clear();  // bounded for hostile files with endless codes
  return cache.emplace(std::string(code), NumberFormat(code)).first->second;
}

}  // namespace

struct NumberFormat::Parsed {
  std::vector<Section> sections;
  bool date = false;
  // Text cells: the section that shows them (nullptr: the text as it is), and what it adds.
  const Section* text_section = nullptr;
  std::size_t text_literal_bytes = 0;
  std::size_t text_placeholders = 0;
};

NumberFormat::NumberFormat(std::string_view code) : general_(is_general_code(code)) {
  if (general_) return;
  auto parsed = std::make_shared<Parsed>();
  parsed->sections = numfmt::parse_code(code);
  const auto& secs = parsed->sections;
  parsed->date = std::any_of(secs.begin(), secs.end(), [](const Section& s) { return s.is_date; });
  if (secs.size() == 4) {
    parsed->text_section = &secs[3];
  } else if (!secs.empty() && secs.back().has_at) {
    parsed->text_section = &secs.back();
  }
  if (parsed->text_section) {
    for (const Token& tok : parsed->text_section->tokens) {
      if (tok.kind == Kind::at) {
        ++parsed->text_placeholders;
      } else {
        parsed->text_literal_bytes += tok.text.size();
      }
    }
  }
  parsed_ = std::move(parsed);
}

std::string NumberFormat::format_number(double value, bool date1904) const {
  if (!std::isfinite(value)) return "#NUM!";
  if (general_) return format_general(value);
  const Choice choice = choose_section(parsed_->sections, value);
  const Section& sec = *choice.section;
  const double shown = choice.drop_sign ? -value : value;
  if (!sec.system_code.empty()) {
    return numfmt::format_date(shown, numfmt::parse_section(sec.system_code), date1904);
  }
  if (sec.is_date) return numfmt::format_date(shown, sec, date1904);
  // Excel prefixes the minus even when the digits round to zero ("-0.00" for -0.001).
  const bool minus = shown < 0 && !sec.tokens.empty();
  const std::string body = numfmt::format_numeric(std::fabs(shown), sec);
  return minus ? "-" + body : body;
}

std::size_t NumberFormat::text_size(std::string_view text) const {
  if (general_ || !parsed_->text_section) return text.size();
  return parsed_->text_literal_bytes + parsed_->text_placeholders * text.size();
}

std::string NumberFormat::format_text(std::string_view text) const {
  if (general_ || !parsed_->text_section) return std::string(text);
  std::string out;
  out.reserve(text_size(text));
  for (const Token& tok : parsed_->text_section->tokens) {
    if (tok.kind == Kind::at) {
      out += text;
    } else {
      out += tok.text;
    }
  }
  return out;
}

bool NumberFormat::is_date() const { return !general_ && parsed_->date; }

// ---------------------------------------------------------------------------------------------
// Public interface.

std::string_view builtin_format_code(int num_fmt_id) {
  // zh-CN Excel's rendering of the built-in ids (ECMA-376 18.8.30 plus the CJK ids).
  switch (num_fmt_id) {
    case 0:
      return "General";
    case 1:
      return "0";
    case 2:
      return "0.00";
    case 3:
      return "#,##0";
    case 4:
      return "#,##0.00";
    case 5:
      return "¥#,##0;¥-#,##0";
    case 6:
      return "¥#,##0;[Red]¥-#,##0";
    case 7:
      return "¥#,##0.00;¥-#,##0.00";
    case 8:
      return "¥#,##0.00;[Red]¥-#,##0.00";
    case 9:
      return "0%";
    case 10:
      return "0.00%";
    case 11:
      return "0.00E+00";
    case 12:
      return "# ?/?";
    case 13:
      return "# ?\?/?\?";  // \? keeps "??/" from reading as a trigraph
    case 14:
      return "yyyy/m/d";
    case 15:
      return "d-mmm-yy";
    case 16:
      return "d-mmm";
    case 17:
      return "mmm-yy";
    case 18:
      return "h:mm AM/PM";
    case 19:
      return "h:mm:ss AM/PM";
    case 20:
      return "h:mm";
    case 21:
      return "h:mm:ss";
    case 22:
      return "yyyy/m/d h:mm";
    case 27:
    case 36:
    case 50:
    case 52:
    case 57:
      return "yyyy\"年\"m\"月\"";
    case 28:
    case 29:
    case 51:
    case 53:
    case 54:
    case 58:
      return "m\"月\"d\"日\"";
    case 30:
      return "m-d-yy";
    case 31:
      return "yyyy\"年\"m\"月\"d\"日\"";
    case 32:
      return "h\"时\"mm\"分\"";
    case 33:
      return "h\"时\"mm\"分\"ss\"秒\"";
    case 34:
    case 55:
      return "上午/下午h\"时\"mm\"分\"";
    case 35:
    case 56:
      return "上午/下午h\"时\"mm\"分\"ss\"秒\"";
    case 37:
      return "#,##0 ;(#,##0)";
    case 38:
      return "#,##0 ;[Red](#,##0)";
    case 39:
      return "#,##0.00;(#,##0.00)";
    case 40:
      return "#,##0.00;[Red](#,##0.00)";
    case 41:
      return "_ * #,##0_ ;_ * \\-#,##0_ ;_ * \"-\"_ ;_ @_ ";
    case 42:
      return "_ \"¥\"* #,##0_ ;_ \"¥\"* \\-#,##0_ ;_ \"¥\"* \"-\"_ ;_ @_ ";
    case 43:
      return "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ";
    case 44:
      return "_ \"¥\"* #,##0.00_ ;_ \"¥\"* \\-#,##0.00_ ;_ \"¥\"* \"-\"??_ ;_ @_ ";
    case 45:
      return "mm:ss";
    case 46:
      return "[h]:mm:ss";
    case 47:
      return "mmss.0";
    case 48:
      return "##0.0E+0";
    case 49:
      return "@";
    default:
      return {};
  }
}

std::string format_general(double value) {
  if (std::isnan(value)) return "#NUM!";
  const std::string mag = numfmt::general_magnitude(std::fabs(value));
  return value < 0 && mag != "0" ? "-" + mag : mag;
}

std::string format_number(double value, std::string_view code, bool date1904) {
  if (!std::isfinite(value)) return "#NUM!";
  if (is_general_code(code)) return format_general(value);
  return cached_format(code).format_number(value, date1904);
}

std::string format_text(std::string_view text, std::string_view code) {
  if (is_general_code(code)) return std::string(text);
  return cached_format(code).format_text(text);
}

bool is_date_format(std::string_view code) {
  if (is_general_code(code)) return false;
  return cached_format(code).is_date();
}

}  // namespace evalbook::xlsx
