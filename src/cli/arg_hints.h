// What a clerk who mistyped a command line is told: the nearest command or option (did you
// mean), which option lacks its value, and where to read the usage.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace evalbook::cli {

// The choice nearest to `word` by edit distance (a swap of two neighbours counts one), or ""
// when none is close enough to be a likely typo.
std::string nearest_word(std::string_view word, std::span<const std::string_view> choices);
std::string nearest_word(std::string_view word, std::initializer_list<std::string_view> choices);

// "未知选项 --fromat，是不是要输入 --format？" with the command's --help as the hint.
void report_unknown_option(std::string_view command, std::string_view option,
                           std::initializer_list<std::string_view> known);

// "-o 后面缺少输出文件名" for an option given last, without its value.
void report_missing_value(std::string_view command, std::string_view option, std::string_view what);

// Whether `path` ends in .xlsx (any case): the outputs that are workbooks are refused otherwise.
bool has_xlsx_extension(std::string_view path);

// Reports an output name that is no workbook name ("out.csv" for a summary).
void report_not_xlsx_output(std::string_view command, std::string_view path);

// For set and fix, which write the input workbook back changed: true when `output` ends in
// .xlsx or .xlsm and, if the input's name ends in one of them, in the same one (Excel refuses
// a macro workbook named .xlsx and the other way round). Otherwise says so and returns false.
bool patched_output_name_ok(std::string_view command, std::string_view input,
                            std::string_view output);

}  // namespace evalbook::cli
