// What the readers of a form's parts (fields, the funds block, the indicator table, the total)
// share: the sheet, its label index, the template, the record being built, and the helpers that
// read a cell as a typed value or find a table's header row.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/record.h"
#include "template/label_index.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

namespace evalbook::tmpl {

class FormPart {
 public:
  FormPart(const SheetGrid& grid, const TemplateSpec& spec, const LabelIndex& index,
           model::FormRecord& form)
      : grid_(grid), spec_(spec), index_(index), form_(form) {}

 protected:
  model::Scalar blank(ValueType type) const;
  model::Scalar read(std::uint32_t row, std::uint32_t column, ValueType type,
                     const std::string& path);
  // A blank value that still knows the cell it belongs in (for a fix to write to).
  model::Scalar blank_at(ValueType type, std::uint32_t row, long column) const;
  // The value at a computed cell: read when something is written there (other than the row's
  // label), else blank with its cell.
  model::Scalar read_or_blank_at(ValueType type, std::uint32_t row, long column,
                                 const std::string& path,
                                 std::optional<std::uint32_t> label_column);
  // A finding about how the form was read (not about its figures), at a cell or at none.
  void note(const std::string& rule, const std::string& severity, const std::string& field,
            std::optional<xlsx::CellRef> cell, const std::string& message);

  // Column of each spec column in the header row (or the row below it, for sub-headers).
  std::map<std::string, std::uint32_t> header_columns(const std::vector<ColumnSpec>& columns,
                                                      std::uint32_t header_row) const;
  // The first row where at least `need` column labels stand.
  std::optional<std::uint32_t> find_header_row(const std::vector<ColumnSpec>& columns,
                                               std::size_t need) const;
  // A row holding at least as many header labels as the table's header row needs.
  bool find_header_row_at(const TableSpec& table, std::uint32_t row) const;
  bool row_is_header(const std::vector<ColumnSpec>& columns, std::uint32_t row) const;
  // A note under a table ("注：…", "说明：…", "备注：…"): it ends the table whatever the template
  // names as its end, since a form's last table often has no end label of its own.
  bool is_note_row(std::uint32_t row) const;

  const SheetGrid& grid_;
  const TemplateSpec& spec_;
  const LabelIndex& index_;
  model::FormRecord& form_;
};

}  // namespace evalbook::tmpl
