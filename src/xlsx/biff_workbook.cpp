#include "xlsx/biff_workbook.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <deque>

#include "xlsx/biff_bytes.h"
#include "xlsx/biff_formula.h"
#include "xlsx/biff_sheet_formulas.h"
#include "xlsx/biff_text.h"
#include "xlsx/cfb_file.h"
#include "xlsx/errors.h"
#include "xlsx/number_format.h"

namespace evalbook::xlsx {

namespace {

using biff::le16;
using biff::le32;
using biff::le_double;

// Record types (MS-XLS 2.3).
enum : std::uint16_t {
  kFormula = 0x0006,
  kEof = 0x000A,
  kExternSheet = 0x0017,
  kName = 0x0018,
  kDateMode = 0x0022,
  kFilePass = 0x002F,
  kContinue = 0x003C,
  kCodePage = 0x0042,
  kBoundSheet = 0x0085,
  kMulRk = 0x00BD,
  kXf = 0x00E0,
  kMergedCells = 0x00E5,
  kRString = 0x00D6,
  kSupBook = 0x01AE,
  kShrFmla = 0x04BC,
  kSst = 0x00FC,
  kLabelSst = 0x00FD,
  kNumber = 0x0203,
  kLabel = 0x0204,
  kBoolErr = 0x0205,
  kString = 0x0207,
  kRk = 0x027E,
  kFormat = 0x041E,
  kBof = 0x0809,
};

constexpr std::uint16_t kBiff8 = 0x0600;
constexpr std::uint16_t kBiff5 = 0x0500;
constexpr std::uint16_t kBofGlobals = 0x0005;
// MS-XLS caps a record's data at 8,224 bytes; anything longer is damage, not a workbook.
constexpr std::size_t kMaxRecordBytes = 8224;
// A cell names its format by a 16-bit XF index: more XF records than that cannot be used.
constexpr std::size_t kMaxXfRecords = 65536;
// Token bytes a sheet may decode per byte of the stream (a shared formula is decoded once for
// each of its cells, each of which takes ~27 bytes of FORMULA record) and at least.
constexpr std::size_t kFormulaWorkPerByte = 16;
constexpr std::size_t kFormulaWorkFloor = 1 << 20;

[[noreturn]] void corrupt(const std::string& what) {
  throw XlsxError(ErrorCode::corrupt_xls, fmt::format("旧版工作簿的记录已损坏：{}", what),
                  "Workbook");
}

// RK: a 30-bit integer or the top 30 bits of a double, optionally divided by 100.
double rk_value(std::uint32_t rk) {
  double v;
  if (rk & 0x02) {
    v = static_cast<double>(static_cast<std::int32_t>(rk) >> 2);
  } else {
    v = std::bit_cast<double>(std::uint64_t{rk & 0xFFFFFFFCu} << 32);
  }
  return (rk & 0x01) ? v / 100.0 : v;
}

// A cell's error value; a code that names none shows as #VALUE!, as Excel shows it.
std::string_view error_text(std::uint8_t code) {
  return biff::error_name(code).value_or("#VALUE!");
}

struct Record {
  std::uint16_t type = 0;
  std::string_view data;
};

// Walks records from an offset of the Workbook stream.
class RecordCursor {
 public:
  RecordCursor(std::string_view stream, std::size_t at) : stream_(stream), at_(at) {
    if (at > stream.size()) corrupt(fmt::format("工作表起点 {} 超出数据流", at));
  }
  bool next(Record& r) {
    if (at_ + 4 > stream_.size()) return false;
    r.type = le16(stream_, at_);
    const std::size_t length = le16(stream_, at_ + 2);
    if (length > kMaxRecordBytes)
      corrupt(fmt::format("记录 0x{:04X} 长 {} 字节，超过 {}", r.type, length, kMaxRecordBytes));
    if (at_ + 4 + length > stream_.size()) corrupt(fmt::format("记录 0x{:04X} 被截断", r.type));
    r.data = stream_.substr(at_ + 4, length);
    at_ += 4 + length;
    return true;
  }
  std::uint16_t peek_type() const { return at_ + 4 <= stream_.size() ? le16(stream_, at_) : 0; }

 private:
  std::string_view stream_;
  std::size_t at_;
};

void need(const Record& r, std::size_t bytes) {
  if (r.data.size() < bytes)
    corrupt(fmt::format("记录 0x{:04X} 只有 {} 字节，至少应有 {}", r.type, r.data.size(), bytes));
}

struct PendingCell {
  std::uint32_t row;
  std::uint32_t column;
  std::uint32_t order;  // later records win over earlier ones for the same cell
  CellType type;
  std::uint16_t xf;
  double number;
  std::string_view text;
  std::string_view formula;
};

class BiffWorkbook : public Workbook {
 public:
  BiffWorkbook(std::string stream, const Limits& limits)
      : stream_(std::move(stream)), limits_(limits) {
    read_globals();
  }

  const std::vector<SheetInfo>& sheets() const override { return sheets_; }
  bool date1904() const override { return date1904_; }

  std::string_view number_format(std::uint32_t style) const override {
    if (style >= xf_format_ids_.size()) return "General";
    const std::uint16_t id = xf_format_ids_[style];
    for (const auto& [fid, code] : formats_) {
      if (fid == id) return code;
    }
    const std::string_view builtin = builtin_format_code(id);
    return builtin.empty() ? std::string_view("General") : builtin;
  }

  SheetSummary read_sheet(std::size_t index, CellVisitor& visitor) const override {
    if (index >= sheets_.size())
      throw XlsxError(ErrorCode::bad_argument,
                      fmt::format("工作表序号 {} 不存在（共 {} 个）", index + 1, sheets_.size()));

    return stream_sheet(sheet_offsets_[index], sheet_numbers_[index], visitor);
  }

  std::string display_text(const Cell& cell) const override {
    switch (cell.type) {
      case CellType::empty:
        return {};
      case CellType::number:
        return format_number(cell.number, number_format(cell.style), date1904_);
      case CellType::text:
        return format_text(cell.text, number_format(cell.style));
      case CellType::boolean:
        return cell.number != 0 ? "TRUE" : "FALSE";
      case CellType::error:
        return std::string(cell.text);
    }
    return {};
  }

  bool is_package() const override { return false; }
  const ZipReader& package() const override {
    throw XlsxError(ErrorCode::ole_legacy_xls, "旧版 .xls 工作簿不能直接修改，请先转换为 .xlsx");
  }

 private:
  std::string text(std::string_view data, std::size_t at, int length_bytes) const {
    if (biff8_) {
      biff::ContinuedData cursor({data.substr(std::min(at, data.size()))});
      return cursor.unicode_string(length_bytes);
    }
    // BIFF5: a byte string in the workbook's code page.
    if (at + length_bytes > data.size()) corrupt("字符串长度缺失");
    const std::size_t n = length_bytes == 1 ? static_cast<unsigned char>(data[at]) : le16(data, at);
    if (at + length_bytes + n > data.size()) corrupt("字符串超出记录末尾");
    return biff::codepage_to_utf8(data.substr(at + length_bytes, n), codepage_);
  }

  // A STRING (a formula's text result) long enough to run on into CONTINUE records.
  std::string continued_text(const Record& r, RecordCursor& cursor) const {
    if (!biff8_) return text(r.data, 0, 2);
    std::vector<std::string_view> segments{r.data};
    Record more;
    while (cursor.peek_type() == kContinue && cursor.next(more)) segments.push_back(more.data);
    biff::ContinuedData data(std::move(segments));
    return data.unicode_string(2);
  }

  void read_globals() {
    RecordCursor cursor(stream_, 0);
    Record r;
    if (!cursor.next(r) || r.type != kBof || r.data.size() < 4)
      corrupt("工作簿数据流不以起始记录开头");
    const std::uint16_t version = le16(r.data, 0);
    if (version != kBiff8 && version != kBiff5)
      throw XlsxError(ErrorCode::unsupported_xls,
                      fmt::format("不支持的旧版 Excel 格式（BIFF 版本 0x{:04X}，早于 Excel "
                                  "95），请在 Excel/WPS 中另存为 .xlsx",
                                  version));
    if (le16(r.data, 2) != kBofGlobals) corrupt("第一个子流不是工作簿全局区");
    biff8_ = version == kBiff8;
    struct RawSheet {
      std::uint32_t offset;
      std::uint8_t state;
      std::uint8_t kind;
      std::string_view name_data;
    };
    std::vector<RawSheet> raw_sheets;
    std::vector<std::pair<std::uint16_t, std::string_view>> raw_formats;
    std::vector<bool> own_supbooks;
    bool ended = false;
    while (cursor.next(r)) {
      switch (r.type) {
        case kFilePass:
          throw XlsxError(ErrorCode::encrypted,
                          "工作簿设有打开密码（加密），请在 Excel/WPS 中取消密码后重新保存");
        case kCodePage:
          need(r, 2);
          codepage_ = le16(r.data, 0);
          break;
        case kDateMode:
          need(r, 2);
          date1904_ = le16(r.data, 0) == 1;
          break;
        case kFormat:
          need(r, 3);
          raw_formats.emplace_back(le16(r.data, 0), r.data);
          break;
        case kXf:
          need(r, 4);
          if (xf_format_ids_.size() >= kMaxXfRecords)
            throw XlsxError(ErrorCode::limit_exceeded, "单元格格式过多");
          xf_format_ids_.push_back(le16(r.data, 2));
          break;
        case kBoundSheet:
          need(r, 7);
          if (raw_sheets.size() >= limits_.max_sheets)
            throw XlsxError(ErrorCode::limit_exceeded,
                            fmt::format("工作表数超过上限 {}", limits_.max_sheets));
          raw_sheets.push_back({le32(r.data, 0), static_cast<std::uint8_t>(r.data[4]),
                                static_cast<std::uint8_t>(r.data[5]), r.data});
          break;
        case kSst:
          read_sst(r, cursor);
          break;
        case kSupBook:
          own_supbooks.push_back(biff::is_own_workbook(r.data));
          break;
        case kExternSheet:
          if (biff8_) formula_names_.extern_sheets = biff::read_extern_sheets(r.data, own_supbooks);
          break;
        case kName:
          if (biff8_) formula_names_.names.push_back(biff::read_defined_name(r.data));
          break;
        case kEof:
          ended = true;
          break;
        default:
          break;
      }
      if (ended) break;
    }
    if (!ended) corrupt("工作簿全局区没有结束记录");
    for (const auto& [id, data] : raw_formats)
      formats_.emplace_back(id, text(data, 2, biff8_ ? 2 : 1));
    for (const auto& s : raw_sheets) {
      // Formulas count every sheet; charts, macro and VBA sheets hold no cells of a form.
      formula_names_.sheets.push_back(text(s.name_data, 6, 1));
      if (s.kind != 0) continue;
      SheetInfo info;
      info.name = formula_names_.sheets.back();
      info.part = fmt::format("Workbook@{}", s.offset);
      info.hidden = s.state != 0;
      sheets_.push_back(std::move(info));
      sheet_offsets_.push_back(s.offset);
      sheet_numbers_.push_back(static_cast<std::uint16_t>(formula_names_.sheets.size() - 1));
    }
  }

  void read_sst(const Record& first, RecordCursor& cursor) {
    std::vector<std::string_view> segments{first.data};
    Record r;
    while (cursor.peek_type() == kContinue && cursor.next(r)) segments.push_back(r.data);
    biff::ContinuedData data(std::move(segments));
    data.u32();  // total references: not needed
    const std::uint32_t unique = data.u32();
    if (unique > limits_.max_shared_strings)
      throw XlsxError(ErrorCode::limit_exceeded, fmt::format("共享字符串数 {} 超过上限", unique));
    for (std::uint32_t i = 0; i < unique; ++i) {
      if (data.at_end())
        corrupt(fmt::format("共享字符串表声明 {} 个字符串，只有 {} 个", unique, i));
      strings_.push_back(data.unicode_string(2));
    }
  }

  SheetSummary stream_sheet(std::uint32_t offset, std::uint16_t sheet_number,
                            CellVisitor& visitor) const {
    RecordCursor cursor(stream_, offset);
    Record r;
    if (!cursor.next(r) || r.type != kBof || r.data.size() < 4)
      corrupt(fmt::format("工作表起点 {} 处没有起始记录", offset));
    SheetSummary summary;
    std::vector<PendingCell> cells;
    std::deque<std::string> owned;           // texts of LABEL and STRING records
    std::size_t formula_waiting = SIZE_MAX;  // a string-valued FORMULA whose STRING comes next
    int depth = 1;
    // Formula text is decoded for BIFF8 only (BIFF5 tokens address cells differently): a real
    // sheet decodes far fewer token bytes than the stream holds; a crafted one is cut off.
    biff::SheetFormulas formulas(
        formula_names_, sheet_number,
        biff8_ ? kFormulaWorkPerByte * stream_.size() + kFormulaWorkFloor : 0);
    auto add = [&](const Record& rec, CellType type, double number, std::string_view text) {
      need(rec, 6);
      if (cells.size() >= limits_.max_cells)
        throw XlsxError(ErrorCode::limit_exceeded, "单元格数超过上限");
      cells.push_back({std::uint32_t{le16(rec.data, 0)} + 1,
                       std::uint32_t{le16(rec.data, 2)} + 1,
                       static_cast<std::uint32_t>(cells.size()),
                       type,
                       le16(rec.data, 4),
                       number,
                       text,
                       {}});
    };
    // Excel cannot store NaN or an infinity: such a NUMBER is shown as the error it would be.
    auto add_number = [&](const Record& rec, double v) {
      if (std::isfinite(v)) {
        add(rec, CellType::number, v, {});
      } else {
        add(rec, CellType::error, 0, "#NUM!");
      }
    };
    while (depth > 0) {
      if (!cursor.next(r)) corrupt("工作表没有结束记录");
      if (r.type == kBof) {  // an embedded chart: skipped to its own EOF
        ++depth;
        continue;
      }
      if (r.type == kEof) {
        --depth;
        continue;
      }
      if (depth > 1) continue;
      switch (r.type) {
        case kNumber:
          need(r, 14);
          add_number(r, le_double(r.data, 6));
          break;
        case kRk:
          need(r, 10);
          add(r, CellType::number, rk_value(le32(r.data, 6)), {});
          break;
        case kMulRk: {
          need(r, 6);
          const std::uint32_t row = le16(r.data, 0) + 1;
          const std::uint32_t col = le16(r.data, 2) + 1;
          const std::size_t n = (r.data.size() - 6) / 6;
          for (std::size_t i = 0; i < n; ++i) {
            if (cells.size() >= limits_.max_cells)
              throw XlsxError(ErrorCode::limit_exceeded, "单元格数超过上限");
            cells.push_back({row,
                             col + static_cast<std::uint32_t>(i),
                             static_cast<std::uint32_t>(cells.size()),
                             CellType::number,
                             le16(r.data, 4 + 6 * i),
                             rk_value(le32(r.data, 6 + 6 * i)),
                             {},
                             {}});
          }
          break;
        }
        case kLabelSst: {
          need(r, 10);
          const std::uint32_t index = le32(r.data, 6);
          if (index >= strings_.size())
            corrupt(fmt::format("共享字符串序号 {} 超出范围（共 {} 个）", index, strings_.size()));
          add(r, CellType::text, 0, strings_[index]);
          break;
        }
        case kLabel:
        case kRString:
          need(r, 8);
          owned.push_back(text(r.data, 6, 2));
          add(r, CellType::text, 0, owned.back());
          break;
        case kBoolErr:
          need(r, 8);
          if (r.data[7] != 0) {
            add(r, CellType::error, 0, error_text(static_cast<std::uint8_t>(r.data[6])));
          } else {
            add(r, CellType::boolean, r.data[6] != 0 ? 1 : 0, {});
          }
          break;
        case kFormula:
          need(r, 20);
          summary.has_formulas = true;
          read_formula(r, add, formula_waiting, cells.size());
          if (biff8_) formulas.on_formula(cells.size() - 1, r.data);
          break;
        case kShrFmla:
          if (biff8_ && r.data.size() >= 10) formulas.on_shared_formula(r.data);
          break;
        case kString:
          if (formula_waiting < cells.size()) {
            owned.push_back(continued_text(r, cursor));
            cells[formula_waiting].type = CellType::text;
            cells[formula_waiting].text = owned.back();
            formula_waiting = SIZE_MAX;
          }
          break;
        case kMergedCells: {
          need(r, 2);
          const std::size_t n = std::min<std::size_t>(le16(r.data, 0), (r.data.size() - 2) / 8);
          for (std::size_t i = 0; i < n; ++i) {
            const std::size_t at = 2 + 8 * i;
            RangeRef range{
                {std::uint32_t{le16(r.data, at)} + 1, std::uint32_t{le16(r.data, at + 4)} + 1},
                {std::uint32_t{le16(r.data, at + 2)} + 1, std::uint32_t{le16(r.data, at + 6)} + 1}};
            if (range.last.row < range.first.row || range.last.column < range.first.column)
              corrupt("合并区域首尾颠倒");
            summary.merged.push_back(range);
          }
          break;
        }
        default:
          break;
      }
    }
    for (const auto& [cell, text] : formulas.resolve()) cells[cell].formula = text;
    emit(cells, summary, visitor);
    return summary;
  }

  // A FORMULA's cached result: a number, or (flagged by 0xFFFF in its top bytes) a string that
  // follows in a STRING record, a boolean, an error or an empty string.
  template <class Add>
  void read_formula(const Record& r, Add& add, std::size_t& waiting, std::size_t index) const {
    const std::string_view result = r.data.substr(6, 8);
    if (le16(result, 6) != 0xFFFF) {
      const double v = le_double(r.data, 6);
      if (std::isfinite(v)) {
        add(r, CellType::number, v, {});
      } else {
        add(r, CellType::error, 0, "#NUM!");
      }
      return;
    }
    switch (static_cast<std::uint8_t>(result[0])) {
      case 0:
        add(r, CellType::empty, 0, {});
        waiting = index;
        break;
      case 1:
        add(r, CellType::boolean, result[2] != 0 ? 1 : 0, {});
        break;
      case 2:
        add(r, CellType::error, 0, error_text(static_cast<std::uint8_t>(result[2])));
        break;
      default:  // 3: an empty string
        add(r, CellType::empty, 0, {});
        break;
    }
  }

  static void emit(std::vector<PendingCell>& cells, SheetSummary& summary, CellVisitor& visitor) {
    std::sort(cells.begin(), cells.end(), [](const PendingCell& a, const PendingCell& b) {
      if (a.row != b.row) return a.row < b.row;
      if (a.column != b.column) return a.column < b.column;
      return a.order < b.order;
    });
    std::uint32_t row = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const PendingCell& p = cells[i];
      if (i + 1 < cells.size() && cells[i + 1].row == p.row && cells[i + 1].column == p.column)
        continue;  // the same cell written twice: the later record is what Excel shows
      if (p.row != row) {
        if (row != 0) visitor.on_row_end(row);
        row = p.row;
        visitor.on_row_begin(row);
      }
      Cell cell;
      cell.ref = {p.row, p.column};
      cell.type = p.type;
      cell.number = p.number;
      cell.text = p.text;
      cell.style = p.xf;
      cell.formula = p.formula;
      visitor.on_cell(cell);
      if (p.type != CellType::empty) {
        ++summary.cells;
        summary.max_row = std::max(summary.max_row, p.row);
        summary.max_column = std::max(summary.max_column, p.column);
      }
    }
    if (row != 0) visitor.on_row_end(row);
  }

  std::string stream_;
  Limits limits_;
  bool biff8_ = true;
  bool date1904_ = false;
  std::uint16_t codepage_ = 1252;
  std::vector<std::uint16_t> xf_format_ids_;
  std::vector<std::pair<std::uint16_t, std::string>> formats_;
  std::deque<std::string> strings_;  // the SST; cells view into it, so it never moves
  std::vector<SheetInfo> sheets_;
  std::vector<std::uint32_t> sheet_offsets_;
  std::vector<std::uint16_t> sheet_numbers_;  // each sheet's place among all BOUNDSHEETs
  biff::FormulaNames formula_names_;
};

}  // namespace

bool has_compound_file_signature(std::string_view bytes) {
  static constexpr unsigned char kSignature[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  return bytes.size() >= 8 && std::memcmp(bytes.data(), kSignature, 8) == 0;
}

std::unique_ptr<Workbook> open_compound_workbook(std::string bytes, const Limits& limits) {
  std::optional<std::string> stream;
  {
    const CfbFile file(bytes, limits);
    if (file.has_stream("EncryptionInfo") || file.has_stream("EncryptedPackage"))
      throw XlsxError(ErrorCode::ole_encrypted,
                      "工作簿设有打开密码（加密），请在 Excel/WPS 中取消密码后另存为 .xlsx");
    stream = file.read_stream("Workbook");
    if (!stream) stream = file.read_stream("Book");
    if (!stream) throw XlsxError(ErrorCode::ole_other, "文件是 OLE 复合文档而不是工作簿");
  }
  return std::make_unique<BiffWorkbook>(std::move(*stream), limits);
}

}  // namespace evalbook::xlsx
