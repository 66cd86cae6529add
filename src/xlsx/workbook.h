// A workbook opened for reading: the package indexed, the workbook-level parts parsed (sheets,
// styles, shared strings, date system), and each sheet streamed on demand as cells.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/cell_ref.h"
#include "xlsx/limits.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

struct SheetInfo {
  std::string name;
  std::string part;     // zip entry name, e.g. "xl/worksheets/sheet1.xml"
  std::string rel_id;   // r:id in workbook.xml
  bool hidden = false;  // state="hidden" or "veryHidden"
};

enum class CellType { empty, number, text, boolean, error };

// One cell as streamed. Views are valid only during the callback.
struct Cell {
  CellRef ref;
  CellType type = CellType::empty;
  double number = 0;        // number, boolean (0/1)
  std::string_view text;    // text, error ("#DIV/0!"), or the number's raw <v> text
  std::uint32_t style = 0;  // index into cellXfs
  // Formula text. A shared formula's dependent carries its moved copy of the master's text
  // only when the visitor asks for it (CellVisitor::wants_shared_formulas), since expanding it
  // for every dependent is work no display or check needs.
  std::string_view formula;
};

class CellVisitor {
 public:
  virtual ~CellVisitor() = default;
  virtual void on_row_begin(std::uint32_t /*row*/) {}
  virtual void on_cell(const Cell& cell) = 0;
  virtual void on_row_end(std::uint32_t /*row*/) {}
  virtual bool wants_shared_formulas() const { return false; }
};

// What is learnt about a sheet by streaming it (merged ranges sit after the cell data).
struct SheetSummary {
  std::vector<RangeRef> merged;
  std::uint32_t max_row = 0;     // last row holding a non-empty cell
  std::uint32_t max_column = 0;  // last column holding a non-empty cell
  std::uint64_t cells = 0;       // non-empty cells
  bool has_formulas = false;
};

struct PartCaches;
struct RetainedSheet;

class Workbook {
 public:
  // Throws XlsxError with the part and line of the first problem. Reading is bounded by the
  // work budget of the file's size (work_budget.h): past it, budget_exceeded. With `caches`
  // (which must outlive the call), parts shared byte for byte with workbooks read before are
  // not parsed again.
  static std::unique_ptr<Workbook> open_file(const std::string& path,
                                             const Limits& limits = default_limits(),
                                             PartCaches* caches = nullptr);
  static std::unique_ptr<Workbook> open_memory(std::string_view bytes,
                                               const Limits& limits = default_limits(),
                                               PartCaches* caches = nullptr);
  virtual ~Workbook() = default;

  virtual const std::vector<SheetInfo>& sheets() const = 0;
  virtual bool date1904() const = 0;
  // Number-format code of a cellXfs index ("General" when the index or format is unknown).
  virtual std::string_view number_format(std::uint32_t style) const = 0;
  // Streams one sheet's cells in document order. Throws XlsxError.
  virtual SheetSummary read_sheet(std::size_t index, CellVisitor& visitor) const = 0;
  // The summary of an earlier read_sheet of this sheet that ran to its end, i.e. every cell
  // passed the reader's limits and checks; none when there was none. A patch uses it instead of
  // inflating and parsing the sheet once more to validate it.
  virtual std::optional<SheetSummary> completed_read(std::size_t /*index*/) const {
    return std::nullopt;
  }
  // Keeps the XML of each sheet read to its end from now on, up to `max_bytes` (inflated) for
  // the whole workbook, so that a patch of it neither inflates nor tokenizes its untouched rows
  // again (retained_sheet.h). A sheet past the limit is not kept: a patch reads it once more.
  virtual void keep_sheet_xml(std::uint64_t /*max_bytes*/) const {}
  // The kept XML of a sheet; null when it was not kept.
  virtual std::shared_ptr<const RetainedSheet> retained_sheet(std::size_t /*index*/) const {
    return nullptr;
  }
  // Whether the workbook is a zip package (an .xlsx): a legacy .xls has no package() and no
  // parts to patch.
  virtual bool is_package() const { return true; }
  // The cell as Excel displays it (number formats applied). Charged to the work budget.
  virtual std::string display_text(const Cell& cell) const = 0;
  virtual const ZipReader& package() const = 0;
};

}  // namespace evalbook::xlsx
