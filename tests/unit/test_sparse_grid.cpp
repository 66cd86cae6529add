// A form whose sheet also holds one stray cell far to the right and far below (a mark in IV20000,
// the largest sheet a form may be): read exactly as without it, and in time linear in its cells,
// not in rows × columns. An upload like this once cost the service seconds and hundreds of MB.
#include <catch2/catch.hpp>
#include <ctime>
#include <fstream>
#include <sstream>

#include "model/json_writer.h"
#include "template/detection.h"
#include "template/extractor.h"
#include "template/label_index.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "test_support.h"

namespace tmpl = evalbook::tmpl;

namespace {

std::string seed_dump(const std::string& name) {
  std::ifstream in(evalbook::test::source_path("tests/data/seeds/" + name), std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Everything a read gives: the template, the values with their cells, and the findings.
std::string read_form(const tmpl::SheetGrid& grid, const std::vector<tmpl::TemplateSpec>& specs) {
  tmpl::LabelIndex index(grid);
  const tmpl::TemplateSpec* spec = tmpl::detect_template(grid, specs, index);
  if (!spec) return "(no template)";
  auto form = tmpl::extract_record(grid, *spec, index);
  std::string out = form.template_id + "\n";
  evalbook::model::append_record_json(out, form.record);
  out += "\n";
  evalbook::model::append_cells_json(out, form.record);
  for (const auto& f : form.findings) {
    out += "\n";
    evalbook::model::append_finding_json(out, f);
  }
  return out;
}

}  // namespace

TEST_CASE("template: a row's width ends at its last cell, whatever the widest row") {
  auto grid = tmpl::SheetGrid::from_text("表", "a\tb\n\n\t\t\t\td\n");
  CHECK(grid.columns() == 5);
  CHECK(grid.width(1) == 2);
  CHECK(grid.width(2) == 0);  // an empty row
  CHECK(grid.width(3) == 5);
  CHECK(grid.width(0) == 0);
  CHECK(grid.width(99) == 0);  // below the grid
}

TEST_CASE("template: a stray cell at IV20000 changes neither the form read nor its cost") {
  const auto specs = tmpl::load_templates(evalbook::test::source_path("templates"));
  // The 2021 Jinzhong project self-evaluation form (seed dump 000: 67 rows, at most 6 columns).
  const std::string form = seed_dump("000_78daff627b54a834.txt");
  const auto plain = tmpl::SheetGrid::from_text("表", form);
  REQUIRE(plain.rows() < 100);
  REQUIRE(plain.columns() <= 6);

  // The same form, then empty rows down to row 20000, whose column IV (256) holds a mark: the
  // largest sheet SheetGrid::load accepts as a form.
  std::string padded = form;
  if (!padded.empty() && padded.back() == '\n') padded.pop_back();
  padded += std::string(20000 - plain.rows(), '\n') + std::string(255, '\t') + "x";
  const auto stray = tmpl::SheetGrid::from_text("表", padded);
  REQUIRE(stray.rows() == 20000);
  REQUIRE(stray.columns() == 256);

  // Processor time, not wall time: the ratio below holds on a busy machine and in any build.
  auto cpu_seconds = [](auto&& work) {
    const std::clock_t start = std::clock();
    work();
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  };
  std::string expected;
  const double plain_seconds = cpu_seconds([&] {
                                 for (int i = 0; i < 10; ++i) expected = read_form(plain, specs);
                               }) /
                               10;
  REQUIRE(expected.rfind("project-jinzhong-2020\n", 0) == 0);
  std::string got;
  const double stray_seconds = cpu_seconds([&] { got = read_form(stray, specs); });
  CHECK(got == expected);
  // Measured in a release build: the form alone 0.7 ms, with the stray cell 1.2–1.8 ms (its
  // 20,000 rows are walked, each only as wide as it is); before rows were walked only to their
  // last cell, 450 ms and 180 MB, every label search walking all 5,120,000 positions. 25 times
  // the form's own cost (plus 10 ms against the clock's granularity) tells the two apart in any
  // build.
  INFO("form alone " << plain_seconds << " s, with the stray cell " << stray_seconds << " s");
  CHECK(stray_seconds < 25 * plain_seconds + 0.01);
}
