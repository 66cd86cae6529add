// Writes a copy of an existing workbook with some cells changed and nothing else lost: only the
// touched sheets are rewritten (as a stream of their original bytes with the changed cells
// replaced), the workbook-level parts change only where they must (calcChain dropped, full
// recalculation requested), and every other zip entry is copied byte for byte. The output goes
// to a temporary file beside the target and is renamed into place only when complete.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/cell_ref.h"
#include "xlsx/limits.h"
#include "xlsx/workbook.h"

namespace evalbook::xlsx {

struct CellValue {
  enum class Kind { number, text, clear };
  Kind kind = Kind::clear;
  double number = 0;
  std::string text;

  static CellValue of_number(double v) { return {Kind::number, v, {}}; }
  static CellValue of_text(std::string t) { return {Kind::text, 0, std::move(t)}; }
  static CellValue cleared() { return {}; }
};

// What a patch did, for the caller's report.
struct PatchReport {
  std::vector<std::string> rewritten_parts;
  std::vector<std::string> dropped_parts;
  bool full_calc_on_load = false;
};

class Patcher {
 public:
  // Opens and validates the input workbook. Throws XlsxError.
  explicit Patcher(std::string input_path, const Limits& limits = default_limits());
  ~Patcher();
  Patcher(const Patcher&) = delete;
  Patcher& operator=(const Patcher&) = delete;

  const Workbook& workbook() const { return *workbook_; }

  // Sheet by name (exact, then case-insensitive); throws bad_argument when there is none.
  std::size_t sheet_index(std::string_view name) const;

  // Queues a change; the last change to the same cell wins.
  void set_cell(std::size_t sheet, CellRef ref, CellValue value);

  // Writes the patched workbook to output_path (never the input itself). Throws XlsxError;
  // on failure nothing is left at output_path and no temporary file remains.
  PatchReport write(const std::string& output_path) const;

 private:
  std::string input_path_;
  Limits limits_;
  std::unique_ptr<Workbook> workbook_;
  std::map<std::size_t, std::map<std::uint32_t, std::map<std::uint32_t, CellValue>>> edits_;
};

// True when the two paths name the same existing file (same device and inode).
bool same_file(const std::string& a, const std::string& b);

}  // namespace evalbook::xlsx
