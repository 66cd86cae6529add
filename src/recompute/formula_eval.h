// A small arithmetic evaluator for the 计算方式 texts of the forms ("18/16=112%",
// "(82.82+948.96-62.29)/(82.82+948.96)=94%", "62.29÷404.89×100%=15.38%"): finds each
// "expression=result" in a text, evaluates the expression and reads the stated result.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evalbook::recompute {

// Full-width digits, signs, parentheses and '.' to ASCII; × and ✕ to '*', ÷ to '/', ％ to '%',
// ＝ to '='; '−' and '—' between numbers to '-'; thousands commas ("1,234.5") removed. Any other
// character is kept as it is.
std::string normalize_arithmetic(std::string_view text);

// Value of an ASCII expression of numbers, + - * / ( ), unary minus and postfix % (÷ 100), with
// blanks between tokens. nullopt for anything else, a division by zero or a non-finite result.
std::optional<double> evaluate_arithmetic(std::string_view expression);

struct ArithmeticClaim {
  std::string expression;   // normalised, as evaluated ("18/16")
  std::string result_text;  // the result as written after '=' ("112%")
  double value = 0;         // the expression's value (percent signs applied: 100% = 1)
  double stated = 0;        // the result's number in its own unit (112 for "112%")
  bool percent = false;     // the result is written with '%'
  int decimals = 0;         // decimal places of the written result
};

// Every "expression=result" in `text` whose expression holds an operator between two numbers and
// evaluates; texts with no such claim give an empty list.
std::vector<ArithmeticClaim> find_arithmetic_claims(std::string_view text);

// The expression as a clerk reads it: "18/16" -> "18 ÷ 16", "a*b" -> "a × b".
std::string display_expression(std::string_view expression);

}  // namespace evalbook::recompute
