#include "app/result_json.h"

#include <fmt/format.h>

#include "base/severity.h"
#include "model/json_writer.h"

namespace evalbook::app {

namespace {

std::optional<double> number_of(const model::Node& node, std::string_view field) {
  const model::Node* n = node.get(field);
  if (!n || n->kind() != model::Node::Kind::scalar) return std::nullopt;
  return n->scalar().number;
}

std::string text_of(const model::Node& node, std::string_view field) {
  const model::Node* n = node.get(field);
  if (!n || n->kind() != model::Node::Kind::scalar) return {};
  return n->scalar().raw;
}

void append_strings(std::string& out, const std::vector<std::string>& words) {
  out += "[";
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) out += ", ";
    model::append_json_string(out, words[i]);
  }
  out += "]";
}

// How the sheet was recognised: {"template", "forced", "score", "threshold", "found", "missing",
// "runner_up": {"template", "score"} | null}.
void append_detection_json(std::string& out, const model::FormRecord& form) {
  const model::FormDetection& d = *form.detection;
  out += "{\"template\": ";
  model::append_json_string(out, form.template_id);
  out += fmt::format(", \"forced\": {}, \"score\": {:.4g}, \"threshold\": {:.4g}, \"found\": ",
                     d.forced ? "true" : "false", d.score, d.threshold);
  append_strings(out, d.found);
  out += ", \"missing\": ";
  append_strings(out, d.missing);
  out += ", \"runner_up\": ";
  if (d.runner_up.empty()) {
    out += "null";
  } else {
    out += "{\"template\": ";
    model::append_json_string(out, d.runner_up);
    out += fmt::format(", \"score\": {:.4g}}}", d.runner_up_score);
  }
  out += "}";
}

}  // namespace

void append_forms_json(std::string& out, const std::vector<model::FormRecord>& forms) {
  out += "[";
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const auto& form = forms[i];
    out += i ? ",\n      {" : "\n      {";
    out += "\"sheet\": ";
    model::append_json_string(out, form.sheet);
    out += ", \"template\": ";
    model::append_json_string(out, form.template_id);
    model::append_form_place_json(out, form);
    out += ",\n       \"record\": ";
    model::append_record_json(out, form.record);
    out += ",\n       \"cells\": ";
    model::append_cells_json(out, form.record);
    out += ",\n       \"recomputed\": ";
    model::append_record_json(out, form.recomputed);
    if (form.detection) {
      out += ",\n       \"detection\": ";
      append_detection_json(out, form);
    }
    out += ",\n       \"money_unit\": {\"declared\": ";
    model::append_json_string(out, form.money_unit.declared);
    out += ", \"assumed\": ";
    model::append_json_string(out, form.money_unit.assumed());
    out += ", \"stated\": ";
    append_strings(out, form.money_unit.stated);
    out += "}";
    out += ",\n       \"findings\": [";
    for (std::size_t k = 0; k < form.findings.size(); ++k) {
      out += k ? ",\n         " : "\n         ";
      model::append_finding_json(out, form.findings[k]);
    }
    out += "]}";
  }
  out += forms.empty() ? "]" : "\n    ]";
}

void append_file_json(std::string& out, const FileResult& r) {
  out += "    {\"file\": ";
  model::append_json_string(out, r.file);
  out += ", \"error\": ";
  if (r.error_code.empty()) {
    out += "null";
  } else {
    out += "{\"code\": ";
    model::append_json_string(out, r.error_code);
    out += ", \"message\": ";
    model::append_json_string(out, r.error_message);
    out += "}";
  }
  out += ", \"forms\": ";
  append_forms_json(out, r.forms);
  out += ", \"skipped_sheets\": [";
  for (std::size_t i = 0; i < r.skipped.size(); ++i) {
    if (i) out += ", ";
    out += "{\"sheet\": ";
    model::append_json_string(out, r.skipped[i].sheet);
    out += ", \"reason\": ";
    model::append_json_string(out, r.skipped[i].reason);
    if (!r.skipped[i].error_code.empty()) {  // a sheet that could not be read
      out += ", \"code\": ";
      model::append_json_string(out, r.skipped[i].error_code);
    }
    out += ", \"candidates\": [";
    for (std::size_t k = 0; k < r.skipped[i].candidates.size(); ++k) {
      const auto& [id, score] = r.skipped[i].candidates[k];
      out += k ? ", {\"template\": " : "{\"template\": ";
      model::append_json_string(out, id);
      out += fmt::format(", \"score\": {:.4g}}}", score);
    }
    out += "]}";
  }
  out += "]}";
}

KeyFigures key_figures(const model::FormRecord& form) {
  KeyFigures k;
  k.unit = text_of(form.record, "unit");
  k.project = text_of(form.record, "project_name");
  k.grade = text_of(form.recomputed, "grade");
  if (k.grade.empty()) k.grade = text_of(form.record, "grade");
  k.budget_full_year = number_of(form.record, "budget_full_year");
  k.executed = number_of(form.record, "executed");
  k.execution_rate = number_of(form.record, "execution_rate");
  k.total_reported = number_of(form.record, "total_score");
  k.total_recomputed = number_of(form.recomputed, "total_score");
  for (const auto& f : form.findings) {
    const auto s = severity_from_name(f.severity);
    if (s == Severity::error) ++k.errors;
    if (s == Severity::warning) ++k.warnings;
  }
  return k;
}

}  // namespace evalbook::app
