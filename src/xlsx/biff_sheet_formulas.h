// The formulas of one BIFF8 sheet: FORMULA records decoded where they stand, and those that
// point (ptgExp) at a shared formula (SHRFMLA, which follows its first cell) decoded at the end,
// relative to their own cell. Array and table formulas have no text here: cached values only.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xlsx/biff_formula.h"

namespace evalbook::xlsx::biff {

class SheetFormulas {
 public:
  // work_budget: how many token bytes may be decoded in all (a shared formula is decoded once
  // per cell); past it, XlsxError limit_exceeded.
  SheetFormulas(const FormulaNames& names, std::uint16_t sheet, std::size_t work_budget);

  // A FORMULA record's data, for the cell numbered `cell` by the caller.
  void on_formula(std::size_t cell, std::string_view record);
  // A SHRFMLA record's data.
  void on_shared_formula(std::string_view record);

  // (cell number, formula text) for every formula that could be decoded. The texts live as
  // long as this object.
  std::vector<std::pair<std::size_t, std::string_view>> resolve();

 private:
  struct SharedUse {
    std::size_t cell;
    std::uint16_t row, column;                // the cell's own position
    std::uint16_t master_row, master_column;  // the shared formula's first cell
  };
  struct Shared {
    std::uint16_t last_row;
    std::uint8_t first_column, last_column;
    std::string_view rgce;
  };
  void decode(std::size_t cell, std::string_view rgce, const FormulaSite& site);

  const FormulaNames& names_;
  std::uint16_t sheet_;
  std::size_t budget_;
  std::vector<SharedUse> uses_;
  std::map<std::pair<std::uint16_t, std::uint16_t>, Shared> shared_;
  std::deque<std::string> texts_;
  std::vector<std::pair<std::size_t, std::string_view>> decoded_;
};

}  // namespace evalbook::xlsx::biff
