// A BIFF8 formula's parsed expression (the rgce tokens of FORMULA, SHRFMLA and NAME records)
// turned back into the formula text Excel writes in an .xlsx: "SUM(B3:B9)", "IF(C4>0,D4/C4,0)",
// "'表2'!A1*100". Only tokens whose text is certain are decoded; a formula with any other
// token (array constants, external names, table lookups...) has no text at all, and the cell
// keeps just its cached value. No token is ever guessed at.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evalbook::xlsx::biff {

// What a formula may name outside its own cell, gathered from the workbook globals.
struct FormulaNames {
  // Every BOUNDSHEET in file order (charts and macro sheets too: 3-D references count them).
  std::vector<std::string> sheets;
  // EXTERNSHEET's XTI entries: a sheet range of this workbook, or of another one (unresolved).
  struct SheetRange {
    bool internal = false;
    std::uint16_t first = 0;
    std::uint16_t last = 0;
  };
  std::vector<SheetRange> extern_sheets;
  // NAME records in order (ptgName is 1-based into them); nullopt where the name cannot be
  // written in a formula by this decoder (built-in names, unreadable records).
  struct DefinedName {
    std::string text;
    std::uint16_t sheet = 0;  // 0: workbook scope; n: local to BOUNDSHEET n (1-based)
  };
  std::vector<std::optional<DefinedName>> names;
};

// The globals records formulas name things by (BIFF8). A SUPBOOK of this workbook's own sheets:
bool is_own_workbook(std::string_view supbook);
// EXTERNSHEET's entries, each resolved against the SUPBOOK records before it (own_supbooks[i]:
// SUPBOOK i is this workbook's). Entries past the record's end are not read.
std::vector<FormulaNames::SheetRange> read_extern_sheets(std::string_view externsheet,
                                                         const std::vector<bool>& own_supbooks);
// A NAME record's name as formulas write it; nullopt for built-in names (print areas...) and
// records too short for what they declare.
std::optional<FormulaNames::DefinedName> read_defined_name(std::string_view name);

// Where the formula stands: relative references of a shared formula count from this cell.
struct FormulaSite {
  std::uint32_t row = 0;     // 0-based, as BIFF stores it
  std::uint32_t column = 0;  // 0-based
  std::uint16_t sheet = 0;   // the cell's sheet, as an index into FormulaNames::sheets
  bool shared = false;       // the tokens are a SHRFMLA's: relative parts are offsets
};

// The formula text without its leading '=', or nullopt when a token is unknown or the tokens
// do not form one expression.
std::optional<std::string> decode_formula(std::string_view rgce, const FormulaNames& names,
                                          const FormulaSite& site);

// "#DIV/0!" and the other error values by their BIFF code; nullopt for a code that is none.
std::optional<std::string_view> error_name(std::uint8_t code);

// A sheet name as a formula writes it before '!': quoted ('表 1', 'It''s') when it is not a
// plain name (letters, digits, '_' and '.', not starting with a digit, not like a cell).
std::string sheet_prefix(std::string_view name);

}  // namespace evalbook::xlsx::biff
