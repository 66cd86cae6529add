// What the official 2023 project form prints besides the figures (template_layout_builder.h:
// PrintedFurniture): the wording, the goal block and the analysis section.
#include <algorithm>

#include "report/template_layout_builder.h"
#include "template/normalize.h"

namespace evalbook::report::layout_detail {

namespace {

// Worded as the 2023 forms of the 晋城市商务局 appendix print it. Where the 12 forms differ, the
// wording most of them print: the source row 市县区财政资金 (7 forms; others 市区财政资金,
// 市辖区财政资金...), the analysis rows of forms 01, 03 and 07 (others add 及分析 or group the
// first four under 自评结果分析), the funds head as 9 forms print it, its reason column as 11.
const PrintedFurniture kProject2023 = {
    "项目资金预算安排及执行进度(万元)",
    "偏差原因分析及改进措施",
    {"市县区财政资金"},
    "绩效指标",
    "项目年度绩效目标",
    {"年度目标", "实际完成情况"},
    "项目绩效分析",
    {"项目实施和预算执行情况", "产出情况", "效益情况", "满意度情况", "主要经验做法",
     "项目管理中存在的主要问题及原因分析", "下一步改进措施及管理建议"},
};

constexpr double kWritingRowHeight = 60;  // points: room for a few lines of text

}  // namespace

const PrintedFurniture* printed_furniture(const tmpl::TemplateSpec& spec) {
  if (spec.family != "project" || spec.blocks.empty()) return nullptr;
  const PrintedFurniture& f = kProject2023;
  const bool funds_end_at_goals =
      spec.blocks.front().end.matches(tmpl::normalize_label(f.goal_label));
  const bool table_ends_at_analysis =
      std::any_of(spec.tables.begin(), spec.tables.end(), [&](const tmpl::TableSpec& t) {
        return t.end.matches(tmpl::normalize_label(f.analysis_label));
      });
  return funds_end_at_goals && table_ends_at_analysis ? &f : nullptr;
}

void Builder::goal_rows() {
  // The label ends the funds block for the reader, as on the printed form.
  const std::uint32_t head = start_row(furniture_->goal_label, false);
  text_cell(head, 1, CellRole::label, furniture_->goal_label);
  const std::uint32_t body = ++row_;
  merge(head, 1, body, 1);
  // Two halves side by side, as printed: the goal text and what was achieved.
  const std::uint32_t split = 1 + (width_ - 1) / 2;
  const std::uint32_t firsts[2] = {2, split + 1};
  const std::uint32_t lasts[2] = {split, width_};
  for (std::size_t k = 0; k < 2 && k < furniture_->goal_heads.size(); ++k) {
    text_cell(head, firsts[k], CellRole::header, furniture_->goal_heads[k]);
    merge(head, firsts[k], head, lasts[k]);
    LayoutCell& input = put(body, firsts[k], CellRole::input);
    input.text_input = true;
    input.wrap = true;
    merge(body, firsts[k], body, lasts[k]);
  }
  out_.row_heights[body] = kWritingRowHeight;
}

void Builder::analysis_rows() {
  const auto& items = furniture_->analysis_rows;
  std::uint32_t first = 0;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const std::uint32_t r = start_row(k == 0 ? furniture_->analysis_label : std::string(), false);
    if (k == 0) {
      first = r;
      text_cell(r, 1, CellRole::label, furniture_->analysis_label);
    }
    text_cell(r, 2, CellRole::label, items[k]);
    merge(r, 2, r, 3);
    LayoutCell& input = put(r, 4, CellRole::input);
    input.text_input = true;
    input.wrap = true;
    merge(r, 4, r, width_);
    out_.row_heights[r] = kWritingRowHeight / 2;
  }
  if (first) merge(first, 1, row_, 1);
}

}  // namespace evalbook::report::layout_detail
