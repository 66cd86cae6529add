#include "template/detection.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace evalbook::tmpl {

TemplateEvidence weigh(const TemplateSpec& spec, const LabelIndex& index) {
  TemplateEvidence out;
  out.spec = &spec;
  double total = 0;
  double found = 0;
  for (const auto& e : spec.detect.evidence) {
    total += e.weight;
    if (index.contains(e.labels)) {
      found += e.weight;
      out.found.push_back(e.name);
      if (!out.first_found) out.first_found = index.find(e.labels);
    } else {
      out.missing.push_back(e.name);
    }
  }
  out.score = total > 0 ? found / total : 0;
  for (const auto& none : spec.detect.none) {
    if (!index.contains(none)) continue;
    out.excluded_by = none.exact.empty() ? "" : none.exact.front();
    if (out.excluded_by.empty() && !none.prefix.empty()) out.excluded_by = none.prefix.front();
    if (out.excluded_by.empty()) out.excluded_by = "?";
    break;
  }
  return out;
}

DetectionResult detect(const std::vector<TemplateSpec>& specs, const LabelIndex& index) {
  std::vector<TemplateEvidence> weighed;
  for (const auto& spec : specs) {
    if (spec.detect.evidence.empty()) continue;
    TemplateEvidence e = weigh(spec, index);
    if (e.excluded_by.empty() && e.score > 0) weighed.push_back(std::move(e));
  }
  // Highest share first; on equal shares the template with more evidence (the more specific
  // form) first, then by id so the order never depends on the folder listing.
  std::stable_sort(weighed.begin(), weighed.end(), [](const auto& a, const auto& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.found.size() != b.found.size()) return a.found.size() > b.found.size();
    return a.spec->id < b.spec->id;
  });
  DetectionResult result;
  if (weighed.empty()) return result;
  const TemplateEvidence& best = weighed.front();
  const Detection& rule = best.spec->detect;
  if (best.score + 1e-9 < rule.threshold) return result;
  std::vector<TemplateEvidence> near;
  for (std::size_t i = 1; i < weighed.size(); ++i) {
    // A rival counts only when it is itself a plausible form: within the margin and over half
    // of its own threshold (a title word shared by two forms is no tie).
    const auto& other = weighed[i];
    if (best.score - other.score < rule.margin &&
        other.score + 1e-9 >= other.spec->detect.threshold / 2)
      near.push_back(other);
  }
  if (!near.empty()) {
    result.outcome = DetectionResult::Outcome::ambiguous;
    result.best = best;
    result.runner_up = std::move(near);
    return result;
  }
  result.outcome = DetectionResult::Outcome::detected;
  result.best = best;
  if (weighed.size() > 1) result.runner_up.push_back(weighed[1]);
  return result;
}

namespace {

std::string percent(double share) { return fmt::format("{}%", std::lround(share * 100)); }

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : "、") + w;
  return out;
}

}  // namespace

void note_detection(model::FormRecord& form, const TemplateEvidence& evidence,
                    const TemplateEvidence* runner_up, bool forced) {
  model::FormDetection d;
  d.forced = forced;
  d.score = evidence.score;
  d.threshold = evidence.spec->detect.threshold;
  d.found = evidence.found;
  d.missing = evidence.missing;
  if (runner_up) {
    d.runner_up = runner_up->spec->id;
    d.runner_up_score = runner_up->score;
  }
  form.detection = d;
  if (evidence.missing.empty()) return;
  model::Finding f;
  f.rule = "labels_missing";
  f.severity = "info";
  f.sheet = form.sheet;
  // At the first label found: the place the form was recognised by.
  if (evidence.first_found)
    f.cell =
        xlsx::cell_name(xlsx::CellRef{evidence.first_found->row, evidence.first_found->column});
  f.reported = joined(evidence.missing);
  f.message = fmt::format(
      "{}为“{}”（{}，标签证据 "
      "{}），但表中缺少以下标签：{}；缺少的部分可能未读入，请核对表格是否完整",
      forced ? "按指定模板读取" : "识别", evidence.spec->title, evidence.spec->id,
      percent(evidence.score), f.reported);
  form.findings.push_back(std::move(f));
}

std::string describe_candidates(const DetectionResult& result) {
  std::string out = fmt::format("{}（{}）", result.best.spec->id, percent(result.best.score));
  for (const auto& other : result.runner_up)
    out += fmt::format(" 与 {}（{}）", other.spec->id, percent(other.score));
  return out;
}

const TemplateSpec* detect_template(const SheetGrid& grid, const std::vector<TemplateSpec>& specs) {
  LabelIndex index(grid);
  return detect_template(grid, specs, index);
}

const TemplateSpec* detect_template(const SheetGrid&, const std::vector<TemplateSpec>& specs,
                                    const LabelIndex& index) {
  DetectionResult r = detect(specs, index);
  return r.outcome == DetectionResult::Outcome::detected ? r.best.spec : nullptr;
}

}  // namespace evalbook::tmpl
