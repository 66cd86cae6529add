#include "cli/arg_hints.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "cli/cli_common.h"
#include "xlsx/utf8.h"

namespace evalbook::cli {

namespace {

std::vector<std::uint32_t> code_points(std::string_view s) {
  std::vector<std::uint32_t> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::uint32_t cp = xlsx::next_code_point(s, i);
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    out.push_back(cp);
  }
  return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters ("--fromat" is one step from "--format").
std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  const auto a = code_points(a_text);
  const auto b = code_points(b_text);
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

std::string help_hint(std::string_view command) {
  return fmt::format("运行 evalbook {} --help 查看用法", command);
}

}  // namespace

std::string nearest_word(std::string_view word, std::initializer_list<std::string_view> choices) {
  return nearest_word(word, std::span<const std::string_view>(choices.begin(), choices.size()));
}

std::string nearest_word(std::string_view word, std::span<const std::string_view> choices) {
  // A third of the word's length, at least one and at most three edits: "chek" → check, but
  // "x" → nothing.
  const std::size_t letters = code_points(word).size();
  const std::size_t allowed = std::clamp<std::size_t>(letters / 3, 1, 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const auto choice : choices) {
    const std::size_t d = edit_distance(word, choice);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(choice);
    }
  }
  return best;
}

void report_unknown_option(std::string_view command, std::string_view option,
                           std::initializer_list<std::string_view> known) {
  const std::string guess = nearest_word(option, known);
  std::string message = fmt::format("未知选项 {}", option);
  if (!guess.empty()) message += fmt::format("，是不是要输入 {}？", guess);
  report_error(command, "bad_argument", message, help_hint(command));
}

void report_missing_value(std::string_view command, std::string_view option,
                          std::string_view what) {
  report_error(command, "bad_argument", fmt::format("{} 后面缺少{}", option, what),
               help_hint(command));
}

namespace {

// The last five characters in lower case (".xlsx"), or "" for a shorter name.
std::string extension_of(std::string_view path) {
  if (path.size() < 5) return "";
  std::string tail(path.substr(path.size() - 5));
  for (char& c : tail) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return tail;
}

}  // namespace

bool has_xlsx_extension(std::string_view path) { return extension_of(path) == ".xlsx"; }

bool patched_output_name_ok(std::string_view command, std::string_view input,
                            std::string_view output) {
  const std::string in = extension_of(input), out = extension_of(output);
  if (out != ".xlsx" && out != ".xlsm") {
    report_error(command, "bad_argument",
                 fmt::format("输出文件 {} 不是 .xlsx 或 .xlsm 文件名：{} 写出的是 Excel 工作簿",
                             output, command),
                 "请用以 .xlsx 结尾的文件名（含宏的工作簿用 .xlsm），例如 -o 更正后.xlsx");
    return false;
  }
  if ((in == ".xlsx" || in == ".xlsm") && in != out) {
    report_error(command, "bad_argument",
                 fmt::format("输入文件是 {} 工作簿，输出文件 {} 却以 {} 结尾，Excel 会拒绝打开", in,
                             output, out),
                 fmt::format("请让输出文件名也以 {} 结尾", in));
    return false;
  }
  return true;
}

void report_not_xlsx_output(std::string_view command, std::string_view path) {
  report_error(
      command, "bad_argument",
      fmt::format("输出文件 {} 不是 .xlsx 文件名：{} 写出的是 Excel 工作簿", path, command),
      "请用以 .xlsx 结尾的文件名，例如 -o 汇总.xlsx（需要 CSV 时请用 evalbook export "
      "--format csv）");
}

}  // namespace evalbook::cli
