#include "recompute_test_support.h"

#include <catch2/catch.hpp>

#include "recompute/context.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "test_support.h"
#include "xlsx/workbook.h"

namespace evalbook::test {

namespace {

const std::vector<tmpl::TemplateSpec>& specs() {
  static const auto all = tmpl::load_templates(source_path("templates"));
  return all;
}

model::Scalar& scalar_to_change(model::FormRecord& form, const std::string& path) {
  auto* s = const_cast<model::Scalar*>(recompute::scalar_at(form.record, path));
  REQUIRE(s != nullptr);
  return *s;
}

std::vector<model::Finding> findings_where(const model::FormRecord& form,
                                           bool (*keep)(const model::Finding&, const std::string&),
                                           const std::string& value) {
  std::vector<model::Finding> out;
  for (const auto& f : form.findings) {
    if (keep(f, value)) out.push_back(f);
  }
  return out;
}

}  // namespace

model::FormRecord read_sample_form(const std::string& sample, const std::string& template_id) {
  auto wb = xlsx::Workbook::open_file(source_path("samples/" + sample));
  auto grid = tmpl::SheetGrid::load(*wb, 0);
  const tmpl::TemplateSpec* spec = tmpl::detect_template(grid, specs());
  REQUIRE(spec != nullptr);
  REQUIRE(spec->id == template_id);
  return tmpl::extract_record(grid, *spec);
}

double recomputed_number(const model::FormRecord& form, const std::string& name) {
  const model::Node* n = form.recomputed.get(name);
  REQUIRE(n != nullptr);
  REQUIRE(n->scalar().number.has_value());
  return *n->scalar().number;
}

std::string recomputed_text(const model::FormRecord& form, const std::string& name) {
  const model::Node* n = form.recomputed.get(name);
  REQUIRE(n != nullptr);
  return n->scalar().raw;
}

std::vector<model::Finding> with_rule(const model::FormRecord& form, const std::string& rule) {
  return findings_where(
      form, [](const model::Finding& f, const std::string& v) { return f.rule == v; }, rule);
}

std::vector<model::Finding> with_severity(const model::FormRecord& form,
                                          const std::string& severity) {
  return findings_where(
      form, [](const model::Finding& f, const std::string& v) { return f.severity == v; },
      severity);
}

void set_figure(model::FormRecord& form, const std::string& path, double value,
                const std::string& raw) {
  model::Scalar& s = scalar_to_change(form, path);
  s.number = value;
  s.raw = raw;
}

void set_text(model::FormRecord& form, const std::string& path, const std::string& raw) {
  scalar_to_change(form, path).raw = raw;
}

}  // namespace evalbook::test
