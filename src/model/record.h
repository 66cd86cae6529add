// Records: what a form says, as a tree of named values. Every scalar keeps the text the clerk
// wrote, its typed reading, and the cell it came from, so a finding can point at the cell and a
// writer can correct it in place.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xlsx/cell_ref.h"

namespace evalbook::model {

enum class ScalarType { text, number };

struct Scalar {
  ScalarType type = ScalarType::text;
  std::string raw;               // the cell's display text ("" for a blank cell)
  std::optional<double> number;  // for number fields: the value; nullopt when blank/unreadable
  bool unreadable = false;       // a number field whose text is not a number ("九十五")
  std::optional<xlsx::CellRef> cell;
};

class Node;
using Object = std::vector<std::pair<std::string, Node>>;
using Array = std::vector<Node>;

class Node {
 public:
  enum class Kind { scalar, object, array };
  Node() : kind_(Kind::object) {}
  explicit Node(Scalar s) : kind_(Kind::scalar), scalar_(std::move(s)) {}
  static Node object() { return Node(); }
  static Node array() {
    Node n;
    n.kind_ = Kind::array;
    return n;
  }

  Kind kind() const { return kind_; }
  const Scalar& scalar() const { return scalar_; }
  Scalar& scalar() { return scalar_; }
  const Object& fields() const { return object_; }
  const Array& items() const { return array_; }

  // Object: sets (or replaces) a member, keeping first-insertion order.
  Node& set(const std::string& name, Node value);
  // Object: the member or nullptr.
  const Node* get(std::string_view name) const;
  // Array: appends.
  Node& push(Node value);

 private:
  Kind kind_;
  Scalar scalar_;
  Object object_;
  Array array_;
};

struct Finding {
  std::string rule;
  std::string severity;  // "error", "warning", "info"
  std::string field;     // canonical path, e.g. "indicators[3].score"
  std::string sheet;
  std::string cell;      // "I21" or ""
  std::string reported;  // as written
  std::string expected;  // "" when there is nothing to expect
  std::string message;   // Chinese, with the formula and its numbers where there is one
  // arithmetic, rule, judgement or structure (templates/rules/classes.json): what fix may write.
  std::string rule_class;
  // Every cell a finding gathered from many stands for ("D5", "E5", ...: numbers stored as text,
  // src/template/text_number_findings.h), `cell` being the first; empty for a finding of one cell.
  std::vector<std::string> cells;
};

// How a sheet was recognised as its form: the share of the template's label evidence found, the
// labels found and missing, and the template that came next.
struct FormDetection {
  bool forced = false;  // the template was given (--template), not detected
  double score = 0;
  double threshold = 0;
  std::vector<std::string> found;
  std::vector<std::string> missing;
  std::string runner_up;  // "" when no other template had any evidence
  double runner_up_score = 0;
};

// The money unit a form states for its amounts ("金额单位：元", "项目资金（万元）",
// 年初预算数（元）): amounts are kept as written, in this unit; the summary converts them
// (docs/FORM-VARIANTS.md).
struct MoneyUnit {
  std::string declared;  // "万元", "元", "亿元", or "" when none or several are stated
  std::vector<std::string> stated;  // every unit the sheet states; two or more: it cannot be told
  // What a reader takes when the form states none: 万元, the unit of the form families' templates.
  std::string assumed() const { return stated.empty() ? "万元" : std::string(); }
};

// One form found in a workbook.
struct FormRecord {
  std::string sheet;
  std::string template_id;
  Node record = Node::object();
  Node recomputed = Node::object();  // what the rules compute from the form's own inputs
  std::vector<Finding> findings;
  std::optional<FormDetection> detection;
  // Where the form stands on its sheet (several forms may be stacked on one): its rows
  // first_row..last_row and its place among the sheet's forms from 1; all 0 for a record not
  // read from a sheet.
  std::uint32_t first_row = 0;
  std::uint32_t last_row = 0;
  std::uint32_t form_index = 0;
  std::uint32_t forms_on_sheet = 0;
  MoneyUnit money_unit;
};

// Where a form stands, for people: the sheet's name, with the form's rows when the sheet holds
// several ("项目自评表（第 28-57 行）").
std::string form_place(const FormRecord& form);

}  // namespace evalbook::model
