// libFuzzer target over template detection and extraction: the input is a grid in the dump's
// text form (one line per row, TAB between cells), read by every template of templates/.
// Random grids, and mutations of the real forms' dumps, must map to records or to nothing,
// never crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/error_code.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

#ifndef EVALBOOK_FUZZ_TEMPLATE_DIR
#error "EVALBOOK_FUZZ_TEMPLATE_DIR must name the templates folder"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<evalbook::tmpl::TemplateSpec> specs =
      evalbook::tmpl::load_templates(EVALBOOK_FUZZ_TEMPLATE_DIR);
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const auto grid = evalbook::tmpl::SheetGrid::from_text("fuzz", text);
    (void)evalbook::tmpl::detect_template(grid, specs);
    for (const auto& spec : specs) (void)evalbook::tmpl::extract_record(grid, spec);
  } catch (const evalbook::Error&) {  // a named refusal (a grid too large for a form)
  }
  return 0;
}
