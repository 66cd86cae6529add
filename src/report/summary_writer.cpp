// Rendering the consolidation with libxlsxwriter. Every sheet: a frozen header row, an
// autofilter over its table, #,##0.00 for money, 0.00% for rates, column widths from the widest
// text (a Chinese character counts two), rows in a fixed order. Formulas carry their computed
// value, so readers that do not recalculate (openpyxl, viewers) show the figures too.
#include "report/summary_writer.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

#include "report/streamed_sheet.h"
#include "report/summary_consolidate.h"
#include "xlsx/output_file.h"
#include "xlsx/utf8.h"

namespace evalbook::report {

namespace {

constexpr const char* kFont = "宋体";
constexpr lxw_row_t kMaxRow = 1'048'575;  // Excel's last row, 0-based

// ------------------------------------------------------------------------------------------
// Cells

enum class Style { text, wrap, money, percent, score, integer, header };

class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {}

  lxw_format* get(Style style, bool bold = false) {
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

 private:
  lxw_workbook* wb_;
  std::map<std::pair<Style, bool>, lxw_format*> cache_;
};

void check(lxw_error err, std::string_view what) {
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(fmt::format("写汇总表失败（{}）：{} / writing the summary failed ({}): {}",
                                         what, lxw_strerror(err), what, lxw_strerror(err)));
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

// Display width in Excel's character units: CJK and full-width characters are two.
double text_width(std::string_view s) {
  double best = 0;
  double w = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::uint32_t cp = xlsx::next_code_point(s, i);
    if (cp == '\n') {
      best = std::max(best, w);
      w = 0;
      continue;
    }
    w += cp >= 0x1100 ? 2.0 : 1.0;
  }
  return std::max(best, w);
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

// The names of 项目汇总's columns that the other sheets' formulas use (=SUMIFS(项目_全年预算数,
// 项目_单位,$A2) reads better than the ranges they stand for). Defined by write_projects.
std::string column_name_of(std::size_t col);

// An absolute range of one column on another sheet: '项目汇总'!$G$2:$G$40.
std::string column_range(const std::string& sheet, std::size_t col, lxw_row_t first, lxw_row_t last) {
  const std::string c = column_name(col);
  return fmt::format("'{}'!${}${}:${}${}", sheet, c, first + 1, c, last + 1);
}

struct Column {
  std::string header;
  Style style = Style::text;
  double min_width = 6;
  double max_width = 40;
};

lxw_worksheet* add_sheet(lxw_workbook* wb, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) throw std::runtime_error(fmt::format("无法添加工作表 {} / cannot add the sheet", name));
  return ws;
}

class SheetWriter {
 public:
  // On a sheet added before (add_sheet), so sheets keep their order whatever is written first.
  SheetWriter(lxw_worksheet* ws, Formats& formats, const std::string& name, std::vector<Column> columns)
      : formats_(formats), name_(name), columns_(std::move(columns)), ws_(ws) {
    widths_.resize(columns_.size(), 0);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      check(worksheet_write_string(ws_, 0, static_cast<lxw_col_t>(c), columns_[c].header.c_str(),
                                   formats_.get(Style::header)),
            "header");
      widths_[c] = text_width(columns_[c].header) + 2;
    }
  }

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
    if (!v || !std::isfinite(*v)) return;
    const Style style = columns_[col].style;
    check(worksheet_write_number(ws_, row, static_cast<lxw_col_t>(col), *v, formats_.get(style, bold)),
          "number");
    widen(col, number_width(*v, style) + 2);
  }

  // A formula and the value it computes.
  void formula(lxw_row_t row, std::size_t col, const std::string& f, double value, bool bold = false) {
    only_text_streamed(row);
    const Style style = columns_[col].style;
    check(worksheet_write_formula_num(ws_, row, static_cast<lxw_col_t>(col), f.c_str(),
                                      formats_.get(style, bold), std::isfinite(value) ? value : 0),
          "formula");
    widen(col, number_width(value, style) + 2);
  }

  // A formula whose value is text (an empty result of IF/IFERROR).
  void formula_text(lxw_row_t row, std::size_t col, const std::string& f, const std::string& value,
                    bool bold = false) {
    only_text_streamed(row);
    check(worksheet_write_formula_str(ws_, row, static_cast<lxw_col_t>(col), f.c_str(),
                                      formats_.get(columns_[col].style, bold), value.c_str()),
          "formula");
  }

  // Widths, the frozen header and the autofilter over rows 0..last_row.
  void finish(lxw_row_t last_row) {
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const double w = std::clamp(widths_[c], columns_[c].min_width, columns_[c].max_width);
      check(worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr),
            "width");
    }
    worksheet_set_row(ws_, 0, 20, nullptr);
    worksheet_freeze_panes(ws_, 1, 0);
    if (!columns_.empty()) {
      check(worksheet_autofilter(ws_, 0, 0, std::max<lxw_row_t>(last_row, 1),
                                 static_cast<lxw_col_t>(columns_.size() - 1)),
            "autofilter");
    }
  }

 private:
  void widen(std::size_t col, double w) { widths_[col] = std::max(widths_[col], w); }

  // A streamed sheet's rows hold text only: a libxlsxwriter cell there would be a second row.
  void only_text_streamed(lxw_row_t row) const {
    if (stream_ && row > 0) throw std::logic_error("SheetWriter: only text in a streamed sheet");
  }

  void write_text(lxw_row_t row, std::size_t col, const std::string& t, bool bold) {
    const Style style = columns_[col].style == Style::wrap ? Style::wrap : Style::text;
    if (stream_ && row > 0) {
      stream_->text(row, static_cast<std::uint16_t>(col), t, xf_index(style, bold));
    } else {
      // A file name is bytes, not always UTF-8: libxlsxwriter would copy them into the XML.
      const std::string valid = xlsx::valid_utf8_or_replaced(t);
      check(worksheet_write_string(ws_, row, static_cast<lxw_col_t>(col), valid.c_str(),
                                   formats_.get(style, bold)),
            "text");
    }
    if (widths_[col] < columns_[col].max_width) widen(col, text_width(t) + 1.5);
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
  StreamedRows* stream_ = nullptr;
  std::vector<std::int32_t> xf_cache_;
};

// ------------------------------------------------------------------------------------------
// The sheets

const std::string kProjects = "项目汇总";
const std::string kUnits = "单位汇总";
const std::string kGrades = "等级分布";
const std::string kFindings = "问题清单";
const std::string kAccounts = "决算汇总";
const std::string kDuplicates = "重复提交";
const std::string kUnreadable = "无法读取";

const std::vector<std::string> kStandardGrades = {"优", "良", "中", "差"};

// Columns of 项目汇总 (the contract's, in its order, with the others between them).
enum P : std::size_t {
  P_UNIT, P_DEPT, P_NAME, P_YEAR, P_TEMPLATE, P_BUDGET0, P_BUDGET, P_EXEC, P_RATE, P_RATE_RE,
  P_EXEC_SCORE, P_IND_SCORE, P_TOTAL, P_TOTAL_RE, P_DIFF, P_GRADE, P_GRADE_RE, P_TOTAL_RULES,
  P_GRADE_RULES, P_ERRORS,
  P_WARNINGS, P_FILE, P_SHEET, P_COPIES, P_NOTE, P_COUNT
};

std::string severity_name(const std::string& s) {
  if (s == "error") return "错误";
  if (s == "warning") return "警告";
  if (s == "info") return "提示";
  return s;
}

// How SUMIFS and COUNTIFS compare text: letters without case.
std::string unit_key(const std::string& unit) {
  std::string k = unit;
  for (char& c : k) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return k;
}

// The criterion that matches exactly `unit` in SUMIFS/COUNTIFS: the cell itself, unless the
// text would be read as a pattern or comparison; then a literal with ~ escapes. A blank unit
// is matched by "=" (empty cells).
std::string unit_criterion(const std::string& unit, const std::string& cell) {
  if (unit.empty()) return "\"=\"";
  const bool special = unit.find_first_of("*?~") != std::string::npos ||
                       unit.find_first_of("<>=") == 0;
  if (!special) return cell;
  std::string lit = "=";
  for (char c : unit) {
    if (c == '*' || c == '?' || c == '~') lit.push_back('~');
    if (c == '"') lit.push_back('"');
    lit.push_back(c);
  }
  return "\"" + lit + "\"";
}

struct Context {
  std::vector<SummaryFile> files;  // as added; their findings dropped once listed
  Consolidator consolidator;
  Consolidation cons;  // complete once finish() has begun
  lxw_workbook* wb = nullptr;
  std::unique_ptr<Formats> formats;
  lxw_worksheet* projects_sheet = nullptr;
  lxw_worksheet* units_sheet = nullptr;
  lxw_worksheet* grades_sheet = nullptr;
  std::unique_ptr<SheetWriter> findings;  // written file by file, as files are added
  std::unique_ptr<StreamedRows> findings_rows;  // ... its rows compressed as they come
  lxw_row_t findings_row = 1;
  std::size_t findings_left_out = 0;
  SummaryCounts counts;

  const SummaryForm& form(FormRef r) const { return files[r.file].forms[r.form]; }
  const std::string& file(FormRef r) const { return files[r.file].file; }
  // Last data row of 项目汇总 (at least 1, so ranges stay valid when there is none).
  lxw_row_t project_last_row() const {
    return static_cast<lxw_row_t>(std::max<std::size_t>(cons.projects.size(), 1));
  }
};

void write_projects(Context& ctx) {
  std::vector<Column> cols(P_COUNT);
  cols[P_UNIT] = {"单位", Style::text, 8, 36};
  cols[P_DEPT] = {"主管部门", Style::text, 8, 30};
  cols[P_NAME] = {"项目名称", Style::text, 10, 44};
  cols[P_YEAR] = {"年度", Style::text, 6, 8};
  cols[P_TEMPLATE] = {"模板", Style::text, 8, 24};
  cols[P_BUDGET0] = {"年初预算数", Style::money, 10, 18};
  cols[P_BUDGET] = {"全年预算数", Style::money, 10, 18};
  cols[P_EXEC] = {"全年执行数", Style::money, 10, 18};
  cols[P_RATE] = {"执行率", Style::percent, 9, 12};
  cols[P_RATE_RE] = {"执行率(复核)", Style::percent, 9, 14};
  cols[P_EXEC_SCORE] = {"执行率得分", Style::score, 8, 12};
  cols[P_IND_SCORE] = {"指标得分", Style::score, 8, 12};
  cols[P_TOTAL] = {"总分(填报)", Style::score, 8, 12};
  cols[P_TOTAL_RE] = {"总分(复核)", Style::score, 8, 12};
  cols[P_DIFF] = {"差异", Style::score, 7, 12};
  cols[P_GRADE] = {"等级(填报)", Style::text, 6, 12};
  cols[P_GRADE_RE] = {"等级(复核)", Style::text, 6, 12};
  cols[P_TOTAL_RULES] = {"总分(按规则)", Style::score, 8, 14};
  cols[P_GRADE_RULES] = {"等级(按规则)", Style::text, 6, 14};
  cols[P_ERRORS] = {"错误数", Style::integer, 6, 10};
  cols[P_WARNINGS] = {"警告数", Style::integer, 6, 10};
  cols[P_FILE] = {"文件", Style::text, 10, 60};
  cols[P_SHEET] = {"工作表", Style::text, 8, 30};
  cols[P_COPIES] = {"重复提交", Style::text, 8, 60};
  cols[P_NOTE] = {"备注", Style::text, 6, 60};
  SheetWriter w(ctx.projects_sheet, *ctx.formats, kProjects, cols);
  lxw_row_t row = 1;
  for (const FormRef ref : ctx.cons.projects) {
    const SummaryForm& f = ctx.form(ref);
    w.text(row, P_UNIT, f.unit);
    w.text(row, P_DEPT, f.department);
    w.text(row, P_NAME, f.project_name);
    w.text(row, P_YEAR, f.year);
    w.text(row, P_TEMPLATE, f.template_id);
    w.number(row, P_BUDGET0, f.budget_initial);
    w.number(row, P_BUDGET, f.budget_full_year);
    w.number(row, P_EXEC, f.executed);
    w.number(row, P_RATE, f.rate_reported);
    w.number(row, P_RATE_RE, f.rate_recomputed);
    w.number(row, P_EXEC_SCORE, f.execution_score);
    w.number(row, P_IND_SCORE, f.indicator_score);
    w.number(row, P_TOTAL, f.total_reported);
    w.number(row, P_TOTAL_RE, f.total_recomputed);
    if (f.total_reported && f.total_recomputed) {
      const std::string r = std::to_string(row + 1);
      w.formula(row, P_DIFF,
                fmt::format("={}{}-{}{}", column_name(P_TOTAL), r, column_name(P_TOTAL_RE), r),
                *f.total_reported - *f.total_recomputed);
    }
    w.text(row, P_GRADE, f.grade_reported);
    w.text(row, P_GRADE_RE, f.grade_recomputed);
    w.number(row, P_TOTAL_RULES, f.total_by_rules);
    w.text(row, P_GRADE_RULES, f.grade_by_rules);
    w.number(row, P_ERRORS, f.errors);
    w.number(row, P_WARNINGS, f.warnings);
    w.text(row, P_FILE, ctx.file(ref));
    w.text(row, P_SHEET, f.sheet);
    if (auto it = ctx.cons.copies.find(ref); it != ctx.cons.copies.end()) {
      std::string copies;
      for (const FormRef c : it->second) {
        copies += (copies.empty() ? "" : "；") + ctx.file(c) + "（" + ctx.form(c).sheet + "）";
      }
      w.text(row, P_COPIES, copies);
    }
    w.text(row, P_NOTE, f.note);
    if (f.errors > 0) ctx.counts.error_findings = true;
    ++row;
  }
  w.finish(row - 1);
  ctx.counts.projects = ctx.cons.projects.size();
  const lxw_row_t last = ctx.project_last_row();
  for (const std::size_t col : {P_UNIT, P_BUDGET0, P_BUDGET, P_EXEC, P_TOTAL_RE, P_GRADE_RE, P_ERRORS}) {
    const std::string range = fmt::format("={}", column_range(kProjects, col, 1, last));
    check(workbook_define_name(ctx.wb, column_name_of(col).c_str(), range.c_str()), "defined name");
  }
}

std::string column_name_of(std::size_t col) {
  switch (col) {
    case P_UNIT: return "项目_单位";
    case P_BUDGET0: return "项目_年初预算数";
    case P_BUDGET: return "项目_全年预算数";
    case P_EXEC: return "项目_全年执行数";
    case P_TOTAL_RE: return "项目_总分复核";
    case P_GRADE_RE: return "项目_等级复核";
    case P_ERRORS: return "项目_错误数";
    default: return {};
  }
}

// The grades in the order they are listed: 优 良 中 差, then any other written, then none.
std::vector<std::string> grade_order(const Context& ctx) {
  std::vector<std::string> grades = kStandardGrades;
  std::set<std::string> others;
  for (const FormRef r : ctx.cons.projects) {
    const auto& g = ctx.form(r).grade_recomputed;
    if (!g.empty() && std::find(grades.begin(), grades.end(), g) == grades.end()) others.insert(g);
  }
  grades.insert(grades.end(), others.begin(), others.end());
  return grades;
}

void write_units(Context& ctx) {
  struct Unit {
    std::string shown;
    std::vector<FormRef> projects;
    std::vector<FormRef> departments;
  };
  std::map<std::pair<bool, std::string>, Unit> units;  // (blank, key) -> unit; blank ones last
  for (const FormRef r : ctx.cons.projects) {
    const std::string& u = ctx.form(r).unit;
    Unit& unit = units[{u.empty(), unit_key(u)}];
    if (unit.shown.empty()) unit.shown = u;
    unit.projects.push_back(r);
  }
  for (const FormRef r : ctx.cons.departments) {
    const std::string& u = ctx.form(r).unit;
    Unit& unit = units[{u.empty(), unit_key(u)}];
    if (unit.shown.empty()) unit.shown = u;
    unit.departments.push_back(r);
  }
  const std::vector<std::string> grades = grade_order(ctx);
  std::vector<Column> cols = {
      {"单位", Style::text, 10, 36},          {"项目数", Style::integer, 6, 10},
      {"年初预算数", Style::money, 10, 18},   {"全年预算数", Style::money, 10, 18},
      {"全年执行数", Style::money, 10, 18},   {"执行率", Style::percent, 9, 12},
      {"平均总分(复核)", Style::score, 8, 16}};
  const std::size_t first_grade = cols.size();
  for (const auto& g : grades) cols.push_back({g, Style::integer, 5, 10});
  cols.push_back({"无等级", Style::integer, 6, 10});
  const std::size_t c_errors = cols.size();
  cols.push_back({"错误数", Style::integer, 6, 10});
  const std::size_t c_dept_forms = cols.size();
  cols.push_back({"部门整体自评表数", Style::integer, 8, 18});
  cols.push_back({"部门整体总分(复核)", Style::score, 8, 20});
  cols.push_back({"部门整体等级(复核)", Style::text, 8, 20});
  SheetWriter w(ctx.units_sheet, *ctx.formats, kUnits, cols);

  auto prange = [&](std::size_t col) { return column_name_of(col); };
  const std::string r_unit = prange(P_UNIT);
  lxw_row_t row = 1;
  double all_b0 = 0, all_b = 0, all_e = 0;
  for (const auto& [key, u] : units) {
    const std::string rs = std::to_string(row + 1);
    const std::string crit = unit_criterion(u.shown, "$A" + rs);
    double b0 = 0, b = 0, e = 0, score_sum = 0;
    int scored = 0, errors = 0, blank_grades = 0;
    std::map<std::string, int> by_grade;
    for (const FormRef r : u.projects) {
      const SummaryForm& f = ctx.form(r);
      b0 += f.budget_initial.value_or(0);
      b += f.budget_full_year.value_or(0);
      e += f.executed.value_or(0);
      if (f.total_recomputed) score_sum += *f.total_recomputed, ++scored;
      errors += f.errors;
      if (f.grade_recomputed.empty()) ++blank_grades; else ++by_grade[f.grade_recomputed];
    }
    all_b0 += b0, all_b += b, all_e += e;
    w.text(row, 0, u.shown.empty() ? "（未填写单位）" : u.shown);
    w.formula(row, 1, fmt::format("=COUNTIFS({},{})", r_unit, crit), static_cast<double>(u.projects.size()));
    w.formula(row, 2, fmt::format("=SUMIFS({},{},{})", prange(P_BUDGET0), r_unit, crit), b0);
    w.formula(row, 3, fmt::format("=SUMIFS({},{},{})", prange(P_BUDGET), r_unit, crit), b);
    w.formula(row, 4, fmt::format("=SUMIFS({},{},{})", prange(P_EXEC), r_unit, crit), e);
    if (b != 0) {
      w.formula(row, 5, fmt::format("=IF(D{}=0,\"\",E{}/D{})", rs, rs, rs), e / b);
    } else {
      w.formula_text(row, 5, fmt::format("=IF(D{}=0,\"\",E{}/D{})", rs, rs, rs), "");
    }
    const std::string avg = fmt::format("=IFERROR(AVERAGEIFS({},{},{}),\"\")", prange(P_TOTAL_RE), r_unit, crit);
    if (scored > 0) {
      w.formula(row, 6, avg, score_sum / scored);
    } else {
      w.formula_text(row, 6, avg, "");
    }
    for (std::size_t g = 0; g < grades.size(); ++g) {
      w.formula(row, first_grade + g,
                fmt::format("=COUNTIFS({},{},{},\"{}\")", r_unit, crit, prange(P_GRADE_RE), grades[g]),
                by_grade[grades[g]]);
    }
    w.formula(row, first_grade + grades.size(),
              fmt::format("=COUNTIFS({},{},{},\"=\")", r_unit, crit, prange(P_GRADE_RE)), blank_grades);
    w.formula(row, c_errors, fmt::format("=SUMIFS({},{},{})", prange(P_ERRORS), r_unit, crit), errors);
    w.number(row, c_dept_forms, static_cast<double>(u.departments.size()));
    if (!u.departments.empty()) {
      // The latest year's form (the first found among equals).
      const SummaryForm* latest = &ctx.form(u.departments.front());
      for (const FormRef r : u.departments) {
        if (ctx.form(r).year > latest->year) latest = &ctx.form(r);
      }
      w.number(row, c_dept_forms + 1, latest->total_recomputed);
      w.text(row, c_dept_forms + 2, latest->grade_recomputed);
    }
    ++row;
  }
  // 合计: SUM of the rows above; the average is over all projects, not of the unit averages.
  const lxw_row_t last = row - 1;
  const std::string first_rs = "2";
  const std::string last_rs = std::to_string(std::max<lxw_row_t>(last, 1) + 1);
  auto sum_of = [&](std::size_t col) {
    const std::string c = column_name(col);
    return fmt::format("=SUM({}{}:{}{})", c, first_rs, c, last_rs);
  };
  w.text(row, 0, "合计", true);
  w.formula(row, 1, sum_of(1), static_cast<double>(ctx.cons.projects.size()), true);
  w.formula(row, 2, sum_of(2), all_b0, true);
  w.formula(row, 3, sum_of(3), all_b, true);
  w.formula(row, 4, sum_of(4), all_e, true);
  const std::string trs = std::to_string(row + 1);
  if (all_b != 0) {
    w.formula(row, 5, fmt::format("=IF(D{}=0,\"\",E{}/D{})", trs, trs, trs), all_e / all_b, true);
  } else {
    w.formula_text(row, 5, fmt::format("=IF(D{}=0,\"\",E{}/D{})", trs, trs, trs), "", true);
  }
  double total_sum = 0;
  int total_n = 0;
  int total_errors = 0;
  std::map<std::string, int> total_by_grade;
  int total_blank = 0;
  for (const FormRef r : ctx.cons.projects) {
    const SummaryForm& f = ctx.form(r);
    if (f.total_recomputed) total_sum += *f.total_recomputed, ++total_n;
    total_errors += f.errors;
    if (f.grade_recomputed.empty()) ++total_blank; else ++total_by_grade[f.grade_recomputed];
  }
  const std::string avg_all = fmt::format("=IFERROR(AVERAGE({}),\"\")", prange(P_TOTAL_RE));
  if (total_n > 0) {
    w.formula(row, 6, avg_all, total_sum / total_n, true);
  } else {
    w.formula_text(row, 6, avg_all, "", true);
  }
  for (std::size_t g = 0; g < grades.size(); ++g) {
    w.formula(row, first_grade + g, sum_of(first_grade + g), total_by_grade[grades[g]], true);
  }
  w.formula(row, first_grade + grades.size(), sum_of(first_grade + grades.size()), total_blank, true);
  w.formula(row, c_errors, sum_of(c_errors), total_errors, true);
  w.formula(row, c_dept_forms, sum_of(c_dept_forms), static_cast<double>(ctx.cons.departments.size()), true);
  w.finish(last);  // the filter leaves the 合计 row out
  ctx.counts.units = units.size();
}

void write_grades(Context& ctx) {
  const std::vector<std::string> grades = grade_order(ctx);
  std::vector<Column> cols = {{"等级", Style::text, 8, 20},
                              {"项目数", Style::integer, 8, 12},
                              {"占比", Style::percent, 8, 12},
                              {"部门整体自评数", Style::integer, 8, 16}};
  SheetWriter w(ctx.grades_sheet, *ctx.formats, kGrades, cols);
  const std::string range = column_name_of(P_GRADE_RE);
  std::map<std::string, int> counts;
  std::map<std::string, int> dept_counts;
  for (const FormRef r : ctx.cons.projects) ++counts[ctx.form(r).grade_recomputed];
  for (const FormRef r : ctx.cons.departments) ++dept_counts[ctx.form(r).grade_recomputed];
  const double total = static_cast<double>(ctx.cons.projects.size());
  const lxw_row_t n = static_cast<lxw_row_t>(grades.size() + 1);  // with 无等级
  const std::string total_cell = fmt::format("B${}", n + 2);
  lxw_row_t row = 1;
  for (std::size_t g = 0; g <= grades.size(); ++g, ++row) {
    const bool none = g == grades.size();
    const std::string grade = none ? "" : grades[g];
    w.text(row, 0, none ? "（无等级）" : grade);
    const std::string f = none ? fmt::format("=COUNTBLANK({})", range)
                               : fmt::format("=COUNTIF({},\"{}\")", range, grade);
    const double value = counts[grade];
    if (ctx.cons.projects.empty()) {
      w.number(row, 1, 0.0);  // no rows to count (a formula would count the empty row 2)
    } else {
      w.formula(row, 1, f, value);
    }
    const std::string rs = std::to_string(row + 1);
    if (total > 0) {
      w.formula(row, 2, fmt::format("=IF({}=0,\"\",B{}/{})", total_cell, rs, total_cell), value / total);
    } else {
      w.formula_text(row, 2, fmt::format("=IF({}=0,\"\",B{}/{})", total_cell, rs, total_cell), "");
    }
    w.number(row, 3, static_cast<double>(dept_counts[grade]));
  }
  const std::string last_rs = std::to_string(n + 1);
  w.text(row, 0, "合计", true);
  w.formula(row, 1, fmt::format("=SUM(B2:B{})", last_rs), total, true);
  if (total > 0) {
    w.formula(row, 2, fmt::format("=SUM(C2:C{})", last_rs), 1.0, true);
  }
  w.formula(row, 3, fmt::format("=SUM(D2:D{})", last_rs), static_cast<double>(ctx.cons.departments.size()), true);
  w.finish(n);

  lxw_chart* chart = workbook_add_chart(ctx.wb, LXW_CHART_COLUMN);
  if (!chart) throw std::runtime_error("无法添加图表 / cannot add the chart");
  lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
  chart_series_set_categories(s, kGrades.c_str(), 1, 0, n, 0);
  chart_series_set_values(s, kGrades.c_str(), 1, 1, n, 1);
  chart_series_set_name(s, "项目数");
  chart_series_set_labels(s);
  lxw_chart_fill fill{};
  fill.color = 0x5B9BD5;
  chart_series_set_fill(s, &fill);
  chart_title_set_name(chart, "项目自评等级分布（复核）");
  chart_axis_set_name(chart->x_axis, "等级");
  chart_axis_set_name(chart->y_axis, "项目数");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  lxw_chart_options opts{};
  opts.x_scale = 1.2;
  opts.y_scale = 1.2;
  check(worksheet_insert_chart_opt(w.sheet(), 1, 5, chart, &opts), "chart");
}

void start_findings(Context& ctx) {
  // The figures (填报 / 复核) and the field path are in the message and in check's JSON; the
  // sheet keeps what a clerk filters by, so that 100,000 findings stay quick to write and open.
  std::vector<Column> cols = {{"文件", Style::text, 10, 50},      {"工作表", Style::text, 8, 28},
                              {"单元格", Style::text, 6, 10},     {"单位", Style::text, 8, 30},
                              {"项目/表格", Style::text, 10, 36}, {"规则", Style::text, 8, 28},
                              {"严重程度", Style::text, 8, 10},   {"说明", Style::wrap, 20, 90}};
  ctx.findings = std::make_unique<SheetWriter>(add_sheet(ctx.wb, kFindings), *ctx.formats, kFindings, cols);
  ctx.findings_rows = std::make_unique<StreamedRows>();
  ctx.findings->stream_to(*ctx.findings_rows);
}

// The findings of files[i] (every file before it already listed), then the file is kept without
// them. A form counted once because it was submitted again gets one row saying so instead.
void write_findings_of(Context& ctx, std::size_t i) {
  SheetWriter& w = *ctx.findings;
  lxw_row_t& row = ctx.findings_row;
  auto room = [&] {
    if (row < kMaxRow) return true;
    ++ctx.findings_left_out;
    return false;
  };
  const Consolidation& cons = ctx.consolidator.so_far();
  SummaryFile& file = ctx.files[i];
  for (std::size_t j = 0; j < file.forms.size(); ++j) {
    const FormRef ref{i, j};
    SummaryForm& f = file.forms[j];
    const std::string what = f.project_name.empty() ? f.template_title : f.project_name;
    if (auto d = cons.duplicate_of.find(ref); d != cons.duplicate_of.end()) {
      if (room()) {
        const DuplicateForm& dup = cons.duplicates[d->second];
        w.text(row, 0, file.file);
        w.text(row, 1, f.sheet);
        w.text(row, 3, f.unit);
        w.text(row, 4, what);
        w.text(row, 5, "duplicate_submission");
        w.text(row, 6, severity_name("warning"));
        w.text(row, 7,
               fmt::format("重复提交：与 {}（工作表 {}）为同一{}，汇总只计一次{} / submitted twice, "
                           "counted once",
                           ctx.file(dup.kept), ctx.form(dup.kept).sheet,
                           f.kind == FormKind::project ? "项目（单位、项目名称、年度相同）" : "表格（单位、年度相同）",
                           dup.differences.empty() ? "；两份数据一致" : "；数据不同：" + dup.differences));
        ++row;
      }
    } else {
      for (const auto& x : f.findings) {
        if (!room()) continue;
        w.text(row, 0, file.file);
        w.text(row, 1, x.sheet);
        w.text(row, 2, x.cell);
        w.text(row, 3, f.unit);
        w.text(row, 4, what);
        w.text(row, 5, x.rule);
        w.text(row, 6, severity_name(x.severity));
        w.text(row, 7, x.message);
        if (x.severity == "error") ctx.counts.error_findings = true;
        ++row;
      }
    }
    std::vector<SummaryFinding>().swap(f.findings);
  }
}

void finish_findings(Context& ctx) {
  SheetWriter& w = *ctx.findings;
  lxw_row_t& row = ctx.findings_row;
  if (ctx.findings_left_out > 0) {
    w.text(row, 7, fmt::format("另有 {} 条问题超出 Excel 的行数上限，未列出 / {} more findings beyond "
                                "Excel's row limit", ctx.findings_left_out, ctx.findings_left_out));
    ++row;
  }
  w.finish(row - 1);
  ctx.counts.findings = row - 1;
}

void write_accounts(Context& ctx) {
  // (table, class code) -> rows per unit; column labels in first-seen order.
  struct Entry {
    std::string unit;
    std::string year;
    std::string name;
    const AccountClass* cls;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Entry>> groups;
  std::map<std::string, std::string> titles;
  std::vector<std::string> labels;
  for (const FormRef r : ctx.cons.accounts) {
    const SummaryForm& f = ctx.form(r);
    titles[f.template_id] = f.template_title;
    for (const auto& cls : f.classes) {
      groups[{f.template_id, cls.code}].push_back({f.unit, f.year, cls.name, &cls});
      for (const auto& [label, v] : cls.amounts) {
        if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
      }
    }
  }
  if (groups.empty()) return;
  std::vector<Column> cols = {{"表", Style::text, 10, 40},      {"科目编码", Style::text, 8, 10},
                              {"科目名称", Style::text, 10, 30}, {"单位", Style::text, 8, 30},
                              {"年度", Style::text, 6, 8}};
  const std::size_t first_amount = cols.size();
  for (const auto& l : labels) cols.push_back({l, Style::money, 10, 20});
  SheetWriter w(add_sheet(ctx.wb, kAccounts), *ctx.formats, kAccounts, cols);
  lxw_row_t row = 1;
  for (auto& [key, entries] : groups) {
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.unit, a.year) < std::tie(b.unit, b.year);
    });
    const std::string& title = titles[key.first];
    const lxw_row_t first = row;
    std::vector<double> sums(labels.size(), 0);
    std::vector<bool> present(labels.size(), false);  // columns this table has
    for (const Entry& e : entries) {
      w.text(row, 0, title);
      w.text(row, 1, key.second);
      w.text(row, 2, e.name);
      w.text(row, 3, e.unit);
      w.text(row, 4, e.year);
      for (const auto& [label, v] : e.cls->amounts) {
        const std::size_t k = static_cast<std::size_t>(
            std::find(labels.begin(), labels.end(), label) - labels.begin());
        w.number(row, first_amount + k, v);
        sums[k] += v;
        present[k] = true;
      }
      ++row;
    }
    w.text(row, 0, title, true);
    w.text(row, 1, key.second, true);
    w.text(row, 2, entries.front().name, true);
    w.text(row, 3, fmt::format("合计（{} 个单位）", entries.size()), true);
    for (std::size_t k = 0; k < labels.size(); ++k) {
      if (!present[k]) continue;
      const std::string c = column_name(first_amount + k);
      w.formula(row, first_amount + k, fmt::format("=SUM({}{}:{}{})", c, first + 1, c, row), sums[k], true);
    }
    ++row;
  }
  w.finish(row - 1);
}

void write_duplicates(Context& ctx) {
  if (ctx.cons.duplicates.empty()) return;
  std::vector<Column> cols = {{"单位", Style::text, 8, 30},        {"项目/表格", Style::text, 10, 40},
                              {"年度", Style::text, 6, 8},         {"模板", Style::text, 8, 24},
                              {"计入汇总的文件", Style::text, 12, 60}, {"计入的工作表", Style::text, 8, 28},
                              {"重复的文件", Style::text, 12, 60},   {"重复的工作表", Style::text, 8, 28},
                              {"两份是否一致", Style::text, 10, 60}};
  SheetWriter w(add_sheet(ctx.wb, kDuplicates), *ctx.formats, kDuplicates, cols);
  lxw_row_t row = 1;
  for (const auto& d : ctx.cons.duplicates) {
    const SummaryForm& kept = ctx.form(d.kept);
    const SummaryForm& dup = ctx.form(d.duplicate);
    w.text(row, 0, kept.unit.empty() ? kept.department : kept.unit);
    w.text(row, 1, kept.project_name.empty() ? kept.template_title : kept.project_name);
    w.text(row, 2, kept.year);
    w.text(row, 3, kept.template_id);
    w.text(row, 4, ctx.file(d.kept));
    w.text(row, 5, kept.sheet);
    w.text(row, 6, ctx.file(d.duplicate));
    w.text(row, 7, dup.sheet);
    w.text(row, 8, d.differences.empty() ? "一致" : "不同：" + d.differences);
    ++row;
  }
  w.finish(row - 1);
  ctx.counts.duplicates = ctx.cons.duplicates.size();
}

void write_unreadable(Context& ctx) {
  std::vector<Column> cols = {{"文件", Style::text, 12, 60},
                              {"错误代码", Style::text, 10, 22},
                              {"原因", Style::wrap, 20, 80},
                              {"处理建议", Style::wrap, 12, 60}};
  SheetWriter w(add_sheet(ctx.wb, kUnreadable), *ctx.formats, kUnreadable, cols);
  lxw_row_t row = 1;
  for (const auto& file : ctx.files) {
    if (!file.error_code.empty()) {
      w.text(row, 0, file.file);
      w.text(row, 1, file.error_code);
      w.text(row, 2, file.error_message);
      w.text(row, 3, file.error_hint);
      ++ctx.counts.unreadable;
      ++row;
    } else if (file.forms.empty()) {
      std::string why;
      for (const auto& [sheet, reason] : file.skipped) {
        why += (why.empty() ? "" : "；") + sheet + "：" + reason;
      }
      w.text(row, 0, file.file);
      w.text(row, 1, "no_form");
      w.text(row, 2, "未找到已知的表格 / no known form" + (why.empty() ? "" : "（" + why + "）"));
      w.text(row, 3, "请确认是标准格式的绩效自评表或决算公开表 / check that it is a standard form");
      ++ctx.counts.no_form;
      ++row;
    }
  }
  w.finish(row - 1);
}

}  // namespace

struct SummaryWriter::State {
  Context ctx;
  std::string path;        // the workbook
  // libxlsxwriter's workbook, before 问题清单's rows are spliced in; removed with the writer.
  std::unique_ptr<xlsx::ScratchFile> built;
};

SummaryWriter::SummaryWriter(const std::string& path) : state_(std::make_unique<State>()) {
  Context& ctx = state_->ctx;
  state_->path = path;
  state_->built = std::make_unique<xlsx::ScratchFile>(path);
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = nullptr;
  options.use_zip64 = LXW_TRUE;  // a province's findings can pass 4 GB of XML
  ctx.wb = workbook_new_opt(state_->built->path().c_str(), &options);
  if (!ctx.wb) throw std::runtime_error(fmt::format("无法创建 {} / cannot create the workbook", path));
  try {
    ctx.formats = std::make_unique<Formats>(ctx.wb);
    // The sheets in their order; 问题清单 fills while the files are still being read.
    ctx.projects_sheet = add_sheet(ctx.wb, kProjects);
    ctx.units_sheet = add_sheet(ctx.wb, kUnits);
    ctx.grades_sheet = add_sheet(ctx.wb, kGrades);
    start_findings(ctx);
  } catch (...) {
    workbook_close(ctx.wb);
    ctx.wb = nullptr;
    throw;
  }
}

SummaryWriter::~SummaryWriter() {
  if (!state_) return;
  if (state_->ctx.wb) workbook_close(state_->ctx.wb);  // unfinished: nothing reaches `path`
}

void SummaryWriter::add(SummaryFile file) {
  Context& ctx = state_->ctx;
  if (!ctx.wb) throw std::logic_error("SummaryWriter::add after finish");
  ctx.files.push_back(std::move(file));
  const std::size_t i = ctx.files.size() - 1;
  ctx.consolidator.add(ctx.files, i);
  write_findings_of(ctx, i);
}

SummaryCounts SummaryWriter::finish() {
  Context& ctx = state_->ctx;
  if (!ctx.wb) throw std::logic_error("SummaryWriter::finish twice");
  finish_findings(ctx);
  ctx.cons = ctx.consolidator.finish(ctx.files);
  write_projects(ctx);
  write_units(ctx);
  write_grades(ctx);
  write_accounts(ctx);
  write_duplicates(ctx);
  write_unreadable(ctx);
  lxw_doc_properties props{};
  props.title = const_cast<char*>("预算绩效自评汇总");
  props.comments = const_cast<char*>("evalbook summary");
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    props.created = static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
  }
  workbook_set_properties(ctx.wb, &props);
  // The rows were compressed while the files were read; this waits for the last of them.
  const xlsx::DeflatedPiece rows = ctx.findings_rows->finish();
  lxw_workbook* wb = ctx.wb;
  ctx.wb = nullptr;
  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(fmt::format("写入汇总表失败：{} / writing the summary failed: {}",
                                         lxw_strerror(err), lxw_strerror(err)));
  }
  const std::string dimension =
      fmt::format("A1:{}{}", column_name(ctx.findings->column_count() - 1),
                  std::max<lxw_row_t>(ctx.findings_row, 1));
  splice_rows(state_->built->path(), state_->path, kFindings, rows, dimension);
  state_->built.reset();
  return ctx.counts;
}

SummaryCounts write_summary(const std::string& path, std::vector<SummaryFile> files) {
  SummaryWriter writer(path);
  for (auto& f : files) writer.add(std::move(f));
  return writer.finish();
}

}  // namespace evalbook::report
