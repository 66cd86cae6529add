// Shared pieces of the 部门决算公开 identities (final_accounts*.cpp): one Table per form (its
// Context and row helpers), the identity check with the 尾差 envelope, and the reading of the
// side-by-side tables 01/04 and of the 类 rows that tie the tables together.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"
#include "recompute/context.h"
#include "recompute/rule_params.h"

namespace evalbook::recompute::fa {

// Tolerance and switches (templates/rules/final-accounts.json; RULES.md §4).
struct Settings {
  int decimals = 2;         // amounts are printed to 0.01 万元
  double per_item = 0.005;  // a sum of n rounded items may be off by (n + 1) × per_item
  std::vector<std::string> soft_off;  // soft rules switched off, by their id ("21011=30110+30111")
  bool soft_enabled(std::string_view id) const;
};

// The envelope per item and the soft rules switched off, from templates/rules/final-accounts.json.
Settings settings_from(const RuleParams& params);

// One figure on the side that is added up. A blank cell is an exact zero and is not counted as
// a rounded item; an unreadable one makes the identity uncheckable.
struct Term {
  std::string path;  // in the table whose term() made it
  std::string label;
  std::optional<double> value;
  int sign = 1;
  bool unreadable = false;
};

enum class Relation { equal, at_most, at_least };

struct Identity {
  std::string rule;   // without the "final_accounts." prefix: "02-hierarchy", "X4"
  std::string field;  // path of the printed figure in the form; the finding's field and cell
  std::string title;  // what that figure is: "208 社会保障和就业支出（本年收入合计）"
  std::vector<Term> terms;
  // Non-empty: the figure is the sum of these (no cell of its own; reported at `field`).
  std::vector<Term> figure_terms;
  Relation relation = Relation::equal;
  bool rounded = true;     // false for counts (vehicles): exact
  bool soft = false;       // a reference check: info whatever the difference
  std::string side_note;   // at_most/at_least: info text when the figure is strictly inside the bound
  std::string note;        // appended to the message
};

// An equality "figure at `field` = Σ terms".
Identity identity(std::string rule, std::string field, std::string title, std::vector<Term> terms);

class Table {
 public:
  Table(model::FormRecord& form, const RuleParams& params, const Settings& settings, int number);

  Context ctx;
  const Settings& settings;
  int number;  // 1…10

  std::string label() const;  // "01表"
  std::size_t size() const;
  static std::string path(std::size_t row, std::string_view col);
  bool has(std::string_view path) const { return ctx.scalar(path) != nullptr; }
  std::optional<double> num(std::string_view path) const { return ctx.number(path); }
  bool unreadable(std::string_view path) const;
  std::string code(std::size_t row) const;  // digits of the 科目代码, "" when not a code
  std::string name(std::size_t row) const;  // as written, trimmed
  std::string key(std::size_t row) const;   // name normalized, numbering ("八、", "(一)") removed
  // "208 社会保障和就业支出" for code rows, the name for line rows.
  std::string describe(std::size_t row) const;
  Term term(std::string_view path, std::string label, int sign = 1) const;

  // Adds to the form's "recomputed" object; dots make nested objects ("total.basic").
  void put(std::string_view path, double value);
  // Copies the recomputed figures to the form, and adds the 无法复核 warnings of the identities
  // an unreadable figure kept from being checked.
  void flush();

  // Checks the identity and adds a finding when it does not hold; returns the recomputed sum of
  // `terms`, or nullopt when there was nothing to compare.
  std::optional<double> check(const Identity& id);
};

// A name as a key: normalize_label, then a leading "一、" / "(一)" / "1." numbering removed.
std::string name_key(std::string_view name);
// The 2023 功能分类 类 code of a class name ("社会保障和就业支出" -> "208"), or "".
std::string class_code(std::string_view key);
// The label of a column of a table ("basic" of 03 -> "基本支出").
std::string column_label(int table, std::string_view col);
std::string amount_text(double x, int decimals);

// The side-by-side tables 01 and 04: one side (收入 or 支出) read top to bottom.
struct Carry {
  std::size_t row;
  std::vector<std::size_t> subs;  // 04: 一般公共预算/政府性基金/国有资本经营 under 年初/年末结转和结余
};
struct Side {
  std::vector<std::size_t> items;        // rows 1–8 (01 收入), the 类 rows (支出) …
  std::optional<std::size_t> subtotal;   // 本年收入合计 / 本年支出合计
  std::vector<Carry> carry;              // rows between the subtotal and 总计
  std::optional<std::size_t> grand;      // 总计
};
struct TwoSides {
  Side income;
  Side expenditure;
};
// 01: the 收入 group ends at its 总计 (行次 1–31 when no 总计 is named).
TwoSides read_01(const Table& t);
// 04: the 收入 rows carry "amount", the 支出 rows "total"/"general"/"fund"/"capital".
TwoSides read_04(const Table& t);
// The carry row's figure in `col`: the row when filled, else its sub-rows.
std::vector<Term> carry_terms(const Table& t, const Carry& c, std::string_view col);

// A 类 row of any table, for the identities between tables.
struct ClassRef {
  std::string code;  // "208" ("" when the name is not a known class)
  std::string key;   // name_key of its name
  std::string path;  // "rows[8].total"
  std::string title; // "03表 208 社会保障和就业支出"
};
// The 3-digit code rows of a code table, figure in `col`.
std::vector<ClassRef> code_classes(const Table& t, std::string_view col);
// The given rows of 01/04 (their 类 rows), figure in `col`.
std::vector<ClassRef> line_classes(const Table& t, const std::vector<std::size_t>& rows, std::string_view col);

// In-table identities (RULES §4.1), one function per table.
void check_01(Table& t);
void check_02(Table& t);
void check_03(Table& t);
void check_04(Table& t);
void check_05(Table& t);
void check_06(Table& t);
void check_07(Table& t);
void check_08(Table& t);
void check_09(Table& t);
void check_10(Table& t);

}  // namespace evalbook::recompute::fa
