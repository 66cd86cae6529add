// Standard forms made from templates: a blank form (`evalbook templates blank`) and a form
// filled with a record (`evalbook fill`), laid out from the TemplateSpec alone — the same
// templates/*.json that drive reading — so reading a filled form gives the record back.
//
// The layout (no C++ per template):
//   title row (spec.title, merged)
//   pattern fields ("2020年度", "填报单位（公章）：X"), one row each, text built from the pattern
//   fields: label | value (merged to the right edge); grouped fields as group | sub-label | value
//   blocks: header row ("项目" + the first label of each column), total row (the first total_row
//           label), one row per record item (blank: the block's row_labels or three empty rows)
//   tables: header row, one row per item (blank: ten empty rows); tables with section words get a
//           section row (投入 | weight | score) before the items of each section
//   totals: label | [weight] | score | grade, the score under the last table's score column
//   ledgers: 科目代码 | 科目名称 | columns (or 项目 | 行次 | columns), total row, one row per item
//   numbered rows: captions, the numbering row 1..n, the values row
// A form whose official print has more than the reader takes (the 2023 project form: its goal
// block, 项目绩效分析 section, 绩效指标 beside the table) gets it too, worded as the published
// forms word it (PrintedFurniture in template_layout_builder.h); none of it is read back.
// Detection labels the layout does not write anyway are added where a form has them: a group
// header over two columns (年初预算数), a caption before the table they open (评分表), the row
// after the block they end (年度绩效指标), the header of the block's row labels (科目名称), or a
// caption row after the fields.
//
// Computed cells get formulas: empty in a blank form; in a filled form with the record's figure as
// the cached value, kept only where the formula gives that figure (else the figure alone, named
// in the layout's warnings). The
// knowledge is one small table keyed by canonical field names (template_layout_blocks.cpp and
// template_layout_tables.cpp):
//   block rows     budget_balance  = 全年预算数 − 全年执行数
//                  execution_rate  = IF(全年预算数=0,0,ROUND(全年执行数/全年预算数*100,2))  percent
//                  units execution_score = ROUND(MIN(execution_rate,100)/100 × (分值 column, else
//                  10), 2) amount          = fiscal + other
//   block total    money columns   = SUM of the source rows below it
//   section rows   weight, score   = SUM over the section's rows
//   totals         total_score     = execution_score + SUM(table scores), or SUM(section scores)
//                  total_weight    = SUM(table weights)
//                  grade           = IF(total>=90,"优",IF(total>=80,"良",IF(total>=60,"中","差")))
// Every formula is wrapped in IF(COUNT(inputs)=0,"",…) so an empty form shows empty cells.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"
#include "template/template_spec.h"
#include "xlsx/cell_ref.h"

namespace evalbook::xlsx {
class OutputFile;
}

namespace evalbook::report {

enum class CellRole {
  title,     // the form's title
  caption,   // a line of text across the form (公开01表, 评分表, 2020年度)
  label,     // a field label, a row label printed on the form, a total's label
  header,    // a column header
  section,   // a section row's label (投入, 过程...)
  input,     // a value the clerk fills in
  computed,  // a value the form computes (a formula in a blank form)
};

struct LayoutCell {
  std::uint32_t row = 0;     // 1-based
  std::uint32_t column = 0;  // 1-based
  CellRole role = CellRole::input;
  std::string text;              // a text value or label ("" and no number: an empty cell)
  std::optional<double> number;  // a number value
  std::string formula;           // "=..." for a computed cell (number/text: its cached value)
  std::string number_format;     // "" for General
  bool text_input = false;       // an input cell for text: formatted "@" so 1-2 stays text
  bool wrap = false;
};

struct ListValidation {
  xlsx::RangeRef range;
  std::vector<std::string> values;
  // false: other values go in without a word (free input); true: Excel shows an information
  // message (still accepting the value).
  bool inform = false;
  std::string title;    // input prompt title
  std::string message;  // input prompt
};

struct FormLayout {
  std::string sheet_name;
  std::uint32_t columns = 0;
  std::uint32_t rows = 0;
  std::vector<LayoutCell> cells;       // at most one per position; merged ranges hold their
  std::vector<xlsx::RangeRef> merges;  // value in the top-left cell only
  std::vector<ListValidation> validations;
  std::vector<double> column_widths;            // per column (Excel character units)
  std::map<std::uint32_t, double> row_heights;  // points, rows taller than the default only
  std::vector<std::string> warnings;            // what could not be laid out (Chinese first)
  // What a clerk should know of a complete layout (a computed cell holding the record's figure
  // without its formula, as the formula would show another figure).
  std::vector<std::string> notes;

  const LayoutCell* at(std::uint32_t row, std::uint32_t column) const;
};

// A blank standard form of the template.
FormLayout layout_blank(const tmpl::TemplateSpec& spec);

// The form filled with `record` (canonical field names as `evalbook check` prints them). Fields
// the template does not have are reported in warnings, not written.
FormLayout layout_filled(const tmpl::TemplateSpec& spec, const model::Node& record);

// The layout as the reader sees it: one line per row, TAB between cells, numbers in their
// shortest form (percent-formatted ones with '%'), formulas as their cached value (empty in a
// blank form, the record's figure in a filled one).
// SheetGrid::from_text of this text reads like the written workbook.
std::string layout_text(const FormLayout& layout);

struct WriteOptions {
  bool protect = false;  // protect the sheet (input cells stay editable)
};

// Writes the layout as a one-sheet .xlsx with libxlsxwriter: to a temporary file beside `path`,
// renamed over `path` when complete (removed on failure). Throws std::runtime_error or
// xlsx::XlsxError. Returns notes on what was left out (a drop-down list Excel would refuse).
std::vector<std::string> write_form(const FormLayout& layout, const std::string& path,
                                    const WriteOptions& options = {});
// The same into `out`'s temporary file, which the caller commits (after reading it back).
std::vector<std::string> write_form(const FormLayout& layout, xlsx::OutputFile& out,
                                    const WriteOptions& options = {});

// Several forms in one workbook, one sheet each in their order (a sheet name met twice gets
// "(2)", "(3)"...). As write_form otherwise.
std::vector<std::string> write_forms(const std::vector<FormLayout>& layouts, xlsx::OutputFile& out,
                                     const WriteOptions& options = {});

// ---- helpers (exposed for the unit tests) --------------------------------------------------

// Text that `pattern` (an ECMAScript regex whose first capture group is the value) matches with
// `value` as that group: literals kept, the first alternative of each group, optional parts
// left out, "[0-9]{4}" as "0000". nullopt when the text does not read back as `value`.
std::optional<std::string> pattern_text(const std::string& pattern, const std::string& value);

// The text to print for a label set: its first exact label (else its first prefix label), ASCII
// letters upper-cased ("a制定" -> "A制定"); "" when it has only regular expressions.
std::string label_text(const tmpl::LabelSet& labels);

// Display width in Excel character units: CJK and full-width characters count 2.
double text_width(std::string_view text);

// x such that x / 100 == fraction exactly and x is written and read back exactly ("%.16G"):
// a rate in percent units (0.9325 -> 93.25). nullopt when there is none.
std::optional<double> percent_units_of(double fraction);

// A valid sheet name from a title: up to the first "（", without []:*?/\, at most 31 characters.
std::string sheet_name_for(const std::string& title);

// ---- records as JSON ----------------------------------------------------------------------

struct RecordJsonError : std::runtime_error {
  RecordJsonError(const std::string& message, int line) : std::runtime_error(message), line(line) {}
  int line;  // 0 when unknown
};

struct RecordInput {
  model::Node record;
  std::string template_id;  // the check document's "template", "" for a bare record
};

// A bare record object, a form object ({"template":..., "record":{...}}), or a check document
// ({"files":[{"forms":[{"record":...}]}]}): its first form of template `prefer_template`, else its
// first form. Numbers become number scalars, strings text scalars, null a blank number. Throws
// RecordJsonError.
RecordInput parse_record_json(std::string_view text, const std::string& prefer_template = {});

// Every record of a document, in its order: an `export --format json` document ({"forms": [{"file",
// "sheet", "template", "record"}]}), a check document (each form of each file), a form object,
// or a bare record. Throws RecordJsonError (also when the document holds no record).
struct DocumentRecord {
  RecordInput input;
  std::string file;  // where the record was read from, "" when the document does not say
  std::string sheet;
};
std::vector<DocumentRecord> parse_record_documents(std::string_view text);

// Where `got` differs from `want`: "path: expected X, got Y" lines (empty when equal). Numbers
// compare exactly, texts byte for byte; a null number and an empty text are both blank when
// `blank_equal`; members of `got` that `want` lacks count only when they hold a value.
std::vector<std::string> record_differences(const model::Node& want, const model::Node& got,
                                            bool blank_equal = true);

}  // namespace evalbook::report
