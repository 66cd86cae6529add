#include "xlsx/biff_sheet_formulas.h"

#include <optional>

#include "xlsx/biff_bytes.h"
#include "xlsx/errors.h"

namespace evalbook::xlsx::biff {

namespace {

constexpr unsigned char kPtgExp = 0x01;
// FORMULA: row, column, XF, cached result (8), flags (2), chn (4), then cce (2) and the tokens.
constexpr std::size_t kFormulaTokensAt = 22;
// SHRFMLA: row range (4), column range (2), reserved, cUse, then cce (2) and the tokens.
constexpr std::size_t kSharedTokensAt = 10;

// The tokens after a cce count, or nothing when the count runs past the record.
std::optional<std::string_view> tokens(std::string_view record, std::size_t at) {
  if (record.size() < at) return std::nullopt;
  const std::size_t cce = le16(record, at - 2);
  if (record.size() - at < cce) return std::nullopt;
  return record.substr(at, cce);
}

}  // namespace

SheetFormulas::SheetFormulas(const FormulaNames& names, std::uint16_t sheet,
                             std::size_t work_budget)
    : names_(names), sheet_(sheet), budget_(work_budget) {}

void SheetFormulas::on_formula(std::size_t cell, std::string_view record) {
  const auto rgce = tokens(record, kFormulaTokensAt);
  if (!rgce || rgce->empty()) return;
  const std::uint16_t row = le16(record, 0), column = le16(record, 2);
  if (static_cast<unsigned char>((*rgce)[0]) == kPtgExp) {
    if (rgce->size() == 5) uses_.push_back({cell, row, column, le16(*rgce, 1), le16(*rgce, 3)});
    return;
  }
  decode(cell, *rgce, {row, column, sheet_, false});
}

void SheetFormulas::on_shared_formula(std::string_view record) {
  const auto rgce = tokens(record, kSharedTokensAt);
  if (!rgce) return;
  shared_[{le16(record, 0), static_cast<unsigned char>(record[4])}] = {
      le16(record, 2), static_cast<std::uint8_t>(record[4]), static_cast<std::uint8_t>(record[5]),
      *rgce};
}

std::vector<std::pair<std::size_t, std::string_view>> SheetFormulas::resolve() {
  for (const SharedUse& use : uses_) {
    const auto it = shared_.find({use.master_row, use.master_column});
    if (it == shared_.end()) continue;  // an ARRAY or TABLE formula: no text
    const Shared& s = it->second;
    if (use.row < use.master_row || use.row > s.last_row || use.column < s.first_column ||
        use.column > s.last_column)
      continue;  // a cell outside the range it claims to share: damaged, left undecoded
    decode(use.cell, s.rgce, {use.row, use.column, sheet_, true});
  }
  return std::move(decoded_);
}

void SheetFormulas::decode(std::size_t cell, std::string_view rgce, const FormulaSite& site) {
  if (rgce.size() > budget_)
    throw XlsxError(ErrorCode::limit_exceeded, "工作表的公式过多或过长，超出读取上限", "Workbook");
  budget_ -= rgce.size();
  auto text = decode_formula(rgce, names_, site);
  if (!text) return;
  texts_.push_back(std::move(*text));
  decoded_.emplace_back(cell, texts_.back());
}

}  // namespace evalbook::xlsx::biff
