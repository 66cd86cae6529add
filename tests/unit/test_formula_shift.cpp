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

TEST_CASE("formula: whole columns move with the columns, whole rows with the rows") {
  // The probe's master B1 = SUM(A:A)+SUM(1:1)+A1, handed to C1 (one column right) and B2 (one
  // row down): Excel shows C1 = SUM(B:B)+SUM(1:1)+B1 and B2 = SUM(A:A)+SUM(2:2)+A2.
  CHECK(shift_formula("SUM(A:A)+SUM(1:1)+A1", 0, 1) == "SUM(B:B)+SUM(1:1)+B1");
  CHECK(shift_formula("SUM(A:A)+SUM(1:1)+A1", 1, 0) == "SUM(A:A)+SUM(2:2)+A2");
  CHECK(shift_formula("SUM($A:B)+COUNT($3:4)", 2, 2) == "SUM($A:D)+COUNT($3:6)");
  CHECK(shift_formula("Sheet2!C:D+'a b'!10:12", 1, 1) == "Sheet2!D:E+'a b'!11:13");
  CHECK(shift_formula("SUM(A:A)", 0, -1) == "SUM(#REF!)");
  CHECK(shift_formula("SUM(1048576:1048576)", 1, 0) == "SUM(#REF!)");
  // Not whole lines: cell ranges, a function name, numbers in a time string.
  CHECK(shift_formula("SUM(A1:B2)", 1, 1) == "SUM(B2:C3)");
  CHECK(shift_formula("TIME(1,2,3)+\"1:2\"", 1, 1) == "TIME(1,2,3)+\"1:2\"");
}
