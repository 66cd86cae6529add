// A form template as data (templates/*.json): how to recognise the form and where its values
// sit relative to their labels. Labels are stored normalised (normalize_label).
#pragma once

#include <map>
#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "template/joined_columns.h"
#include "template/text_pattern.h"

namespace evalbook::tmpl {

// How a value is typed: "text" keeps the display text; "number" reads a number (a numeric cell,
// or an amount written as text); "percent_units" is a number written in percent without "%"
// (a 执行率 column: 93.25 means 93.25%), stored as a fraction.
enum class ValueType { text, number, percent_units, grade };

struct LabelSet {
  std::vector<std::string> exact;  // normalised labels matched whole
  std::vector<std::string>
      prefix;  // normalised labels matched at the start ("资金总额" in "资金总额:")
  // Regular expressions over the normalised text, written "re:^[a-d][0-9]{3}" in a template
  // (indicator codes such as A101).
  std::vector<std::shared_ptr<const TextPattern>> patterns;
  bool matches(std::string_view normalised) const;
  bool empty() const { return exact.empty() && prefix.empty() && patterns.empty(); }
};

// A single value found by its label: the first non-empty cell to the right in the same row
// (within `max_distance` cells), or below the label when position is "below".
struct FieldSpec {
  std::string field;
  LabelSet labels;
  ValueType type = ValueType::text;
  bool below = false;
  int max_distance = 4;
  // A sub-label under a group label ("其他" under "实际支出资金"): the label is looked for from
  // the group label on, within `group_rows` rows.
  LabelSet group;
  int group_rows = 6;
  // Instead of a label: a regular expression over every cell's text whose first capture group
  // is the value ("(\\d{4})\\s*年度" for the year).
  std::string pattern;
  std::shared_ptr<const TextPattern> pattern_regex;  // compiled once when the template is loaded
};

struct ColumnSpec {
  std::string field;
  LabelSet labels;
  ValueType type = ValueType::text;
};

// Rows labelled in their first cell, values under header columns (the funds block). The row
// matching `total_row` fills the record's own fields; other rows become `name`[] items.
struct BlockSpec {
  std::string name;
  std::vector<ColumnSpec> columns;
  LabelSet total_row;
  LabelSet row_labels;  // rows kept even when they hold no number (其中：上年结转资金 left blank)
  std::string total_into;  // "" puts the total's fields on the record itself, else in this object
  std::string row_label_field;
  LabelSet end;
  int max_rows = 12;
};

// A repeating table under a header row (the indicator table).
struct TableSpec {
  std::string name;
  // "positional": every row is read by the header columns, moved by the shift that puts the
  // `anchor` field's value (recognised by its vocabulary) under its header; blank carry_down
  // fields are carried. The default reads rows by content (levels, texts, numbers).
  bool positional = false;
  std::string anchor;
  // Rows that open a section (投入：, 过程：...) instead of an indicator: their weight and score
  // go to record[sections_into][name] and record[section_weights_into][name].
  LabelSet section_words;
  std::string sections_into;
  std::string section_weights_into;
  std::vector<ColumnSpec> columns;             // in the form's column order
  std::vector<std::string> carry_down;         // fields inherited from the row above when blank
  std::map<std::string, LabelSet> vocabulary;  // words that identify a field's value (levels)
  // A blank upper level implied by the lower one: implied["level1"]["产出指标"] = {数量指标...}
  // (forms that never write 产出指标 above 数量指标).
  std::map<std::string, std::map<std::string, LabelSet>> implied;
  std::vector<std::string> numeric_tail;  // fields that end a row as numbers (weight, score)
  std::string trailing_text;              // a text after the numbers (deviation reason)
  LabelSet end;                           // first cell of the row after the table
  LabelSet skip_words;                    // section labels a row may start with (绩效指标)
  std::vector<JoinedColumn> joined;  // values split over columns (指标性质|指标值|度量单位)
  int max_rows = 200;
};

// The total and grade, on the labelled row or the few rows after it.
struct TotalSpec {
  LabelSet labels;
  std::string score_field;
  std::string grade_field;
  std::string weight_field;  // with two numbers on the row: the first is the weight
  int search_rows = 3;
  bool last_number = false;  // the score is the last number of the row (after a 分值 column)
};

// A table of rows keyed by a code (科目代码) or a line number (行次), possibly in several side-by-
// side groups (公开01表: 收入 | 支出; 公开06表: four code/name/amount triples). Every keyed row
// becomes an item of record[name] with "code" or "line", "name" and the columns found in its
// group; the row whose key or name is a total label goes to record[total_into].
struct LedgerSpec {
  std::string name;
  bool keyed_by_line = false;  // "line": 行次 numbers; else "code": 科目代码 digits
  LabelSet key_labels;
  LabelSet name_labels;
  std::vector<ColumnSpec> columns;
  LabelSet total_labels;
  std::string total_into = "total";
  LabelSet end;
};

// One row of values under numbered columns (栏次 1..N), each column a field (公开09表).
struct NumberedRowSpec {
  std::vector<std::pair<std::string, int>> columns;  // field -> column number
  // The row's own arithmetic (合计 = the sum of its parts): total field -> part fields. It tells
  // which offset a figure row shifted against its column numbers is read at.
  std::vector<std::pair<std::string, std::vector<std::string>>> sums;
};

// One piece of evidence that a sheet is this form: a label (with its synonyms) and its weight.
struct EvidenceLabel {
  std::string name;  // as the standard form writes it, for messages
  LabelSet labels;
  double weight = 1;
};

// A sheet is the form when the weight of its labels found passes `threshold` (a share of the
// whole evidence) and beats every other template's share by `margin`. A "none" label on the
// sheet rules the template out (the label of a sibling form).
struct Detection {
  std::vector<EvidenceLabel> evidence;
  std::vector<LabelSet> none;
  double threshold = 1.0;  // templates that list only "all" labels need every one
  double margin = 0.15;
  // The evidence's label sets, in order.
  std::vector<LabelSet> label_sets() const;
};

struct TemplateSpec {
  std::string id;
  std::string family;  // "project", "department", "final-accounts", "policy-eval"
  std::string title;
  std::string region;
  int year = 0;
  Detection detect;
  std::vector<FieldSpec> fields;
  std::vector<BlockSpec> blocks;
  std::vector<TableSpec> tables;
  std::vector<TotalSpec> totals;
  std::vector<LedgerSpec> ledgers;
  std::vector<NumberedRowSpec> numbered_rows;
};

// Parses one template file. Throws std::runtime_error naming the file and what is wrong.
TemplateSpec load_template(const std::string& path);

// Every templates/*.json under `dir`, sorted by id.
std::vector<TemplateSpec> load_templates(const std::string& dir);

// The templates directory: $EVALBOOK_TEMPLATES, else "templates" beside the executable's
// parent, else the source tree's.
std::string default_template_dir();

}  // namespace evalbook::tmpl
