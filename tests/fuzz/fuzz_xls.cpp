// libFuzzer target over the legacy .xls reader: the compound file (FAT, DIFAT, MiniFAT,
// directory chains) and the BIFF records down to every cell's displayed text and formula text
// (FORMULA and SHRFMLA tokens through the formula decoder, against EXTERNSHEET and NAME).
//
// The input's first eight bytes are forced to the compound-file signature, so that mutations
// are spent on the structure behind it rather than on the magic. An XlsxError is the expected
// way to refuse an input and is swallowed; anything else escapes for the fuzzer to report.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_limits.h"
#include "xlsx/biff_workbook.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace {

class DisplayAll : public evalbook::xlsx::CellVisitor {
 public:
  explicit DisplayAll(const evalbook::xlsx::Workbook& wb) : wb_(wb) {}
  void on_cell(const evalbook::xlsx::Cell& cell) override {
    sum_ += wb_.display_text(cell).size() + cell.formula.size();
  }
  std::size_t sum() const { return sum_; }

 private:
  const evalbook::xlsx::Workbook& wb_;
  std::size_t sum_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const unsigned char kSignature[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (std::size_t i = 0; i < 8 && i < bytes.size(); ++i)
    bytes[i] = static_cast<char>(kSignature[i]);
  try {
    auto workbook =
        evalbook::xlsx::open_compound_workbook(std::move(bytes), evalbook::fuzz::limits());
    for (std::size_t i = 0; i < workbook->sheets().size(); ++i) {
      DisplayAll visitor(*workbook);
      workbook->read_sheet(i, visitor);
    }
  } catch (const evalbook::xlsx::XlsxError&) {
  }
  return 0;
}
