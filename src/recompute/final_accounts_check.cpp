// The identity check with the 尾差 envelope, and the row reading shared by the 决算 tables.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "recompute/final_accounts_internal.h"
#include "recompute/rounding.h"
#include "template/normalize.h"

namespace evalbook::recompute::fa {

bool Settings::soft_enabled(std::string_view id) const {
  return std::find(soft_off.begin(), soft_off.end(), id) == soft_off.end();
}

Settings settings_from(const RuleParams& params) {
  Settings s;
  s.decimals = params.decimals;
  s.per_item = params.tail_per_item;
  s.soft_off = params.soft_rules_off;
  return s;
}

std::string amount_text(double x, int decimals) { return format_fixed(x, decimals); }

// ---------------------------------------------------------------------------------------------
// Names and codes

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Length of a leading run of Chinese numerals (一…十, 百, 零) in bytes.
std::size_t chinese_numeral_prefix(std::string_view s) {
  static const char* numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零"};
  std::size_t at = 0;
  for (bool more = true; more;) {
    more = false;
    for (const char* n : numerals) {
      if (starts_with(s.substr(at), n)) {
        at += std::string_view(n).size();
        more = true;
        break;
      }
    }
  }
  return at;
}

std::size_t digit_prefix(std::string_view s) {
  std::size_t at = 0;
  while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
  return at;
}

}  // namespace

std::string name_key(std::string_view name) {
  std::string key = tmpl::normalize_label(name);
  std::string_view s = key;
  if (std::size_t n = chinese_numeral_prefix(s); n > 0 && starts_with(s.substr(n), "、")) {
    s.remove_prefix(n + std::string_view("、").size());
  } else if (starts_with(s, "(")) {
    std::size_t inner = chinese_numeral_prefix(s.substr(1));
    if (inner == 0) inner = digit_prefix(s.substr(1));
    if (inner > 0 && starts_with(s.substr(1 + inner), ")")) s.remove_prefix(inner + 2);
  } else if (std::size_t d = digit_prefix(s); d > 0 && d < s.size()) {
    if (s[d] == '.') s.remove_prefix(d + 1);
    else if (starts_with(s.substr(d), "、")) s.remove_prefix(d + std::string_view("、").size());
  }
  return std::string(s);
}

std::string class_code(std::string_view key) {
  // 2023 政府收支分类科目, 支出功能分类 类; older names as aliases.
  static const std::pair<const char*, const char*> classes[] = {
      {"一般公共服务支出", "201"}, {"外交支出", "202"}, {"国防支出", "203"}, {"公共安全支出", "204"},
      {"教育支出", "205"}, {"科学技术支出", "206"}, {"文化旅游体育与传媒支出", "207"},
      {"文化体育与传媒支出", "207"}, {"社会保障和就业支出", "208"}, {"社会保险基金支出", "209"},
      {"卫生健康支出", "210"}, {"医疗卫生与计划生育支出", "210"}, {"节能环保支出", "211"},
      {"城乡社区支出", "212"}, {"农林水支出", "213"}, {"交通运输支出", "214"},
      {"资源勘探工业信息等支出", "215"}, {"资源勘探信息等支出", "215"}, {"商业服务业等支出", "216"},
      {"金融支出", "217"}, {"援助其他地区支出", "219"}, {"自然资源海洋气象等支出", "220"},
      {"国土海洋气象等支出", "220"}, {"住房保障支出", "221"}, {"粮油物资储备支出", "222"},
      {"国有资本经营预算支出", "223"}, {"灾害防治及应急管理支出", "224"}, {"预备费", "227"},
      {"其他支出", "229"}, {"转移性支出", "230"}, {"债务还本支出", "231"}, {"债务付息支出", "232"},
      {"债务发行费用支出", "233"}, {"抗疫特别国债安排的支出", "234"}};
  for (const auto& [name, code] : classes) {
    if (key == name) return code;
  }
  return {};
}

std::string column_label(int table, std::string_view col) {
  struct Label {
    int table;  // 0: any
    const char* col;
    const char* label;
  };
  static const Label labels[] = {
      {2, "total", "本年收入合计"}, {2, "fiscal", "财政拨款收入"}, {2, "upper", "上级补助收入"},
      {2, "business", "事业收入"}, {2, "operating", "经营收入"}, {2, "affiliated", "附属单位上缴收入"},
      {2, "other", "其他收入"}, {3, "total", "本年支出合计"}, {3, "to_upper", "上缴上级支出"},
      {3, "operating", "经营支出"}, {3, "to_affiliated", "对附属单位补助支出"}, {4, "amount", "金额"},
      {4, "total", "合计"}, {4, "general", "一般公共预算财政拨款"}, {4, "fund", "政府性基金预算财政拨款"},
      {4, "capital", "国有资本经营预算财政拨款"}, {5, "total", "小计"}, {7, "opening", "年初结转和结余"},
      {7, "income", "本年收入"}, {7, "total", "本年支出小计"}, {7, "closing", "年末结转和结余"},
      {8, "total", "合计"}, {0, "basic", "基本支出"}, {0, "project", "项目支出"}, {0, "amount", "决算数"}};
  for (const auto& l : labels) {
    if ((l.table == table || l.table == 0) && col == l.col) return l.label;
  }
  return std::string(col);
}

// ---------------------------------------------------------------------------------------------
// Table

Table::Table(model::FormRecord& form, const RuleParams& params, const Settings& s, int n)
    : ctx(form, params), settings(s), number(n) {}

std::string Table::label() const { return fmt::format("{:02d}表", number); }

std::size_t Table::size() const {
  const model::Node* rows = ctx.record().get("rows");
  return rows && rows->kind() == model::Node::Kind::array ? rows->items().size() : 0;
}

std::string Table::path(std::size_t row, std::string_view col) { return fmt::format("rows[{}].{}", row, col); }

bool Table::unreadable(std::string_view path) const {
  const model::Scalar* s = ctx.scalar(path);
  return s && s->unreadable;
}

std::string Table::code(std::size_t row) const {
  std::string text = tmpl::normalize_label(ctx.text(path(row, "code")));
  if (text.empty() || digit_prefix(text) != text.size()) return {};
  return text;
}

std::string Table::name(std::size_t row) const {
  std::string text = ctx.text(path(row, "name"));
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string Table::key(std::size_t row) const { return name_key(ctx.text(path(row, "name"))); }

std::string Table::describe(std::size_t row) const {
  std::string c = code(row);
  return c.empty() ? name(row) : fmt::format("{} {}", c, name(row));
}

Term Table::term(std::string_view p, std::string label, int sign) const {
  Term t;
  t.path = std::string(p);
  t.label = std::move(label);
  t.value = num(p);
  t.sign = sign;
  t.unreadable = unreadable(p);
  return t;
}

namespace {

model::Node number_node(double value) {
  model::Scalar s;
  s.type = model::ScalarType::number;
  s.number = value;
  return model::Node(s);
}

void put_at(model::Node& node, std::string_view path, double value) {
  auto dot = path.find('.');
  if (dot == std::string_view::npos) {
    node.set(std::string(path), number_node(value));
    return;
  }
  std::string key(path.substr(0, dot));
  const model::Node* existing = node.get(key);
  model::Node child = existing && existing->kind() == model::Node::Kind::object ? *existing : model::Node::object();
  put_at(child, path.substr(dot + 1), value);
  node.set(key, std::move(child));
}

}  // namespace

void Table::put(std::string_view p, double value) {
  put_at(ctx.recomputed(), p, round_half_up(value, settings.decimals));
}

void Table::flush() {
  for (const auto& [name, node] : ctx.recomputed().fields()) ctx.form().recomputed.set(name, node);
  ctx.report_unverifiable();
}

// ---------------------------------------------------------------------------------------------
// The check

Identity identity(std::string rule, std::string field, std::string title, std::vector<Term> terms) {
  Identity id;
  id.rule = std::move(rule);
  id.field = std::move(field);
  id.title = std::move(title);
  id.terms = std::move(terms);
  return id;
}

namespace {

// Figures beyond 10^13 万元 are not budget amounts; kept out so the sums stay exact integers.
constexpr double kMaxUnits = 1e15;

struct Rendered {
  std::string text;   // "20805 + 20899 = 229.96 + 9.73 = 239.69"
  long long units = 0;
  int count = 0;      // non-blank items
  bool unreadable = false;
};

Rendered render(const std::vector<Term>& terms, int decimals, double scale) {
  Rendered r;
  std::vector<const Term*> filled;
  for (const auto& t : terms) {
    if (t.unreadable) r.unreadable = true;
    if (!t.value) continue;
    if (!std::isfinite(*t.value) || std::fabs(*t.value * scale) > kMaxUnits) {
      r.unreadable = true;  // beyond any budget figure: not added up
      continue;
    }
    filled.push_back(&t);
    r.units += t.sign * std::llround(*t.value * scale);
    ++r.count;
  }
  auto sep = [](const Term& t, bool first) {
    if (first) return std::string(t.sign < 0 ? "−" : "");
    return std::string(t.sign < 0 ? " − " : " + ");
  };
  std::string sum = amount_text(static_cast<double>(r.units) / scale, decimals);
  if (filled.empty()) {
    std::string labels;
    for (std::size_t i = 0; i < terms.size() && i < 6; ++i) labels += sep(terms[i], i == 0) + terms[i].label;
    if (terms.size() > 6) labels += " + …";
    r.text = labels.empty() ? "0" : labels + " = 0（均为空）";
    return r;
  }
  std::string labels;
  std::string numbers;
  constexpr std::size_t kListed = 20;  // longer sums show their first and last figures
  for (std::size_t i = 0; i < filled.size(); ++i) {
    if (filled.size() <= kListed || i < 3 || i + 1 == filled.size())
      numbers += sep(*filled[i], i == 0) + amount_text(*filled[i]->value, decimals);
    else if (i == 3)
      numbers += " + …";
    if (filled.size() <= 6) labels += sep(*filled[i], i == 0) + filled[i]->label;
  }
  if (filled.size() > 6)
    labels = fmt::format("{} + … + {}（{} 项）", filled.front()->label, filled.back()->label, filled.size());
  r.text = filled.size() == 1 && filled[0]->sign > 0 ? fmt::format("{} = {}", labels, numbers)
                                                     : fmt::format("{} = {} = {}", labels, numbers, sum);
  return r;
}

std::string envelope_text(double envelope) {
  std::string s = format_fixed(envelope, 3);
  while (s.size() > 4 && s.back() == '0' && s.size() - s.find('.') > 3) s.pop_back();
  return s;
}

}  // namespace

std::optional<double> Table::check(const Identity& id) {
  const int decimals = settings.decimals;
  const double scale = std::pow(10.0, decimals);
  Rendered rhs = render(id.terms, decimals, scale);
  if (rhs.unreadable) {
    // The reader has reported the unreadable cell; the figure it adds up is 无法复核. Terms of
    // another table are not this table's to name (their own table's checks name them).
    std::vector<std::string> inputs;
    for (const Term& t : id.terms) {
      if (!t.unreadable || !ctx.scalar(t.path)) continue;
      ctx.required(t.path, t.label);
      inputs.push_back(t.path);
    }
    ctx.derive(id.field, id.title, inputs);
    return std::nullopt;
  }
  double sum = static_cast<double>(rhs.units) / scale;

  long long figure = 0;
  int figure_items = 1;
  std::string printed;
  std::string reported;
  if (id.figure_terms.empty()) {
    const model::Scalar* s = ctx.scalar(id.field);
    if (!s || s->unreadable) return std::nullopt;
    if (!s->number && rhs.count == 0) return std::nullopt;  // both sides blank
    if (s->number && (!std::isfinite(*s->number) || std::fabs(*s->number * scale) > kMaxUnits)) return std::nullopt;
    figure = s->number ? std::llround(*s->number * scale) : 0;
    reported = s->raw;
    printed = s->number ? amount_text(*s->number, decimals) : "空";
  } else {
    Rendered lhs = render(id.figure_terms, decimals, scale);
    if (lhs.unreadable || (lhs.count == 0 && rhs.count == 0)) return std::nullopt;
    figure = lhs.units;
    figure_items = std::max(1, lhs.count);
    reported = amount_text(static_cast<double>(figure) / scale, decimals);
    printed = lhs.text;
  }
  long long diff = figure - rhs.units;  // printed − recomputed, in units of the last place
  if (diff == 0) return sum;

  const double envelope = id.rounded ? (rhs.count + figure_items) * settings.per_item : 0.0;
  const bool inside = std::fabs(static_cast<double>(diff)) <= envelope * scale + 1e-6;
  const std::string diff_text = amount_text(static_cast<double>(diff) / scale, decimals);
  const std::string abs_text = amount_text(std::fabs(static_cast<double>(diff)) / scale, decimals);
  std::string tail;
  if (id.rounded) {
    tail = inside ? fmt::format("在尾差范围内（≤ {}）", envelope_text(envelope))
                  : fmt::format("超出尾差范围（≤ {}）", envelope_text(envelope));
  }
  if (id.soft && !inside) tail += "；此为参考核对，功能分类与经济分类口径未必一一对应";

  std::string severity = inside || id.soft ? "info" : "error";
  std::string message;
  switch (id.relation) {
    case Relation::equal:
      message = fmt::format("{} = {}，表中为 {}，差 {}", id.title, rhs.text, printed, diff_text);
      break;
    case Relation::at_most:
    case Relation::at_least: {
      bool violates = id.relation == Relation::at_most ? diff > 0 : diff < 0;
      if (!violates) {
        if (inside || id.side_note.empty()) return sum;
        severity = "info";
        message = fmt::format("{} 为 {}，{}于 {}，差 {}：{}", id.title, printed,
                              id.relation == Relation::at_most ? "小" : "大", rhs.text, abs_text, id.side_note);
        tail.clear();
      } else {
        message = fmt::format("{} 应{}于 {}，表中为 {}，差 {}", id.title,
                              id.relation == Relation::at_most ? "不大" : "不小", rhs.text, printed, diff_text);
      }
      break;
    }
  }
  if (!tail.empty()) message += "，" + tail;
  if (!id.note.empty()) message += "；" + id.note;
  ctx.report_at("final_accounts." + id.rule, severity, id.field, id.field, reported, amount_text(sum, decimals),
                message);
  return sum;
}

// ---------------------------------------------------------------------------------------------
// 01 and 04: the two sides

namespace {

Side read_side(const Table& t, const std::vector<std::size_t>& rows) {
  Side side;
  for (std::size_t row : rows) {
    std::string key = t.key(row);
    if (!side.subtotal) {
      if (key.find("合计") != std::string::npos) side.subtotal = row;
      else side.items.push_back(row);
    } else if (!side.grand) {
      if (key == "总计") {
        side.grand = row;
      } else {
        // 04's 年初/年末财政拨款结转和结余 are followed by their parts by fund; any other row
        // stands on its own (使用非财政拨款结余, 结余分配, 用事业基金弥补收支差额 …).
        bool fund_part = key.find("结转") == std::string::npos && key.find("结余") == std::string::npos &&
                         (key.find("一般公共预算") != std::string::npos || key.find("政府性基金") != std::string::npos ||
                          key.find("国有资本经营") != std::string::npos);
        if (fund_part && !side.carry.empty()) side.carry.back().subs.push_back(row);
        else side.carry.push_back({row, {}});
      }
    }
  }
  return side;
}

}  // namespace

TwoSides read_01(const Table& t) {
  std::vector<std::size_t> income;
  std::vector<std::size_t> expenditure;
  bool named_grand = false;
  for (std::size_t i = 0; i < t.size(); ++i) named_grand = named_grand || t.key(i) == "总计";
  bool in_income = true;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (named_grand) {
      (in_income ? income : expenditure).push_back(i);
      if (in_income && t.key(i) == "总计") in_income = false;
    } else {
      auto line = t.num(Table::path(i, "line"));
      (line && *line <= 31 ? income : expenditure).push_back(i);
    }
  }
  return {read_side(t, income), read_side(t, expenditure)};
}

TwoSides read_04(const Table& t) {
  std::vector<std::size_t> income;
  std::vector<std::size_t> expenditure;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.has(Table::path(i, "amount"))) income.push_back(i);
    else if (t.has(Table::path(i, "total"))) expenditure.push_back(i);
  }
  return {read_side(t, income), read_side(t, expenditure)};
}

std::vector<Term> carry_terms(const Table& t, const Carry& c, std::string_view col) {
  std::string p = Table::path(c.row, col);
  if (t.num(p) || c.subs.empty()) return {t.term(p, t.name(c.row))};
  std::vector<Term> terms;
  for (std::size_t sub : c.subs) terms.push_back(t.term(Table::path(sub, col), t.name(c.row) + "·" + t.name(sub)));
  return terms;
}

// ---------------------------------------------------------------------------------------------
// 类 rows

std::vector<ClassRef> code_classes(const Table& t, std::string_view col) {
  std::vector<ClassRef> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string c = t.code(i);
    if (c.size() != 3) continue;
    out.push_back({c, t.key(i), Table::path(i, col), fmt::format("{} {}", t.label(), t.describe(i))});
  }
  return out;
}

std::vector<ClassRef> line_classes(const Table& t, const std::vector<std::size_t>& rows, std::string_view col) {
  std::vector<ClassRef> out;
  for (std::size_t i : rows) {
    std::string key = t.key(i);
    out.push_back({class_code(key), key, Table::path(i, col), fmt::format("{} {}", t.label(), t.name(i))});
  }
  return out;
}

}  // namespace evalbook::recompute::fa
