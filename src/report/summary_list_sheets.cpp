// The lists of the summary workbook: 问题清单 (every finding, written as files are added),
// 决算汇总 (per 类 totals of the 决算 tables), 重复提交 and 无法读取.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

#include "report/summary_context.h"

namespace evalbook::report::summary {

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
}

// The findings of files[i] (every file before it already listed), then the file is kept without
// them. A form counted once because it was submitted again gets one row saying so instead.
void write_findings_of(Context& ctx, std::size_t i) {
  SheetWriter& w = *ctx.findings;
  lxw_row_t& row = ctx.findings_row;
  auto room = [&] {
    if (row < kMaxRow) return true;
    ++ctx.findings_left_out;
    return false;
  };
  const Consolidation& cons = ctx.consolidator.so_far();
  SummaryFile& file = ctx.files[i];
  for (std::size_t j = 0; j < file.forms.size(); ++j) {
    const FormRef ref{i, j};
    SummaryForm& f = file.forms[j];
    const std::string what = f.project_name.empty() ? f.template_title : f.project_name;
    if (auto d = cons.duplicate_of.find(ref); d != cons.duplicate_of.end()) {
      if (room()) {
        const DuplicateForm& dup = cons.duplicates[d->second];
        w.text(row, 0, file.file);
        w.text(row, 1, f.sheet);
        w.text(row, 3, f.unit);
        w.text(row, 4, what);
        w.text(row, 5, "duplicate_submission");
        w.text(row, 6, severity_name("warning"));
        w.text(row, 7,
               fmt::format(
                   "重复提交：与 {}（工作表 {}）为同一{}，汇总只计一次{} / submitted twice, "
                   "counted once",
                   ctx.file(dup.kept), ctx.form(dup.kept).sheet,
                   f.kind == FormKind::project ? "项目（单位、项目名称、年度相同）"
                                               : "表格（单位、年度相同）",
                   dup.differences.empty() ? "；两份数据一致" : "；数据不同：" + dup.differences));
        ++row;
      }
    } else {
      for (const auto& x : f.findings) {
        if (!room()) continue;
        w.text(row, 0, file.file);
        w.text(row, 1, x.sheet);
        w.text(row, 2, x.cell);
        w.text(row, 3, f.unit);
        w.text(row, 4, what);
        w.text(row, 5, x.rule);
        w.text(row, 6, severity_name(x.severity));
        w.text(row, 7, x.message);
        if (x.severity == "error") ctx.counts.error_findings = true;
        ++row;
      }
    }
    std::vector<SummaryFinding>().swap(f.findings);
  }
}

void finish_findings(Context& ctx) {
  SheetWriter& w = *ctx.findings;
  lxw_row_t& row = ctx.findings_row;
  if (ctx.findings_left_out > 0) {
    w.text(row, 7,
           fmt::format("另有 {} 条问题超出 Excel 的行数上限，未列出 / {} more findings beyond "
                       "Excel's row limit",
                       ctx.findings_left_out, ctx.findings_left_out));
    ++row;
  }
  w.finish(row - 1);
  ctx.counts.findings = row - 1;
}

void write_accounts(Context& ctx) {
  // (table, class code) -> rows per unit; column labels in first-seen order.
  struct Entry {
    std::string unit;
    std::string year;
    std::string name;
    const AccountClass* cls;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Entry>> groups;
  std::map<std::string, std::string> titles;
  std::vector<std::string> labels;
  for (const FormRef r : ctx.cons.accounts) {
    const SummaryForm& f = ctx.form(r);
    titles[f.template_id] = f.template_title;
    for (const auto& cls : f.classes) {
      groups[{f.template_id, cls.code}].push_back({f.unit, f.year, cls.name, &cls});
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
                              {"重复的文件", Style::text, 12, 60},
                              {"重复的工作表", Style::text, 8, 28},
                              {"两份是否一致", Style::text, 10, 60}};
  SheetWriter w(add_sheet(ctx.wb, kDuplicates), *ctx.formats, kDuplicates, cols);
  lxw_row_t row = 1;
  for (const auto& d : ctx.cons.duplicates) {
    const SummaryForm& kept = ctx.form(d.kept);
    const SummaryForm& dup = ctx.form(d.duplicate);
    w.text(row, 0, kept.unit.empty() ? kept.department : kept.unit);
    w.text(row, 1, kept.project_name.empty() ? kept.template_title : kept.project_name);
    w.text(row, 2, kept.year);
    w.text(row, 3, kept.template_title);
    w.text(row, 4, ctx.file(d.kept));
    w.text(row, 5, kept.sheet);
    w.text(row, 6, ctx.file(d.duplicate));
    w.text(row, 7, dup.sheet);
    w.text(row, 8, d.differences.empty() ? "一致" : "不同：" + d.differences);
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
      w.text(row, 2, "未找到已知的表格 / no known form" + (why.empty() ? "" : "（" + why + "）"));
      w.text(row, 3, "请确认是标准格式的绩效自评表或决算公开表 / check that it is a standard form");
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
