// Display text of numbers under Excel number formats. Each expectation is what Excel shows; the
// comment says which documented rule produces it.
#include <catch2/catch.hpp>
#include <limits>
#include <string>

#include "xlsx/number_format.h"

using evalbook::xlsx::builtin_format_code;
using evalbook::xlsx::format_general;
using evalbook::xlsx::format_number;
using evalbook::xlsx::format_text;
using evalbook::xlsx::is_date_format;

TEST_CASE("numfmt: General shows the shortest decimal of 15 significant digits") {
  CHECK(format_general(160) == "160");          // integers have no decimal point
  CHECK(format_general(0.8237) == "0.8237");    // leading zero before the point
  CHECK(format_general(-567.94) == "-567.94");  // minus sign, no trailing zeros
  CHECK(format_general(0.1 + 0.2) == "0.3");    // 0.30000000000000004 -> 15 digits -> 0.3
  CHECK(format_general(0.5) == "0.5");
  CHECK(format_general(82.37) == "82.37");
  CHECK(format_general(0) == "0");
  CHECK(format_general(-0.0) == "0");  // negative zero has no sign in Excel
  CHECK(format_general(0.0632) == "0.0632");
  CHECK(format_general(999999999999999) == "999999999999999");  // 15 digits still fit
  CHECK(format_general(1.0 / 3) == "0.333333333333333");        // cut at 15 significant digits
  CHECK(format_general(-0.001) == "-0.001");
}

TEST_CASE("numfmt: General switches to scientific at 1E+15 and below 1E-9") {
  CHECK(format_general(1e15) == "1E+15");  // mantissa trimmed, exponent of two digits
  CHECK(format_general(123456789012345678.0) == "1.23456789012346E+17");  // 15 digits, rounded
  CHECK(format_general(1.23456789012346e19) == "1.23456789012346E+19");
  CHECK(format_general(1e-10) == "1E-10");           // below 1E-9: scientific
  CHECK(format_general(1e-9) == "0.000000001");      // 1E-9 itself is still plain
  CHECK(format_general(-2.5e20) == "-2.5E+20");      // sign before the mantissa
  CHECK(format_general(1e100) == "1E+100");          // three-digit exponents are not cut
  CHECK(format_number(1e15, "General") == "1E+15");  // the code "General" is the same thing
}

TEST_CASE("numfmt: 0.00 rounds half away from zero on the 15-digit decimal") {
  CHECK(format_number(160, "0.00") == "160.00");  // zero padded to the placeholders
  CHECK(format_number(2.675, "0.00") == "2.68");  // binary 2.67499999... is 2.675 in 15 digits
  CHECK(format_number(1.005, "0.00") == "1.01");  // binary 1.00499999... is 1.005 in 15 digits
  CHECK(format_number(0.125, "0.00") == "0.13");  // exact half goes away from zero
  CHECK(format_number(-0.125, "0.00") == "-0.13");
  CHECK(format_number(9.995, "0.00") == "10.00");  // carry into a new integer digit
  CHECK(format_number(0, "0.00") == "0.00");
  CHECK(format_number(-0.0, "0.00") == "0.00");  // negative zero is shown as zero
  // Excel keeps the minus of a negative value whose digits round to zero: it shows "-0.00"
  // (Microsoft-documented "negative zero" effect; the cure is ROUND or Precision as Displayed).
  CHECK(format_number(-0.001, "0.00") == "-0.00");
}

TEST_CASE("numfmt: integer and decimal placeholders") {
  CHECK(format_number(2.5, "0") == "3");    // half away from zero
  CHECK(format_number(-2.5, "0") == "-3");  // away from zero for negatives too
  CHECK(format_number(0.05, "0.0") == "0.1");
  CHECK(format_number(2.2075, "0.000") == "2.208");
  CHECK(format_number(0.5, "#.00") == ".50");    // '#' shows no insignificant integer zero
  CHECK(format_number(12.5, ".00") == "12.50");  // integer digits are shown even with no '0'
  CHECK(format_number(5.1, "#.##") == "5.1");    // '#' drops trailing zeros
  CHECK(format_number(5, "#.##") == "5.");       // the point stays
  CHECK(format_number(5.1, "0.0?") == "5.1 ");   // '?' blanks a trailing zero with a space
  CHECK(format_number(5, "00000") == "00005");   // leading zeros from '0'
  CHECK(format_number(0, "#") == "");            // '#' alone shows nothing for zero
  CHECK(format_number(123456789, "000-00-0000") == "123-45-6789");  // literals between digits
  CHECK(format_number(1e20, "0") == "100000000000000000000");       // no scientific switch
}

TEST_CASE("numfmt: thousands separator and scaling commas") {
  CHECK(format_number(2384.38, "#,##0.00") == "2,384.38");
  CHECK(format_number(-1234567.891, "#,##0.00") == "-1,234,567.89");
  CHECK(format_number(0.5, "#,##0") == "1");
  CHECK(format_number(0.4, "#,##0") == "0");
  CHECK(format_number(5, "0,000") == "0,005");         // zero padding is grouped too
  CHECK(format_number(12200000, "0.0,,") == "12.2");   // each trailing comma divides by 1,000
  CHECK(format_number(1234567, "#,##0,") == "1,235");  // grouping plus one scaling comma
  CHECK(format_number(1200, "0.0,\"K\"") == "1.2K");   // scaling comma before a literal
  CHECK(format_number(123456, "#,##0,,\"百万\"") == "0百万");
}

TEST_CASE("numfmt: percent multiplies by 100 before rounding") {
  CHECK(format_number(0.945, "0%") == "95%");  // 94.5 rounds away from zero
  CHECK(format_number(1, "0.00%") == "100.00%");
  CHECK(format_number(0.823708, "0.00%") == "82.37%");
  CHECK(format_number(-0.05, "0%") == "-5%");
  CHECK(format_number(0.5, "0%%") == "5000%%");  // each % multiplies again
}

TEST_CASE("numfmt: sections choose positive, negative, zero and text") {
  // Two sections: the negative one shows the absolute value, its own '-' being a literal.
  CHECK(format_number(-1.5, "#,##0.00;[Red]-#,##0.00") == "-1.50");
  CHECK(format_number(1.5, "#,##0.00;[Red]-#,##0.00") == "1.50");
  CHECK(format_number(-5, "#,##0;(#,##0)") == "(5)");  // accounting parentheses
  CHECK(format_number(0, "#,##0;(#,##0)") == "0");     // zero belongs to the first of two
  CHECK(format_number(0, "0;-0;\"-\"") == "-");        // third section for zero
  CHECK(format_number(-3, "0;-0;\"-\"") == "-3");
  CHECK(format_number(-3, "0;;0") == "");                 // an empty section hides the value
  CHECK(format_number(7, ";;;") == "");                   // ";;;" hides everything
  CHECK(format_number(-0.001, "0.00;-0.00") == "-0.00");  // raw value picks the section
  CHECK(format_number(-5, "0.00;@") == "-5.00");          // "@" last section is for text only
  CHECK(format_number(5, "@") == "5");                    // text format shows a number as General
  CHECK(format_number(12, "0;0;0;\"<\"@\">\"") == "12");
}

TEST_CASE("numfmt: conditions override the default section order") {
  CHECK(format_number(150, "[>=100]0\"大\";0.0") == "150大");
  CHECK(format_number(50, "[>=100]0\"大\";0.0") == "50.0");
  CHECK(format_number(-50, "[>=100]0;0.0") == "-50.0");  // an "otherwise" section keeps the sign
  CHECK(format_number(-5, "[<0]\"负\"0;0") == "负5");    // a negative-only condition drops it
  CHECK(format_number(0, "[=0]\"-\";0.00") == "-");
  CHECK(format_number(3, "[=0]\"-\";0.00") == "3.00");
  CHECK(format_number(0, "[>0]0;[<0]-0;\"零\"") == "零");  // both conditional: third section
}

TEST_CASE("numfmt: literals, escapes, spacing and fills") {
  CHECK(format_number(3, "0.00_ ") == "3.00 ");  // _x reserves the width of x: one space
  CHECK(format_number(12.3, "0.00\"万元\"") == "12.30万元");
  CHECK(format_number(5, "0元") == "5元");  // CJK characters need no quotes
  CHECK(format_number(5, "\\$0") == "$5");
  CHECK(format_number(5, "$0") == "$5");                  // '$' is a literal without quotes
  CHECK(format_number(-5, "\"合计：\"0") == "-合计：5");  // the automatic minus comes first
  CHECK(format_number(5, "**0") == "5");  // '*' fill repeats to the column width: dropped
  CHECK(format_number(1234.5, "[$¥-804]#,##0.00") == "¥1,234.50");  // currency part shown
  CHECK(format_number(12, "[Red]0") == "12");                       // colours are not text
  CHECK(format_number(12, "[Color10]0") == "12");
  CHECK(format_number(12, "General\"元\"") == "12元");  // General inside a section
  CHECK(format_number(-0.5, "General\"元\"") == "-0.5元");
  CHECK(format_number(3, "(0)") == "(3)");
}

TEST_CASE("numfmt: scientific notation") {
  CHECK(format_number(12345, "0.00E+00") == "1.23E+04");
  CHECK(format_number(0.00012345, "0.00E+00") == "1.23E-04");
  CHECK(format_number(9.999, "0.0E+00") == "1.0E+01");  // rounding carries into the exponent
  CHECK(format_number(0, "0.00E+00") == "0.00E+00");
  CHECK(format_number(-12345, "0.00E+00") == "-1.23E+04");
  CHECK(format_number(12345, "0.00E-00") == "1.23E04");  // E- shows only a negative sign
  CHECK(format_number(12345, "##0.0E+0") == "12.3E+3");  // engineering: exponent multiple of 3
  CHECK(format_number(1234567, "##0.0E+0") == "1.2E+6");
  CHECK(format_number(0.00012345, "##0.0E+0") == "123.5E-6");
}

TEST_CASE("numfmt: fractions") {
  CHECK(format_number(1.5, "# ?/?") == "1 1/2");
  CHECK(format_number(0.5, "# ?/?") == " 1/2");  // no integer part: '#' shows nothing
  CHECK(format_number(2, "# ?/?") == "2    ");   // no fraction part: blanked to keep alignment
  CHECK(format_number(0.3333, "# ?/?") == " 1/3");
  CHECK(format_number(1.5, "?/?") == "3/2");          // no integer placeholder: improper fraction
  CHECK(format_number(3.14159, "# ?/?") == "3 1/7");  // closest fraction with one-digit parts
  CHECK(format_number(3.14159,
                      "# ?\?/?\?") == "3 14/99");  // two digits allow a closer one
  CHECK(format_number(1.25,
                      "# ?\?/?\?") == "1  1/4 ");  // '?' pads: numerator left, denominator right
  CHECK(format_number(0.75, "# ?/8") == " 6/8");   // fixed denominator
}

TEST_CASE("numfmt: dates in the 1900 system") {
  CHECK(format_number(45292, "yyyy-mm-dd") == "2024-01-01");
  CHECK(format_number(45292, "yyyy\"年\"m\"月\"d\"日\"") == "2024年1月1日");
  CHECK(format_number(45292, "m/d/yyyy") == "1/1/2024");
  CHECK(format_number(45292, builtin_format_code(14)) == "2024/1/1");  // zh-CN short date
  CHECK(format_number(60, "yyyy-mm-dd") == "1900-02-29");              // Lotus's fake leap day
  CHECK(format_number(61, "yyyy-mm-dd") == "1900-03-01");
  CHECK(format_number(59, "yyyy-mm-dd") == "1900-02-28");
  CHECK(format_number(1, "yyyy-mm-dd") == "1900-01-01");
  CHECK(format_number(0, "yyyy-mm-dd") == "1900-01-00");  // Excel's day zero
  CHECK(format_number(2958465, "yyyy-mm-dd") == "9999-12-31");
  CHECK(format_number(45292.75, "yyyy-mm-dd hh:mm") == "2024-01-01 18:00");
  CHECK(format_number(45292, "yy-m-d") == "24-1-1");
  CHECK(format_number(45292, "d-mmm-yy") == "1-Jan-24");
  CHECK(format_number(45292, "mmmm d, yyyy") == "January 1, 2024");
  CHECK(format_number(45292, "dddd") == "Monday");  // 2024-01-01 was a Monday
  CHECK(format_number(45292, "ddd") == "Mon");
  CHECK(format_number(1, "dddd") == "Sunday");      // Excel counts 1900-01-01 a Sunday
  CHECK(format_number(45292, "aaaa") == "星期一");  // zh-CN weekday names
  CHECK(format_number(45292, "aaa") == "一");
  CHECK(format_number(45292, "[$-804]dddd") == "星期一");
  CHECK(format_number(45292, "[$-804]ddd") == "周一");
  CHECK(format_number(45292, "mmmmm") == "J");         // first letter of the month
  CHECK(format_number(45292, "e\"年\"") == "2024年");  // era year in zh-CN is the year
  // [$-F800]/[$-F400] stand for the system long date / time, here zh-CN Windows' formats.
  CHECK(format_number(45292.75, "[$-F800]dddd, mmmm dd, yyyy") == "2024年1月1日");
  CHECK(format_number(45292.75, "[$-F400]h:mm:ss AM/PM") == "18:00:00");
}

TEST_CASE("numfmt: dates in the 1904 system") {
  CHECK(format_number(0, "yyyy-mm-dd", true) == "1904-01-01");
  CHECK(format_number(1, "yyyy-mm-dd", true) == "1904-01-02");
  CHECK(format_number(43830, "yyyy-mm-dd", true) == "2024-01-01");  // 1462 days fewer
  CHECK(format_number(0, "dddd", true) == "Friday");
}

TEST_CASE("numfmt: times round to the precision shown") {
  CHECK(format_number(0.5, "h:mm:ss") == "12:00:00");
  CHECK(format_number(0.75, "h:mm AM/PM") == "6:00 PM");
  CHECK(format_number(0.25, "h:mm AM/PM") == "6:00 AM");
  CHECK(format_number(0, "h:mm AM/PM") == "12:00 AM");  // midnight is 12 AM
  CHECK(format_number(0.75, "h:mm a/p") == "6:00 p");   // A/P keeps its case
  CHECK(format_number(0.75, "上午/下午h\"时\"mm\"分\"") == "下午6时00分");
  CHECK(format_number(1.5, "[h]:mm:ss") == "36:00:00");  // elapsed hours pass 24
  CHECK(format_number(1.5, "[mm]:ss") == "2160:00");
  CHECK(format_number(0.999999, "h:mm:ss") == "0:00:00");      // 86399.91 s rounds to the next day
  CHECK(format_number(0.99999, "h:mm") == "23:59");            // seconds round, minutes do not
  CHECK(format_number(1.26 / 86400, "mm:ss.0") == "00:01.3");  // .0 shows tenths of a second
  CHECK(format_number(61.26 / 86400, "mmss.0") == "0101.3");
  CHECK(format_number(61.2346 / 86400, "mm:ss.000") == "01:01.235");
  CHECK(format_number(45292.999999, "yyyy-mm-dd") == "2024-01-02");  // the day rolls over
}

TEST_CASE("numfmt: out-of-range dates show hashes") {
  CHECK(format_number(-1, "yyyy-mm-dd") == "########");       // negative dates do not exist
  CHECK(format_number(2958466, "yyyy-mm-dd") == "########");  // after 9999-12-31
  CHECK(format_number(-0.5, "[h]:mm") == "########");
}

TEST_CASE("numfmt: text under a format") {
  CHECK(format_text("abc", "@") == "abc");
  CHECK(format_text("x", "0;0;0;\"<\"@\">\"") == "<x>");  // the fourth section is for text
  CHECK(format_text("x", "0.00") == "x");                 // no text section: text as is
  CHECK(format_text("x", "General") == "x");
  CHECK(format_text("x", "\"编号\"@") == "编号x");
  CHECK(format_text("x", "0;-0;0;\"固定\"") == "固定");  // a text section without '@'
  CHECK(format_text("x", "0;@\"!\"") == "x!");           // a last section with '@' is for text
}

TEST_CASE("numfmt: is_date_format") {
  CHECK(is_date_format("yyyy-mm-dd"));
  CHECK(is_date_format("h:mm:ss"));
  CHECK(is_date_format("[h]:mm:ss"));  // elapsed time is still a date/time format
  CHECK(is_date_format("[$-804]aaaa"));
  CHECK(is_date_format("yyyy\"年\"m\"月\""));
  CHECK(is_date_format(builtin_format_code(14)));
  CHECK(is_date_format(builtin_format_code(47)));
  CHECK_FALSE(is_date_format("General"));
  CHECK_FALSE(is_date_format("0.00"));
  CHECK_FALSE(is_date_format("#,##0.00;[Red]-#,##0.00"));  // 'd' inside a colour is not a day
  CHECK_FALSE(is_date_format("0.00\"days\""));             // quoted letters are literals
  CHECK_FALSE(is_date_format("0\\d"));                     // escaped letters too
  CHECK_FALSE(is_date_format("0.00E+00"));
  CHECK_FALSE(is_date_format("[$¥-804]#,##0.00"));
  CHECK_FALSE(is_date_format("@"));
  CHECK_FALSE(is_date_format(""));
}

TEST_CASE("numfmt: built-in format ids as zh-CN Excel shows them") {
  CHECK(builtin_format_code(0) == "General");
  CHECK(builtin_format_code(2) == "0.00");
  CHECK(builtin_format_code(4) == "#,##0.00");
  CHECK(builtin_format_code(10) == "0.00%");
  CHECK(builtin_format_code(14) == "yyyy/m/d");
  CHECK(builtin_format_code(22) == "yyyy/m/d h:mm");
  CHECK(builtin_format_code(31) == "yyyy\"年\"m\"月\"d\"日\"");
  CHECK(builtin_format_code(36) == builtin_format_code(27));
  CHECK(builtin_format_code(50) == builtin_format_code(27));
  CHECK(builtin_format_code(58) == builtin_format_code(28));
  CHECK(builtin_format_code(49) == "@");
  CHECK(builtin_format_code(23).empty());   // ids 23-26 are not built in
  CHECK(builtin_format_code(164).empty());  // custom ids start at 164
  CHECK(builtin_format_code(-1).empty());
  CHECK(format_number(-1234, builtin_format_code(5)) == "¥-1,234");
  CHECK(format_number(-1234.5, builtin_format_code(38)) == "(1,235)");
  CHECK(format_number(1234.5, builtin_format_code(37)) == "1,235 ");
  CHECK(format_number(0, builtin_format_code(43)) == " -   ");  // accounting dash for zero
  CHECK(format_number(1234.5, builtin_format_code(44)) == " ¥1,234.50 ");
  CHECK(format_number(45292.75, builtin_format_code(22)) == "2024/1/1 18:00");
  CHECK(format_number(45292.5, builtin_format_code(33)) == "12时00分00秒");
  CHECK(format_number(45292.5, builtin_format_code(35)) == "下午12时00分00秒");
}

TEST_CASE("numfmt: malformed codes give a best-effort string without crashing") {
  CHECK_NOTHROW(format_number(1.5, "\"unterminated"));
  CHECK(format_number(1.5, "\"unterminated") == "unterminated");
  CHECK_NOTHROW(format_number(1.5, "[Red"));
  CHECK_NOTHROW(format_number(1.5, "0\\"));
  CHECK_NOTHROW(format_number(1.5, "_"));
  CHECK_NOTHROW(format_number(1.5, "*"));
  CHECK_NOTHROW(format_number(1.5, "[>"));
  CHECK_NOTHROW(format_number(1.5, "[$"));
  CHECK_NOTHROW(format_number(1.5, "E+"));
  CHECK_NOTHROW(format_number(1.5, "?/"));
  CHECK_NOTHROW(format_number(1.5, "/0"));
  CHECK_NOTHROW(format_number(1e300, "?/?"));
  CHECK_NOTHROW(format_number(1e-300, "# ?/???????????"));
  CHECK_NOTHROW(
      format_number(1e300, "0%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%"));
  // Decimals are capped at 30 shown places; placeholders beyond are zeros.
  const std::string many = "0." + std::string(200, '0');
  CHECK(format_number(0.5, many) == "0.5" + std::string(199, '0'));
  std::string sections;
  for (int i = 0; i < 5000; ++i) sections += "0;";
  CHECK(format_number(-2, sections) == "2");  // only four sections count
  CHECK(format_number(1.5, ";") == "");
  CHECK(format_number(1.5, "\xff\xfe") == "\xff\xfe");  // invalid UTF-8 passes through as literal
  CHECK(format_number(std::numeric_limits<double>::infinity(), "0") == "#NUM!");
  CHECK(format_text("x", "\"") == "x");
  CHECK_FALSE(is_date_format("\"yyyy"));
}
