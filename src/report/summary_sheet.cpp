#include "report/summary_sheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "report/workbook_error_text.h"
#include "xlsx/utf8.h"

namespace evalbook::report::summary {

lxw_format* Formats::title() {
  if (!title_) {
    title_ = workbook_add_format(wb_);
    format_set_font_name(title_, kFont);
    format_set_font_size(title_, 16);
    format_set_bold(title_);
    format_set_align(title_, LXW_ALIGN_CENTER);
    format_set_align(title_, LXW_ALIGN_VERTICAL_CENTER);
  }
  return title_;
}

lxw_format* Formats::subtitle() {
  if (!subtitle_) {
    subtitle_ = workbook_add_format(wb_);
    format_set_font_name(subtitle_, kFont);
    format_set_font_size(subtitle_, 11);
    format_set_align(subtitle_, LXW_ALIGN_LEFT);
    format_set_align(subtitle_, LXW_ALIGN_VERTICAL_CENTER);
  }
  return subtitle_;
}

lxw_format* Formats::header_shown_with(const std::string& suffix) {
  lxw_format*& f = header_suffixed_[suffix];
  if (!f) {
    f = workbook_add_format(wb_);
    format_set_font_name(f, kFont);
    format_set_font_size(f, 11);
    format_set_bold(f);
    format_set_bg_color(f, 0xDDEBF7);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_CENTER);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    std::string quoted;
    for (const char c : suffix) {
      if (c == '"') quoted.push_back('"');
      quoted.push_back(c);
    }
    format_set_num_format(f, ("@\"" + quoted + "\"").c_str());
  }
  return f;
}

lxw_format* Formats::score_out_of(double scale) {
  lxw_format*& f = score_scales_[scale];
  if (!f) {
    f = workbook_add_format(wb_);
    format_set_font_name(f, kFont);
    format_set_font_size(f, 11);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_num_format(f, fmt::format("0.00\"/{}\"", scale).c_str());
  }
  return f;
}

lxw_format* Formats::get(Style style, bool bold) {
  const auto key = std::make_pair(style, bold);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  lxw_format* f = workbook_add_format(wb_);
  format_set_font_name(f, kFont);
  format_set_font_size(f, 11);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  if (bold) format_set_bold(f);
  switch (style) {
    case Style::header:
      format_set_bold(f);
      format_set_bg_color(f, 0xDDEBF7);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_CENTER);
      format_set_text_wrap(f);
      break;
    case Style::wrap:
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      break;
    case Style::money:
      format_set_num_format(f, "#,##0.00");
      break;
    case Style::percent:
      format_set_num_format(f, "0.00%");
      break;
    case Style::score:
      format_set_num_format(f, "0.00");
      break;
    case Style::integer:
      format_set_num_format(f, "0");
      break;
    case Style::text:
      break;
  }
  if (bold && style != Style::header) format_set_top(f, LXW_BORDER_THIN);
  cache_[key] = f;
  return f;
}

void check_lxw(lxw_error err, std::string_view what) {
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(fmt::format("写汇总表失败（{}）：{}", what, workbook_error_text(err)));
  }
}

// Whether cell_text would change `s` (checked first: almost no text needs it).
bool needs_cleaning(std::string_view s) {
  if (s.size() > 32'000) return true;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\n' && c != '\t') return true;
  }
  return false;
}

// Text a cell can hold: no control characters, at most Excel's 32,767 characters.
std::string cell_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++chars > 32'000) {
      out += "…";
      break;
    }
    out.push_back(c < 0x20 && c != '\n' && c != '\t' ? ' ' : static_cast<char>(c));
  }
  return out;
}

// Characters of the number as its format shows it (from its magnitude; no formatting needed).
double number_width(double v, Style style) {
  auto int_digits = [](double x) {
    x = std::fabs(x);
    return x < 10 ? 1.0 : std::floor(std::log10(x)) + 1;
  };
  const double sign = v < 0 ? 1 : 0;
  switch (style) {
    case Style::percent:
      return sign + int_digits(v * 100) + 4;  // "82.37%"
    case Style::money: {
      const double d = int_digits(v);
      return sign + d + std::floor((d - 1) / 3) + 3;  // "1,234.56"
    }
    case Style::integer:
      return sign + int_digits(v);
    default:
      return sign + int_digits(v) + 3;  // "99.47"
  }
}

std::string column_name(std::size_t col) {
  std::string s;
  std::size_t n = col + 1;
  while (n > 0) {
    s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    n = (n - 1) / 26;
  }
  return s;
}

// An absolute range of one column on another sheet: '项目汇总'!$G$2:$G$40.
std::string column_range(const std::string& sheet, std::size_t col, lxw_row_t first,
                         lxw_row_t last) {
  const std::string c = column_name(col);
  return fmt::format("'{}'!${}${}:${}${}", sheet, c, first + 1, c, last + 1);
}

lxw_worksheet* add_sheet(lxw_workbook* wb, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) throw std::runtime_error(fmt::format("无法添加工作表 {}", name));
  return ws;
}

void SheetWriter::title(const std::string& title, const std::string& subtitle) {
  if (header_row_ < 2) throw std::logic_error("SheetWriter::title needs two rows above the header");
  // Across the printed columns, so that the title sits in the middle of the printed page.
  const std::size_t across =
      printed_columns_ > 0 ? std::min(printed_columns_, columns_.size()) : columns_.size();
  const auto last_col = static_cast<lxw_col_t>(across == 0 ? 0 : across - 1);
  check_lxw(worksheet_merge_range(ws_, 0, 0, 0, last_col, title.c_str(), formats_.title()), "标题");
  check_lxw(worksheet_merge_range(ws_, 1, 0, 1, last_col, subtitle.c_str(), formats_.subtitle()),
            "副标题");
  worksheet_set_row(ws_, 0, 30, nullptr);
  worksheet_set_row(ws_, 1, 18, nullptr);
}

void SheetWriter::finish(lxw_row_t last_row) {
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const double w = std::clamp(widths_[c], columns_[c].min_width, columns_[c].max_width);
    check_lxw(
        worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr),
        "列宽");
  }
  worksheet_set_row(ws_, header_row_, 20, nullptr);
  worksheet_freeze_panes(ws_, header_row_ + 1, 0);
  if (!columns_.empty()) {
    check_lxw(
        worksheet_autofilter(ws_, header_row_, 0, std::max<lxw_row_t>(last_row, header_row_ + 1),
                             static_cast<lxw_col_t>(columns_.size() - 1)),
        "autofilter");
  }
  print_setup();
}

void SheetWriter::print_setup() {
  constexpr std::uint8_t kPaperA4 = 9;
  worksheet_set_landscape(ws_);
  worksheet_set_paper(ws_, kPaperA4);
  worksheet_fit_to_pages(ws_, 1, 0);  // one page wide, as many tall as the rows need
  check_lxw(worksheet_repeat_rows(ws_, header_row_, header_row_), "打印标题行");
  worksheet_gridlines(ws_, LXW_SHOW_ALL_GRIDLINES);
  if (printed_columns_ > 0 && printed_columns_ < columns_.size()) {
    check_lxw(
        worksheet_print_area(ws_, 0, 0, last_row_, static_cast<lxw_col_t>(printed_columns_ - 1)),
        "打印区域");
  }
  // In a header or footer & starts a code: a name's own & is doubled.
  std::string name;
  for (const char c : name_) {
    name.push_back(c);
    if (c == '&') name.push_back('&');
  }
  const std::string header = "&C&12" + name;
  check_lxw(worksheet_set_header(ws_, header.c_str()), "页眉");
  check_lxw(worksheet_set_footer(ws_, "&C第 &P 页 共 &N 页"), "页脚");
}

}  // namespace evalbook::report::summary
