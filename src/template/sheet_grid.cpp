#include "template/sheet_grid.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "xlsx/errors.h"

namespace evalbook::tmpl {

namespace {

// Forms are at most a few hundred rows; a sheet beyond this is a data dump, not a form.
constexpr std::uint32_t kMaxFormRows = 20000;
constexpr std::uint32_t kMaxFormColumns = 256;

const GridCell kEmpty{};

class GridVisitor : public xlsx::CellVisitor {
 public:
  GridVisitor(const xlsx::Workbook& wb, std::vector<std::vector<GridCell>>& cells,
              std::uint32_t& columns, const std::string& sheet)
      : wb_(wb), cells_(cells), columns_(columns), sheet_(sheet) {}

  void on_cell(const xlsx::Cell& cell) override {
    if (cell.type == xlsx::CellType::empty) return;
    std::string text = wb_.display_text(cell);
    if (text.empty()) return;
    if (cell.ref.row > kMaxFormRows || cell.ref.column > kMaxFormColumns) {
      throw SheetTooLargeForAForm(
          xlsx::ErrorCode::limit_exceeded,
          fmt::format("工作表“{}”超出表格范围（单元格 {}），不像是一张填报表", sheet_,
                      xlsx::cell_name(cell.ref)));
    }
    if (cells_.size() < cell.ref.row) cells_.resize(cell.ref.row);
    auto& row = cells_[cell.ref.row - 1];
    if (row.size() < cell.ref.column) row.resize(cell.ref.column);
    GridCell& g = row[cell.ref.column - 1];
    g.text = std::move(text);
    if (cell.type == xlsx::CellType::number && std::isfinite(cell.number)) g.number = cell.number;
    if (cell.ref.column > columns_) columns_ = cell.ref.column;
  }

 private:
  const xlsx::Workbook& wb_;
  std::vector<std::vector<GridCell>>& cells_;
  std::uint32_t& columns_;
  const std::string& sheet_;
};

}  // namespace

SheetGrid SheetGrid::load(const xlsx::Workbook& workbook, std::size_t sheet_index) {
  SheetGrid grid;
  grid.name_ = workbook.sheets().at(sheet_index).name;
  auto cells = std::make_shared<Cells>();
  GridVisitor visitor(workbook, *cells, grid.columns_, grid.name_);
  auto summary = workbook.read_sheet(sheet_index, visitor);
  grid.cells_ = std::move(cells);
  grid.merged_ = std::move(summary.merged);
  return grid;
}

SheetGrid SheetGrid::rows_window(std::uint32_t first_row, std::uint32_t end_row) const {
  SheetGrid window;
  window.name_ = name_;
  window.cells_ = cells_;
  window.columns_ = columns_;
  window.first_row_ = std::max(first_row, first_row_);
  window.end_row_ = std::min(end_row, end_row_);
  // A merged range reaching over the window's edge keeps only its part inside.
  for (const auto& m : merged_) {
    if (m.last.row < window.first_row_ || m.first.row >= window.end_row_) continue;
    xlsx::RangeRef inside = m;
    inside.first.row = std::max(m.first.row, window.first_row_);
    inside.last.row = std::min(m.last.row, window.end_row_ - 1);
    window.merged_.push_back(inside);
  }
  return window;
}

std::uint32_t SheetGrid::rows() const {
  auto stored = static_cast<std::uint32_t>(cells_->size());
  return end_row_ == UINT32_MAX ? stored : std::min(stored, end_row_ - 1);
}

const GridCell& SheetGrid::at(std::uint32_t row, std::uint32_t column) const {
  if (row == 0 || column == 0 || row > cells_->size() || outside(row)) return kEmpty;
  const auto& r = (*cells_)[row - 1];
  if (column > r.size()) return kEmpty;
  return r[column - 1];
}

std::uint32_t SheetGrid::width(std::uint32_t row) const {
  if (row == 0 || row > cells_->size() || outside(row)) return 0;
  return static_cast<std::uint32_t>((*cells_)[row - 1].size());
}

bool SheetGrid::empty(std::uint32_t row, std::uint32_t column) const {
  return at(row, column).text.empty();
}

SheetGrid SheetGrid::from_text(const std::string& name, const std::string& text) {
  SheetGrid grid;
  grid.name_ = name;
  auto cells = std::make_shared<Cells>();
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::vector<GridCell> row;
    std::size_t cell_start = start;
    while (cell_start <= end) {
      auto tab = text.find('\t', cell_start);
      if (tab == std::string::npos || tab > end) tab = end;
      row.push_back(GridCell{text.substr(cell_start, tab - cell_start), std::nullopt});
      cell_start = tab + 1;
    }
    while (!row.empty() && row.back().text.empty()) row.pop_back();
    if (row.size() > grid.columns_) grid.columns_ = static_cast<std::uint32_t>(row.size());
    cells->push_back(std::move(row));
    if (end == text.size()) break;
    start = end + 1;
  }
  grid.cells_ = std::move(cells);
  return grid;
}

}  // namespace evalbook::tmpl
