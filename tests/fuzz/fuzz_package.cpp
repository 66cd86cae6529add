// libFuzzer target over the whole reading path: zip container, package parts, workbook and
// every sheet, down to the displayed text of each cell.
//
// An XlsxError is the expected way to refuse an input and is swallowed; anything else (another
// exception, a crash, a sanitizer report, a leak, a hang, runaway memory) escapes so that the
// fuzzer reports it. Run it with scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_limits.h"
#include "xlsx/errors.h"
#include "xlsx/limits.h"
#include "xlsx/workbook.h"

namespace {

using evalbook::xlsx::Cell;
using evalbook::xlsx::CellVisitor;
using evalbook::xlsx::Workbook;
using evalbook::xlsx::XlsxError;

class DisplayAll : public CellVisitor {
 public:
  explicit DisplayAll(const Workbook& wb) : wb_(wb) {}
  void on_cell(const Cell& cell) override {
    std::string text = wb_.display_text(cell);
    // Use the result so the call cannot be optimised away.
    checksum_ += text.size() + cell.formula.size();
    if (!text.empty()) checksum_ += static_cast<unsigned char>(text.front());
  }
  // Shared formulas are expanded too: that path has its own amplification (work_budget.h).
  bool wants_shared_formulas() const override { return true; }
  std::size_t checksum() const { return checksum_; }

 private:
  const Workbook& wb_;
  std::size_t checksum_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The reader keeps a view of the bytes: they stay alive (libFuzzer owns them) for this call.
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto wb = Workbook::open_memory(bytes, evalbook::fuzz::limits());
    (void)wb->date1904();
    for (std::size_t i = 0; i < wb->sheets().size(); ++i) {
      DisplayAll visitor(*wb);
      auto summary = wb->read_sheet(i, visitor);
      (void)summary;
      (void)wb->number_format(0);
      volatile std::size_t sink = visitor.checksum();
      (void)sink;
    }
  } catch (const XlsxError&) {
    // A refused input: fine.
  }
  return 0;
}
