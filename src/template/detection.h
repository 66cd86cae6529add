// Which form a sheet is, by weight of evidence: every template's labels are looked up on the
// sheet, each found label adds its weight, and a sheet is a form only when that template's share
// passes its threshold and clearly beats every other template's. A near-tie is reported with
// its candidates, never guessed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/record.h"
#include "template/label_index.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

namespace evalbook::tmpl {

// One template weighed against one sheet.
struct TemplateEvidence {
  const TemplateSpec* spec = nullptr;
  double score = 0;  // the share of the template's evidence weight found on the sheet
  std::vector<std::string> found;
  std::vector<std::string> missing;
  std::string excluded_by;              // a "none" label on the sheet, or ""
  std::optional<Position> first_found;  // where the first label found stands
};

struct DetectionResult {
  enum class Outcome { detected, ambiguous, unknown };
  Outcome outcome = Outcome::unknown;
  TemplateEvidence best;                    // detected: the form's evidence
  std::vector<TemplateEvidence> runner_up;  // the next template (detected), or every near-tie
};

TemplateEvidence weigh(const TemplateSpec& spec, const LabelIndex& index);

DetectionResult detect(const std::vector<TemplateSpec>& specs, const LabelIndex& index);

// Records on the form how it was recognised, and adds an `info` finding naming the labels of
// the template the sheet lacks (a form read with parts missing). `runner_up` may be null.
void note_detection(model::FormRecord& form, const TemplateEvidence& evidence,
                    const TemplateEvidence* runner_up, bool forced);

// "project-2023 (64%) 与 project-2020 (55%)": the candidates of a near-tie, for messages.
std::string describe_candidates(const DetectionResult& result);

// The template the sheet is, or nullptr when it is no known form or a near-tie of two.
const TemplateSpec* detect_template(const SheetGrid& grid, const std::vector<TemplateSpec>& specs);
const TemplateSpec* detect_template(const SheetGrid& grid, const std::vector<TemplateSpec>& specs,
                                    const LabelIndex& index);

}  // namespace evalbook::tmpl
