#include "report/result_sheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "report/display_width.h"
#include "template/text_number_findings.h"

namespace evalbook::report {

namespace {

// Columns 处理 and 说明 in characters, and a line of 11-point text in points.
constexpr double kHandlingWidth = 30;
constexpr double kNoteWidth = 60;
constexpr double kLineHeight = 14.5;

int severity_rank(std::string_view severity) {
  if (severity == "error") return 0;
  if (severity == "warning") return 1;
  return 2;
}

// What was done with a finding, in words, for the 处理 column.
std::string handling(const ResultRow& row, const Correction* correction) {
  const model::Finding& f = row.finding;
  std::string text;
  if (row.corrected) {
    text = correction && !correction->formula.empty() ? "已更正（公式改为数值）" : "已更正";
  } else if (f.severity == "error") {
    if (f.rule_class == "structure") {
      text = "需人工核对：分值由单位设定";
    } else if (f.rule_class == "rule") {
      text = "需人工核对：评分规则的结果（fix --apply-rules 时写入）";
    } else {
      text = "需人工核对";
    }
  } else if (f.severity == "warning") {
    text = f.expected.empty() ? "请核实" : "未写入：建议值仅供参考";
  } else {
    text = "提示";
  }
  if (row.raised_by_fix) text = row.corrected ? text + "（随其他更正重算）" : "更正后复核：" + text;
  return text;
}

const char* fill_of(const ResultRow& row) {
  if (row.corrected) return kCorrectedFill;
  if (row.finding.severity == "error") return kErrorFill;
  if (row.finding.severity == "warning") return kWarningFill;
  return "";
}

std::string joined_cells(const std::vector<std::string>& cells) {
  std::string out;
  for (const auto& cell : cells) out += (out.empty() ? "" : "、") + cell;
  return out;
}

using CellKey = std::tuple<std::string, std::uint32_t, std::uint32_t>;

const Correction* correction_at(const FixPlan& plan, const model::Finding& f) {
  auto ref = xlsx::parse_cell_ref(f.cell);
  if (!ref) return nullptr;
  for (const auto& c : plan.corrections) {
    if (c.sheet == f.sheet && c.cell == *ref) return &c;
  }
  return nullptr;
}

}  // namespace

std::string correction_note(const Correction& c) {
  std::string note = fmt::format("已更正：{}", c.message);
  note += fmt::format("\n已将 {} 更正为 {}", c.original.empty() ? "空白" : c.original, c.expected);
  if (!c.formula.empty()) note += fmt::format("（原为公式 ={}，已改为数值）", c.formula);
  return note;
}

std::vector<CellMark> finding_marks(const FixPlan& plan) {
  std::map<CellKey, std::size_t> corrected;
  for (const auto& c : plan.corrections) corrected[{c.sheet, c.cell.row, c.cell.column}] = 0;
  std::map<CellKey, CellMark> marks;
  for (const auto& row : plan.rows) {
    const model::Finding& f = row.finding;
    if (row.corrected || f.cell.empty() || (f.severity != "error" && f.severity != "warning"))
      continue;
    std::string note = f.severity == "error" ? fmt::format("错误，需人工核对：{}", f.message)
                                             : fmt::format("警告：{}", f.message);
    if (f.severity == "warning" && !f.expected.empty())
      note += fmt::format("（建议值 {}，未写入）", f.expected);
    // A finding gathered from many cells (numbers stored as text) marks each of them.
    for (const std::string& cell : f.cells.empty() ? std::vector<std::string>{f.cell} : f.cells) {
      auto ref = xlsx::parse_cell_ref(cell);
      if (!ref) continue;
      CellKey key{f.sheet, ref->row, ref->column};
      if (corrected.count(key)) continue;
      auto [it, fresh] = marks.try_emplace(key, CellMark{f.sheet, *ref, fill_of(row), note});
      if (!fresh) {
        it->second.note += "\n" + note;
        if (f.severity == "error") it->second.fill = kErrorFill;
      }
    }
  }
  std::vector<CellMark> out;
  out.reserve(marks.size());
  for (auto& [key, mark] : marks) out.push_back(std::move(mark));
  return out;
}

bool is_result_sheet(std::string_view a1) {
  return a1.substr(0, kResultSheetMarker.size()) == kResultSheetMarker;
}

xlsx::AddedSheet result_sheet(const FixPlan& plan) {
  using xlsx::AddedCell;
  xlsx::AddedSheet sheet;
  sheet.name = kResultSheetName;
  // 说明 and 处理 wrap within their columns (a long 说明 reads as a paragraph, not one line
  // running off the screen); each row is as tall as its longest text wrapped.
  sheet.column_widths = {24, 9, 7, 14, 14, kHandlingWidth, kNoteWidth, 24};
  int errors = 0, warnings = 0, infos = 0, formulas = 0;
  for (const auto& row : plan.rows) {
    if (row.corrected) continue;
    const std::string& s = row.finding.severity;
    (s == "error" ? errors : s == "warning" ? warnings : infos) += 1;
  }
  for (const auto& c : plan.corrections) formulas += c.formula.empty() ? 0 : 1;

  auto text = [](std::string t) { return AddedCell::of_text(std::move(t)); };
  sheet.rows.push_back({text(std::string(kResultSheetMarker) + "，再次运行 fix 时本表整表替换）")});
  sheet.rows.push_back({text("已更正").filled(kCorrectedFill),
                        text("复核值已写入该单元格，原值、算式见单元格批注")});
  sheet.rows.push_back(
      {text("错误").filled(kErrorFill), text("未更正，需人工核对：分值由单位设定、评分规则的结果（f"
                                             "ix --apply-rules 时写入）或无法确定的数值")});
  sheet.rows.push_back(
      {text("警告").filled(kWarningFill), text("存疑：建议值仅供参考，不写入，请人工判断")});
  sheet.rows.push_back({text("提示"), text("供参考，不标颜色")});
  std::string counts = fmt::format("更正 {} 个单元格", plan.corrections.size());
  if (formulas > 0) counts += fmt::format("（其中 {} 个原为公式，已改为数值）", formulas);
  counts += fmt::format("；错误 {} 条待人工核对；警告 {} 条；提示 {} 条", errors, warnings, infos);
  sheet.rows.push_back({text("合计"), text(counts)});
  sheet.rows.push_back({});
  sheet.header_row = static_cast<std::uint32_t>(sheet.rows.size() + 1);
  sheet.rows.push_back({});
  for (const char* title :
       {"工作表", "单元格", "级别", "填报值", "复核值", "处理", "说明", "规则代码"})
    sheet.rows.back().push_back(text(title));

  std::vector<const ResultRow*> ordered;
  for (const auto& row : plan.rows) ordered.push_back(&row);
  std::stable_sort(ordered.begin(), ordered.end(), [](const ResultRow* a, const ResultRow* b) {
    return severity_rank(a->finding.severity) < severity_rank(b->finding.severity);
  });
  for (const ResultRow* row : ordered) {
    const model::Finding& f = row->finding;
    const Correction* correction = row->corrected ? correction_at(plan, f) : nullptr;
    std::string note = f.message;
    if (f.cells.size() > tmpl::kGatheredCellsNamed)  // the message names only the first ones
      note += "\n全部单元格：" + joined_cells(f.cells);
    if (correction && !correction->formula.empty())
      note = fmt::format("原为公式 ={}，已改为数值。{}", correction->formula, note);
    std::string link =
        f.cell.empty() ? std::string() : xlsx::quoted_sheet_name(f.sheet) + "!" + f.cell;
    const std::string how = handling(*row, correction);
    const int lines =
        std::max(wrapped_lines(how, kHandlingWidth - 1), wrapped_lines(note, kNoteWidth - 1));
    sheet.row_heights.resize(sheet.rows.size() + 1, 0);
    if (lines > 1) sheet.row_heights.back() = kLineHeight * lines + 3;
    sheet.rows.push_back({text(f.sheet), AddedCell::of_text(f.cell, link),
                          text(severity_label(f.severity)).filled(fill_of(*row)), text(f.reported),
                          text(f.expected), text(how).wrapped(), text(note).wrapped(),
                          text(f.rule)});
  }
  return sheet;
}

}  // namespace evalbook::report
