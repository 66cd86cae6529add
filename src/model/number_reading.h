// Reading the text of a number cell. Clerks write numbers in many dresses: Chinese numerals
// (九十五, 九十五点五, 一百), full-width digits (９５), a unit or suffix (95分, 95.0 分, 12.5万元,
// 85%), thousands separators (1,234.50), accounting negatives ((1,234.50)); and placeholders (—,
// --, /, 无, 空白) that mean the cell is empty. Each reading says how it was made, so the caller
// can tell the clerk; anything else ("九十五分左右", "约60", "1 000") is unreadable, never guessed.
#pragma once

#include <string>
#include <string_view>

namespace evalbook::model {

enum class NumberTextKind { empty, number, unreadable };

struct NumberText {
  NumberTextKind kind = NumberTextKind::empty;
  double value = 0;  // as written, in the unit written: 95分 -> 95, 12.5万元 -> 12.5, 85% -> 85
  std::string unit;  // "", "分", "元", "万元" ("万" too), "亿元", "%"
  std::string reading;       // how a dressed number was read ("中文数字"); "" for plain digits
  bool placeholder = false;  // empty because of a placeholder ("—", "无"), not a blank text
};

NumberText read_number_text(std::string_view text);

// True for a number qualified as approximate or as a bound ("约20", "九十五分左右", "20多",
// "90分以上"): without its qualifier it reads as a number. Such a text is an attempt at the number
// a cell should hold (unreadable at that cell), never a remark such as "2023年完成".
bool is_approximate_number_text(std::string_view text);

// True for the texts that stand for "nothing here": dashes, slashes, 无, 空白 (never a blank text).
bool is_placeholder_text(std::string_view text);

}  // namespace evalbook::model
