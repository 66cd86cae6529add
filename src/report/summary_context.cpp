#include "report/summary_context.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>

namespace evalbook::report::summary {

std::string severity_name(const std::string& s) {
  if (s == "error") return "错误";
  if (s == "warning") return "警告";
  if (s == "info") return "提示";
  return s;
}

// How SUMIFS and COUNTIFS compare text: letters without case.
std::string unit_key(const std::string& unit) {
  std::string k = unit;
  for (char& c : k) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return k;
}

// The criterion that matches exactly `unit` in SUMIFS/COUNTIFS: the cell itself, unless the
// text would be read as a pattern or comparison; then a literal with ~ escapes. A blank unit
// is matched by "=" (empty cells).
std::string unit_criterion(const std::string& unit, const std::string& cell) {
  if (unit.empty()) return "\"=\"";
  const bool special =
      unit.find_first_of("*?~") != std::string::npos || unit.find_first_of("<>=") == 0;
  if (!special) return cell;
  std::string lit = "=";
  for (char c : unit) {
    if (c == '*' || c == '?' || c == '~') lit.push_back('~');
    if (c == '"') lit.push_back('"');
    lit.push_back(c);
  }
  return "\"" + lit + "\"";
}

std::string column_name_of(std::size_t col) {
  switch (col) {
    case P_UNIT:
      return "项目_单位";
    case P_BUDGET0:
      return "项目_年初预算数";
    case P_BUDGET:
      return "项目_全年预算数";
    case P_EXEC:
      return "项目_全年执行数";
    case P_TOTAL_RE:
      return "项目_总分复核";
    case P_GRADE_RE:
      return "项目_等级复核";
    case P_ERRORS:
      return "项目_错误数";
    default:
      return {};
  }
}

std::vector<std::string> grade_order(const Context& ctx) {
  std::vector<std::string> grades = kStandardGrades;
  std::set<std::string> others;
  for (const FormRef r : ctx.cons.projects) {
    const auto& g = ctx.form(r).grade_recomputed;
    if (!g.empty() && std::find(grades.begin(), grades.end(), g) == grades.end()) others.insert(g);
  }
  grades.insert(grades.end(), others.begin(), others.end());
  return grades;
}

std::string prepared_line() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::tm day{};
  localtime_r(&now, &day);
  return fmt::format("制表单位：{:　<12}制表日期：{}年{}月{}日", "", day.tm_year + 1900,
                     day.tm_mon + 1, day.tm_mday);
}

std::string report_title(const Context& ctx, const std::string& what) {
  std::set<std::string> years;
  std::size_t without_year = 0;
  auto count = [&](const std::vector<FormRef>& refs) {
    for (const FormRef r : refs) {
      const std::string& y = ctx.form(r).year;
      if (y.empty()) {
        ++without_year;
      } else {
        years.insert(y);
      }
    }
  };
  count(ctx.cons.projects);
  count(ctx.cons.departments);
  auto year_text = [](const std::string& y) {
    return y.find_first_not_of("0123456789") == std::string::npos ? y + "年度" : y;
  };
  std::string title = what;
  if (!ctx.options.title.empty()) {
    title = ctx.options.title + what;
  } else if (years.size() == 1) {
    title = year_text(*years.begin()) + what;
  }
  std::vector<std::string> notes;
  if (years.size() > 1) {
    std::string list;
    for (const auto& y : years) list += (list.empty() ? "" : "、") + year_text(y);
    notes.push_back("表中年度不一：" + list);
  }
  if (without_year > 0 && !years.empty())
    notes.push_back(fmt::format("{} 张表未填年度", without_year));
  if (!notes.empty()) {
    title += "（";
    for (std::size_t i = 0; i < notes.size(); ++i) title += (i ? "；" : "") + notes[i];
    title += "）";
  }
  return title;
}

}  // namespace evalbook::report::summary
