// RULES.md §4.1: the identities inside each 部门决算公开 table.
#include <map>
#include <set>

#include <fmt/format.h>

#include "recompute/final_accounts_internal.h"
#include "recompute/rounding.h"
#include "template/normalize.h"

namespace evalbook::recompute::fa {

namespace {

model::Node number_node(double value) {
  model::Scalar s;
  s.type = model::ScalarType::number;
  s.number = value;
  return model::Node(s);
}

// ---------------------------------------------------------------------------------------------
// 01 and 04: 合计 = items, 总计 = 合计 + carry, 收入总计 = 支出总计

std::vector<Term> item_terms(const Table& t, const std::vector<std::size_t>& rows, std::string_view col) {
  std::vector<Term> terms;
  for (std::size_t row : rows) terms.push_back(t.term(Table::path(row, col), name_key(t.name(row))));
  return terms;
}

// 合计 = Σ items; returns the recomputed sum.
std::optional<double> check_subtotal(Table& t, const Side& side, std::string_view col, const std::string& rule,
                                     const std::string& title) {
  if (!side.subtotal) return std::nullopt;
  return t.check(identity(rule, Table::path(*side.subtotal, col), title, item_terms(t, side.items, col)));
}

// 总计 = 合计 + the carry rows (each by its own figure, or its sub-rows when blank).
std::optional<double> check_grand(Table& t, const Side& side, std::string_view col, const std::string& rule,
                                  const std::string& title) {
  if (!side.grand || !side.subtotal) return std::nullopt;
  std::vector<Term> terms{t.term(Table::path(*side.subtotal, col), t.name(*side.subtotal))};
  for (const auto& c : side.carry) {
    for (auto& term : carry_terms(t, c, col)) terms.push_back(std::move(term));
  }
  return t.check(identity(rule, Table::path(*side.grand, col), title, std::move(terms)));
}

// 收入总计 = 支出总计, at the 支出 总计.
void check_balance(Table& t, const TwoSides& sides, std::string_view income_col, std::string_view spending_col,
                   const std::string& rule) {
  if (!sides.income.grand || !sides.expenditure.grand) return;
  t.check(identity(rule, Table::path(*sides.expenditure.grand, spending_col), "支出总计",
           {t.term(Table::path(*sides.income.grand, income_col), "收入总计")}));
}

// ---------------------------------------------------------------------------------------------
// Code tables (02, 03, 05, 06, 07, 08): 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 by code prefix

std::string title_of(const Table& t, const std::string& what, std::string_view col, bool several_columns) {
  return several_columns ? fmt::format("{}（{}）", what, column_label(t.number, col)) : what;
}

// Sums recorded per code ("by_code": {"208": {"total": 239.69}}) for tables of a real size; a
// sheet with thousands of codes is checked all the same, its sums are not listed.
constexpr std::size_t kMaxListedCodes = 2000;

void check_hierarchy(Table& t, const std::vector<std::string>& cols, const std::string& rule, bool with_total) {
  const bool several = cols.size() > 1;
  std::vector<std::pair<std::size_t, std::string>> coded;
  std::map<std::string, std::vector<std::size_t>> children;  // parent code -> rows two digits longer
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string c = t.code(i);
    if (c.empty()) continue;
    coded.emplace_back(i, c);
    if (c.size() == 5 || c.size() == 7) children[c.substr(0, c.size() - 2)].push_back(i);
  }
  if (with_total) {
    std::vector<std::size_t> classes;
    for (const auto& [row, code] : coded) {
      if (code.size() == 3) classes.push_back(row);
    }
    for (const auto& col : cols) {
      if (classes.empty() || !t.has("total." + col)) continue;
      std::vector<Term> terms;
      for (std::size_t row : classes) terms.push_back(t.term(Table::path(row, col), t.code(row)));
      if (auto sum = t.check(identity(rule, "total." + col, title_of(t, "合计", col, several), std::move(terms))))
        t.put("total." + col, *sum);
    }
  }
  std::vector<std::pair<std::string, model::Node>> sums;
  std::set<std::string> listed;
  for (const auto& [row, code] : coded) {
    if (code.size() != 3 && code.size() != 5) continue;
    auto kids = children.find(code);
    if (kids == children.end()) continue;
    model::Node per_column = model::Node::object();
    for (const auto& col : cols) {
      if (!t.has(Table::path(row, col))) continue;
      std::vector<Term> terms;
      for (std::size_t kid : kids->second) terms.push_back(t.term(Table::path(kid, col), t.code(kid)));
      if (auto sum = t.check(identity(rule, Table::path(row, col), title_of(t, t.describe(row), col, several), std::move(terms))))
        per_column.set(col, number_node(round_half_up(*sum, t.settings.decimals)));
    }
    if (!per_column.fields().empty() && coded.size() <= kMaxListedCodes && listed.insert(code).second)
      sums.emplace_back(code, std::move(per_column));
  }
  if (!sums.empty()) {
    model::Node by_code = model::Node::object();
    for (auto& [code, node] : sums) by_code.set(code, std::move(node));
    t.ctx.recomputed().set("by_code", std::move(by_code));
  }
}

// On the 合计 row and every row: `whole` = the `parts` columns (those the table has).
void check_columns(Table& t, const std::string& whole, const std::vector<std::pair<std::string, int>>& parts,
                   const std::string& rule) {
  auto one = [&](const std::string& prefix, const std::string& what) {
    if (!t.has(prefix + whole)) return;
    std::vector<Term> terms;
    for (const auto& [col, sign] : parts) {
      if (t.has(prefix + col)) terms.push_back(t.term(prefix + col, column_label(t.number, col), sign));
    }
    if (terms.empty()) return;
    t.check(identity(rule, prefix + whole, fmt::format("{}（{}）", what, column_label(t.number, whole)), std::move(terms)));
  };
  one("total.", "合计");
  for (std::size_t i = 0; i < t.size(); ++i) one(fmt::format("rows[{}].", i), t.describe(i));
}

}  // namespace

// ---------------------------------------------------------------------------------------------

void check_01(Table& t) {
  TwoSides s = read_01(t);
  if (auto v = check_subtotal(t, s.income, "amount", "01-a", "本年收入合计")) t.put("income_total", *v);
  if (auto v = check_subtotal(t, s.expenditure, "amount", "01-b", "本年支出合计")) t.put("expenditure_total", *v);
  if (auto v = check_grand(t, s.income, "amount", "01-c", "收入总计")) t.put("income_grand_total", *v);
  if (auto v = check_grand(t, s.expenditure, "amount", "01-d", "支出总计")) t.put("expenditure_grand_total", *v);
  check_balance(t, s, "amount", "amount", "01-e");
}

void check_02(Table& t) {
  const std::vector<std::string> cols{"total", "fiscal", "upper", "business", "operating", "affiliated", "other"};
  check_hierarchy(t, cols, "02-hierarchy", true);
  check_columns(t, "total", {{"fiscal", 1}, {"upper", 1}, {"business", 1}, {"operating", 1}, {"affiliated", 1}, {"other", 1}},
                "02-columns");
}

void check_03(Table& t) {
  const std::vector<std::string> cols{"total", "basic", "project", "to_upper", "operating", "to_affiliated"};
  check_hierarchy(t, cols, "03-hierarchy", true);
  check_columns(t, "total", {{"basic", 1}, {"project", 1}, {"to_upper", 1}, {"operating", 1}, {"to_affiliated", 1}},
                "03-columns");
}

void check_04(Table& t) {
  TwoSides s = read_04(t);
  if (auto v = check_subtotal(t, s.income, "amount", "04-a", "本年收入合计")) t.put("income_total", *v);
  // 04-b: 年初 (and 年末) 财政拨款结转和结余 = its three sub-rows.
  for (const Side* side : {&s.income, &s.expenditure}) {
    const bool income = side == &s.income;
    for (const auto& c : side->carry) {
      if (c.subs.empty()) continue;
      for (const char* col : {"amount", "total", "general", "fund", "capital"}) {
        std::string p = Table::path(c.row, col);
        if (!t.has(p) || (income != (std::string_view(col) == "amount"))) continue;
        std::vector<Term> terms;
        for (std::size_t sub : c.subs) terms.push_back(t.term(Table::path(sub, col), t.name(sub)));
        t.check(identity("04-b", p, income ? t.name(c.row) : fmt::format("{}（{}）", t.name(c.row), column_label(4, col)),
                 std::move(terms)));
      }
    }
  }
  // 04-c: on every 支出 row, 合计 = the three fund columns.
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string prefix = fmt::format("rows[{}].", i);
    if (!t.has(prefix + "total")) continue;
    std::vector<Term> terms;
    for (const char* col : {"general", "fund", "capital"}) {
      if (t.has(prefix + col)) terms.push_back(t.term(prefix + col, column_label(4, col)));
    }
    t.check(identity("04-c", prefix + "total", fmt::format("{}（合计）", t.name(i)), std::move(terms)));
  }
  // 04-d: 总计 = 合计 + 结转和结余, per column; 收入总计 = 支出总计.
  if (auto v = check_grand(t, s.income, "amount", "04-d", "收入总计")) t.put("income_grand_total", *v);
  for (const char* col : {"total", "general", "fund", "capital"}) {
    if (!s.expenditure.grand || !t.has(Table::path(*s.expenditure.grand, col))) continue;
    auto v = check_grand(t, s.expenditure, col, "04-d", fmt::format("支出总计（{}）", column_label(4, col)));
    if (v && std::string_view(col) == "total") t.put("expenditure_grand_total", *v);
  }
  check_balance(t, s, "amount", "total", "04-d");
}

void check_05(Table& t) {
  check_hierarchy(t, {"total", "basic", "project"}, "05-hierarchy", true);
  check_columns(t, "total", {{"basic", 1}, {"project", 1}}, "05");
}

void check_06(Table& t) {
  // 06-a: each economic class (3 digits) = Σ its items (5 digits).
  check_hierarchy(t, {"amount"}, "06-a", false);
  // 06-b: 人员经费合计 = 301 + 303; 06-c: 公用经费合计 = the other classes (302, 307, 309 … 399).
  std::vector<Term> personnel;
  std::vector<Term> public_terms;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string c = t.code(i);
    if (c.size() != 3) continue;
    (c == "301" || c == "303" ? personnel : public_terms).push_back(t.term(Table::path(i, "amount"), c));
  }
  std::optional<double> p;
  std::optional<double> q;
  if (!personnel.empty()) p = t.check(identity("06-b", "personnel_total", "人员经费合计", personnel));
  if (!public_terms.empty()) q = t.check(identity("06-c", "public_total", "公用经费合计", public_terms));
  if (p) t.put("personnel_total", *p);
  if (q) t.put("public_total", *q);
  // 06-d (人员经费 + 公用经费 = 基本支出): the table prints no 基本支出 of its own, so the
  // identity is checked against 05 合计 基本支出 as X5 (final_accounts.cpp).
  auto pt = t.num("personnel_total");
  auto qt = t.num("public_total");
  if (pt || qt) t.put("basic_total", pt.value_or(0) + qt.value_or(0));
}

void check_07(Table& t) {
  check_hierarchy(t, {"opening", "income", "total", "basic", "project", "closing"}, "07-hierarchy", true);
  check_columns(t, "total", {{"basic", 1}, {"project", 1}}, "07");
  check_columns(t, "closing", {{"opening", 1}, {"income", 1}, {"total", -1}}, "07");
}

void check_08(Table& t) {
  check_hierarchy(t, {"total", "basic", "project"}, "08-hierarchy", true);
  check_columns(t, "total", {{"basic", 1}, {"project", 1}}, "08");
}

void check_09(Table& t) {
  for (const auto& [side, label] : {std::pair{"budget", "预算数"}, std::pair{"actual", "决算数"}}) {
    std::string s(side);
    auto v = t.check(identity("09", s + "_vehicles", fmt::format("{} 公务用车购置及运行维护费小计", label),
                      {t.term(s + "_vehicle_purchase", "公务用车购置费"),
                       t.term(s + "_vehicle_operation", "公务用车运行维护费")}));
    if (v) t.put(s + "_vehicles", *v);
    auto total = t.check(identity("09", s + "_total", fmt::format("{} 合计", label),
                          {t.term(s + "_abroad", "因公出国（境）费"), t.term(s + "_vehicles", "公务用车购置及运行维护费"),
                           t.term(s + "_reception", "公务接待费")}));
    if (total) t.put(s + "_total", *total);
  }
}

void check_10(Table& t) {
  // 政府采购合计 = 货物 + 工程 + 服务.
  std::optional<std::size_t> procurement;
  std::vector<Term> kinds;
  std::optional<std::size_t> vehicles;
  std::vector<Term> vehicle_kinds;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string key = t.key(i);
    std::string value = Table::path(i, "value");
    if (!procurement && key == "合计") procurement = i;
    else if (procurement && !vehicles && (key == "货物" || key == "工程" || key == "服务"))
      kinds.push_back(t.term(value, key));
    if (!vehicles && key.find("车辆数合计") != std::string::npos) {
      vehicles = i;
      // The vehicle categories follow, numbered "1." … "8.".
      for (std::size_t j = i + 1; j < t.size(); ++j) {
        std::string raw = tmpl::normalize_label(t.name(j));
        if (raw.empty() || raw[0] < '0' || raw[0] > '9') break;
        vehicle_kinds.push_back(t.term(Table::path(j, "value"), t.key(j)));
      }
    }
  }
  // 机关运行经费 = 行政单位 + 参照公务员法管理事业单位 (compared with 06 as X9).
  std::optional<double> running;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string key = t.key(i);
    if (key != "行政单位" && key.find("参照公务员法") == std::string::npos) continue;
    if (auto v = t.num(Table::path(i, "value"))) running = running.value_or(0) + *v;
  }
  if (running) t.put("office_running_cost", *running);
  if (procurement && !kinds.empty()) {
    if (auto v = t.check(identity("10", Table::path(*procurement, "value"), "政府采购支出合计", kinds)))
      t.put("procurement_total", *v);
  }
  if (vehicles && !vehicle_kinds.empty()) {
    Identity id = identity("10", Table::path(*vehicles, "value"), "车辆数合计（辆）", vehicle_kinds);
    id.rounded = false;
    if (auto v = t.check(id)) t.put("vehicle_total", *v);
  }
}

}  // namespace evalbook::recompute::fa
