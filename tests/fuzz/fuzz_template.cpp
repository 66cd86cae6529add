// libFuzzer target over template detection and extraction. The first byte of the input chooses
// the work, the rest is a grid in the dump's text form (one line per row, TAB between cells):
//   byte % (N + 1) == N   detection against every template of templates/, as a read does, then
//                         extraction with the template detected, if any
//   otherwise             extraction with template number byte % (N + 1) (ordered by id)
// One template per input instead of all N on every grid: the same code is reached, each input
// costs what one read of an upload costs (detection, then one extraction), not N of them.
// Random grids, and mutations of the real forms' dumps, must map to records or to nothing,
// never crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/error_code.h"
#include "template/detection.h"
#include "template/extractor.h"
#include "template/label_index.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

#ifndef EVALBOOK_FUZZ_TEMPLATE_DIR
#error "EVALBOOK_FUZZ_TEMPLATE_DIR must name the templates folder"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<evalbook::tmpl::TemplateSpec> specs =
      evalbook::tmpl::load_templates(EVALBOOK_FUZZ_TEMPLATE_DIR);
  if (size == 0) return 0;
  const std::size_t choice = data[0] % (specs.size() + 1);
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    const auto grid = evalbook::tmpl::SheetGrid::from_text("fuzz", text);
    const evalbook::tmpl::LabelIndex index(grid);
    const evalbook::tmpl::TemplateSpec* spec = nullptr;
    if (choice == specs.size()) {
      spec = evalbook::tmpl::detect_template(grid, specs, index);
    } else {
      spec = &specs[choice];
    }
    if (spec) (void)evalbook::tmpl::extract_record(grid, *spec, index);
  } catch (const evalbook::Error&) {  // a named refusal (a grid too large for a form)
  }
  return 0;
}
