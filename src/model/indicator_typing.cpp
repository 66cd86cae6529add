#include "model/indicator_typing.h"

#include <fmt/format.h>

#include "model/indicator_value.h"

namespace evalbook::model {

namespace {

const Scalar* scalar(const Node& item, const char* name) {
  const Node* n = item.get(name);
  return n && n->kind() == Node::Kind::scalar ? &n->scalar() : nullptr;
}

}  // namespace

void check_indicator_values(FormRecord& form) {
  const Node* list = form.record.get("indicators");
  if (!list || list->kind() != Node::Kind::array) return;
  for (std::size_t i = 0; i < list->items().size(); ++i) {
    const Node& item = list->items()[i];
    const Scalar* actual = scalar(item, "actual");
    const Scalar* target = scalar(item, "target_adjusted");
    if (!target || target->raw.empty()) target = scalar(item, "target");
    if (!actual || !target || actual->raw.empty()) continue;
    IndicatorValue t = parse_indicator_value(target->raw);
    if (t.kind != ValueKind::number && t.kind != ValueKind::range) continue;
    IndicatorValue a = parse_indicator_value(actual->raw);
    const bool unclear_scale = percent_scale_unclear(t, a);
    if (!unclear_scale && (a.kind == ValueKind::number || a.kind == ValueKind::range ||
                           a.kind == ValueKind::qualitative))
      continue;
    Finding f;
    f.rule = "unreadable_value";
    f.severity = "warning";
    f.field = fmt::format("indicators[{}].actual", i);
    f.sheet = form.sheet;
    f.cell = actual->cell ? xlsx::cell_name(*actual->cell) : "";
    f.reported = actual->raw;
    const std::string name = scalar(item, "name") ? scalar(item, "name")->raw : "";
    f.message =
        unclear_scale
            ? fmt::format(
                  "指标“{}”的指标值是百分数（{}），但实际完成值“{}”未写“%”，无法确定是 "
                  "{}% 还是 {}%，未复核得分；请填写带“%”的数值",
                  name, target->raw, actual->raw, actual->raw, fmt::format("{:g}", *a.value * 100))
            : fmt::format(
                  "指标“{}”的指标值是数值（{}），但实际完成值“{}”无法读成数字，无法按完成"
                  "比例复核得分；请填写数字（如 60个）或达成等级",
                  name, target->raw, actual->raw);
    form.findings.push_back(std::move(f));
  }
}

}  // namespace evalbook::model
