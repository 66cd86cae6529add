// The workbook-globals records a BIFF8 formula refers through: SUPBOOK, EXTERNSHEET and NAME.
#include "xlsx/biff_bytes.h"
#include "xlsx/biff_formula.h"
#include "xlsx/biff_text.h"

namespace evalbook::xlsx::biff {

namespace {

// SUPBOOK's marker for the workbook's own sheets (MS-XLS 2.4.271: ctab, then 0x0401).
constexpr std::uint16_t kSelfReference = 0x0401;
constexpr std::uint16_t kNameBuiltin = 0x0020;
// NAME: flags (2), shortcut key, cch, cce (2), reserved (2), itab (2), four reserved bytes,
// then the name without its count: a flags byte and the characters.
constexpr std::size_t kNameSheetAt = 8;
constexpr std::size_t kNameTextAt = 14;

}  // namespace

bool is_own_workbook(std::string_view supbook) {
  return supbook.size() == 4 && le16(supbook, 2) == kSelfReference;
}

std::vector<FormulaNames::SheetRange> read_extern_sheets(std::string_view externsheet,
                                                         const std::vector<bool>& own_supbooks) {
  std::vector<FormulaNames::SheetRange> ranges;
  if (externsheet.size() < 2) return ranges;
  const std::size_t declared = le16(externsheet, 0);
  for (std::size_t i = 0; i < declared && 2 + 6 * (i + 1) <= externsheet.size(); ++i) {
    const std::size_t at = 2 + 6 * i;
    const std::uint16_t supbook = le16(externsheet, at);
    ranges.push_back({supbook < own_supbooks.size() && own_supbooks[supbook],
                      le16(externsheet, at + 2), le16(externsheet, at + 4)});
  }
  return ranges;
}

std::optional<FormulaNames::DefinedName> read_defined_name(std::string_view name) {
  if (name.size() < kNameTextAt + 1) return std::nullopt;
  if (le16(name, 0) & kNameBuiltin) return std::nullopt;
  const std::size_t count = static_cast<unsigned char>(name[3]);
  const bool wide = (static_cast<unsigned char>(name[kNameTextAt]) & 0x01) != 0;
  const std::size_t bytes = wide ? 2 * count : count;
  if (count == 0 || name.size() - kNameTextAt - 1 < bytes) return std::nullopt;
  const std::string_view chars = name.substr(kNameTextAt + 1, bytes);
  return FormulaNames::DefinedName{wide ? utf16le_to_utf8(chars) : latin1_to_utf8(chars),
                                   le16(name, kNameSheetAt)};
}

}  // namespace evalbook::xlsx::biff
