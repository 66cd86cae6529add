// What the sheets of the summary workbook share while it is written: the sheet names, the
// columns of 项目汇总 that other sheets refer to, the files and their consolidation, and the
// writing functions of each sheet.
#pragma once

#include <xlsxwriter.h>

#include <memory>
#include <string>
#include <vector>

#include "report/streamed_sheet.h"
#include "report/summary_consolidate.h"
#include "report/summary_finding_spool.h"
#include "report/summary_sheet.h"
#include "report/summary_writer.h"

namespace evalbook::report::summary {

inline const std::string kProjects = "项目汇总";
inline const std::string kUnits = "单位汇总";
inline const std::string kGrades = "等级分布";
inline const std::string kFindings = "问题清单";
inline const std::string kAccounts = "决算汇总";
inline const std::string kDuplicates = "重复提交";
inline const std::string kUnreadable = "无法读取";
inline const std::string kBlanks = "空白表";

inline const std::vector<std::string> kStandardGrades = {"优", "良", "中", "差"};

// Columns of 项目汇总 (the contract's, in its order, with the others between them).
enum P : std::size_t {
  P_SEQ,
  P_UNIT,
  P_DEPT,
  P_NAME,
  P_YEAR,
  P_TEMPLATE,
  P_BUDGET0,
  P_BUDGET,
  P_EXEC,
  P_RATE,
  P_RATE_RE,
  P_EXEC_SCORE,
  P_EXEC_WEIGHT,
  P_IND_SCORE,
  P_TOTAL,
  P_TOTAL_RE,
  P_DIFF,
  P_GRADE,
  P_GRADE_RE,
  P_TOTAL_RULES,
  P_GRADE_RULES,
  P_ERRORS,
  P_WARNINGS,
  P_FILE,
  P_SHEET,
  P_COPIES,
  P_NOTE,
  P_TEMPLATE_ID,  // for scripts: 模板 shows the form's Chinese name
  P_DEPT_CODE,    // the code written before the 主管部门's name ("259-晋城市商务局")
  P_COUNT
};

// 项目汇总 and 单位汇总 are reports a 科长 signs: a title and a 制表 line above the header.
inline constexpr lxw_row_t kTitledHeaderRow = 2;

std::string severity_name(const std::string& s);

// How SUMIFS and COUNTIFS compare text: letters without case.
std::string unit_key(const std::string& unit);

// The criterion that matches exactly `unit` in SUMIFS/COUNTIFS: the cell itself, unless the
// text would be read as a pattern or comparison; then a literal with ~ escapes. A blank unit
// is matched by "=" (empty cells).
std::string unit_criterion(const std::string& unit, const std::string& cell);
struct Context {
  std::vector<SummaryFile> files;  // as added; their findings dropped once listed
  Consolidator consolidator;
  Consolidation cons;  // complete once finish() has begun
  lxw_workbook* wb = nullptr;
  std::unique_ptr<Formats> formats;
  lxw_worksheet* projects_sheet = nullptr;
  lxw_worksheet* units_sheet = nullptr;
  lxw_worksheet* grades_sheet = nullptr;
  SummaryOptions options;
  std::unique_ptr<SheetWriter> findings;        // 问题清单, written by finish()
  std::unique_ptr<StreamedRows> findings_rows;  // ... its rows compressed as they come
  std::unique_ptr<FindingSpool> spool;          // the findings, kept as files are added
  lxw_row_t findings_row = 1;                   // the row below 问题清单's last
  SummaryCounts counts;

  const SummaryForm& form(FormRef r) const { return files[r.file].forms[r.form]; }
  const std::string& file(FormRef r) const { return files[r.file].file; }
  // Last data row of 项目汇总 (at least the first, so ranges stay valid when there is none).
  lxw_row_t project_last_row() const {
    return kTitledHeaderRow +
           static_cast<lxw_row_t>(std::max<std::size_t>(cons.projects.size(), 1));
  }
};

// The names of 项目汇总's columns that the other sheets' formulas use (=SUMIFS(项目_全年预算数,
// 项目_单位,$A2) reads better than the ranges they stand for). Defined by write_projects.
std::string column_name_of(std::size_t col);

// The line under a report's title: 制表单位 left for the clerk to write, 制表日期 today (or the
// day of SOURCE_DATE_EPOCH, for reproducible output).
std::string prepared_line();

// A report's title: the caller's (SummaryOptions::title) or the year every kept project and
// department form states ("2023年度"), before `what` ("项目支出绩效自评汇总表"); forms of several
// years, or some without a year, are said after it in brackets, never left unsaid.
std::string report_title(const Context& ctx, const std::string& what);

// The grades in the order they are listed: 优 良 中 差, then any other written, then none.
std::vector<std::string> grade_order(const Context& ctx);

// The money units (summary_money.cpp): judge_money_units sets SummaryForm::money_doubt on the
// kept forms whose unit cannot be told (and notes the ones taken as 万元), once the consolidation
// is known; write_money_unit_rows lists the converted and the doubtful forms in 问题清单 from
// `row` on and returns the row below them.
void judge_money_units(Context& ctx);
lxw_row_t write_money_unit_rows(Context& ctx, lxw_row_t row);

// The sheets made from the kept forms (summary_form_sheets.cpp).
void write_projects(Context& ctx);
void write_units(Context& ctx);
void write_grades(Context& ctx);

// The lists (summary_list_sheets.cpp). 问题清单's findings are spooled file by file as files
// are added and listed, errors first, once the consolidation is known.
void start_findings(Context& ctx);
void spool_findings_of(Context& ctx, std::size_t i);
void write_findings(Context& ctx);
void write_accounts(Context& ctx);
void write_duplicates(Context& ctx);
void write_unreadable(Context& ctx);
void write_blanks(Context& ctx);

}  // namespace evalbook::report::summary
