// Rendering a FormLayout with libxlsxwriter: styles by cell role, merged ranges, drop-down
// lists, column widths and row heights; written to a temporary file and renamed into place.
#include "report/template_writer.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "report/workbook_error_text.h"
#include "xlsx/errors.h"
#include "xlsx/output_file.h"

namespace evalbook::report {

namespace {

constexpr const char* kFont = "宋体";

struct StyleKey {
  CellRole role;
  std::string number_format;
  bool text_input;
  bool wrap;
  bool number;
  bool operator<(const StyleKey& o) const {
    return std::tie(role, number_format, text_input, wrap, number) <
           std::tie(o.role, o.number_format, o.text_input, o.wrap, o.number);
  }
};

class Styles {
 public:
  explicit Styles(lxw_workbook* wb) : wb_(wb) {}

  lxw_format* get(const LayoutCell& c) {
    bool number = c.number.has_value() || !c.number_format.empty();
    StyleKey key{c.role, c.number_format, c.text_input && !c.number, c.wrap, number};
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    format_set_font_name(f, kFont);
    format_set_font_size(f, 11);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (key.role != CellRole::title) format_set_border(f, LXW_BORDER_THIN);
    if (key.wrap) format_set_text_wrap(f);
    switch (key.role) {
      case CellRole::title:
        format_set_bold(f);
        format_set_font_size(f, 16);
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
      case CellRole::caption:
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_LEFT);
        break;
      case CellRole::label:
        format_set_bg_color(f, 0xF2F2F2);
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
      case CellRole::header:
        format_set_bold(f);
        format_set_bg_color(f, 0xDDEBF7);
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
      case CellRole::section:
        format_set_bold(f);
        format_set_bg_color(f, 0xFCE4D6);
        break;
      case CellRole::input:
        format_set_bg_color(f, 0xFFF9E0);
        format_set_unlocked(f);
        break;
      case CellRole::computed:
        format_set_bg_color(f, 0xE2EFDA);
        break;
    }
    if (key.number && key.role != CellRole::header) format_set_align(f, LXW_ALIGN_RIGHT);
    if (!key.number_format.empty()) {
      format_set_num_format(f, key.number_format.c_str());
    } else if (key.text_input) {
      format_set_num_format(f, "@");  // typed 1-2 stays text, not a date
    }
    cache_[key] = f;
    return f;
  }

 private:
  lxw_workbook* wb_;
  std::map<StyleKey, lxw_format*> cache_;
};

void check(lxw_error err, const std::string& what) {
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(fmt::format("写表格失败（{}）：{}", what, workbook_error_text(err)));
  }
}

void render(const FormLayout& layout, lxw_workbook* wb, const WriteOptions& options,
            std::vector<std::string>& notes) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, layout.sheet_name.c_str());
  if (!ws) ws = workbook_add_worksheet(wb, nullptr);
  if (!ws) throw std::runtime_error("无法添加工作表");
  Styles styles(wb);

  std::map<std::pair<std::uint32_t, std::uint32_t>, const xlsx::RangeRef*> top_left;
  std::set<std::pair<std::uint32_t, std::uint32_t>> covered;
  for (const auto& m : layout.merges) {
    top_left[{m.first.row, m.first.column}] = &m;
    for (auto r = m.first.row; r <= m.last.row; ++r) {
      for (auto c = m.first.column; c <= m.last.column; ++c) {
        if (r != m.first.row || c != m.first.column) covered.insert({r, c});
      }
    }
  }
  std::set<std::pair<std::uint32_t, std::uint32_t>> done;
  for (const auto& cell : layout.cells) {
    std::pair<std::uint32_t, std::uint32_t> pos{cell.row, cell.column};
    if (covered.count(pos) || cell.row == 0 || cell.column == 0) continue;
    lxw_row_t r = cell.row - 1;
    lxw_col_t c = static_cast<lxw_col_t>(cell.column - 1);
    lxw_format* f = styles.get(cell);
    if (auto it = top_left.find(pos); it != top_left.end()) {
      const auto& m = *it->second;
      check(worksheet_merge_range(ws, r, c, m.last.row - 1,
                                  static_cast<lxw_col_t>(m.last.column - 1), "", f),
            "合并单元格 " + xlsx::range_name(m));
    }
    if (!cell.formula.empty() && cell.number) {
      // A filled form's formula with the record's figure as its cached value (readers that do
      // not recalculate see the figure).
      check(worksheet_write_formula_num(ws, r, c, cell.formula.c_str(), f, *cell.number),
            "公式 " + cell.formula);
    } else if (!cell.formula.empty()) {
      check(worksheet_write_formula_str(ws, r, c, cell.formula.c_str(), f, cell.text.c_str()),
            "公式 " + cell.formula);
    } else if (cell.number) {
      check(worksheet_write_number(ws, r, c, *cell.number, f), "数字");
    } else if (!cell.text.empty()) {
      lxw_error err = worksheet_write_string(ws, r, c, cell.text.c_str(), f);
      if (err == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
        // A named refusal, as reading the same text would be (it reached users as internal_error).
        throw xlsx::XlsxError(xlsx::ErrorCode::limit_exceeded,
                              fmt::format("单元格 {} 的文字超过 Excel 的 32767 字符上限",
                                          xlsx::cell_name(xlsx::CellRef{cell.row, cell.column})));
      }
      check(err, "文字");
    } else if (!top_left.count(pos)) {
      check(worksheet_write_blank(ws, r, c, f), "空单元格");
    }
    done.insert(pos);
  }
  // Merged ranges whose top-left cell the layout left out: still merged, styled as labels.
  for (const auto& m : layout.merges) {
    if (done.count({m.first.row, m.first.column})) continue;
    LayoutCell blank;
    blank.role = CellRole::label;
    check(worksheet_merge_range(ws, m.first.row - 1, static_cast<lxw_col_t>(m.first.column - 1),
                                m.last.row - 1, static_cast<lxw_col_t>(m.last.column - 1), "",
                                styles.get(blank)),
          "合并单元格 " + xlsx::range_name(m));
  }
  for (std::size_t i = 0; i < layout.column_widths.size(); ++i) {
    worksheet_set_column(ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                         layout.column_widths[i], nullptr);
  }
  for (const auto& [row, height] : layout.row_heights)
    worksheet_set_row(ws, row - 1, height, nullptr);

  for (const auto& v : layout.validations) {
    std::vector<const char*> values;
    for (const auto& s : v.values) values.push_back(s.c_str());
    values.push_back(nullptr);
    lxw_data_validation dv{};
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = const_cast<char**>(values.data());
    dv.ignore_blank = LXW_VALIDATION_ON;
    dv.dropdown = LXW_VALIDATION_ON;
    if (v.inform) {
      dv.show_error = LXW_VALIDATION_ON;
      dv.error_type = LXW_VALIDATION_ERROR_TYPE_INFORMATION;
      dv.error_title = const_cast<char*>("提示");
      dv.error_message = const_cast<char*>("该值不在列表中，已按所填写入");
    } else {
      dv.show_error = LXW_VALIDATION_OFF;
    }
    if (!v.title.empty()) {
      dv.show_input = LXW_VALIDATION_ON;
      dv.input_title = const_cast<char*>(v.title.c_str());
      dv.input_message = const_cast<char*>(v.message.c_str());
    } else {
      dv.show_input = LXW_VALIDATION_OFF;
    }
    lxw_error err = worksheet_data_validation_range(
        ws, v.range.first.row - 1, static_cast<lxw_col_t>(v.range.first.column - 1),
        v.range.last.row - 1, static_cast<lxw_col_t>(v.range.last.column - 1), &dv);
    if (err != LXW_NO_ERROR) {
      notes.push_back(fmt::format("{} 的下拉列表未写入（{}）", xlsx::range_name(v.range),
                                  workbook_error_text(err)));
    }
  }
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
  if (options.protect) worksheet_protect(ws, nullptr, nullptr);
}

}  // namespace

std::vector<std::string> write_form(const FormLayout& layout, xlsx::OutputFile& out,
                                    const WriteOptions& options) {
  return write_forms({layout}, out, options);
}

std::vector<std::string> write_forms(const std::vector<FormLayout>& layouts, xlsx::OutputFile& out,
                                     const WriteOptions& options) {
  if (layouts.empty()) throw std::runtime_error("没有要写入的表格");
  const std::string& path = out.target();
  lxw_workbook_options wo{};
  wo.constant_memory = LXW_FALSE;
  wo.tmpdir = nullptr;
  wo.use_zip64 = LXW_FALSE;
  // libxlsxwriter opens its output by name: the output's own temporary file.
  lxw_workbook* wb = workbook_new_opt(out.temp_path().c_str(), &wo);
  if (!wb) throw std::runtime_error(fmt::format("无法创建工作簿 {}", path));
  std::vector<std::string> notes;
  try {
    std::map<std::string, int> names_used;
    for (const auto& layout : layouts) {
      const int n = ++names_used[layout.sheet_name];
      if (n == 1) {
        render(layout, wb, options, notes);
      } else {
        FormLayout renamed = layout;
        const std::string tail = fmt::format("({})", n);
        // Excel's 31 characters (not bytes) for the name with its tail.
        std::string head;
        std::size_t chars = 0;
        for (std::size_t i = 0; i < layout.sheet_name.size(); ++i) {
          const auto c = static_cast<unsigned char>(layout.sheet_name[i]);
          if ((c & 0xC0) != 0x80 && ++chars > 31 - tail.size()) break;
          head.push_back(static_cast<char>(c));
        }
        renamed.sheet_name = head + tail;
        render(renamed, wb, options, notes);
      }
    }
    lxw_doc_properties props{};
    props.title = const_cast<char*>(layouts.front().sheet_name.c_str());
    props.comments = const_cast<char*>("evalbook");
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
      props.created = static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
    }
    workbook_set_properties(wb, &props);
  } catch (...) {
    workbook_close(wb);
    throw;
  }
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(fmt::format("写入 {} 失败：{}", path, workbook_error_text(err)));
  }
  return notes;
}

std::vector<std::string> write_form(const FormLayout& layout, const std::string& path,
                                    const WriteOptions& options) {
  xlsx::OutputFile out(path);
  auto notes = write_form(layout, out, options);
  out.commit();
  return notes;
}

}  // namespace evalbook::report
