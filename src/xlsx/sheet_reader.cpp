#include "xlsx/sheet_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <vector>

#include "xlsx/errors.h"
#include "xlsx/formula_shift.h"
#include "xlsx/ooxml_text.h"
#include "xlsx/package.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

enum class Capture { none, value, formula, inline_text };

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// Which numbers (rows, columns) have been seen: one bit each, grown as needed, so that a cell
// or a row given twice is caught at any distance for 1/8 byte per number.
class SeenNumbers {
 public:
  // False when `n` was seen already.
  bool insert(std::uint64_t n) {
    const std::size_t word = static_cast<std::size_t>(n / 64);
    const std::uint64_t bit = std::uint64_t{1} << (n % 64);
    if (word >= words_.size()) words_.resize(word + 1, 0);
    if (words_[word] & bit) return false;
    words_[word] |= bit;
    return true;
  }
  void clear() { std::fill(words_.begin(), words_.end(), 0); }

 private:
  std::vector<std::uint64_t> words_;
};

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const SharedStrings& strings, const Limits& limits, const WorkBudget& budget,
               CellVisitor& visitor, std::string part, RowIndexBuilder* index)
      : index_(index),
        strings_(strings),
        limits_(limits),
        visitor_(visitor),
        part_(std::move(part)),
        meter_(budget, part_),
        expand_shared_(visitor.wants_shared_formulas()) {}

  void finish() { meter_.flush(); }

  void on_token(const XmlToken& token) override {
    if (index_ && in_sheet_data_) note_nesting(token);
    switch (token.kind) {
      case XmlTokenKind::start:
        on_start(token, false);
        break;
      case XmlTokenKind::empty:
        on_start(token, true);
        break;
      case XmlTokenKind::end:
        on_end(local_name(token.name), token.offset);
        break;
      case XmlTokenKind::text:
        on_text(token.content, true);
        break;
      case XmlTokenKind::cdata:
        on_text(token.content, false);
        break;
      case XmlTokenKind::other:
        break;
    }
  }

  SheetSummary summary;

 private:
  RowIndexBuilder* index_;    // where the rows start, when the sheet is kept for a patch
  int sheet_data_depth_ = 0;  // elements open inside <sheetData>, counted for the index only

  // A kept sheet's rows are passed over as whole elements: only rows that are children of
  // <sheetData> itself can be.
  void note_nesting(const XmlToken& token) {
    if (token.kind == XmlTokenKind::start || token.kind == XmlTokenKind::empty) {
      if (sheet_data_depth_ != 0 && local_name(token.name) == "row") index_->on_cell_outside_row();
      if (token.kind == XmlTokenKind::start) ++sheet_data_depth_;
    } else if (token.kind == XmlTokenKind::end && sheet_data_depth_ > 0) {
      --sheet_data_depth_;
    }
  }

  [[noreturn]] void fail(ErrorCode code, std::string message) const {
    throw XlsxError(code, fmt::format("{}（{}）", message, part_), part_);
  }

  void on_start(const XmlToken& token, bool empty) {
    auto name = local_name(token.name);
    if (!in_sheet_data_) {
      if (name == "sheetData" && !empty) {
        in_sheet_data_ = true;
        if (index_) index_->on_sheet_data_start();
      } else if (name == "mergeCell") {
        if (auto ref = find_attribute(token.attrs, "ref")) {
          if (auto range = parse_range_ref(*ref)) summary.merged.push_back(*range);
        }
      }
      return;
    }
    if (name.size() == 1) {
      switch (name[0]) {
        case 'c':
          begin_cell(token, empty);
          return;
        case 'v':
          if (in_cell_ && !empty) capture_ = Capture::value;
          return;
        case 'f':
          if (in_cell_) begin_formula(token, empty);
          return;
        case 't':
          if (in_inline_ && rph_depth_ == 0 && !empty) capture_ = Capture::inline_text;
          return;
        default:
          return;
      }
    }
    if (name == "row") {
      begin_row(token);
      if (empty) end_row();
    } else if (name == "is") {
      if (in_cell_ && !empty) in_inline_ = true;
    } else if (name == "rPh") {
      if (!empty) ++rph_depth_;
    }
  }

  void on_end(std::string_view name, std::uint64_t offset) {
    if (!in_sheet_data_) return;
    if (name.size() == 1) {
      switch (name[0]) {
        case 'c':
          if (in_cell_) end_cell();
          return;
        case 'v':
        case 'f':
        case 't':
          capture_ = Capture::none;
          return;
        default:
          return;
      }
    }
    if (name == "row") {
      end_row();
    } else if (name == "is") {
      in_inline_ = false;
    } else if (name == "rPh") {
      if (rph_depth_ > 0) --rph_depth_;
    } else if (name == "sheetData") {
      in_sheet_data_ = false;
      if (index_) index_->on_sheet_data_end(offset);
    }
  }

  void on_text(std::string_view raw, bool decode) {
    std::string* target = nullptr;
    switch (capture_) {
      case Capture::none:
        return;
      case Capture::value:
        target = &value_;
        break;
      case Capture::formula:
        target = &formula_;
        break;
      case Capture::inline_text:
        target = &inline_;
        break;
    }
    if (!decode || raw.find('&') == std::string_view::npos) {
      target->append(raw);
    } else if (!decode_xml_text(raw, *target)) {
      fail(ErrorCode::malformed_xml,
           fmt::format("XML 格式错误：单元格 {} 含未知实体引用", cell_name(cell_.ref)));
    }
    if (target->size() > limits_.max_string_bytes) {
      fail(ErrorCode::limit_exceeded,
           fmt::format("单元格 {} 的文本超过 32767 个字符", cell_name(cell_.ref)));
    }
  }

  static bool parse_uint(std::string_view text, std::uint64_t& value) {
    if (text.empty()) return false;
    value = 0;
    for (char c : text) {
      if (c < '0' || c > '9') return false;
      value = value * 10 + static_cast<std::uint64_t>(c - '0');
      if (value > (1ULL << 40)) return false;
    }
    return true;
  }

  void check_row(std::uint64_t row) const {
    if (row == 0 || row > limits_.max_rows) {
      fail(ErrorCode::limit_exceeded,
           fmt::format("行号 {} 超出范围（1–{}）", row, limits_.max_rows));
    }
  }

  static std::optional<std::string_view> attribute(const XmlToken& token, std::string_view name) {
    for (std::size_t i = 0; i < token.attribute_count; ++i) {
      if (token.attributes[i].name == name) return token.attributes[i].value;
    }
    return std::nullopt;
  }

  void begin_row(const XmlToken& token, bool implicit = false) {
    std::uint64_t row = current_row_ + 1;
    std::optional<std::string_view> r;
    if (!implicit) r = attribute(token, "r");
    if (r) {
      if (!parse_uint(*r, row))
        fail(ErrorCode::malformed_xml, fmt::format("无效的行号 r=\"{}\"", *r));
    }
    check_row(row);
    if (!rows_seen_.insert(row)) {
      fail(ErrorCode::duplicate_cell, fmt::format("第 {} 行出现了两次", row));
    }
    current_row_ = static_cast<std::uint32_t>(row);
    current_column_ = 0;
    columns_seen_.clear();
    in_row_ = true;
    if (index_) {
      if (implicit) {
        index_->on_cell_outside_row();
      } else {
        index_->on_row(current_row_, token.offset, r.has_value());
      }
    }
    visitor_.on_row_begin(current_row_);
  }

  void end_row() {
    if (!in_row_) return;
    in_row_ = false;
    visitor_.on_row_end(current_row_);
  }

  // Reads "AB12" into row/column. A reference without its row ("AB") is refused: Excel never
  // writes one, and the reader and the rewriter would have to agree on a guess.
  void parse_cell_reference(std::string_view ref) {
    std::size_t i = 0;
    std::uint64_t column = 0;
    while (i < ref.size() &&
           ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
      column = column * 26 + static_cast<std::uint64_t>((ref[i] | 0x20) - 'a' + 1);
      if (++i > 7) break;
    }
    std::uint64_t row = 0;
    if (i == 0 || (i < ref.size() && !parse_uint(ref.substr(i), row))) {
      fail(ErrorCode::malformed_xml, fmt::format("无效的单元格引用 r=\"{}\"", ref));
    }
    if (column > limits_.max_columns) {
      fail(ErrorCode::limit_exceeded,
           fmt::format("单元格 {} 的列超出上限（{} 列）", ref, limits_.max_columns));
    }
    if (i == ref.size()) {
      fail(ErrorCode::malformed_xml, fmt::format("单元格引用 r=\"{}\" 缺少行号", ref));
    }
    check_row(row);
    if (row != current_row_) {
      fail(ErrorCode::malformed_xml,
           fmt::format("单元格 {} 不在它所在的第 {} 行", ref, current_row_));
    }
    cell_.ref = CellRef{static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(column)};
  }

  void begin_cell(const XmlToken& token, bool empty) {
    if (!in_row_) {  // a <c> outside <row>: tolerate as part of an implicit next row
      begin_row(XmlToken{}, true);
    }
    cell_ = Cell{};
    value_.clear();
    formula_.clear();
    inline_.clear();
    type_attr_ = {};
    shared_formula_ = false;
    formula_si_ = -1;
    bool have_ref = false;
    for (std::size_t i = 0; i < token.attribute_count; ++i) {
      std::string_view name = token.attributes[i].name;
      std::string_view value = token.attributes[i].value;
      if (name.size() != 1) continue;
      if (name[0] == 'r') {
        parse_cell_reference(value);
        have_ref = true;
      } else if (name[0] == 's') {
        std::uint64_t s = 0;
        if (parse_uint(value, s) && s < (1ULL << 31)) cell_.style = static_cast<std::uint32_t>(s);
      } else if (name[0] == 't') {
        type_attr_.assign(value);
      }
    }
    if (!have_ref) {
      std::uint64_t column = static_cast<std::uint64_t>(current_column_) + 1;
      if (column > limits_.max_columns) {
        fail(ErrorCode::limit_exceeded, fmt::format("第 {} 行的列数超出上限", current_row_));
      }
      cell_.ref = CellRef{current_row_, static_cast<std::uint32_t>(column)};
    }
    current_column_ = cell_.ref.column;
    if (!columns_seen_.insert(current_column_)) {
      fail(ErrorCode::duplicate_cell, fmt::format("单元格 {} 出现了两次", cell_name(cell_.ref)));
    }
    if (++summary_cells_seen_ > limits_.max_cells) {
      fail(ErrorCode::limit_exceeded, fmt::format("单元格数超过上限 {}", limits_.max_cells));
    }
    in_cell_ = true;
    if (empty) end_cell();
  }

  void begin_formula(const XmlToken& token, bool empty) {
    summary.has_formulas = true;
    bool shared = attribute(token, "t").value_or("") == "shared";
    std::string_view si = attribute(token, "si").value_or("");
    if (shared) {
      std::uint64_t index = 0;
      if (parse_uint(si, index) && index < (1ULL << 31)) formula_si_ = static_cast<long>(index);
      shared_formula_ = true;
    }
    if (!empty) capture_ = Capture::formula;
  }

  void resolve_shared_formula() {
    if (!shared_formula_ || formula_si_ < 0) return;
    if (!formula_.empty()) {
      shared_masters_[formula_si_] = {cell_.ref, formula_};
      return;
    }
    if (!expand_shared_) return;  // nobody reads it: a dependent costs no more than its bytes
    auto it = shared_masters_.find(formula_si_);
    if (it == shared_masters_.end()) return;  // master missing: leave the formula text empty
    meter_.add(it->second.text.size());  // what the moved copy costs, charged before it is made
    formula_ = shift_formula(
        it->second.text,
        static_cast<long>(cell_.ref.row) - static_cast<long>(it->second.anchor.row),
        static_cast<long>(cell_.ref.column) - static_cast<long>(it->second.anchor.column));
  }

  void end_cell() {
    in_cell_ = false;
    in_inline_ = false;
    capture_ = Capture::none;
    resolve_shared_formula();
    cell_.formula = formula_;
    std::string_view t = type_attr_;
    if (t == "s") {
      std::uint64_t index = 0;
      if (!parse_uint(value_, index) || index >= strings_.size()) {
        if (!value_.empty()) {
          fail(ErrorCode::malformed_xml,
               fmt::format("单元格 {} 的共享字符串序号 {} 不存在", cell_name(cell_.ref), value_));
        }
      } else {
        cell_.type = CellType::text;
        cell_.text = strings_.at(index);
      }
    } else if (t == "inlineStr") {
      decode_ooxml_escapes(inline_);
      cell_.type = CellType::text;
      cell_.text = inline_;
    } else if (t == "str") {
      decode_ooxml_escapes(value_);
      cell_.type = CellType::text;
      cell_.text = value_;
    } else if (t == "b") {
      if (!value_.empty()) {
        cell_.type = CellType::boolean;
        cell_.number = (value_ == "1" || value_ == "true") ? 1 : 0;
        cell_.text = value_;
      }
    } else if (t == "e") {
      cell_.type = CellType::error;
      cell_.text = value_;
    } else if (t == "d") {
      if (!value_.empty()) {
        double serial = 0;
        if (iso_date_to_serial(value_, serial)) {
          cell_.type = CellType::number;
          cell_.number = serial;
        } else {
          cell_.type = CellType::text;
        }
        cell_.text = value_;
      }
    } else if (!value_.empty()) {
      cell_.text = value_;
      const char* begin = value_.data();
      const char* end = begin + value_.size();
      while (begin < end && *begin == ' ') ++begin;
      auto [ptr, ec] = std::from_chars(begin, end, cell_.number);
      // "nan", "inf" and "1e309" are no numbers Excel writes: they stay text, so no NaN or
      // infinity ever reaches a reader.
      bool finite = ec == std::errc() && ptr == end && std::isfinite(cell_.number);
      cell_.type = finite ? CellType::number : CellType::text;
      if (!finite) cell_.number = 0;
    }
    meter_.add(cell_.text.size());
    if (cell_.type != CellType::empty) {
      ++summary.cells;
      if (cell_.ref.row > summary.max_row) summary.max_row = cell_.ref.row;
      if (cell_.ref.column > summary.max_column) summary.max_column = cell_.ref.column;
    }
    visitor_.on_cell(cell_);
  }

  struct SharedMaster {
    CellRef anchor;
    std::string text;
  };

  const SharedStrings& strings_;
  const Limits& limits_;
  CellVisitor& visitor_;
  std::string part_;
  bool in_sheet_data_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool in_inline_ = false;
  int rph_depth_ = 0;
  Capture capture_ = Capture::none;
  std::uint32_t current_row_ = 0;
  std::uint32_t current_column_ = 0;
  SeenNumbers rows_seen_;     // row numbers of the sheet so far
  SeenNumbers columns_seen_;  // columns of the current row
  std::uint64_t summary_cells_seen_ = 0;
  Cell cell_;
  std::string type_attr_;
  std::string value_;
  std::string formula_;
  std::string inline_;
  bool shared_formula_ = false;
  long formula_si_ = -1;
  std::unordered_map<long, SharedMaster> shared_masters_;
  BudgetMeter meter_;
  bool expand_shared_;
};

}  // namespace

bool iso_date_to_serial(std::string_view text, double& serial) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  double s = 0;
  auto num = [&](std::size_t pos, std::size_t len, int& out) {
    if (pos + len > text.size()) return false;
    auto [p, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, out);
    return ec == std::errc() && p == text.data() + pos + len;
  };
  if (!num(0, 4, y) || text.size() < 10 || text[4] != '-' || !num(5, 2, mo) || text[7] != '-' ||
      !num(8, 2, d) || mo < 1 || mo > 12 || d < 1 || d > 31)
    return false;
  if (text.size() > 10) {
    if (text[10] != 'T' || !num(11, 2, h) || text.size() < 16 || text[13] != ':' || !num(14, 2, mi))
      return false;
    if (text.size() > 16 && text[16] == ':') {
      std::size_t end = 17;
      while (end < text.size() &&
             (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.'))
        ++end;
      auto [p, ec] = std::from_chars(text.data() + 17, text.data() + end, s);
      if (ec != std::errc()) return false;
    }
  }
  std::int64_t days = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) -
                      days_from_civil(1899, 12, 30);
  serial = static_cast<double>(days) + (h * 3600 + mi * 60 + s) / 86400.0;
  return true;
}

SheetSummary stream_sheet(const ZipReader& zip, const ZipEntry& entry, const SharedStrings& strings,
                          const Limits& limits, const WorkBudget& budget, CellVisitor& visitor,
                          RetainedSheet* keep) {
  budget.charge(entry.uncompressed_size, entry.name);
  std::optional<RowIndexBuilder> index;
  if (keep) {
    keep->part = entry.name;
    keep->xml.reserve(entry.uncompressed_size);
    index.emplace(*keep);
  }
  SheetHandler handler(strings, limits, budget, visitor, entry.name, index ? &*index : nullptr);
  scan_part(zip, entry, handler, limits, keep ? &keep->xml : nullptr);
  handler.finish();
  if (index) index->finish();
  return std::move(handler.summary);
}

SheetSummary stream_sheet(const RetainedSheet& kept, const SharedStrings& strings,
                          const Limits& limits, const WorkBudget& budget, CellVisitor& visitor) {
  budget.charge(kept.xml.size(), kept.part);
  SheetHandler handler(strings, limits, budget, visitor, kept.part, nullptr);
  XmlScanner scanner(kept.part, handler, limits);
  constexpr std::size_t kSlice = 1U << 20;  // bounds what the scanner carries between feeds
  for (std::size_t pos = 0; pos < kept.xml.size() && !scanner.stopped(); pos += kSlice)
    scanner.feed(std::string_view(kept.xml).substr(pos, kSlice));
  scanner.finish();
  handler.finish();
  return std::move(handler.summary);
}

}  // namespace evalbook::xlsx
