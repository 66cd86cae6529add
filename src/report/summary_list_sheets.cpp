// The lists of the summary workbook: 问题清单 (the counted forms' findings, errors first),
// 决算汇总 (per 类 totals of the 决算 tables), 重复提交 and 无法读取.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>

#include "report/summary_context.h"

namespace evalbook::report::summary {

namespace {

// A modification time as a clerk reads it, in local time: "2024-01-02 03:04:06".
std::string modified_text(const std::optional<std::int64_t>& ns) {
  if (!ns) return "不详";
  const std::time_t secs = static_cast<std::time_t>(*ns / 1'000'000'000);
  std::tm t{};
  localtime_r(&secs, &t);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", t.tm_year + 1900, t.tm_mon + 1,
                     t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
}

// Which copy counts and why, naming both (the rule of Consolidator::finish).
std::string duplicate_rule(const Context& ctx, const DuplicateForm& d) {
  const std::string kept = ctx.file(d.kept);
  const std::string dup = ctx.file(d.duplicate);
  if (d.kept.file == d.duplicate.file) {
    return fmt::format("同一文件“{}”中的两张表：计入工作表“{}”，工作表“{}”不计入汇总", kept,
                       ctx.form(d.kept).sheet, ctx.form(d.duplicate).sheet);
  }
  const auto& kept_time = ctx.files[d.kept.file].modified;
  const auto& dup_time = ctx.files[d.duplicate.file].modified;
  if (kept_time != dup_time) {
    return fmt::format("以修改时间最新的文件为准：计入“{}”，较早的“{}”不计入汇总", kept, dup);
  }
  return fmt::format("以修改时间最新的文件为准；两份修改时间{}，计入排序在前的“{}”，“{}”不计入汇总",
                     kept_time ? "相同" : "均不详", kept, dup);
}

}  // namespace

void start_findings(Context& ctx) {
  // The figures (填报 / 复核) and the field path are in the message and in check's JSON; the
  // sheet keeps what a clerk filters by, so that 100,000 findings stay quick to write and open.
  std::vector<Column> cols = {{"文件", Style::text, 10, 50},      {"工作表", Style::text, 8, 28},
                              {"单元格", Style::text, 6, 10},     {"单位", Style::text, 8, 30},
                              {"项目/表格", Style::text, 10, 36}, {"规则", Style::text, 8, 28},
                              {"严重程度", Style::text, 8, 10},   {"说明", Style::wrap, 20, 90}};
  ctx.findings =
      std::make_unique<SheetWriter>(add_sheet(ctx.wb, kFindings), *ctx.formats, kFindings, cols);
  ctx.findings_rows = std::make_unique<StreamedRows>();
  ctx.findings->stream_to(*ctx.findings_rows);
  ctx.spool = std::make_unique<FindingSpool>();
}

// The findings of files[i], kept until the consolidation is known; the file is then kept without
// them.
void spool_findings_of(Context& ctx, std::size_t i) {
  SummaryFile& file = ctx.files[i];
  for (std::size_t j = 0; j < file.forms.size(); ++j) {
    SummaryForm& f = file.forms[j];
    for (const auto& x : f.findings) ctx.spool->add(FormRef{i, j}, x);
    std::vector<SummaryFinding>().swap(f.findings);
  }
}

// 问题清单: the findings of the forms that count, errors first, then warnings, then 提示. A
// copy not counted is not listed: 重复提交 says which file counts instead.
void write_findings(Context& ctx) {
  SheetWriter& w = *ctx.findings;
  // The summary's own findings first: how each form's amounts were brought to 万元.
  lxw_row_t row = write_money_unit_rows(ctx, 1);
  std::size_t left_out = 0;
  ctx.spool->for_each([&](FormRef ref, const SummaryFinding& x) {
    if (ctx.cons.duplicate_of.count(ref)) return;
    if (x.severity == "error") ctx.counts.error_findings = true;
    if (row >= kMaxRow) {
      ++left_out;
      return;
    }
    const SummaryForm& f = ctx.form(ref);
    w.text(row, 0, ctx.file(ref));
    w.text(row, 1, x.sheet);
    w.text(row, 2, x.cell);
    w.text(row, 3, f.unit);
    w.text(row, 4, f.project_name.empty() ? f.template_title : f.project_name);
    w.text(row, 5, x.rule);
    w.text(row, 6, severity_name(x.severity));
    w.text(row, 7, x.message);
    ++row;
  });
  ctx.spool.reset();
  if (left_out > 0) {
    w.text(row, 7, fmt::format("另有 {} 条问题超出 Excel 的行数上限，未列出", left_out));

    ++row;
  }
  w.finish(row - 1);
  ctx.findings_row = row;
  ctx.counts.findings = row - 1;
}

void write_accounts(Context& ctx) {
  // (table, class code) -> rows per unit; column labels in first-seen order.
  struct Entry {
    std::string unit;
    std::string year;
    std::string name;
    const AccountClass* cls;
    bool doubtful;  // its unit cannot be told: shown as written, not summed
  };
  std::map<std::pair<std::string, std::string>, std::vector<Entry>> groups;
  std::map<std::string, std::string> titles;
  std::vector<std::string> labels;
  for (const FormRef r : ctx.cons.accounts) {
    const SummaryForm& f = ctx.form(r);
    titles[f.template_id] = f.template_title;
    for (const auto& cls : f.classes) {
      groups[{f.template_id, cls.code}].push_back(
          {f.unit, f.year, cls.name, &cls, !f.money_doubt.empty()});
      for (const auto& [label, v] : cls.amounts) {
        if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
      }
    }
  }
  if (groups.empty()) return;
  std::vector<Column> cols = {{"表", Style::text, 10, 40},
                              {"科目编码", Style::text, 8, 10},
                              {"科目名称", Style::text, 10, 30},
                              {"单位", Style::text, 8, 30},
                              {"年度", Style::text, 6, 8}};
  const std::size_t first_amount = cols.size();
  for (const auto& l : labels) cols.push_back({l, Style::money, 10, 20});
  SheetWriter w(add_sheet(ctx.wb, kAccounts), *ctx.formats, kAccounts, cols);
  lxw_row_t row = 1;
  for (auto& [key, entries] : groups) {
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.unit, a.year) < std::tie(b.unit, b.year);
    });
    const std::string& title = titles[key.first];
    const lxw_row_t first = row;
    std::vector<double> sums(labels.size(), 0);
    std::vector<bool> present(labels.size(), false);  // columns this table has
    for (const Entry& e : entries) {
      w.text(row, 0, title);
      w.text(row, 1, key.second);
      w.text(row, 2, e.name);
      w.text(row, 3, e.unit);
      w.text(row, 4, e.year);
      for (const auto& [label, v] : e.cls->amounts) {
        const std::size_t k = static_cast<std::size_t>(
            std::find(labels.begin(), labels.end(), label) - labels.begin());
        if (e.doubtful) {
          w.text(row, first_amount + k, fmt::format("{}", v));
          continue;
        }
        w.number(row, first_amount + k, v);
        sums[k] += v;
        present[k] = true;
      }
      ++row;
    }
    // A 合计 row only where there is something to add up: one unit's line is its own total.
    if (entries.size() > 1) {
      w.text(row, 0, title, true);
      w.text(row, 1, key.second, true);
      w.text(row, 2, entries.front().name, true);
      w.text(row, 3, fmt::format("合计（{} 个单位）", entries.size()), true);
      for (std::size_t k = 0; k < labels.size(); ++k) {
        if (!present[k]) continue;
        const std::string c = column_name(first_amount + k);
        w.formula(row, first_amount + k, fmt::format("=SUM({}{}:{}{})", c, first + 1, c, row),
                  sums[k], true);
      }
      ++row;
    }
  }
  w.finish(row - 1);
}

void write_duplicates(Context& ctx) {
  if (ctx.cons.duplicates.empty()) return;
  std::vector<Column> cols = {{"单位", Style::text, 8, 30},
                              {"项目/表格", Style::text, 10, 40},
                              {"年度", Style::text, 6, 8},
                              {"模板", Style::text, 8, 24},
                              {"计入汇总的文件", Style::text, 12, 60},
                              {"计入的工作表", Style::text, 8, 28},
                              {"计入文件的修改时间", Style::text, 10, 20},
                              {"重复的文件", Style::text, 12, 60},
                              {"重复的工作表", Style::text, 8, 28},
                              {"重复文件的修改时间", Style::text, 10, 20},
                              {"两份是否一致", Style::text, 10, 60},
                              {"处理", Style::wrap, 20, 80}};
  SheetWriter w(add_sheet(ctx.wb, kDuplicates), *ctx.formats, kDuplicates, cols);
  lxw_row_t row = 1;
  for (const auto& d : ctx.cons.duplicates) {
    const SummaryForm& kept = ctx.form(d.kept);
    const SummaryForm& dup = ctx.form(d.duplicate);
    const auto& kept_time = ctx.files[d.kept.file].modified;
    const auto& dup_time = ctx.files[d.duplicate.file].modified;
    w.text(row, 0, kept.unit.empty() ? kept.department : kept.unit);
    w.text(row, 1, kept.project_name.empty() ? kept.template_title : kept.project_name);
    w.text(row, 2, kept.year);
    w.text(row, 3, kept.template_title);
    w.text(row, 4, ctx.file(d.kept));
    w.text(row, 5, kept.sheet);
    w.text(row, 6, modified_text(kept_time));
    w.text(row, 7, ctx.file(d.duplicate));
    w.text(row, 8, dup.sheet);
    w.text(row, 9, modified_text(dup_time));
    w.text(row, 10, d.differences.empty() ? "一致" : "不同：" + d.differences);
    w.text(row, 11, duplicate_rule(ctx, d));
    ++row;
  }
  w.finish(row - 1);
  ctx.counts.duplicates = ctx.cons.duplicates.size();
}

void write_unreadable(Context& ctx) {
  std::vector<Column> cols = {{"文件", Style::text, 12, 60},
                              {"错误代码", Style::text, 10, 22},
                              {"原因", Style::wrap, 20, 80},
                              {"处理建议", Style::wrap, 12, 60}};
  SheetWriter w(add_sheet(ctx.wb, kUnreadable), *ctx.formats, kUnreadable, cols);
  lxw_row_t row = 1;
  for (const auto& file : ctx.files) {
    if (!file.error_code.empty()) {
      w.text(row, 0, file.file);
      w.text(row, 1, file.error_code);
      w.text(row, 2, file.error_message);
      w.text(row, 3, file.error_hint);
      ++ctx.counts.unreadable;
      ++row;
    } else if (file.forms.empty()) {
      std::string why;
      for (const auto& [sheet, reason] : file.skipped) {
        why += (why.empty() ? "" : "；") + sheet + "：" + reason;
      }
      w.text(row, 0, file.file);
      w.text(row, 1, "no_form");
      w.text(row, 2, "未找到已知的表格" + (why.empty() ? "" : "（" + why + "）"));
      w.text(row, 3, "请确认是标准格式的绩效自评表或决算公开表");
      ++ctx.counts.no_form;
      ++row;
    }
  }
  w.finish(row - 1);
}

void write_blanks(Context& ctx) {
  if (ctx.cons.blanks.empty()) return;
  std::vector<Column> cols = {{"序号", Style::integer, 5, 7},
                              {"文件", Style::text, 12, 60},
                              {"工作表", Style::text, 8, 28},
                              {"表格", Style::text, 10, 40},
                              {"说明", Style::text, 12, 40}};
  SheetWriter w(add_sheet(ctx.wb, kBlanks), *ctx.formats, kBlanks, cols);
  lxw_row_t row = 1;
  for (const FormRef r : ctx.cons.blanks) {
    const SummaryForm& f = ctx.form(r);
    w.number(row, 0, static_cast<double>(row));
    w.text(row, 1, ctx.file(r));
    w.text(row, 2, f.sheet);
    w.text(row, 3, f.template_title);
    w.text(row, 4, "空白表，未填写，未计入汇总");
    ++row;
  }
  w.finish(row - 1);
  ctx.counts.blanks = ctx.cons.blanks.size();
}

}  // namespace evalbook::report::summary
