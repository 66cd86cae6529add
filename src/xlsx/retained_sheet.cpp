#include "xlsx/retained_sheet.h"

#include <algorithm>

namespace evalbook::xlsx {

void RowIndexBuilder::on_row(std::uint32_t number, std::uint64_t offset, bool explicit_number) {
  if (!explicit_number || (!sheet_.rows.empty() && number <= sheet_.rows.back().number))
    broken_ = true;
  if (!broken_) sheet_.rows.push_back({number, offset});
}

void RowIndexBuilder::finish() {
  sheet_.sheet_data_end = sheet_data_end_;
  sheet_.spliceable = !broken_ && sheet_data_starts_ == 1 && sheet_data_end_ > 0 &&
                      (sheet_.rows.empty() || sheet_.rows.back().offset < sheet_data_end_);
  if (!sheet_.spliceable) {
    sheet_.rows.clear();
    sheet_.rows.shrink_to_fit();
  }
}

namespace {

// Slices bound the copy XmlScanner makes of text it carries from one feed to the next.
constexpr std::size_t kFeedSlice = 1U << 20;

}  // namespace

void scan_retained_sheet(const RetainedSheet& sheet, const std::set<std::uint32_t>& rows,
                         XmlHandler& handler, const Limits& limits,
                         const std::function<void(std::string_view)>& skipped,
                         const std::function<bool()>& tokenize_rest) {
  XmlScanner scanner(sheet.part, handler, limits);
  const std::string_view xml = sheet.xml;
  std::uint64_t pos = 0;
  auto tokenize_to = [&](std::uint64_t end) {
    while (pos < end) {
      const std::uint64_t n = std::min<std::uint64_t>(end - pos, kFeedSlice);
      scanner.feed(xml.substr(pos, n));
      pos += n;
    }
  };
  auto skip_to = [&](std::uint64_t end) {
    if (end <= pos) return;
    const std::string_view bytes = xml.substr(pos, end - pos);
    scanner.skip_balanced(bytes);  // hands waiting text to the handler before the bytes go
    skipped(bytes);
    pos = end;
  };
  if (!sheet.spliceable) {
    tokenize_to(xml.size());
    scanner.finish();
    return;
  }
  const auto& index = sheet.rows;
  // The kept rows to tokenize: each wanted row, or the row that follows where it would be.
  std::vector<std::size_t> picked;
  for (std::uint32_t number : rows) {
    auto it =
        std::lower_bound(index.begin(), index.end(), number,
                         [](const RetainedSheet::Row& r, std::uint32_t n) { return r.number < n; });
    if (it == index.end()) break;  // past the last row: inserted before </sheetData>
    const auto k = static_cast<std::size_t>(it - index.begin());
    if (picked.empty() || picked.back() != k) picked.push_back(k);
  }
  tokenize_to(index.empty() ? sheet.sheet_data_end : index.front().offset);
  for (std::size_t k : picked) {
    if (tokenize_rest()) break;
    skip_to(index[k].offset);
    tokenize_to(k + 1 < index.size() ? index[k + 1].offset : sheet.sheet_data_end);
  }
  if (!tokenize_rest()) skip_to(sheet.sheet_data_end);
  tokenize_to(xml.size());
  scanner.finish();
}

}  // namespace evalbook::xlsx
