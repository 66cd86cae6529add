// evalbook set FILE -o OUT CELL=VALUE... [--text]: a copy of FILE with the given cells changed
// and nothing else (CLI-CONTRACT.md).
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <optional>

#include "cli/arg_hints.h"
#include "cli/cli_common.h"
#include "cli/legacy_input.h"
#include "xlsx/cell_ref.h"
#include "xlsx/errors.h"
#include "xlsx/legacy_conversion.h"
#include "xlsx/patcher.h"

namespace evalbook::cli {

namespace {

struct Assignment {
  std::optional<std::string> sheet;  // none: the first sheet
  xlsx::CellRef ref;
  std::string value;
};

// Excel keeps at most 32,767 characters in a cell (counted in UTF-16 units, as Excel does).
constexpr std::size_t kMaxCellChars = 32767;

std::size_t utf16_length(std::string_view utf8) {
  std::size_t units = 0;
  for (const char ch : utf8) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) != 0x80) ++units;  // a lead byte starts a code point
    if (c >= 0xF0) ++units;           // past U+FFFF: a surrogate pair
  }
  return units;
}

[[noreturn]] void bad(const std::string& message) {
  throw xlsx::XlsxError(xlsx::ErrorCode::bad_argument, message);
}

// "C5=1", "Sheet1!C5=x", "'My sheet'!C5=x" (a quote inside the name doubled, as Excel writes it).
Assignment parse_assignment(const std::string& text) {
  Assignment a;
  std::size_t pos = 0;
  if (!text.empty() && text[0] == '\'') {
    std::string name;
    std::size_t i = 1;
    for (; i < text.size(); ++i) {
      if (text[i] == '\'') {
        if (i + 1 < text.size() && text[i + 1] == '\'') {
          name += '\'';
          ++i;
          continue;
        }
        break;
      }
      name += text[i];
    }
    if (i + 1 >= text.size() || text[i + 1] != '!') {
      bad(fmt::format("无法识别的赋值“{}”，应为 'Sheet'!C5=值", text));
    }
    a.sheet = name;
    pos = i + 2;
  } else {
    auto bang = text.find('!');
    auto eq = text.find('=');
    if (bang != std::string::npos && bang < eq) {
      a.sheet = text.substr(0, bang);
      pos = bang + 1;
    }
  }
  auto eq = text.find('=', pos);
  if (eq == std::string::npos) bad(fmt::format("赋值“{}”缺少“=”", text));
  auto ref = xlsx::parse_cell_ref(text.substr(pos, eq - pos));
  if (!ref) bad(fmt::format("“{}”不是有效的单元格地址", text.substr(pos, eq - pos)));
  a.ref = *ref;
  a.value = text.substr(eq + 1);
  if (utf16_length(a.value) > kMaxCellChars) {
    bad(fmt::format("{} 的值有 {} 个字符，超过 Excel 单元格的上限 {}", text.substr(pos, eq - pos),
                    utf16_length(a.value), kMaxCellChars, kMaxCellChars));
  }
  return a;
}

// A value "reads as a number" when it is a plain decimal (sign, digits, point, exponent). Digit
// strings with a leading zero ("0354", an area code) stay text, as Excel users expect.
std::optional<double> as_number(const std::string& value) {
  if (value.empty()) return std::nullopt;
  std::string_view v = value;
  if (v[0] == '+') v.remove_prefix(1);
  std::string_view digits = v[0] == '-' ? v.substr(1) : v;
  if (digits.size() > 1 && digits[0] == '0' && digits[1] != '.') return std::nullopt;
  double number = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), number);
  if (ec != std::errc() || p != v.data() + v.size() || !std::isfinite(number)) return std::nullopt;
  for (char c : v) {
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == 'e' ||
          c == 'E' || c == '+'))
      return std::nullopt;  // rejects "inf", "nan", hex
  }
  return number;
}

int set_cells(const std::string& input, const std::string& output,
              const std::vector<std::string>& assignments, bool force_text) {
  xlsx::Patcher patcher(input);
  for (const auto& text : assignments) {
    Assignment a = parse_assignment(text);
    std::size_t sheet = a.sheet ? patcher.sheet_index(*a.sheet) : 0;
    if (patcher.workbook().sheets().empty()) bad("工作簿没有工作表");
    xlsx::CellValue value;
    if (a.value.empty()) {
      value = xlsx::CellValue::cleared();
    } else if (auto number = force_text ? std::nullopt : as_number(a.value)) {
      value = xlsx::CellValue::of_number(*number);
    } else {
      value = xlsx::CellValue::of_text(a.value);
    }
    patcher.set_cell(sheet, a.ref, std::move(value));
  }
  auto report = patcher.write(output);
  std::string summary = fmt::format("已写入 {}：修改 {} 个单元格", output, assignments.size());
  if (!report.dropped_parts.empty()) summary += "，已删除过期的计算链 calcChain.xml";
  if (report.full_calc_on_load) summary += "，已设置打开时重新计算";
  summary += fmt::format(" / wrote {}\n", output);
  std::fwrite(summary.data(), 1, summary.size(), stderr);
  return kExitOk;
}

}  // namespace

int run_set(const Args& args) {
  std::string input;
  std::string output;
  bool force_text = false;
  std::vector<std::string> assignments;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if ((a == "-o" || a == "--output") && i + 1 < args.size()) {
      output = args[++i];
    } else if (a == "--text") {
      force_text = true;
    } else if (a == "-o" || a == "--output") {
      report_missing_value("set", a, "输出的文件名（例如 -o 修改后.xlsx）");
      return kExitUnreadable;
    } else if (a.size() > 1 && a[0] == '-' && a.find('=') == std::string::npos) {
      // An assignment always holds "=": this is a mistyped option, not a cell.
      report_unknown_option("set", a, {"-o", "--output", "--text"});
      return kExitUnreadable;
    } else if (input.empty() && a.find('=') == std::string::npos) {
      input = a;
    } else {
      assignments.push_back(a);
    }
  }
  if (input.empty() || output.empty() || assignments.empty()) {
    report_error("set", "bad_argument", "用法：evalbook set 文件 -o 输出文件 单元格=值...");
    return kExitUnreadable;
  }
  return guarded(input, [&] {
    if (!xlsx::is_compound_file(input)) {
      if (!patched_output_name_ok("set", input, output)) return kExitUnreadable;
      return set_cells(input, output, assignments, force_text);
    }
    return patch_legacy_workbook(input, output, false, [&](const auto& xlsx, const auto& out) {
      return set_cells(xlsx, out, assignments, force_text);
    });
  });
}

}  // namespace evalbook::cli
