#include "report/csv_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace evalbook::report {

namespace {

// The canonical fields of DESIGN.md as the forms print them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 99> kChineseNames = {{
    {"file", "文件"},
    {"sheet", "工作表"},
    {"template", "模板"},
    {"list", "明细类别"},
    {"index", "序号"},
    {"unit", "单位"},
    {"department", "主管部门"},
    {"project_name", "项目名称"},
    {"year", "年度"},
    {"budget_declared", "申报预算数"},
    {"budget_initial", "年初预算数"},
    {"budget_full_year", "全年预算数"},
    {"budget_adjustment", "预算调整数"},
    {"other_adjustment", "其他调整数"},
    {"budget_city", "市级预算资金"},
    {"budget_other", "其他预算资金"},
    {"funds_allocated", "预算下达资金"},
    {"executed", "全年执行数"},
    {"budget_balance", "预算结余"},
    {"execution_rate", "执行率"},
    {"budget_execution_rate", "预算执行率"},
    {"execution_score", "执行率得分"},
    {"execution_weight", "执行率分值"},
    {"carryover", "上年结转"},
    {"year_end_balance", "年末结余"},
    {"staff_quota", "编制人数"},
    {"staff_actual", "实有人数"},
    {"total_score", "总分"},
    {"grade", "等级"},
    {"level1", "一级指标"},
    {"level2", "二级指标"},
    {"level3", "三级指标"},
    {"name", "名称"},
    {"target", "指标值"},
    {"target_adjusted", "调整后指标值"},
    {"actual", "实际完成值"},
    {"weight", "分值"},
    {"score", "得分"},
    {"deviation_reason", "偏差原因"},
    {"code", "科目编码"},
    {"total", "合计"},
    {"amount", "金额"},
    {"sections", "分项得分"},
    {"formula", "计算方式"},
    {"project_type", "项目类型"},
    {"executed_carryover", "执行数(上年结转)"},
    {"executed_upper", "执行数(上级补助)"},
    {"executed_other", "执行数(其他资金)"},
    {"section_weights", "分项分值"},
    {"contact", "联系人"},
    {"leader", "负责人"},
    {"goals", "绩效目标"},
    {"tasks_total", "任务合计"},
    {"completion", "完成情况"},
    {"fiscal", "财政拨款"},
    {"other", "其他资金"},
    {"source", "资金来源"},
    {"line", "行次"},
    {"basic", "基本支出"},
    {"project", "项目支出"},
    {"general", "一般公共预算"},
    {"value", "数值"},
    {"weight_reference", "参考分值"},
    // 部门整体 forms
    {"staff", "单位人员情况"},
    {"execution_summary", "预算执行情况"},
    {"analysis", "绩效评价分析"},
    {"total_weight", "总分值"},
    // 决算 tables: 人员/公用经费, and the “三公”经费 预算数 and 决算数
    {"personnel_total", "人员经费合计"},
    {"public_total", "公用经费合计"},
    {"budget_total", "三公经费预算数合计"},
    {"budget_abroad", "因公出国（境）费预算数"},
    {"budget_vehicles", "公务用车购置及运行费预算数"},
    {"budget_vehicle_purchase", "公务用车购置费预算数"},
    {"budget_vehicle_operation", "公务用车运行费预算数"},
    {"budget_reception", "公务接待费预算数"},
    {"actual_total", "三公经费决算数合计"},
    {"actual_abroad", "因公出国（境）费决算数"},
    {"actual_vehicles", "公务用车购置及运行费决算数"},
    {"actual_vehicle_purchase", "公务用车购置费决算数"},
    {"actual_vehicle_operation", "公务用车运行费决算数"},
    {"actual_reception", "公务接待费决算数"},
    // 政策评价 scoring tables
    {"level1_weight", "一级指标分值"},
    {"level2_weight", "二级指标分值"},
    {"explanation", "指标解释说明"},
    {"benchmark", "标杆值"},
    {"standard", "评价标准"},
    {"expenditure", "支出总额"},
    {"structure", "支出结构"},
    {"A", "政策制定"},
    {"B", "政策实施"},
    {"C", "政策效果"},
    {"D", "政策可持续性"},
    // the lists an item row comes from (明细类别)
    {"indicators", "绩效指标"},
    {"items", "明细"},
    {"tasks", "任务"},
    {"sources", "资金来源"},
    {"dimensions", "评价维度"},
    {"funds", "资金"},
    {"rows", "科目"},
}};

bool is_plain_number(std::string_view text) {
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  return ec == std::errc() && end == text.data() + text.size();
}

bool is_rate_column(std::string_view column) {
  const std::size_t dot = column.rfind('.');
  const std::string_view last = dot == std::string_view::npos ? column : column.substr(dot + 1);
  return last == "rate" || (last.size() > 5 && last.substr(last.size() - 5) == "_rate");
}

}  // namespace

std::string chinese_column_name(std::string_view field) {
  // Each part of a dotted path ("tasks_total.fiscal" → "任务合计.财政拨款"); a part without a
  // Chinese name (a section's own name, "投入") is kept.
  std::string out;
  while (true) {
    const std::size_t dot = field.find('.');
    const std::string_view part = field.substr(0, dot);
    std::string_view shown = part;
    for (const auto& [name, chinese] : kChineseNames) {
      if (name == part) shown = chinese;
    }
    out += shown;
    if (dot == std::string_view::npos) return out;
    out += '.';
    field.remove_prefix(dot + 1);
  }
}

void show_rates_as_percent(FlatTable& table) {
  for (const auto& column : table.columns) {
    if (!is_rate_column(column)) continue;
    for (auto& row : table.rows) {
      auto it = row.find(column);
      if (it == row.end() || !is_plain_number(it->second)) continue;
      double v = 0;
      std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
      if (std::isfinite(v)) it->second = fmt::format("{:.2f}%", v * 100);
    }
  }
}

void drop_empty_columns(FlatTable& table, std::size_t keep_first) {
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const std::string& column = table.columns[i];
    const bool used =
        i < keep_first || std::any_of(table.rows.begin(), table.rows.end(), [&](const auto& row) {
          auto it = row.find(column);
          return it != row.end() && !it->second.empty();
        });
    if (used) {
      kept.push_back(column);
    } else {
      for (auto& row : table.rows) row.erase(column);
    }
  }
  table.columns = std::move(kept);
}

std::string csv_field(std::string_view text) {
  std::string cell(text);
  // OWASP's CSV injection advice: a cell Excel would read as a formula starts with '.
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos &&
      !is_plain_number(cell)) {
    cell.insert(cell.begin(), '\'');
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string to_csv(const FlatTable& table, CsvHeaders headers) {
  std::string out = "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (i) out += ',';
    out += csv_field(headers == CsvHeaders::chinese ? chinese_column_name(table.columns[i])
                                                    : table.columns[i]);
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      if (i) out += ',';
      auto it = row.find(table.columns[i]);
      if (it == row.end()) continue;
      // 明细类别 names the list in Chinese too ("indicators" → 绩效指标).
      const bool list_name = headers == CsvHeaders::chinese && table.columns[i] == "list";
      out += csv_field(list_name ? chinese_column_name(it->second) : it->second);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace evalbook::report
