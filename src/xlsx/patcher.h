// Writes a copy of an existing workbook with some cells changed and nothing else lost: only the
// touched sheets are rewritten (as a stream of their original bytes with the changed cells
// replaced), the workbook-level parts change only where they must (calcChain dropped, full
// recalculation requested), and every other zip entry is copied byte for byte. The output goes
// to a temporary file beside the target and is renamed into place only when complete.
// Besides values, a patch can highlight cells (a copy of each cell's own format with a fill),
// add comments (legacy comments part + VML drawing) and add whole sheets.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xlsx/added_sheet.h"
#include "xlsx/cell_ref.h"
#include "xlsx/limits.h"
#include "xlsx/output_file.h"
#include "xlsx/workbook.h"

namespace evalbook::xlsx {

struct CellValue {
  // keep: the cell's content stays as it is (only its style may change).
  enum class Kind { number, text, clear, keep };
  Kind kind = Kind::clear;
  double number = 0;
  std::string text;
  // A cellXfs index replacing the cell's own; none keeps the cell's style.
  std::optional<std::uint32_t> style;

  static CellValue of_number(double v) { return {Kind::number, v, {}, std::nullopt}; }
  static CellValue of_text(std::string t) { return {Kind::text, 0, std::move(t), std::nullopt}; }
  static CellValue cleared() { return {}; }
  static CellValue kept() { return {Kind::keep, 0, {}, std::nullopt}; }
};

// What a patch did, for the caller's report.
struct PatchReport {
  std::vector<std::string> rewritten_parts;
  std::vector<std::string> dropped_parts;
  std::vector<std::string> added_parts;
  std::vector<std::string> added_sheets;  // names as written (made unique when needed)
  bool full_calc_on_load = false;
};

// How much sheet XML (inflated) a Patcher that opens its input keeps from the reads of it, so
// that the sheets it rewrites are neither inflated nor tokenized a second time (the rows it
// changes excepted: retained_sheet.h). A 200,000-row sheet of 20 columns (155 MB) fits; sheets
// past it are inflated and tokenized again when they are written, as before.
inline constexpr std::uint64_t kPatchKeptSheetBytes = 256ULL << 20;

class Patcher {
 public:
  // Opens and validates the input workbook, keeping up to kPatchKeptSheetBytes of the sheets
  // read through workbook(). Throws XlsxError.
  explicit Patcher(std::string input_path, const Limits& limits = default_limits());
  // Patches a workbook the caller has already opened from input_path with the same limits: the
  // sheets it has read to their end (Workbook::completed_read) are not read again, and those it
  // kept (Workbook::keep_sheet_xml) are not inflated again.
  Patcher(std::string input_path, std::shared_ptr<const Workbook> opened,
          const Limits& limits = default_limits());
  ~Patcher();
  Patcher(const Patcher&) = delete;
  Patcher& operator=(const Patcher&) = delete;

  const Workbook& workbook() const { return *workbook_; }

  // Sheet by name (exact, then case-insensitive); throws bad_argument when there is none.
  std::size_t sheet_index(std::string_view name) const;

  // Queues a change; the last change to the same cell wins.
  void set_cell(std::size_t sheet, CellRef ref, CellValue value);

  // Gives the cell a copy of its own format (font, border, number format, alignment kept) with a
  // solid fill of `argb` ("FFFFFF00"). Its value is whatever set_cell gives it, else kept.
  void highlight_cell(std::size_t sheet, CellRef ref, std::string argb = "FFFFFF00");

  // Adds a note to the cell (appended to the note it has, if any).
  void add_comment(std::size_t sheet, CellRef ref, std::string text);
  void set_comment_author(std::string author) { author_ = std::move(author); }

  // Adds a sheet after the existing ones. A name already in use gets " (2)", " (3)"...
  // Throws bad_argument for a name Excel would refuse.
  void add_sheet(AddedSheet sheet);

  // Replaces an existing sheet's content with `sheet` (its name, place and sheetId kept; the
  // sheet's own cell edits, highlights and comments are not allowed with it). For a sheet the
  // tool added itself on an earlier run. Throws bad_argument for an unknown sheet.
  void replace_sheet(std::size_t sheet, AddedSheet content);

  // Writes the patched workbook to output_path (never the input itself), as durable as
  // `durability` asks. Throws XlsxError; on failure nothing is left at output_path and no
  // temporary file remains.
  PatchReport write(const std::string& output_path, const Durability& durability = {}) const;
  // Replaces the input file itself once the new workbook is complete (fix --in-place). A
  // read-only input is refused (io_error); the new file keeps the input's permission bits.
  PatchReport write_over_input() const;

 private:
  PatchReport write_to(const std::string& output_path, const Durability& durability) const;

  std::string input_path_;
  Limits limits_;
  std::shared_ptr<const Workbook> workbook_;
  using CellKey = std::pair<std::uint32_t, std::uint32_t>;  // row, column
  std::map<std::size_t, std::map<std::uint32_t, std::map<std::uint32_t, CellValue>>> edits_;
  std::map<std::size_t, std::map<CellKey, std::string>> highlights_;
  std::map<std::size_t, std::map<CellKey, std::string>> comments_;
  std::vector<AddedSheet> added_sheets_;
  std::map<std::size_t, AddedSheet> replaced_sheets_;
  std::string author_ = "evalbook";
};

}  // namespace evalbook::xlsx
