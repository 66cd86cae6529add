// 项目汇总 (one row per kept project form), 单位汇总 (per unit, with SUMIFS/COUNTIFS/AVERAGEIFS
// over 项目汇总 so the figures stay live when a clerk edits a row) and 等级分布 (with its chart).
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

#include "report/summary_context.h"

namespace evalbook::report::summary {

namespace {

// The money columns keep the names CLI-CONTRACT.md gives them (全年预算数...) in their cells and
// show the unit after them, 万元 as on the forms: "全年预算数（万元）" (Column::shown_after). The
// line above the table says it too, as official tables do (金额单位：万元).
Column money(const char* label) { return {label, Style::money, 10, 20, "（万元）"}; }

constexpr const char* kMoneyUnitNote = "　　　　金额单位：万元";

// An amount of a form whose unit cannot be told, as the form has it ("" when blank).
std::string as_written(const std::optional<double>& v) { return v ? fmt::format("{}", *v) : ""; }

// The 合计 row's formula for one column: the SUM of the data rows above it (an empty table sums
// its one empty first row).
std::string column_sum(const SheetWriter& w, lxw_row_t last_data_row, std::size_t col) {
  const std::string c = column_name(col);
  return fmt::format("=SUM({}{}:{}{})", c, w.first_data_row() + 1, c,
                     std::max(last_data_row, w.first_data_row()) + 1);
}

}  // namespace

void write_projects(Context& ctx) {
  std::vector<Column> cols(P_COUNT);
  cols[P_SEQ] = {"序号", Style::integer, 5, 7};
  cols[P_UNIT] = {"单位", Style::text, 8, 36};
  cols[P_DEPT] = {"主管部门", Style::text, 8, 30};
  cols[P_NAME] = {"项目名称", Style::text, 10, 44};
  cols[P_YEAR] = {"年度", Style::text, 6, 8};
  cols[P_TEMPLATE] = {"模板", Style::text, 8, 30};
  cols[P_BUDGET0] = money("年初预算数");
  cols[P_BUDGET] = money("全年预算数");
  cols[P_EXEC] = money("全年执行数");
  cols[P_RATE] = {"执行率", Style::percent, 9, 12};
  cols[P_RATE_RE] = {"执行率(复核)", Style::percent, 9, 14};
  cols[P_EXEC_SCORE] = {"执行率得分", Style::score, 8, 12};
  cols[P_EXEC_WEIGHT] = {"执行率分值", Style::score, 8, 12};
  cols[P_IND_SCORE] = {"指标得分", Style::score, 8, 12};
  cols[P_TOTAL] = {"总分(填报)", Style::score, 8, 12};
  cols[P_TOTAL_RE] = {"总分(复核)", Style::score, 8, 12};
  cols[P_DIFF] = {"差异", Style::score, 7, 12};
  cols[P_GRADE] = {"等级(填报)", Style::text, 6, 12};
  cols[P_GRADE_RE] = {"等级(复核)", Style::text, 6, 12};
  cols[P_TOTAL_RULES] = {"总分(按规则)", Style::score, 8, 14};
  cols[P_GRADE_RULES] = {"等级(按规则)", Style::text, 6, 14};
  cols[P_ERRORS] = {"错误数", Style::integer, 6, 10};
  cols[P_WARNINGS] = {"警告数", Style::integer, 6, 10};
  cols[P_FILE] = {"文件", Style::text, 10, 60};
  cols[P_SHEET] = {"工作表", Style::text, 8, 30};
  cols[P_COPIES] = {"重复提交", Style::text, 8, 60};
  cols[P_NOTE] = {"备注", Style::text, 6, 60};
  cols[P_TEMPLATE_ID] = {"模板编号", Style::text, 8, 26};
  cols[P_DEPT_CODE] = {"主管部门代码", Style::text, 8, 14};
  SheetWriter w(ctx.projects_sheet, *ctx.formats, kProjects, cols, kTitledHeaderRow);
  w.print_columns(P_WARNINGS + 1);  // 文件, 工作表, 重复提交, 备注 are for the screen
  w.title(report_title(ctx, "项目支出绩效自评汇总表"), prepared_line() + kMoneyUnitNote);
  lxw_row_t row = w.first_data_row();
  double sum_b0 = 0, sum_b = 0, sum_e = 0;
  std::size_t doubtful = 0;  // forms whose money unit cannot be told
  int sum_errors = 0, sum_warnings = 0;
  for (const FormRef ref : ctx.cons.projects) {
    const SummaryForm& f = ctx.form(ref);
    w.number(row, P_SEQ, static_cast<double>(row - w.first_data_row() + 1));
    w.text(row, P_UNIT, f.unit);
    w.text(row, P_DEPT, f.department);
    w.text(row, P_DEPT_CODE, f.department_code);
    w.text(row, P_NAME, f.project_name);
    w.text(row, P_YEAR, f.year);
    w.text(row, P_TEMPLATE, f.template_title);
    w.text(row, P_TEMPLATE_ID, f.template_id);
    if (f.money_doubt.empty()) {
      w.number(row, P_BUDGET0, f.budget_initial);
      w.number(row, P_BUDGET, f.budget_full_year);
      w.number(row, P_EXEC, f.executed);
    } else {
      // As written, as text: SUM and SUMIFS pass over it (备注 and 问题清单 say why).
      ++doubtful;
      w.text(row, P_BUDGET0, as_written(f.budget_initial));
      w.text(row, P_BUDGET, as_written(f.budget_full_year));
      w.text(row, P_EXEC, as_written(f.executed));
    }
    w.number(row, P_RATE, f.rate_reported);
    w.number(row, P_RATE_RE, f.rate_recomputed);
    // Against its own scale (10 points; 3 on 晋中's form): "9.50/10".
    if (f.execution_weight && *f.execution_weight > 0) {
      w.number_as(row, P_EXEC_SCORE, f.execution_score,
                  ctx.formats->score_out_of(*f.execution_weight));
    } else {
      w.number(row, P_EXEC_SCORE, f.execution_score);
    }
    if (f.execution_score) w.number(row, P_EXEC_WEIGHT, f.execution_weight);
    w.number(row, P_IND_SCORE, f.indicator_score);
    w.number(row, P_TOTAL, f.total_reported);
    w.number(row, P_TOTAL_RE, f.total_recomputed);
    if (f.total_reported && f.total_recomputed) {
      const std::string r = std::to_string(row + 1);
      w.formula(row, P_DIFF,
                fmt::format("={}{}-{}{}", column_name(P_TOTAL), r, column_name(P_TOTAL_RE), r),
                *f.total_reported - *f.total_recomputed);
    }
    w.text(row, P_GRADE, f.grade_reported);
    w.text(row, P_GRADE_RE, f.grade_recomputed);
    w.number(row, P_TOTAL_RULES, f.total_by_rules);
    w.text(row, P_GRADE_RULES, f.grade_by_rules);
    w.number(row, P_ERRORS, f.errors);
    w.number(row, P_WARNINGS, f.warnings);
    w.text(row, P_FILE, ctx.file(ref));
    w.text(row, P_SHEET, f.sheet);
    if (auto it = ctx.cons.copies.find(ref); it != ctx.cons.copies.end()) {
      std::string copies;
      for (const FormRef c : it->second) {
        copies += (copies.empty() ? "" : "；") + ctx.file(c) + "（" + ctx.form(c).sheet + "）";
      }
      w.text(row, P_COPIES, copies);
    }
    w.text(row, P_NOTE, f.note);
    if (f.errors > 0) ctx.counts.error_findings = true;
    if (f.money_doubt.empty()) {
      sum_b0 += f.budget_initial.value_or(0);
      sum_b += f.budget_full_year.value_or(0);
      sum_e += f.executed.value_or(0);
    }
    sum_errors += f.errors;
    sum_warnings += f.warnings;
    ++row;
  }
  const lxw_row_t last = row - 1;
  // 合计 below the filter's range: the money, the overall rate and the counts.
  auto sum_of = [&](std::size_t col) { return column_sum(w, last, col); };
  if (!ctx.cons.projects.empty()) {
    w.text(row, P_UNIT,
           doubtful == 0 ? fmt::format("合计（{} 个项目）", ctx.cons.projects.size())
                         : fmt::format("合计（{} 个项目，金额不含 {} 个金额单位存疑的项目）",
                                       ctx.cons.projects.size(), doubtful),
           true);
    w.formula(row, P_BUDGET0, sum_of(P_BUDGET0), sum_b0, true);
    w.formula(row, P_BUDGET, sum_of(P_BUDGET), sum_b, true);
    w.formula(row, P_EXEC, sum_of(P_EXEC), sum_e, true);
    const std::string trs = std::to_string(row + 1);
    const std::string rate = fmt::format("=IF({0}{2}=0,\"\",{1}{2}/{0}{2})", column_name(P_BUDGET),
                                         column_name(P_EXEC), trs);
    if (sum_b != 0) {
      w.formula(row, P_RATE_RE, rate, sum_e / sum_b, true);
    } else {
      w.formula_text(row, P_RATE_RE, rate, "", true);
    }
    w.formula(row, P_ERRORS, sum_of(P_ERRORS), sum_errors, true);
    w.formula(row, P_WARNINGS, sum_of(P_WARNINGS), sum_warnings, true);
  }
  w.finish(last);
  ctx.counts.projects = ctx.cons.projects.size();
  const lxw_row_t range_last = ctx.project_last_row();
  for (const std::size_t col :
       {P_UNIT, P_BUDGET0, P_BUDGET, P_EXEC, P_TOTAL_RE, P_GRADE_RE, P_ERRORS}) {
    const std::string range =
        fmt::format("={}", column_range(kProjects, col, w.first_data_row(), range_last));
    check_lxw(workbook_define_name(ctx.wb, column_name_of(col).c_str(), range.c_str()), "列名称");
  }
}

void write_units(Context& ctx) {
  struct Unit {
    std::string shown;
    std::vector<FormRef> projects;
    std::vector<FormRef> departments;
  };
  std::map<std::pair<bool, std::string>, Unit> units;  // (blank, key) -> unit; blank ones last
  for (const FormRef r : ctx.cons.projects) {
    const std::string& u = ctx.form(r).unit;
    Unit& unit = units[{u.empty(), unit_key(u)}];
    if (unit.shown.empty()) unit.shown = u;
    unit.projects.push_back(r);
  }
  for (const FormRef r : ctx.cons.departments) {
    const std::string& u = ctx.form(r).unit;
    Unit& unit = units[{u.empty(), unit_key(u)}];
    if (unit.shown.empty()) unit.shown = u;
    unit.departments.push_back(r);
  }
  const std::vector<std::string> grades = grade_order(ctx);
  // Columns 0-7: 序号, 单位, 项目数, the three amounts, 执行率, 平均总分; then the grades.
  enum : std::size_t { U_SEQ, U_UNIT, U_COUNT, U_B0, U_B, U_E, U_RATE, U_AVG };
  std::vector<Column> cols = {{"序号", Style::integer, 5, 7},
                              {"单位", Style::text, 10, 36},
                              {"项目数", Style::integer, 6, 10},
                              money("年初预算数"),
                              money("全年预算数"),
                              money("全年执行数"),
                              {"执行率", Style::percent, 9, 12},
                              {"平均总分(复核)", Style::score, 8, 16}};
  const std::size_t first_grade = cols.size();
  for (const auto& g : grades) cols.push_back({g, Style::integer, 5, 10});
  cols.push_back({"无等级", Style::integer, 6, 10});
  const std::size_t c_errors = cols.size();
  cols.push_back({"错误数", Style::integer, 6, 10});
  const std::size_t c_dept_forms = cols.size();
  cols.push_back({"部门整体自评表数", Style::integer, 8, 18});
  cols.push_back({"部门整体总分(复核)", Style::score, 8, 20});
  cols.push_back({"部门整体等级(复核)", Style::text, 8, 20});
  SheetWriter w(ctx.units_sheet, *ctx.formats, kUnits, cols, kTitledHeaderRow);
  w.title(report_title(ctx, "单位绩效自评汇总表"), prepared_line() + kMoneyUnitNote);
  const std::string c_b = column_name(U_B);
  const std::string c_e = column_name(U_E);
  // 执行率 = 全年执行数 ÷ 全年预算数 of the row, blank when there is no budget.
  auto rate_formula = [&](const std::string& rs) {
    return fmt::format("=IF({0}{2}=0,\"\",{1}{2}/{0}{2})", c_b, c_e, rs);
  };

  auto prange = [&](std::size_t col) { return column_name_of(col); };
  const std::string r_unit = prange(P_UNIT);
  lxw_row_t row = w.first_data_row();
  double all_b0 = 0, all_b = 0, all_e = 0;
  for (const auto& [key, u] : units) {
    const std::string rs = std::to_string(row + 1);
    const std::string crit = unit_criterion(u.shown, "$" + column_name(U_UNIT) + rs);
    double b0 = 0, b = 0, e = 0, score_sum = 0;
    int scored = 0, errors = 0, blank_grades = 0;
    std::map<std::string, int> by_grade;
    for (const FormRef r : u.projects) {
      const SummaryForm& f = ctx.form(r);
      if (f.money_doubt.empty()) {  // as 项目汇总's text amounts pass SUMIFS by
        b0 += f.budget_initial.value_or(0);
        b += f.budget_full_year.value_or(0);
        e += f.executed.value_or(0);
      }
      if (f.total_recomputed) score_sum += *f.total_recomputed, ++scored;
      errors += f.errors;
      if (f.grade_recomputed.empty())
        ++blank_grades;
      else
        ++by_grade[f.grade_recomputed];
    }
    all_b0 += b0, all_b += b, all_e += e;
    w.number(row, U_SEQ, static_cast<double>(row - w.first_data_row() + 1));
    w.text(row, U_UNIT, u.shown.empty() ? "（未填写单位）" : u.shown);
    w.formula(row, U_COUNT, fmt::format("=COUNTIFS({},{})", r_unit, crit),
              static_cast<double>(u.projects.size()));
    w.formula(row, U_B0, fmt::format("=SUMIFS({},{},{})", prange(P_BUDGET0), r_unit, crit), b0);
    w.formula(row, U_B, fmt::format("=SUMIFS({},{},{})", prange(P_BUDGET), r_unit, crit), b);
    w.formula(row, U_E, fmt::format("=SUMIFS({},{},{})", prange(P_EXEC), r_unit, crit), e);
    if (b != 0) {
      w.formula(row, U_RATE, rate_formula(rs), e / b);
    } else {
      w.formula_text(row, U_RATE, rate_formula(rs), "");
    }
    const std::string avg =
        fmt::format("=IFERROR(AVERAGEIFS({},{},{}),\"\")", prange(P_TOTAL_RE), r_unit, crit);
    if (scored > 0) {
      w.formula(row, U_AVG, avg, score_sum / scored);
    } else {
      w.formula_text(row, U_AVG, avg, "");
    }
    for (std::size_t g = 0; g < grades.size(); ++g) {
      w.formula(
          row, first_grade + g,
          fmt::format("=COUNTIFS({},{},{},\"{}\")", r_unit, crit, prange(P_GRADE_RE), grades[g]),
          by_grade[grades[g]]);
    }
    w.formula(row, first_grade + grades.size(),
              fmt::format("=COUNTIFS({},{},{},\"=\")", r_unit, crit, prange(P_GRADE_RE)),
              blank_grades);
    w.formula(row, c_errors, fmt::format("=SUMIFS({},{},{})", prange(P_ERRORS), r_unit, crit),
              errors);
    w.number(row, c_dept_forms, static_cast<double>(u.departments.size()));
    if (!u.departments.empty()) {
      // The latest year's form (the first found among equals).
      const SummaryForm* latest = &ctx.form(u.departments.front());
      for (const FormRef r : u.departments) {
        if (ctx.form(r).year > latest->year) latest = &ctx.form(r);
      }
      w.number(row, c_dept_forms + 1, latest->total_recomputed);
      w.text(row, c_dept_forms + 2, latest->grade_recomputed);
    }
    ++row;
  }
  // 合计: SUM of the rows above; the average is over all projects, not of the unit averages.
  const lxw_row_t last = row - 1;
  auto sum_of = [&](std::size_t col) { return column_sum(w, last, col); };
  w.text(row, U_UNIT, "合计", true);
  w.formula(row, U_COUNT, sum_of(U_COUNT), static_cast<double>(ctx.cons.projects.size()), true);
  w.formula(row, U_B0, sum_of(U_B0), all_b0, true);
  w.formula(row, U_B, sum_of(U_B), all_b, true);
  w.formula(row, U_E, sum_of(U_E), all_e, true);
  const std::string trs = std::to_string(row + 1);
  if (all_b != 0) {
    w.formula(row, U_RATE, rate_formula(trs), all_e / all_b, true);
  } else {
    w.formula_text(row, U_RATE, rate_formula(trs), "", true);
  }
  double total_sum = 0;
  int total_n = 0;
  int total_errors = 0;
  std::map<std::string, int> total_by_grade;
  int total_blank = 0;
  for (const FormRef r : ctx.cons.projects) {
    const SummaryForm& f = ctx.form(r);
    if (f.total_recomputed) total_sum += *f.total_recomputed, ++total_n;
    total_errors += f.errors;
    if (f.grade_recomputed.empty())
      ++total_blank;
    else
      ++total_by_grade[f.grade_recomputed];
  }
  const std::string avg_all = fmt::format("=IFERROR(AVERAGE({}),\"\")", prange(P_TOTAL_RE));
  if (total_n > 0) {
    w.formula(row, U_AVG, avg_all, total_sum / total_n, true);
  } else {
    w.formula_text(row, U_AVG, avg_all, "", true);
  }
  for (std::size_t g = 0; g < grades.size(); ++g) {
    w.formula(row, first_grade + g, sum_of(first_grade + g), total_by_grade[grades[g]], true);
  }
  w.formula(row, first_grade + grades.size(), sum_of(first_grade + grades.size()), total_blank,
            true);
  w.formula(row, c_errors, sum_of(c_errors), total_errors, true);
  w.formula(row, c_dept_forms, sum_of(c_dept_forms),
            static_cast<double>(ctx.cons.departments.size()), true);
  w.finish(last);  // the filter leaves the 合计 row out
  ctx.counts.units = units.size();
}

void write_grades(Context& ctx) {
  const std::vector<std::string> grades = grade_order(ctx);
  std::vector<Column> cols = {{"等级", Style::text, 8, 20},
                              {"项目数", Style::integer, 8, 12},
                              {"占比", Style::percent, 8, 12},
                              {"部门整体自评数", Style::integer, 8, 16}};
  SheetWriter w(ctx.grades_sheet, *ctx.formats, kGrades, cols);
  const std::string range = column_name_of(P_GRADE_RE);
  std::map<std::string, int> counts;
  std::map<std::string, int> dept_counts;
  for (const FormRef r : ctx.cons.projects) ++counts[ctx.form(r).grade_recomputed];
  for (const FormRef r : ctx.cons.departments) ++dept_counts[ctx.form(r).grade_recomputed];
  const double total = static_cast<double>(ctx.cons.projects.size());
  const lxw_row_t n = static_cast<lxw_row_t>(grades.size() + 1);  // with 无等级
  const std::string total_cell = fmt::format("B${}", n + 2);
  lxw_row_t row = 1;
  for (std::size_t g = 0; g <= grades.size(); ++g, ++row) {
    const bool none = g == grades.size();
    const std::string grade = none ? "" : grades[g];
    w.text(row, 0, none ? "（无等级）" : grade);
    const std::string f = none ? fmt::format("=COUNTBLANK({})", range)
                               : fmt::format("=COUNTIF({},\"{}\")", range, grade);
    const double value = counts[grade];
    if (ctx.cons.projects.empty()) {
      w.number(row, 1, 0.0);  // no rows to count (a formula would count the empty row 2)
    } else {
      w.formula(row, 1, f, value);
    }
    const std::string rs = std::to_string(row + 1);
    if (total > 0) {
      w.formula(row, 2, fmt::format("=IF({}=0,\"\",B{}/{})", total_cell, rs, total_cell),
                value / total);
    } else {
      w.formula_text(row, 2, fmt::format("=IF({}=0,\"\",B{}/{})", total_cell, rs, total_cell), "");
    }
    w.number(row, 3, static_cast<double>(dept_counts[grade]));
  }
  const std::string last_rs = std::to_string(n + 1);
  w.text(row, 0, "合计", true);
  w.formula(row, 1, fmt::format("=SUM(B2:B{})", last_rs), total, true);
  if (total > 0) {
    w.formula(row, 2, fmt::format("=SUM(C2:C{})", last_rs), 1.0, true);
  }
  w.formula(row, 3, fmt::format("=SUM(D2:D{})", last_rs),
            static_cast<double>(ctx.cons.departments.size()), true);
  w.finish(n);

  lxw_chart* chart = workbook_add_chart(ctx.wb, LXW_CHART_COLUMN);
  if (!chart) throw std::runtime_error("无法添加图表");
  lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
  chart_series_set_categories(s, kGrades.c_str(), 1, 0, n, 0);
  chart_series_set_values(s, kGrades.c_str(), 1, 1, n, 1);
  chart_series_set_name(s, "项目数");
  chart_series_set_labels(s);
  lxw_chart_fill fill{};
  fill.color = 0x5B9BD5;
  chart_series_set_fill(s, &fill);
  chart_title_set_name(chart, "项目自评等级分布（复核）");
  chart_axis_set_name(chart->x_axis, "等级");
  chart_axis_set_name(chart->y_axis, "项目数");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  lxw_chart_options opts{};
  opts.x_scale = 1.2;
  opts.y_scale = 1.2;
  check_lxw(worksheet_insert_chart_opt(w.sheet(), 1, 5, chart, &opts), "图表");
}

}  // namespace evalbook::report::summary
