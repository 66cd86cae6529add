// A recursive-descent evaluator for the formulas a standard form's layout writes (see
// layout_formula.h). Anything outside that small grammar makes the whole formula unknown.
#include "report/layout_formula.h"

#include <cmath>
#include <cstdlib>
#include <vector>

#include "recompute/rounding.h"
#include "xlsx/cell_ref.h"

namespace evalbook::report {

namespace {

struct Unknown {};  // thrown inside the evaluator for what it does not know

// An argument: one value, or the values of a range (for COUNT, SUM, MIN).
using Values = std::vector<FormulaValue>;

class Evaluator {
 public:
  Evaluator(const std::string& text, const CellValueAt& value_at) : s_(text), value_at_(value_at) {}

  FormulaValue run() {
    if (s_.empty() || s_[0] != '=') throw Unknown{};
    i_ = 1;
    FormulaValue v = single(comparison());
    if (i_ != s_.size()) throw Unknown{};
    return v;
  }

 private:
  static FormulaValue single(const Values& v) {
    if (v.size() != 1) throw Unknown{};
    return v.front();
  }

  // Excel's arithmetic on a value: empty is 0, a number itself, a text is refused here (Excel's
  // #VALUE!, or a number it would parse: either way not a figure to trust).
  double number(const FormulaValue& v) const {
    if (std::holds_alternative<std::monostate>(v)) return 0;
    if (const double* d = std::get_if<double>(&v)) return *d;
    if (skipping_ > 0) return 0;
    throw Unknown{};
  }

  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }

  Values comparison() {
    Values left = sum();
    for (const char* op : {"<>", "<=", ">=", "=", "<", ">"}) {
      std::string o(op);
      if (s_.compare(i_, o.size(), o) != 0) continue;
      i_ += o.size();
      FormulaValue a = single(left);
      FormulaValue b = single(sum());
      bool result = false;
      if (std::holds_alternative<std::string>(a) || std::holds_alternative<std::string>(b)) {
        if (o != "=" && o != "<>") throw Unknown{};
        auto text = [](const FormulaValue& v) {
          const std::string* t = std::get_if<std::string>(&v);
          return t                                           ? *t
                 : std::holds_alternative<std::monostate>(v) ? std::string()
                                                             : throw Unknown{};
        };
        result = (text(a) == text(b)) == (o == "=");
      } else {
        double x = number(a), y = number(b);
        result = o == "<>"   ? x != y
                 : o == "<=" ? x <= y
                 : o == ">=" ? x >= y
                 : o == "="  ? x == y
                 : o == "<"  ? x < y
                             : x > y;
      }
      return {FormulaValue(result ? 1.0 : 0.0)};
    }
    return left;
  }

  Values sum() {
    Values left = product();
    while (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) {
      char op = s_[i_++];
      double a = number(single(left));
      double b = number(single(product()));
      left = {FormulaValue(op == '+' ? a + b : a - b)};
    }
    return left;
  }

  Values product() {
    Values left = unary();
    while (i_ < s_.size() && (s_[i_] == '*' || s_[i_] == '/')) {
      char op = s_[i_++];
      double a = number(single(left));
      double b = number(single(unary()));
      if (op == '/' && b == 0) {
        if (skipping_ == 0) throw Unknown{};  // #DIV/0!
        b = 1;                                // a branch IF does not take: read on
      }
      left = {FormulaValue(op == '*' ? a * b : a / b)};
    }
    return left;
  }

  Values unary() {
    if (eat('-')) return {FormulaValue(-number(single(unary())))};
    return primary();
  }

  Values primary() {
    if (eat('(')) {
      Values v = comparison();
      if (!eat(')')) throw Unknown{};
      return v;
    }
    if (eat('"')) {
      std::string text;
      while (i_ < s_.size() && s_[i_] != '"') text += s_[i_++];
      if (!eat('"')) throw Unknown{};
      return {text.empty() ? FormulaValue() : FormulaValue(text)};
    }
    if (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.')) {
      char* end = nullptr;
      double v = std::strtod(s_.c_str() + i_, &end);
      i_ = static_cast<std::size_t>(end - s_.c_str());
      return {FormulaValue(v)};
    }
    std::size_t start = i_;
    while (i_ < s_.size() && std::isalnum(static_cast<unsigned char>(s_[i_]))) ++i_;
    std::string word = s_.substr(start, i_ - start);
    if (word.empty()) throw Unknown{};
    if (word == "IF" && eat('(')) return if_call();
    if (eat('(')) return call(word);
    auto first = xlsx::parse_cell_ref(word);
    if (!first) throw Unknown{};
    if (!eat(':')) return {value_at_(*first)};
    start = i_;
    while (i_ < s_.size() && std::isalnum(static_cast<unsigned char>(s_[i_]))) ++i_;
    auto last = xlsx::parse_cell_ref(s_.substr(start, i_ - start));
    if (!last || last->row < first->row || last->column < first->column) throw Unknown{};
    Values out;
    for (auto r = first->row; r <= last->row; ++r) {
      for (auto c = first->column; c <= last->column; ++c)
        out.push_back(value_at_(xlsx::CellRef{r, c}));
    }
    return out;
  }

  // IF(condition, then, else): the branch not taken is read but not evaluated (Excel's
  // IF(N(x)=0,0,y/N(x)) never divides by zero).
  Values if_call() {
    const bool condition = number(single(comparison())) != 0;
    Values chosen;
    for (bool branch : {true, false}) {
      if (!eat(',')) throw Unknown{};
      const bool taken = branch == condition;
      if (!taken) ++skipping_;
      Values v = comparison();
      if (!taken) --skipping_;
      if (taken) chosen = std::move(v);
    }
    if (!eat(')')) throw Unknown{};
    return chosen;
  }

  Values call(const std::string& name) {
    std::vector<Values> args;
    if (!eat(')')) {
      do {
        args.push_back(comparison());
      } while (eat(','));
      if (!eat(')')) throw Unknown{};
    }
    auto numbers_in = [&] {  // COUNT, SUM and MIN over references take numbers only
      std::vector<double> out;
      for (const auto& a : args) {
        for (const auto& v : a) {
          if (const double* d = std::get_if<double>(&v)) out.push_back(*d);
        }
      }
      return out;
    };
    if (name == "COUNT") return {FormulaValue(static_cast<double>(numbers_in().size()))};
    if (name == "SUM") {
      double total = 0;
      for (double d : numbers_in()) total += d;
      return {FormulaValue(total)};
    }
    if (name == "MIN") {
      auto all = numbers_in();
      double least = 0;
      for (std::size_t k = 0; k < all.size(); ++k)
        least = k == 0 ? all[k] : std::min(least, all[k]);
      return {FormulaValue(least)};
    }
    if (name == "N" && args.size() == 1) {
      const FormulaValue v = single(args[0]);
      const double* d = std::get_if<double>(&v);
      return {FormulaValue(d ? *d : 0.0)};
    }
    if (name == "ROUND" && args.size() == 2) {
      double places = number(single(args[1]));
      return {FormulaValue(
          recompute::round_half_up(number(single(args[0])), static_cast<int>(places)))};
    }
    throw Unknown{};
  }

  const std::string& s_;
  const CellValueAt& value_at_;
  std::size_t i_ = 0;
  int skipping_ = 0;  // inside a branch IF does not take: errors there do not count
};

}  // namespace

std::optional<FormulaValue> evaluate_layout_formula(const std::string& formula,
                                                    const CellValueAt& value_at) {
  try {
    return Evaluator(formula, value_at).run();
  } catch (const Unknown&) {
    return std::nullopt;
  }
}

FormulaValue layout_cell_value(const LayoutCell* cell) {
  if (!cell) return {};
  if (cell->number) return *cell->number;
  if (!cell->text.empty()) return cell->text;
  return {};
}

bool formula_agrees(const FormulaValue& computed, const FormulaValue& reported) {
  if (computed.index() != reported.index()) return false;
  if (const double* a = std::get_if<double>(&computed)) {
    double b = std::get<double>(reported);
    return std::abs(*a - b) <= 1e-9 * std::max(1.0, std::abs(b));
  }
  return computed == reported;
}

}  // namespace evalbook::report
