// The consolidation workbook of `evalbook summary`: many workbooks' forms reduced to what finance
// staff total and check, and written with libxlsxwriter as sheets 项目汇总 (one row per project),
// 单位汇总 (per unit, with SUMIFS/COUNTIFS/AVERAGEIFS and SUM/AVERAGE formulas), 等级分布 (with a
// column chart), 问题清单 (every finding), 决算汇总 (per 类 totals of the 决算 tables, when there
// are any), 重复提交 (the same form submitted more than once, counted once) and 无法读取.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/record.h"

namespace evalbook::report {

enum class FormKind { project, department, final_accounts, other };

// What the summary needs to know of a template besides the record.
struct TemplateInfo {
  FormKind kind = FormKind::other;
  std::string title;
  // The 分值 of 预算执行率 in the template's rules (10; 晋中's form: 3 for its 预算执行率), the
  // scale the execution score is shown against when the form itself does not say.
  std::optional<double> execution_weight;
  std::optional<double> budget_execution_weight;
  // The code-keyed ledger "rows" of a 决算 table: field -> column label, in the form's order.
  std::vector<std::pair<std::string, std::string>> ledger_columns;
};
using TemplateCatalog = std::map<std::string, TemplateInfo, std::less<>>;

struct SummaryFinding {
  std::string rule;
  std::string severity;
  std::string field;
  std::string sheet;
  std::string cell;
  std::string reported;
  std::string expected;
  std::string message;
};

// One 类 (three-digit code) row of a 决算 table.
struct AccountClass {
  std::string code;
  std::string name;
  std::vector<std::pair<std::string, double>> amounts;  // column label -> amount
};

// A form reduced to the summary's figures (the record itself is not kept, so thousands of
// workbooks fit in little memory).
struct SummaryForm {
  std::string sheet;
  std::string template_id;
  std::string template_title;
  FormKind kind = FormKind::other;
  std::string unit;
  std::string department;  // 主管部门 by its name ("晋城市商务局"), its code when no name
  std::string department_code;  // the code written before the name ("259-晋城市商务局"), if any
  std::string project_name;
  std::string year;
  std::optional<double> budget_initial;    // 年初预算数
  std::optional<double> budget_full_year;  // 全年预算数
  std::optional<double> executed;          // 全年执行数
  std::optional<double> rate_reported;     // 执行率 as the form says (fraction)
  std::optional<double> rate_recomputed;
  std::optional<double> execution_score;  // recomputed
  std::optional<double> indicator_score;  // recomputed sum of the indicator scores
  std::optional<double> total_reported;
  std::optional<double> total_recomputed;  // recomputed.total_score (arithmetic)
  std::optional<double> total_by_rules;    // recomputed.total_score_by_rules
  std::string grade_reported;
  std::string grade_recomputed;
  std::string grade_by_rules;
  std::optional<double> execution_weight;  // 执行率's 分值: the scale of execution_score
  bool blank = false;           // a standard form left blank: listed apart, never a project
  bool jinzhong_style = false;  // 晋中's form: 预算资金 and 预算下达资金 (summary_rows.cpp)
  std::string note;  // how the figures were mapped, where the form differs from the standard
  // The money unit the form's amounts were written in (model::MoneyUnit): the amounts above are
  // in 万元, converted from 元 or 亿元 when the form states one (money_converted).
  std::string money_unit;                 // "万元", "元", "亿元"; "" when not stated
  std::vector<std::string> money_stated;  // every unit the form states (two: it cannot be told)
  bool money_converted = false;
  // Set by the summary once every form is in: the unit cannot be told (several stated, or none
  // and the amounts 1,000 times the round's); the amounts are shown as written, never summed.
  std::string money_doubt;
  int errors = 0;
  int warnings = 0;
  std::vector<SummaryFinding> findings;
  std::vector<AccountClass> classes;
};

struct SummaryFile {
  std::string file;  // as shown (a zip member: "archive.zip/member.xlsx")
  // When the file was last changed, in nanoseconds since 1970 (a file's modification time, a zip
  // member's stored time, the service's upload time): of two submissions of one form, the newest
  // counts. Unknown (nullopt) counts as older than any known time.
  std::optional<std::int64_t> modified;
  std::string error_code;  // empty when read
  std::string error_message;
  std::string error_hint;
  std::vector<SummaryForm> forms;
  std::vector<std::pair<std::string, std::string>> skipped;  // sheet, why it is no form
};

// Reduces a recomputed form. Forms whose template the catalog lacks are kind "other".
SummaryForm summarize_form(const model::FormRecord& form, const TemplateCatalog& catalog);

struct SummaryCounts {
  std::size_t projects = 0;    // rows of 项目汇总
  std::size_t units = 0;       // rows of 单位汇总 (without the 合计 row)
  std::size_t findings = 0;    // rows of 问题清单
  std::size_t duplicates = 0;  // forms counted once because they were submitted again
  std::size_t unreadable = 0;  // files that could not be read
  std::size_t no_form = 0;     // files read in which no known form was found
  std::size_t blanks = 0;      // blank standard forms, listed apart
  bool error_findings = false;
};

// What the caller names: the report's title (the round, "2024年第一批项目支出绩效自评"); empty,
// the titles say the year every form states, or that the forms are of several years.
struct SummaryOptions {
  std::string title;
};

// Writes the workbook to `path`, which is replaced only when finish() completes (xlsx::OutputFile);
// libxlsxwriter's part of it goes to a scratch file beside it first, and 问题清单's rows are
// spliced in by finish() (report/streamed_sheet.h). Files are added in the order they are listed;
// of two submissions of the same form the newest (SummaryFile::modified; the first added among
// equals) is the one counted, so that is known only when every file is in. Each file's findings
// are therefore spooled to a scratch file as it is added (the file is then kept without them)
// and listed by finish(): errors first, then warnings, then 提示, a copy not counted left out
// (重复提交 lists it). Throws std::runtime_error when libxlsxwriter fails; a writer destroyed
// unfinished leaves nothing behind.
class SummaryWriter {
 public:
  explicit SummaryWriter(const std::string& path, SummaryOptions options = {});
  ~SummaryWriter();
  SummaryWriter(const SummaryWriter&) = delete;
  SummaryWriter& operator=(const SummaryWriter&) = delete;

  void add(SummaryFile file);
  SummaryCounts finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// All at once.
SummaryCounts write_summary(const std::string& path, std::vector<SummaryFile> files,
                            SummaryOptions options = {});

}  // namespace evalbook::report
