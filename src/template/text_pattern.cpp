#include "template/text_pattern.h"

namespace evalbook::tmpl {

namespace {

bool top_level_alternation(std::string_view pattern) {
  int depth = 0;
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string required_text(std::string_view pattern) {
  if (top_level_alternation(pattern)) return "";
  std::string best;
  std::string run;
  auto end_run = [&] {
    if (run.size() > best.size()) best = run;
    run.clear();
  };
  int depth = 0;
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (in_class) {
      if (c == '\\') ++i;
      if (c == ']') in_class = false;
      continue;
    }
    switch (c) {
      case '\\':  // an escape may be a class (\d) or a reference: the run ends before it
        end_run();
        ++i;
        break;
      case '[':
        end_run();
        in_class = true;
        break;
      case '(':
        end_run();
        ++depth;
        break;
      case ')':
        end_run();
        --depth;
        break;
      case '*':
      case '+':
      case '?':
      case '{':
        // A quantifier takes the atom before it, which for a character written in several
        // UTF-8 bytes is its last byte only: the whole run is dropped.
        run.clear();
        if (c == '{') {
          while (i < pattern.size() && pattern[i] != '}') ++i;
        }
        break;
      case '.':
      case '^':
      case '$':
      case '|':
        end_run();
        break;
      default:
        if (depth == 0) {
          run += c;
        } else {
          end_run();
        }
    }
  }
  end_run();
  return best;
}

TextPattern::TextPattern(const std::string& pattern)
    : re_(pattern), required_(required_text(pattern)) {
  if (!pattern.empty() && pattern.front() == '^' && !top_level_alternation(pattern))
    flags_ = std::regex_constants::match_continuous;
}

bool TextPattern::may_match(std::string_view text) const {
  return required_.empty() || text.find(required_) != std::string_view::npos;
}

bool TextPattern::search(std::string_view text) const {
  return may_match(text) && std::regex_search(text.begin(), text.end(), re_, flags_);
}

bool TextPattern::search(const std::string& text, std::smatch& match) const {
  return may_match(text) && std::regex_search(text, match, re_, flags_);
}

}  // namespace evalbook::tmpl
