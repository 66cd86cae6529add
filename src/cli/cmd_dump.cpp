// evalbook dump FILE... [--sheet NAME|NUMBER] [--values|--formulas]: every sheet as text, one line
// per row, TAB between cells, each cell as Excel displays it (CLI-CONTRACT.md); --formulas shows
// a formula cell's formula (=SUM(B3:B9)) instead.
#include <fmt/format.h>

#include <charconv>

#include "cli/arg_hints.h"
#include "cli/cli_common.h"
#include "xlsx/cell_relay.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

namespace {

// Sheets of this much XML and more are formatted on a thread of their own. Smaller ones are not
// worth a thread; their output is also held whole (OutputBuffer) and dropped on an error.
constexpr std::uint64_t kRelayMinBytes = 16u << 20;

// Writes rows as they stream in; empty rows become empty lines only when a later row has text.
class DumpVisitor : public xlsx::CellVisitor {
 public:
  DumpVisitor(const xlsx::Workbook& workbook, OutputBuffer& out, const std::string& part,
              bool values, bool formulas)
      : workbook_(workbook), out_(out), part_(part), values_(values), formulas_(formulas) {}

  bool wants_shared_formulas() const override { return formulas_; }

  void on_row_begin(std::uint32_t row) override { start_row(row); }

  void on_cell(const xlsx::Cell& cell) override {
    if (cell.ref.row != row_) start_row(cell.ref.row);
    if (formulas_ && !cell.formula.empty()) {
      text_.clear();  // "=" then the formula (assign("=").append(...) trips GCC 12 -Wrestrict)
      text_.push_back('=');
      text_.append(cell.formula);
    } else if (cell.type == xlsx::CellType::empty) {
      return;
    } else {
      text_ = values_ ? stored_value(cell) : workbook_.display_text(cell);
    }
    if (text_.empty()) return;
    if (cell.ref.column <= last_column_) {
      throw xlsx::XlsxError(xlsx::ErrorCode::malformed_xml,
                            fmt::format("{} 第 {} 行的单元格顺序错乱（{} 列在 {} 列之后）", part_,
                                        row_, cell.ref.column, last_column_),
                            part_);
    }
    line_.append(last_column_ == 0 ? cell.ref.column - 1 : cell.ref.column - last_column_, '\t');
    append_escaped(text_);
    last_column_ = cell.ref.column;
  }

  void finish() { flush_row(); }

 private:
  // The value as stored, no number format: a number in the shortest text that reads back as
  // the same double, so other readers' values can be compared exactly.
  static std::string stored_value(const xlsx::Cell& cell) {
    switch (cell.type) {
      case xlsx::CellType::number: {
        char buffer[32];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, cell.number);
        return ec == std::errc() ? std::string(buffer, end) : std::string();
      }
      case xlsx::CellType::boolean:
        return cell.number != 0 ? "TRUE" : "FALSE";
      case xlsx::CellType::text:
      case xlsx::CellType::error:
        return std::string(cell.text);
      case xlsx::CellType::empty:
        return {};
    }
    return {};
  }

  // One line per row and one TAB between cells (CLI-CONTRACT.md): a cell's own line breaks,
  // TABs and backslashes are written as \n, \r, \t and \\.
  void append_escaped(std::string_view text) {
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      const char escaped = c == '\n'   ? 'n'
                           : c == '\r' ? 'r'
                           : c == '\t' ? 't'
                           : c == '\\' ? '\\'
                                       : 0;
      if (!escaped) continue;
      line_.append(text.substr(from, i - from));
      line_ += '\\';
      line_ += escaped;
      from = i + 1;
    }
    line_.append(text.substr(from));
  }

  void start_row(std::uint32_t row) {
    if (row == row_) return;
    flush_row();
    if (row <= printed_row_) {
      throw xlsx::XlsxError(
          xlsx::ErrorCode::malformed_xml,
          fmt::format("{} 的行顺序错乱（第 {} 行在第 {} 行之后）", part_, row, printed_row_),
          part_);
    }
    row_ = row;
  }

  void flush_row() {
    if (last_column_ == 0) return;
    out_.append_repeated('\n', row_ - printed_row_ - 1);
    out_.append(line_);
    out_.append('\n');
    printed_row_ = row_;
    line_.clear();
    last_column_ = 0;
  }

  const xlsx::Workbook& workbook_;
  OutputBuffer& out_;
  const std::string& part_;
  bool values_ = false;
  bool formulas_ = false;
  std::uint32_t row_ = 0;
  std::uint32_t printed_row_ = 0;
  std::uint32_t last_column_ = 0;
  std::string line_;
  std::string text_;
};

std::size_t pick_sheet(const xlsx::Workbook& workbook, const std::string& wanted) {
  const auto& sheets = workbook.sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].name == wanted) return i;
  }
  std::size_t number = 0;
  auto [p, ec] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
  if (ec == std::errc() && p == wanted.data() + wanted.size() && number >= 1 &&
      number <= sheets.size())
    return number - 1;
  throw xlsx::XlsxError(xlsx::ErrorCode::bad_argument,
                        fmt::format("没有工作表“{}”（共 {} 个）", wanted, sheets.size()));
}

int dump_file(const std::string& path, const std::string& sheet, bool values, bool formulas,
              OutputBuffer& out) {
  auto workbook = xlsx::Workbook::open_file(path);
  std::vector<std::size_t> wanted;
  if (sheet.empty()) {
    for (std::size_t i = 0; i < workbook->sheets().size(); ++i) wanted.push_back(i);
  } else {
    wanted.push_back(pick_sheet(*workbook, sheet));
  }
  for (std::size_t index : wanted) {
    const auto& info = workbook->sheets()[index];
    out.append(fmt::format("# sheet: {}\n", info.name));
    DumpVisitor visitor(*workbook, out, info.part, values, formulas);
    const xlsx::ZipEntry* entry =
        workbook->is_package() ? workbook->package().find(info.part) : nullptr;
    if (entry && entry->uncompressed_size >= kRelayMinBytes) {
      // A large sheet: cells are formatted on a second thread while the next rows are parsed.
      xlsx::CellRelay relay(visitor);
      try {
        workbook->read_sheet(index, relay);
      } catch (...) {
        relay.finish();  // the rows before the error are printed, as when formatted in turn
        throw;
      }
      relay.finish();
    } else {
      workbook->read_sheet(index, visitor);
    }
    visitor.finish();
  }
  return kExitOk;
}

}  // namespace

int run_dump(const Args& args) {
  std::vector<std::string> files;
  std::string sheet;
  bool values = false;
  bool formulas = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--values") {
      values = true;
    } else if (args[i] == "--formulas") {
      formulas = true;
    } else if (args[i] == "--sheet" && i + 1 < args.size()) {
      sheet = args[++i];
    } else if (args[i].rfind("--sheet=", 0) == 0) {
      sheet = args[i].substr(8);
    } else if (args[i] == "--sheet") {
      report_missing_value("dump", "--sheet", "工作表的名称或序号（例如 --sheet 2）");
      return kExitUnreadable;
    } else if (!args[i].empty() && args[i][0] == '-' && args[i] != "-") {
      report_unknown_option("dump", args[i], {"--sheet", "--values", "--formulas"});
      return kExitUnreadable;
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) {
    report_error("dump", "bad_argument", "请给出至少一个 .xlsx 文件");
    return kExitUnreadable;
  }
  OutputBuffer out(stdout, 16 << 20);
  int status = kExitOk;
  for (const auto& file : files) {
    if (files.size() > 1) out.append(fmt::format("# file: {}\n", file));
    int rc = guarded(file, [&] { return dump_file(file, sheet, values, formulas, out); });
    if (rc == kExitUnreadable) out.discard();
    out.flush();
    status = std::max(status, rc);
  }
  return status;
}

}  // namespace evalbook::cli
