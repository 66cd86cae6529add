// 部门决算公开01–10表: the entry point, and the identities between the tables (RULES.md §4.2).
// The identities inside each table are in final_accounts_tables.cpp, the check with its 尾差
// envelope in final_accounts_check.cpp.
//
// Where a finding goes: an identity "total = Σ parts" is reported at the printed total; an
// equality between two tables at the figure of the more detailed table, checked against the
// summary table (02/03 against 01, 04 against 01, 05/07/08 against 04, 09/10 against 06), and
// X5 at 05 合计 基本支出, the total that 06 splits into 人员经费 and 公用经费.
//
// X10 (every amount and percentage of the 情况说明 equals the tables) is not checked: the
// workbook holds only the tables, not the narrative, so there is nothing to compare.
#include "recompute/final_accounts.h"

#include <array>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "recompute/final_accounts_internal.h"

namespace evalbook::recompute {

namespace {

using fa::ClassRef;
using fa::Identity;
using fa::Relation;
using fa::Table;
using fa::Term;
using fa::TwoSides;

int table_number(const std::string& template_id) {
  const std::string prefix = "final-accounts-";
  if (template_id.rfind(prefix, 0) != 0) return 0;
  try {
    int n = std::stoi(template_id.substr(prefix.size()));
    return n >= 1 && n <= 10 ? n : 0;
  } catch (const std::exception&) {
    return 0;
  }
}

struct Book {
  std::array<Table*, 11> tables{};
  TwoSides s01;
  TwoSides s04;
  Table* operator[](int n) const { return tables[static_cast<std::size_t>(n)]; }
};

// ---------------------------------------------------------------------------------------------
// Helpers

std::optional<std::size_t> item_with(const Table& t, const std::vector<std::size_t>& rows, std::string_view word) {
  for (std::size_t row : rows) {
    if (t.key(row).find(word) != std::string::npos) return row;
  }
  return std::nullopt;
}

std::optional<std::size_t> row_with_code(const Table& t, std::string_view code) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.code(i) == code) return i;
  }
  return std::nullopt;
}

// Which 02 column a 01 收入 row belongs to.
std::string income_column(const std::string& key) {
  if (key.find("财政拨款") != std::string::npos) return "fiscal";
  if (key.find("上级补助") != std::string::npos) return "upper";
  if (key.find("附属单位") != std::string::npos) return "affiliated";
  if (key.find("事业收入") != std::string::npos) return "business";
  if (key.find("经营收入") != std::string::npos) return "operating";
  if (key.find("其他收入") != std::string::npos) return "other";
  return {};
}

// Finds a 类 by code (when both sides have one) or by name.
class ClassIndex {
 public:
  explicit ClassIndex(const std::vector<ClassRef>& refs) : refs_(refs) {
    for (std::size_t i = 0; i < refs.size(); ++i) {
      if (!refs[i].code.empty()) by_code_[refs[i].code] = i;
      by_key_[refs[i].key] = i;
    }
  }
  const ClassRef* find(const ClassRef& x) const {
    if (!x.code.empty()) {
      if (auto it = by_code_.find(x.code); it != by_code_.end()) return &refs_[it->second];
    }
    if (auto it = by_key_.find(x.key); it != by_key_.end()) {
      const ClassRef& candidate = refs_[it->second];
      if (x.code.empty() || candidate.code.empty() || x.code == candidate.code) return &candidate;
    }
    return nullptr;
  }

 private:
  const std::vector<ClassRef>& refs_;
  std::map<std::string, std::size_t> by_code_;
  std::map<std::string, std::size_t> by_key_;
};

// Each 类 of `checked` against the same 类 of `anchor`; a 类 with an amount on one side only is
// reported where it is.
void check_classes(const std::string& rule, Table& checked, const std::vector<ClassRef>& cs, Table& anchor,
                   const std::vector<ClassRef>& as, Relation relation, const std::string& suffix = {}) {
  const ClassIndex anchors(as);
  for (const auto& c : cs) {
    if (const ClassRef* a = anchors.find(c)) {
      Identity id = fa::identity(rule, c.path, c.title + suffix, {anchor.term(a->path, a->title)});
      id.relation = relation;
      checked.check(id);
    } else if (auto v = checked.num(c.path); v && *v != 0) {
      checked.ctx.report_at("final_accounts." + rule, "warning", c.path, c.path, checked.ctx.text(c.path), "",
                            fmt::format("{}{} 为 {}，{}中找不到对应的类（按科目代码或名称），无法核对", c.title, suffix,
                                        fa::amount_text(*v, checked.settings.decimals), anchor.label()));
    }
  }
  if (relation != Relation::equal) return;
  const ClassIndex checked_index(cs);
  for (const auto& a : as) {
    auto v = anchor.num(a.path);
    if (!v || *v == 0 || checked_index.find(a)) continue;
    anchor.ctx.report_at("final_accounts." + rule, "error", a.path, a.path, anchor.ctx.text(a.path), "",
                         fmt::format("{} 为 {}，但{}没有这一类（应列出同额的一行）", a.title,
                                     fa::amount_text(*v, anchor.settings.decimals), checked.label()));
  }
}

// ---------------------------------------------------------------------------------------------
// X1–X9

// X1: 01 收入 = 02 合计 by column.
void check_x1(const Book& b) {
  Table& t01 = *b[1];
  Table& t02 = *b[2];
  const auto& income = b.s01.income;
  if (income.subtotal)
    t02.check(fa::identity("X1", "total.total", "02表 合计（本年收入合计）",
               {t01.term(Table::path(*income.subtotal, "amount"), "01表 本年收入合计")}));
  for (const char* col : {"fiscal", "upper", "business", "operating", "affiliated", "other"}) {
    std::vector<Term> terms;
    for (std::size_t row : income.items) {
      if (income_column(t01.key(row)) == col)
        terms.push_back(t01.term(Table::path(row, "amount"), "01表 " + fa::name_key(t01.name(row))));
    }
    if (terms.empty() || !t02.has(std::string("total.") + col)) continue;
    t02.check(fa::identity("X1", std::string("total.") + col, fmt::format("02表 合计（{}）", fa::column_label(2, col)), terms));
  }
}

// X2: 01 支出 = 03 合计 and each 类 (本年支出合计 column).
void check_x2(const Book& b) {
  Table& t01 = *b[1];
  Table& t03 = *b[3];
  const auto& spending = b.s01.expenditure;
  if (spending.subtotal)
    t03.check(fa::identity("X2", "total.total", "03表 合计（本年支出合计）",
               {t01.term(Table::path(*spending.subtotal, "amount"), "01表 本年支出合计")}));
  check_classes("X2", t03, fa::code_classes(t03, "total"), t01, fa::line_classes(t01, spending.items, "amount"),
                Relation::equal, "（本年支出合计）");
}

// X3: 01 收入 rows 1/2/3 = 04 收入 rows 1/2/3; 04 per 类 ≤ 01 (equal when all money is 财政拨款).
void check_x3(const Book& b) {
  Table& t01 = *b[1];
  Table& t04 = *b[4];
  for (const char* fund : {"一般公共预算", "政府性基金", "国有资本经营"}) {
    auto r01 = item_with(t01, b.s01.income.items, fund);
    auto r04 = item_with(t04, b.s04.income.items, fund);
    if (!r01 || !r04) continue;
    t04.check(fa::identity("X3", Table::path(*r04, "amount"), "04表 " + t04.name(*r04),
               {t01.term(Table::path(*r01, "amount"), "01表 " + t01.name(*r01))}));
  }
  // All money is 财政拨款 when the two 收入总计 agree.
  bool all_fiscal = false;
  if (b.s01.income.grand && b.s04.income.grand) {
    auto g01 = t01.num(Table::path(*b.s01.income.grand, "amount"));
    auto g04 = t04.num(Table::path(*b.s04.income.grand, "amount"));
    all_fiscal = g01 && g04 && fa::amount_text(*g01, 2) == fa::amount_text(*g04, 2);
  }
  Relation relation = all_fiscal ? Relation::equal : Relation::at_most;
  const std::string why = all_fiscal ? "（收入全部为财政拨款，应相等）" : "";
  if (b.s01.expenditure.subtotal && b.s04.expenditure.subtotal) {
    Identity id = fa::identity("X3", Table::path(*b.s04.expenditure.subtotal, "total"), "04表 本年支出合计（合计）" + why,
                {t01.term(Table::path(*b.s01.expenditure.subtotal, "amount"), "01表 本年支出合计")});
    id.relation = relation;
    t04.check(id);
  }
  check_classes("X3", t04, fa::line_classes(t04, b.s04.expenditure.items, "total"), t01,
                fa::line_classes(t01, b.s01.expenditure.items, "amount"), relation, "（合计）" + why);
}

// X4: 04 一般公共预算财政拨款 column = 05 小计, in total and per 类.
void check_x4(const Book& b) {
  Table& t04 = *b[4];
  Table& t05 = *b[5];
  if (b.s04.expenditure.subtotal)
    t05.check(fa::identity("X4", "total.total", "05表 合计（小计）",
               {t04.term(Table::path(*b.s04.expenditure.subtotal, "general"), "04表 本年支出合计（一般公共预算财政拨款）")}));
  check_classes("X4", t05, fa::code_classes(t05, "total"), t04, fa::line_classes(t04, b.s04.expenditure.items, "general"),
                Relation::equal, "（小计）");
}

// X5: 05 合计 基本支出 = 06 人员经费合计 + 公用经费合计 (this is also 06-d).
void check_x5(const Book& b) {
  Table& t05 = *b[5];
  Table& t06 = *b[6];
  if (!t06.num("personnel_total") && !t06.num("public_total")) return;
  t05.check(fa::identity("X5", "total.basic", "05表 合计（基本支出）",
             {t06.term("personnel_total", "06表 人员经费合计"), t06.term("public_total", "06表 公用经费合计")}));
}

// X6: 04 政府性基金 收入 / 支出 / 结转结余 = 07 合计.
void check_x6(const Book& b) {
  Table& t04 = *b[4];
  Table& t07 = *b[7];
  if (auto r = item_with(t04, b.s04.income.items, "政府性基金"))
    t07.check(fa::identity("X6", "total.income", "07表 合计（本年收入）", {t04.term(Table::path(*r, "amount"), "04表 " + t04.name(*r))}));
  if (b.s04.expenditure.subtotal)
    t07.check(fa::identity("X6", "total.total", "07表 合计（本年支出小计）",
               {t04.term(Table::path(*b.s04.expenditure.subtotal, "fund"), "04表 本年支出合计（政府性基金预算财政拨款）")}));
  for (const auto& c : b.s04.income.carry) {
    if (auto sub = item_with(t04, c.subs, "政府性基金"))
      t07.check(fa::identity("X6", "total.opening", "07表 合计（年初结转和结余）",
                 {t04.term(Table::path(*sub, "amount"), "04表 " + t04.name(c.row) + "·" + t04.name(*sub))}));
  }
  if (!b.s04.expenditure.carry.empty()) {
    std::vector<Term> terms = fa::carry_terms(t04, b.s04.expenditure.carry.front(), "fund");
    for (auto& term : terms) term.label = "04表 " + term.label + "（政府性基金预算财政拨款）";
    t07.check(fa::identity("X6", "total.closing", "07表 合计（年末结转和结余）", terms));
  }
  check_classes("X6", t07, fa::code_classes(t07, "total"), t04, fa::line_classes(t04, b.s04.expenditure.items, "fund"),
                Relation::equal, "（本年支出小计）");
}

// X7: 04 国有资本经营预算财政拨款 column = 08 合计.
void check_x7(const Book& b) {
  Table& t04 = *b[4];
  Table& t08 = *b[8];
  if (b.s04.expenditure.subtotal)
    t08.check(fa::identity("X7", "total.total", "08表 合计",
               {t04.term(Table::path(*b.s04.expenditure.subtotal, "capital"), "04表 本年支出合计（国有资本经营预算财政拨款）")}));
  check_classes("X7", t08, fa::code_classes(t08, "total"), t04, fa::line_classes(t04, b.s04.expenditure.items, "capital"),
                Relation::equal, "（合计）");
}

// X8: 09 决算数 ≥ the matching 06 items.
void check_x8(const Book& b) {
  Table& t06 = *b[6];
  Table& t09 = *b[9];
  struct Pair {
    const char* field;
    const char* title;
    std::vector<const char*> codes;
  };
  const Pair pairs[] = {{"actual_abroad", "09表 决算数 因公出国（境）费", {"30212"}},
                        {"actual_vehicle_purchase", "09表 决算数 公务用车购置费", {"31013", "30913"}},
                        {"actual_vehicle_operation", "09表 决算数 公务用车运行维护费", {"30231"}},
                        {"actual_reception", "09表 决算数 公务接待费", {"30217"}}};
  for (const auto& p : pairs) {
    std::vector<Term> terms;
    for (const char* code : p.codes) {
      if (auto row = row_with_code(t06, code)) terms.push_back(t06.term(Table::path(*row, "amount"), fmt::format("06表 {}", code)));
    }
    if (terms.empty() || !t09.has(p.field)) continue;
    Identity id = fa::identity("X8", p.field, p.title, terms);
    id.relation = Relation::at_least;
    id.side_note = "09表含项目支出中的“三公”经费，06表只有一般公共预算基本支出；若项目支出中没有此项，两者应相等，请核实";
    t09.check(id);
  }
}

// X9: 10 机关运行经费 (行政单位 + 参公事业单位) ≤ 06 公用经费合计 (= when all units are 行政/参公).
void check_x9(const Book& b) {
  Table& t06 = *b[6];
  Table& t10 = *b[10];
  if (!t06.num("public_total")) return;
  std::vector<Term> figure;
  std::string field;
  for (std::size_t i = 0; i < t10.size(); ++i) {
    std::string key = t10.key(i);
    if (key == "行政单位" || key.find("参照公务员法") != std::string::npos || key.find("机关运行经费") != std::string::npos) {
      if (field.empty()) field = Table::path(i, "value");
      figure.push_back(t10.term(Table::path(i, "value"), key));
    }
  }
  if (figure.empty()) return;
  Identity id = fa::identity("X9", field, "10表 机关运行经费", {t06.term("public_total", "06表 公用经费合计")});
  id.figure_terms = std::move(figure);
  id.relation = Relation::at_most;
  id.side_note = "若本部门所属单位均为行政单位或参照公务员法管理的事业单位，两者应相等，请核实";
  t10.check(id);
}

// Soft: 功能分类 项 of 05 (03 without 05) against 经济分类 items of 06, all as info.
void check_soft(const Book& b) {
  Table* f = b[5] ? b[5] : b[3];
  Table& t06 = *b[6];
  struct Pair {
    const char* id;
    const char* code;
    std::vector<const char*> items;
  };
  const Pair pairs[] = {{"2080505=30108", "2080505", {"30108"}},
                        {"2080506=30109", "2080506", {"30109"}},
                        {"2210201=30113", "2210201", {"30113"}},
                        {"2080501=30301+30302", "2080501", {"30301", "30302"}},
                        {"21011=30110+30111", "21011", {"30110", "30111"}}};
  for (const auto& p : pairs) {
    if (!f->settings.soft_enabled(p.id)) continue;
    auto row = row_with_code(*f, p.code);
    if (!row) continue;
    // Only when that spending is all 基本支出: then the row's total is what 06 itemizes.
    if (auto project = f->num(Table::path(*row, "project")); project && *project != 0) continue;
    const std::string col = "total";
    std::vector<Term> terms;
    for (const char* code : p.items) {
      if (auto r = row_with_code(t06, code)) terms.push_back(t06.term(Table::path(*r, "amount"), fmt::format("06表 {}", code)));
    }
    if (terms.empty()) continue;
    Identity id = fa::identity("soft", Table::path(*row, col),
                fmt::format("{} {}（{}）", f->label(), f->describe(*row), fa::column_label(f->number, col)), terms);
    id.soft = true;
    f->check(id);
  }
}

}  // namespace

void recompute_final_accounts(std::vector<model::FormRecord*>& forms, const RuleParams& params) {
  const fa::Settings settings = fa::settings_from(params);
  std::vector<std::unique_ptr<Table>> tables;
  Book book;
  for (auto* form : forms) {
    int n = table_number(form->template_id);
    if (n == 0) continue;
    tables.push_back(std::make_unique<Table>(*form, params, settings, n));
    // A workbook with a table twice: the identities between tables use the first.
    if (!book.tables[static_cast<std::size_t>(n)]) book.tables[static_cast<std::size_t>(n)] = tables.back().get();
  }
  using Check = void (*)(Table&);
  static const Check in_table[] = {nullptr,       fa::check_01, fa::check_02, fa::check_03, fa::check_04, fa::check_05,
                                   fa::check_06, fa::check_07, fa::check_08, fa::check_09, fa::check_10};
  for (auto& t : tables) in_table[t->number](*t);

  if (book[1]) book.s01 = fa::read_01(*book[1]);
  if (book[4]) book.s04 = fa::read_04(*book[4]);
  auto present = [&](std::initializer_list<int> ns) {
    for (int n : ns) {
      if (!book[n]) return false;
    }
    return true;
  };
  if (present({1, 2})) check_x1(book);
  if (present({1, 3})) check_x2(book);
  if (present({1, 4})) check_x3(book);
  if (present({4, 5})) check_x4(book);
  if (present({5, 6})) check_x5(book);
  if (present({4, 7})) check_x6(book);
  if (present({4, 8})) check_x7(book);
  if (present({6, 9})) check_x8(book);
  if (present({6, 10})) check_x9(book);
  if (book[6] && (book[5] || book[3])) check_soft(book);
  // X10 (情况说明 against the tables): not checkable, the workbook has the tables only.

  for (auto& t : tables) t->flush();
}

}  // namespace evalbook::recompute
