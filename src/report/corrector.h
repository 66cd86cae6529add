// What `fix` corrects, and with which value. A finding is correctable when its class may be
// written (FixPolicy) and it is an error about
// the figure written in its own cell and the rules give one value for it: a number (written in
// the cell's own units — a percent-formatted 执行率 gets the fraction, a 96.68 written in percent
// units gets 96.68) or, for rule "grade", the grade. A correction can raise others (a corrected
// indicator score changes the total, the total the grade), so the workbook is re-checked with
// the corrections written and corrected again, until nothing correctable is left (at most
// max_passes times).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"
#include "xlsx/cell_ref.h"
#include "xlsx/patcher.h"
#include "xlsx/workbook.h"

namespace evalbook::report {

// What the input workbook holds in a cell.
struct CellFacts {
  bool exists = false;   // a non-empty cell
  bool is_text = false;  // a string, not a number
  std::optional<double> number;
  std::string display;  // as shown (number format applied)
  std::string formula;  // without '='; empty when none
};

using CellLookup = std::function<CellFacts(const std::string& sheet, xlsx::CellRef ref)>;

// Looks cells up in an open workbook; each sheet is read once, when first asked about. The
// workbook must outlive the lookup.
CellLookup workbook_cells(const xlsx::Workbook& workbook);

// What `fix` may write (docs/RULES-ONE-TRUTH.md): arithmetic findings always, rule findings when
// asked (--apply-rules); judgement, structure and unclassified findings never.
struct FixPolicy {
  bool apply_rules = false;
};

// True when findings of the class (Finding::rule_class) may be written under the policy.
bool class_writable(std::string_view rule_class, const FixPolicy& policy);

// False for rules whose expected value is no single figure to write (a sum of weights spread
// over many cells, a formula the clerk wrote, a value that could not be read).
bool rule_correctable(std::string_view rule);

// The value `fix` writes for the finding, or nullopt when the finding is not correctable.
std::optional<xlsx::CellValue> correction_value(const model::Finding& finding,
                                                const model::FormRecord& form,
                                                const CellFacts& cell, const FixPolicy& policy);

struct Correction {
  std::string sheet;
  xlsx::CellRef cell;
  std::string rule;
  std::string field;
  std::string original;  // the input's display text
  std::string formula;   // the input cell's formula (replaced by the value), empty when none
  std::string expected;  // as the last finding about the cell put it
  std::string message;   // that finding's message, quoting the input's figure
  xlsx::CellValue value;
  int pass = 1;  // the pass that last set it
};

// One line of the 校验结果 sheet.
struct ResultRow {
  model::Finding finding;  // reported: the input's figure; expected, message: the last word
  bool corrected = false;
  bool raised_by_fix = false;  // not in the input's findings: raised by a correction
};

struct FixPlan {
  std::vector<Correction> corrections;  // one per cell, in the order first corrected
  std::vector<ResultRow> rows;
  std::vector<model::Finding> remaining_errors;  // errors of the corrected workbook
  int passes = 0;
  // The 校验结果 sheet an earlier run of fix added to the input (recognised by its marker): it is
  // replaced, not joined by a second one.
  std::optional<std::size_t> earlier_result_sheet;
};

// Reads the workbook again with the corrections written; returns its forms, recomputed.
using Recheck = std::function<std::vector<model::FormRecord>(const std::vector<Correction>&)>;

FixPlan plan_fix(const std::vector<model::FormRecord>& forms, const CellLookup& cells,
                 const Recheck& recheck, const FixPolicy& policy, int max_passes = 4);

// 错误 / 警告 / 提示.
std::string severity_label(std::string_view severity);

// The value as text, as it goes into the cell ("98.67", "0.9668", "优").
std::string value_text(const xlsx::CellValue& value);

}  // namespace evalbook::report
