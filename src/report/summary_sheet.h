// The cells of the summary workbook's sheets, written with libxlsxwriter: the formats (money
// #,##0.00, rates 0.00%, scores 0.00, a blue bold header), cleaned text, column widths from the
// widest text (a Chinese character counts two), and one SheetWriter per sheet that keeps them.
#pragma once

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/display_width.h"
#include "report/streamed_sheet.h"
#include "xlsx/utf8.h"

namespace evalbook::report::summary {

inline constexpr const char* kFont = "宋体";
inline constexpr lxw_row_t kMaxRow = 1'048'575;  // Excel's last row, 0-based

enum class Style { text, wrap, money, percent, score, integer, header };

class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {}

  lxw_format* get(Style style, bool bold = false);
  // The header's format showing `suffix` after the header's text ("全年预算数" shown as
  // "全年预算数（万元）"): the cell keeps the name scripts read (CLI-CONTRACT.md), people see the
  // unit in the header, in Excel, WPS and LibreOffice alike (the text section of a number format).
  lxw_format* header_shown_with(const std::string& suffix);
  // A score shown against its scale: 9.5 in a 10-point row shows as "9.50/10".
  lxw_format* score_out_of(double scale);
  // The report title (large, bold, centred) and the line under it.
  lxw_format* title();
  lxw_format* subtitle();

 private:
  lxw_workbook* wb_;
  std::map<std::pair<Style, bool>, lxw_format*> cache_;
  std::map<std::string, lxw_format*> header_suffixed_;
  std::map<double, lxw_format*> score_scales_;
  lxw_format* title_ = nullptr;
  lxw_format* subtitle_ = nullptr;
};

// Throws std::runtime_error naming `what` when libxlsxwriter failed.
void check_lxw(lxw_error err, std::string_view what);

// Whether cell_text would change `s` (checked first: almost no text needs it).
bool needs_cleaning(std::string_view s);

// Text a cell can hold: no control characters, at most Excel's 32,767 characters.
std::string cell_text(std::string_view s);

// Characters of the number as its format shows it (from its magnitude; no formatting needed).
double number_width(double v, Style style);

// 0 -> "A", 26 -> "AA".
std::string column_name(std::size_t col);

// An absolute range of one column on another sheet: '项目汇总'!$G$2:$G$40.
std::string column_range(const std::string& sheet, std::size_t col, lxw_row_t first,
                         lxw_row_t last);

// A new sheet; throws when libxlsxwriter refuses the name.
lxw_worksheet* add_sheet(lxw_workbook* wb, const std::string& name);

struct Column {
  Column() = default;
  // Spelled out so that {"序号", Style::integer, 5, 7} leaves the rest at its default without a
  // missing-initializer warning for every column.
  Column(std::string header_text, Style column_style = Style::text, double min = 6, double max = 40,
         std::string after = {})
      : header(std::move(header_text)),
        style(column_style),
        min_width(min),
        max_width(max),
        shown_after(std::move(after)) {}
  std::string header;
  Style style = Style::text;
  double min_width = 6;
  double max_width = 40;
  std::string shown_after;  // shown after the header by its format: "（万元）"
};

// Writes one sheet's header and cells, tracking each column's width.
class SheetWriter {
 public:
  // On a sheet added before (add_sheet), so sheets keep their order whatever is written first.
  // The header goes on `header_row`; rows above it are the title's (title()).
  SheetWriter(lxw_worksheet* ws, Formats& formats, const std::string& name,
              std::vector<Column> columns, lxw_row_t header_row = 0)
      : formats_(formats),
        name_(name),
        columns_(std::move(columns)),
        ws_(ws),
        header_row_(header_row) {
    widths_.resize(columns_.size(), 0);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const Column& col = columns_[c];
      lxw_format* format = col.shown_after.empty() ? formats_.get(Style::header)
                                                   : formats_.header_shown_with(col.shown_after);
      check_lxw(worksheet_write_string(ws_, header_row_, static_cast<lxw_col_t>(c),
                                       col.header.c_str(), format),
                "header");
      widths_[c] = display_width(col.header + col.shown_after) + 2;
    }
  }

  // The report's title across the table on row 0 and, on row 1, a line under it (制表单位 and
  // 制表日期), for a sheet whose header row is 2.
  void title(const std::string& title, const std::string& subtitle);

  // Prints only the first `count` columns: the ones a signed report needs, not the file paths
  // and notes that would shrink a page to unreadable print. Before title().
  void print_columns(std::size_t count) { printed_columns_ = count; }

  // The first row below the header.
  lxw_row_t first_data_row() const { return header_row_ + 1; }

  lxw_worksheet* sheet() const { return ws_; }
  const std::string& name() const { return name_; }
  std::size_t column_count() const { return columns_.size(); }

  // From now on text cells below the header go to `rows` (spliced into the sheet after
  // libxlsxwriter has written the workbook) instead of libxlsxwriter; text only.
  void stream_to(StreamedRows& rows) { stream_ = &rows; }

  void text(lxw_row_t row, std::size_t col, const std::string& s, bool bold = false) {
    if (s.empty()) return;
    if (needs_cleaning(s)) {
      write_text(row, col, cell_text(s), bold);
    } else {
      write_text(row, col, s, bold);
    }
  }
  void text(lxw_row_t row, std::size_t col, const char* s, bool bold = false) {
    text(row, col, std::string(s), bold);
  }

  void number(lxw_row_t row, std::size_t col, std::optional<double> v, bool bold = false) {
    only_text_streamed(row);
    last_row_ = std::max(last_row_, row);
    if (!v || !std::isfinite(*v)) return;
    const Style style = columns_[col].style;
    check_lxw(worksheet_write_number(ws_, row, static_cast<lxw_col_t>(col), *v,
                                     formats_.get(style, bold)),
              "number");
    widen(col, number_width(*v, style) + 2);
  }

  // A number in a format of its own (Formats::score_out_of), its width that of "99.50/100".
  void number_as(lxw_row_t row, std::size_t col, std::optional<double> v, lxw_format* format) {
    only_text_streamed(row);
    last_row_ = std::max(last_row_, row);
    if (!v || !std::isfinite(*v)) return;
    check_lxw(worksheet_write_number(ws_, row, static_cast<lxw_col_t>(col), *v, format), "number");
    widen(col, number_width(*v, Style::score) + 6);
  }
  // A formula and the value it computes.
  void formula(lxw_row_t row, std::size_t col, const std::string& f, double value,
               bool bold = false) {
    only_text_streamed(row);
    last_row_ = std::max(last_row_, row);
    const Style style = columns_[col].style;
    check_lxw(
        worksheet_write_formula_num(ws_, row, static_cast<lxw_col_t>(col), f.c_str(),
                                    formats_.get(style, bold), std::isfinite(value) ? value : 0),
        "formula");
    widen(col, number_width(value, style) + 2);
  }

  // A formula whose value is text (an empty result of IF/IFERROR).
  void formula_text(lxw_row_t row, std::size_t col, const std::string& f, const std::string& value,
                    bool bold = false) {
    only_text_streamed(row);
    last_row_ = std::max(last_row_, row);
    check_lxw(worksheet_write_formula_str(ws_, row, static_cast<lxw_col_t>(col), f.c_str(),
                                          formats_.get(columns_[col].style, bold), value.c_str()),
              "formula");
  }

  // Widths, the frozen header, the autofilter over the header and the rows to last_row, and
  // the print set-up (print_setup()).
  void finish(lxw_row_t last_row);

 private:
  void widen(std::size_t col, double w) { widths_[col] = std::max(widths_[col], w); }

  // What finance staff print and stamp: A4 landscape, one page wide, the header row on every
  // page, the sheet's name at the top and 第 N 页 共 M 页 at the bottom, with grid lines.
  void print_setup();

  // A streamed sheet's rows hold text only: a libxlsxwriter cell there would be a second row.
  void only_text_streamed(lxw_row_t row) const {
    if (stream_ && row > header_row_)
      throw std::logic_error("SheetWriter: only text in a streamed sheet");
  }

  void write_text(lxw_row_t row, std::size_t col, const std::string& t, bool bold) {
    last_row_ = std::max(last_row_, row);
    const Style style = columns_[col].style == Style::wrap ? Style::wrap : Style::text;
    if (stream_ && row > header_row_) {
      stream_->text(row, static_cast<std::uint16_t>(col), t, xf_index(style, bold));
    } else {
      // A file name is bytes, not always UTF-8: libxlsxwriter would copy them into the XML.
      const std::string valid = xlsx::valid_utf8_or_replaced(t);
      check_lxw(worksheet_write_string(ws_, row, static_cast<lxw_col_t>(col), valid.c_str(),
                                       formats_.get(style, bold)),
                "text");
    }
    if (widths_[col] < columns_[col].max_width) widen(col, display_width(t) + 1.5);
  }

  // The cell format index libxlsxwriter gives the style (asked once: it also makes the format
  // part of styles.xml though no libxlsxwriter cell uses it).
  std::int32_t xf_index(Style style, bool bold) {
    const std::size_t slot = static_cast<std::size_t>(style) * 2 + (bold ? 1 : 0);
    if (slot >= xf_cache_.size()) xf_cache_.resize(slot + 1, -1);
    if (xf_cache_[slot] < 0) xf_cache_[slot] = lxw_format_get_xf_index(formats_.get(style, bold));
    return xf_cache_[slot];
  }

  Formats& formats_;
  std::string name_;
  std::vector<Column> columns_;
  lxw_worksheet* ws_ = nullptr;
  std::vector<double> widths_;
  lxw_row_t header_row_ = 0;
  lxw_row_t last_row_ = 0;           // the last row written
  std::size_t printed_columns_ = 0;  // 0: all
  StreamedRows* stream_ = nullptr;
  std::vector<std::int32_t> xf_cache_;
};

}  // namespace evalbook::report::summary
