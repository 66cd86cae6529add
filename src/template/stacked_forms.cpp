#include "template/stacked_forms.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "template/detection.h"

namespace evalbook::tmpl {

namespace {

// A title block above a form's first label is at most this many rows (晋中's: title, blank,
// year, blank, 填报单位, blank).
constexpr std::uint32_t kMostTitleRows = 8;

// Whether the row holds a label the template is recognised by, or its total's: a row of a
// form's body (the 总分 of the form above), never of the title block of the next.
bool holds_body_label(const LabelIndex& index, const SheetGrid& grid, const TemplateSpec& spec,
                      std::uint32_t row) {
  for (std::uint32_t c = 1; c <= grid.width(row); ++c) {
    const std::string& text = index.at(row, c);
    if (text.empty()) continue;
    for (const auto& e : spec.detect.evidence)
      if (e.labels.matches(text)) return true;
    for (const auto& t : spec.totals)
      if (t.labels.matches(text)) return true;
  }
  return false;
}

class StackFinder {
 public:
  StackFinder(const SheetGrid& grid, const LabelIndex& index, const TemplateSpec& spec)
      : grid_(grid), index_(index), spec_(spec) {}

  StackedForms run() {
    StackedForms out;
    const std::uint32_t past_end = grid_.rows() + 1;
    out.forms.push_back({1, past_end});
    if (spec_.fields.empty() || spec_.fields.front().labels.empty()) return out;
    const FieldSpec& first_field = spec_.fields.front();
    auto first = index_.find(first_field.labels);
    if (!first) return out;
    const std::uint32_t title_rows = title_rows_above(first->row);

    // Each repeat of the first label that opens its row (a form's 项目名称 stands first in its
    // row; a word quoted inside a table does not), with where its form would start.
    std::vector<std::pair<Position, std::uint32_t>> repeats;
    std::uint32_t previous_anchor = first->row;
    for (auto at = index_.find(first_field.labels, first->row + 1); at;
         at = index_.find(first_field.labels, at->row + 1)) {
      if (index_.first_column(at->row) != at->column) continue;
      repeats.emplace_back(*at, start_of(at->row, previous_anchor, title_rows));
      previous_anchor = at->row;
    }
    // A repeat is a form when its rows, up to the next repeat, are one by the template's own
    // threshold; otherwise its rows stay with the form above and it is said.
    for (std::size_t k = 0; k < repeats.size(); ++k) {
      const auto& [at, start] = repeats[k];
      std::uint32_t end = k + 1 < repeats.size() ? repeats[k + 1].second : past_end;
      const SheetGrid window = grid_.rows_window(start, end);
      const LabelIndex window_index(index_, window);
      const TemplateEvidence evidence = weigh(spec_, window_index);
      if (evidence.excluded_by.empty() && evidence.score + 1e-9 >= spec_.detect.threshold) {
        out.forms.back().end_row = start;
        out.forms.push_back({start, past_end});
      } else {
        out.notes.emplace_back(out.forms.size() - 1, not_a_form(at, evidence.score, first_field));
      }
    }
    return out;
  }

 private:
  // The rows the first form has above its first label, from the sheet's first filled row: the
  // same producer prints the same title block above every form of the stack.
  std::uint32_t title_rows_above(std::uint32_t anchor_row) const {
    for (std::uint32_t r = 1; r < anchor_row; ++r) {
      if (index_.first_column(r) != 0) return std::min(anchor_row - r, kMostTitleRows);
    }
    return 0;
  }

  // Where the form whose first label stands at `anchor_row` starts: as many rows above it as
  // the first form's title block, but never on or above a row of the previous form's body, and
  // never on an empty row.
  std::uint32_t start_of(std::uint32_t anchor_row, std::uint32_t previous_anchor,
                         std::uint32_t title_rows) const {
    std::uint32_t start = std::max(anchor_row - title_rows, previous_anchor + 1);
    for (std::uint32_t r = anchor_row; r-- > start;) {
      if (holds_body_label(index_, grid_, spec_, r)) {
        start = r + 1;
        break;
      }
    }
    while (start < anchor_row && index_.first_column(start) == 0) ++start;
    return start;
  }

  model::Finding not_a_form(Position at, double share, const FieldSpec& field) const {
    model::Finding f;
    f.rule = "second_form_on_sheet";
    f.severity = "warning";
    f.field = field.field;
    f.sheet = grid_.sheet_name();
    f.cell = xlsx::cell_name(xlsx::CellRef{at.row, at.column});
    f.message = fmt::format(
        "第 {} 行“{}”再次出现，但其下的行读不成一张表（只见到模板标签证据的 {}%）：未作为单独"
        "的表读取、未校验；如是另一张表，请补全表格或放在单独的工作表中",
        at.row, grid_.at(at.row, at.column).text, std::lround(share * 100));
    return f;
  }

  const SheetGrid& grid_;
  const LabelIndex& index_;
  const TemplateSpec& spec_;
};

}  // namespace

StackedForms find_stacked_forms(const SheetGrid& grid, const LabelIndex& index,
                                const TemplateSpec& spec) {
  return StackFinder(grid, index, spec).run();
}

}  // namespace evalbook::tmpl
