#include "template/joined_columns.h"

#include "model/indicator_value.h"
#include "template/normalize.h"

namespace evalbook::tmpl {

namespace {

const model::Scalar* part(const model::Node& item, const std::string& field) {
  if (field.empty()) return nullptr;
  const model::Node* n = item.get(field);
  return n && n->kind() == model::Node::Kind::scalar ? &n->scalar() : nullptr;
}

// Only a comparator joins the number: 定性 / 定量 name the kind of indicator, not its target.
bool is_comparator(const std::string& text) {
  std::string t = to_half_width(text);
  for (const char* sign : {"≥", "≤", "=", ">", "<", ">=", "<=", "≧", "≦", "＝"}) {
    if (t == sign) return true;
  }
  return false;
}

}  // namespace

void join_columns(const std::vector<JoinedColumn>& joins, model::Node& item) {
  for (const auto& join : joins) {
    const model::Scalar* value = part(item, join.value);
    if (!value || value->raw.empty()) continue;  // a sign or unit alone is no value
    model::Scalar joined = *value;
    // A value that already holds its sign or unit (a form filled from a record) keeps it once.
    model::IndicatorValue read = model::parse_indicator_value(value->raw);
    const model::Scalar* sign = part(item, join.sign);
    if (sign && is_comparator(sign->raw) && read.comparator == model::Comparator::none)
      joined.raw = to_half_width(sign->raw) + joined.raw;
    const model::Scalar* unit = part(item, join.unit);
    // The unit goes after a bare number only: "有所改善" or "95%" is complete as written.
    if (unit && !unit->raw.empty() && read.kind == model::ValueKind::number && read.unit.empty() &&
        !read.percent)
      joined.raw += unit->raw;
    item.set(join.value, model::Node(std::move(joined)));
  }
}

}  // namespace evalbook::tmpl
