#include "model/blank_record.h"

#include <array>
#include <string_view>

namespace evalbook::model {

namespace {

// Text fields only the unit fills in; any other text may be printed on the blank form.
constexpr std::array<std::string_view, 8> kWrittenByUnit = {
    "unit",   "department", "project_name",     "target", "target_adjusted",
    "actual", "grade",      "deviation_reason"};

bool written_by_unit(std::string_view field) {
  for (const auto f : kWrittenByUnit) {
    if (f == field) return true;
  }
  return false;
}

bool has_content(const Node& node, std::string_view field) {
  switch (node.kind()) {
    case Node::Kind::scalar: {
      const Scalar& s = node.scalar();
      if (s.type == ScalarType::number) {
        return s.unreadable || (s.number && *s.number != 0);
      }
      return written_by_unit(field) && s.raw.find_first_not_of(" \t\r\n") != std::string::npos;
    }
    case Node::Kind::object:
      for (const auto& [name, child] : node.fields()) {
        if (has_content(child, name)) return true;
      }
      return false;
    case Node::Kind::array:
      for (const auto& item : node.items()) {
        if (has_content(item, field)) return true;
      }
      return false;
  }
  return false;
}

}  // namespace

bool is_blank_record(const Node& record) { return !has_content(record, {}); }

}  // namespace evalbook::model
