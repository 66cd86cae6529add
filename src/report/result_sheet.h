// The 校验结果 sheet `fix` adds to a corrected workbook, and the marks on the form's own cells:
// corrected cells yellow, errors left for a person red, warnings orange, each with a note; a
// legend and the counts at the top of the sheet; one row per finding with the rule code in the
// far-right column only. The sheet's first cell carries a marker, so `fix` on its own output
// replaces the sheet instead of adding another.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/corrector.h"
#include "xlsx/added_sheet.h"

namespace evalbook::report {

inline constexpr const char* kResultSheetName = "校验结果";
// The text the sheet's A1 starts with: how a later run recognises the sheet as its own.
inline constexpr std::string_view kResultSheetMarker = "校验结果（evalbook fix 生成";

inline constexpr const char* kCorrectedFill = "FFFFFF00";  // yellow
inline constexpr const char* kErrorFill = "FFFFC7CE";      // light red
inline constexpr const char* kWarningFill = "FFFFD8A8";    // light orange

// What a form cell is marked with: its fill and the note added to it.
struct CellMark {
  std::string sheet;
  xlsx::CellRef cell;
  std::string fill;
  std::string note;
};

// The marks for the findings `fix` did not correct (errors left for a person, warnings); info
// findings are listed in the sheet only. One mark per cell: an error outranks a warning, and a
// corrected cell (marked by its correction) is not marked again; notes of one cell are joined.
std::vector<CellMark> finding_marks(const FixPlan& plan);

// The note of a corrected cell: the formula with its numbers, the old and the new value and, for a
// formula replaced by its value, the formula.
std::string correction_note(const Correction& correction);

// The sheet: the marker title, the legend, the counts, the header and one row per finding
// (errors first, then warnings, then info).
xlsx::AddedSheet result_sheet(const FixPlan& plan);

// True when a sheet whose first cell reads `a1` is a 校验结果 sheet an earlier run added.
bool is_result_sheet(std::string_view a1);

}  // namespace evalbook::report
