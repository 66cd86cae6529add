// A form sheet held as a grid of display texts: forms are small, and finding parts by their
// labels needs to look around freely, which a stream cannot.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "xlsx/cell_ref.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::tmpl {

// A sheet read well but larger than any form (a data sheet beside the forms): limit_exceeded
// like a reader's limit, so callers that stop on limits still do, but it says "no form", not
// "damaged", to those that tell the two apart.
class SheetTooLargeForAForm : public xlsx::XlsxError {
 public:
  using xlsx::XlsxError::XlsxError;
};

struct GridCell {
  std::string text;              // as Excel displays it
  std::optional<double> number;  // the value of a numeric cell
};

class SheetGrid {
 public:
  // Reads one sheet; refuses sheets larger than a form can be (SheetTooLargeForAForm) and
  // throws the reader's XlsxError for a sheet it cannot read.
  static SheetGrid load(const xlsx::Workbook& workbook, std::size_t sheet_index);

  // The same sheet seen through rows [first_row, end_row) only: one of several forms stacked on
  // it. Cells keep their sheet addresses (row 47 stays row 47), rows outside read as empty and
  // merged ranges outside are dropped; the cells are shared, not copied.
  SheetGrid rows_window(std::uint32_t first_row, std::uint32_t end_row) const;

  const std::string& sheet_name() const { return name_; }
  // The last row that may hold a cell (of the window, for a window).
  std::uint32_t rows() const;
  // The first row that may hold a cell: 1, or a window's first row.
  std::uint32_t first_row() const { return first_row_; }
  std::uint32_t columns() const { return columns_; }
  // The columns of one row up to its last cell (0 for an empty row or one outside the grid).
  // Loops that look only at filled cells stop there: one cell far right (a stray mark in column
  // IV) must not make every row of the sheet that wide, or the work of reading a form grows
  // with rows × columns instead of with its cells.
  std::uint32_t width(std::uint32_t row) const;
  // 1-based; an empty cell outside the grid.
  const GridCell& at(std::uint32_t row, std::uint32_t column) const;
  bool empty(std::uint32_t row, std::uint32_t column) const;
  const std::vector<xlsx::RangeRef>& merged() const { return merged_; }

  // Testing and building grids from text: one line per row, TAB between cells.
  static SheetGrid from_text(const std::string& name, const std::string& text);

 private:
  using Cells = std::vector<std::vector<GridCell>>;
  bool outside(std::uint32_t row) const { return row < first_row_ || row >= end_row_; }

  std::string name_;
  std::shared_ptr<const Cells> cells_ = std::make_shared<const Cells>();
  std::uint32_t first_row_ = 1;
  std::uint32_t end_row_ = UINT32_MAX;  // one past the window's last row
  std::uint32_t columns_ = 0;
  std::vector<xlsx::RangeRef> merged_;
};

}  // namespace evalbook::tmpl
