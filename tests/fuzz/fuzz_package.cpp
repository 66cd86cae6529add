// libFuzzer target over the whole reading path: zip container, package parts, workbook and
// every sheet, down to the displayed text of each cell.
//
// An XlsxError is the expected way to refuse an input and is swallowed; anything else (another
// exception, a crash, a sanitizer report, a leak, a hang, runaway memory) escapes so that the
// fuzzer reports it. Run it with scripts/fuzz.sh.
//
// Entries stored uncompressed (the ZIP_STORED seeds of make_seeds.py) get their CRC-32 made right
// before the read: otherwise nearly every mutation of their XML would be refused as a CRC
// mismatch once the part is read, and the readers after it (workbook, styles, sheet, display
// text) would only ever see the samples' own XML. A wrong CRC is still fuzzed on every deflated
// entry, which the harness leaves as it is.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_limits.h"
#include "xlsx/errors.h"
#include "xlsx/limits.h"
#include "xlsx/workbook.h"
#include "xlsx/zip_inflate.h"

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

std::uint32_t le(const std::vector<char>& b, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

void put_le32(std::vector<char>& b, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// Rewrites the CRC-32 of each stored entry (central and local header) to that of its bytes.
// Anything that does not parse as a plain zip is left alone for the reader to refuse.
void repair_stored_crcs(std::vector<char>& b) {
  if (b.size() < 22) return;
  std::size_t eocd = b.size() - 22;
  const std::size_t lowest = b.size() > 22 + 0xFFFF ? b.size() - 22 - 0xFFFF : 0;
  while (le(b, eocd, 4) != 0x06054b50) {
    if (eocd == lowest) return;
    --eocd;
  }
  std::size_t at = le(b, eocd + 16, 4);
  const std::uint32_t count = le(b, eocd + 10, 2);
  for (std::uint32_t i = 0; i < count; ++i) {
    if (at + 46 > b.size() || le(b, at, 4) != 0x02014b50) return;
    const std::uint32_t method = le(b, at + 10, 2);
    const std::uint32_t stored = le(b, at + 20, 4);
    const std::uint32_t local = le(b, at + 42, 4);
    const std::size_t next = at + 46 + le(b, at + 28, 2) + le(b, at + 30, 2) + le(b, at + 32, 2);
    if (method == 0 && local + std::size_t{30} <= b.size() && le(b, local, 4) == 0x04034b50) {
      const std::size_t data = local + 30 + le(b, local + 26, 2) + le(b, local + 28, 2);
      if (data <= b.size() && stored <= b.size() - data) {
        const std::uint32_t crc = evalbook::xlsx::update_crc(0, b.data() + data, stored);
        put_le32(b, at + 16, crc);
        put_le32(b, local + 14, crc);
      }
    }
    at = next;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The reader keeps a view of the bytes: the copy outlives the workbook, which ends in this call.
  std::vector<char> copy(reinterpret_cast<const char*>(data),
                         reinterpret_cast<const char*>(data) + size);
  repair_stored_crcs(copy);
  std::string_view bytes(copy.data(), copy.size());
  try {
    auto wb = Workbook::open_memory(bytes, evalbook::fuzz::package_limits());
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
