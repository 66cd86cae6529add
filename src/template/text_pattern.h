// A template's regular expression ("re:^[a-z][0-9]{3}" labels, the year and unit patterns) with a
// cheap test first: the text a match must contain, found with one substring search. std::regex
// tries every start position of every cell it is given; most cells of a form hold none of the
// pattern's own words ("年度", "名称"), and are then answered without it.
#pragma once

#include <regex>
#include <string>
#include <string_view>

namespace evalbook::tmpl {

// Bytes every match of an ECMAScript pattern holds, consecutively: the longest run of plain
// characters outside groups and classes, none quantified. "" when none is known (an alternation
// at the top, or no such run).
std::string required_text(std::string_view pattern);

class TextPattern {
 public:
  explicit TextPattern(const std::string& pattern);  // throws std::regex_error
  // std::regex_search's answer, without it where the required text is missing.
  bool search(std::string_view text) const;
  bool search(const std::string& text, std::smatch& match) const;

 private:
  bool may_match(std::string_view text) const;

  std::regex re_;
  std::string required_;
  // "^..." with no alternation at the top: only a match at the start can be found, so only the
  // start is tried (match_continuous) instead of every position.
  std::regex_constants::match_flag_type flags_ = std::regex_constants::match_default;
};

}  // namespace evalbook::tmpl
