// Moving formulas as Excel copies them (shared-formula dependents).
#include <catch2/catch.hpp>

#include "xlsx/formula_shift.h"

using evalbook::xlsx::shift_formula;

TEST_CASE("formula: relative parts move, absolute parts stay") {
  CHECK(shift_formula("A1*2", 1, 0) == "A2*2");
  CHECK(shift_formula("$A$1+B$2+$C3", 1, 1) == "$A$1+C$2+$C4");
  CHECK(shift_formula("SUM(D10:D12)/C9", 2, 0) == "SUM(D12:D14)/C11");
}

TEST_CASE("formula: strings, sheet names and function names are not references") {
  CHECK(shift_formula("IF(A1>0,\"A1\",LOG10(B2))", 1, 0) == "IF(A2>0,\"A1\",LOG10(B3))");
  CHECK(shift_formula("'Sheet A1'!B2+Sheet2!C3", 1, 0) == "'Sheet A1'!B3+Sheet2!C4");
}

TEST_CASE("formula: a reference moved off the sheet becomes #REF!") {
  CHECK(shift_formula("A1", -1, 0) == "#REF!");
  CHECK(shift_formula("XFD1", 0, 1) == "#REF!");
}
