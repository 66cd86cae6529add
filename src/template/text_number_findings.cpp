#include "template/text_number_findings.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "xlsx/cell_ref.h"

namespace evalbook::tmpl {

namespace {

// A blank around a figure: ASCII blanks, the no-break space and the ideographic space (U+3000)
// that exports and web pages leave.
std::size_t blank_length(std::string_view s, bool at_end) {
  for (std::string_view blank : {" ", "\t", "\r", "\n", "\xC2\xA0", "\xE3\x80\x80"}) {
    if (at_end ? s.ends_with(blank) : s.starts_with(blank)) return blank.size();
  }
  return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits from `pos`, how many.
std::size_t digits_at(std::string_view s, std::size_t pos) {
  std::size_t n = 0;
  while (pos + n < s.size() && is_digit(s[pos + n])) ++n;
  return n;
}

struct Placed {
  std::size_t index;  // in the findings
  xlsx::CellRef ref;
};

std::string gathered_message(const std::vector<std::string>& cells) {
  std::string named;
  for (std::size_t i = 0; i < cells.size() && i < kGatheredCellsNamed; ++i)
    named += (i ? "、" : "") + cells[i];
  if (cells.size() > kGatheredCellsNamed) named += fmt::format(" 等 {} 个单元格", cells.size());
  return fmt::format(
      "本表 {} 个单元格的数字以文本形式存储（{}），已按数字读取；请在 Excel 中转换为数字",
      cells.size(), named);
}

}  // namespace

bool is_plain_number_text(std::string_view text) {
  while (std::size_t n = blank_length(text, false)) text.remove_prefix(n);
  while (std::size_t n = blank_length(text, true)) text.remove_suffix(n);
  std::size_t pos = 0;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
  std::size_t lead = digits_at(text, pos);
  if (lead == 0) return false;
  pos += lead;
  if (pos < text.size() && text[pos] == ',') {
    if (lead > 3) return false;  // "1234,567" is no grouping
    while (pos < text.size() && text[pos] == ',') {
      if (digits_at(text, pos + 1) != 3) return false;  // "1,23", "1,2345"
      pos += 4;
    }
  }
  if (pos < text.size() && text[pos] == '.') {
    std::size_t decimals = digits_at(text, pos + 1);
    if (decimals == 0) return false;
    pos += 1 + decimals;
  }
  return pos == text.size();
}

void gather_text_number_findings(std::vector<model::Finding>& findings) {
  std::map<std::string, std::vector<Placed>> by_sheet;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const model::Finding& f = findings[i];
    if (f.rule != "value_reading" || !f.cells.empty() || !is_plain_number_text(f.reported))
      continue;
    if (auto ref = xlsx::parse_cell_ref(f.cell)) by_sheet[f.sheet].push_back({i, *ref});
  }
  std::vector<bool> dropped(findings.size(), false);
  for (auto& [sheet, placed] : by_sheet) {
    if (placed.size() < 2) continue;  // one cell keeps its own message
    const std::size_t listed_first = placed.front().index;
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
      return std::tie(a.ref.row, a.ref.column) < std::tie(b.ref.row, b.ref.column);
    });
    model::Finding gathered = findings[placed.front().index];
    for (const Placed& p : placed) {
      const std::string& cell = findings[p.index].cell;
      if (gathered.cells.empty() || gathered.cells.back() != cell) gathered.cells.push_back(cell);
      dropped[p.index] = true;
    }
    if (gathered.cells.size() < 2) {  // one cell read for two fields: still one cell
      for (const Placed& p : placed) dropped[p.index] = false;
      continue;
    }
    gathered.message = gathered_message(gathered.cells);
    findings[listed_first] = std::move(gathered);
    dropped[listed_first] = false;
  }
  std::vector<model::Finding> kept;
  kept.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (!dropped[i]) kept.push_back(std::move(findings[i]));
  }
  findings = std::move(kept);
}

}  // namespace evalbook::tmpl
