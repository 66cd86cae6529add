// The builder behind layout_blank and layout_filled (template_writer.h), shared by its parts:
// template_layout.cpp (geometry, cells, title and fields, finishing), template_layout_blocks.cpp,
// template_layout_tables.cpp (tables, sections and totals), template_layout_ledgers.cpp (ledgers
// and numbered rows), template_layout_values.cpp (record values and number formats) and
// template_layout_text.cpp (texts: patterns, labels, widths, sheet names). Not for other layers.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "report/template_writer.h"

namespace evalbook::report::layout_detail {

using model::Node;
using model::Scalar;
using model::ScalarType;
using tmpl::ValueType;

constexpr const char* kMoneyFormat = "#,##0.00";
constexpr const char* kScoreFormat = "0.00";
constexpr const char* kPercentFormat = "0.00%";
constexpr std::uint32_t kMinColumns = 4;
constexpr int kBlankTableRows = 10;
constexpr int kBlankSectionRows = 5;
constexpr int kBlankBlockRows = 3;
constexpr int kBlankLedgerRows = 15;
// The year line of a blank self-evaluation form, as the official forms print it.
constexpr const char* kYearLine = "（XXXX年度）";
// The head of a project form's funds rows, with the unit of its money columns as printed.
constexpr const char* kProjectFundsHeader = "项目资金（万元）";

// A header standing over two adjacent block columns (the 2023 form: 年初预算数 over 目标申报数 |
// 预算编制数), used when the template needs the label (a detection label) and has the columns.
struct GroupHeader {
  const char* label;
  std::vector<std::string> fields;
};
inline const std::vector<GroupHeader> kGroupHeaders = {
    {"年初预算数", {"budget_declared", "budget_initial"}}};

// What the official 2023 项目支出绩效自评表 prints around the figures the reader takes, worded as
// the published forms print it (晋城市商务局 2023 部门决算公开, its appendix of 12 project forms):
// the head of the funds rows, the source row under 资金总额, the 项目年度绩效目标 block
// (年度目标 | 实际完成情况) between the funds and the indicator table, and the 项目绩效分析
// section under 总分 (template_layout_furniture.cpp). A template has it when its funds block
// ends at the goal label and its indicator table at the analysis label; nothing of it is read.
struct PrintedFurniture {
  std::string funds_header;
  std::string funds_reason_head;       // a text column right of the funds figures
  std::vector<std::string> fund_rows;  // labels of the rows under the total, blank forms only
  std::string table_label;             // down the first column beside the indicator table
  std::string goal_label;
  std::vector<std::string> goal_heads;  // two: the goal text and what was achieved
  std::string analysis_label;
  std::vector<std::string> analysis_rows;
};
// nullptr when the template's form prints none of it.
const PrintedFurniture* printed_furniture(const tmpl::TemplateSpec& spec);

// ---- record values and number formats (template_layout_values.cpp) ---------------------------

std::string shortest(double v);
// libxlsxwriter writes numbers with "%.16G": does that text read back as the same double?
bool g16_exact(double v);
// "#,##0.00" showing every decimal the value has (369.405 -> "#,##0.000").
std::string format_for(const std::string& base, double v);
bool contains(const std::string& s, std::string_view part);
// The number format of a numeric field: scores, weights and rates "0.00"; counts, years and
// line numbers General; money "#,##0.00".
std::string base_format(const std::string& field, ValueType type, bool money_context);
bool is_numeric(ValueType t);
const Node* member(const Node* obj, const std::string& name);
const Scalar* scalar_of(const Node* obj, const std::string& name);
bool has_value(const Scalar* s);
std::string as_text(const Scalar* s);
std::optional<double> as_number(const Scalar* s);
std::string upper_ascii(std::string s);
bool is_carry(const tmpl::TableSpec& t, const std::string& field);
// The exact words of a vocabulary, for a drop-down list.
std::vector<std::string> vocabulary_words(const tmpl::LabelSet& set);
// Items of a section, chosen so that each section's rows add up to its weight (or its score):
// the record keeps sections and items apart, the form interleaves them.
std::vector<std::size_t> partition_sections(const std::vector<double>& section_totals,
                                            const std::vector<std::optional<double>>& item_values);
// The pattern's text even when it does not read back (for a blank's placeholder;
// template_layout_text.cpp).
std::optional<std::string> pattern_text_loose(const std::string& pattern, const std::string& value);

// Where detection labels the layout does not otherwise write go (see template_writer.h).
struct Plan {
  std::set<std::string> group_headers;
  std::map<std::size_t, std::vector<std::string>> before_table;
  std::map<std::size_t, std::string> after_block;
  std::map<std::size_t, std::string> after_table;
  std::map<std::size_t, std::string> after_ledger;
  std::string block_row_header;  // of the first block
  std::vector<std::string> captions;
};

struct Pending {
  tmpl::LabelSet end;
  bool text_rows_end = false;  // a block: a row of text only ends it too
  tmpl::LabelSet keep;         // a block's row labels do not end it
  std::string what;
};

// Lays out one form: a blank one (record nullptr) or one filled with a record.
class Builder {
 public:
  Builder(const tmpl::TemplateSpec& spec, const Node* record, Plan plan)
      : spec_(spec),
        record_(record),
        plan_(std::move(plan)),
        furniture_(printed_furniture(spec)),
        table_shift_(furniture_ && !furniture_->table_label.empty() ? 1 : 0) {}

  FormLayout build();

  // Normalised texts of every written cell (to see which detection labels are there).
  static std::set<std::string> texts(const FormLayout& layout);

 private:
  bool blank() const { return record_ == nullptr; }

  // ---- geometry -------------------------------------------------------------------------

  std::uint32_t compute_width();

  struct TotalColumns {
    std::uint32_t label_last = 1;
    std::uint32_t weight = 0;
    std::uint32_t score = 0;
    std::uint32_t grade = 0;
  };

  TotalColumns total_columns(const tmpl::TotalSpec& total) const;

  // ---- cells --------------------------------------------------------------------------

  LayoutCell& put(std::uint32_t row, std::uint32_t col, CellRole role);

  void merge(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2, std::uint32_t c2);

  LayoutCell& text_cell(std::uint32_t row, std::uint32_t col, CellRole role,
                        const std::string& text);

  // An input (or computed) cell holding a record value of `type`; empty when the value is blank.
  LayoutCell& value_cell(std::uint32_t row, std::uint32_t col, const std::string& field,
                         ValueType type, const Scalar* value, bool money_context,
                         CellRole role = CellRole::input, const std::string& path = {});

  void warn(const std::string& message);

  void list(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2, std::uint32_t c2,
            std::vector<std::string> values, bool inform, std::string title, std::string message);

  // ---- rows ---------------------------------------------------------------------------

  // The next row, whose first cell reads `first` and which holds numbers or not. A part still
  // open (a table, a block, a ledger) is ended first: by this row when it is one that ends the
  // part, else by the part's end label on a row of its own.
  std::uint32_t start_row(const std::string& first, bool has_numbers);

  void caption_row(const std::string& text, CellRole role);

  // ---- title, pattern fields, fields -----------------------------------------------------

  void lay_title_and_patterns();

  void title_row(const std::string& title);

  void pattern_row(const tmpl::FieldSpec& f);

  static bool reads_value(const std::string& pattern, const std::string& text);

  void lay_fields();

  void field_row(const tmpl::FieldSpec& f);

  void group_rows(const std::string& group, const std::vector<const tmpl::FieldSpec*>& members);

  // ---- blocks ---------------------------------------------------------------------------

  void lay_block(std::size_t bi);

  std::uint32_t block_total_row(const tmpl::BlockSpec& b, const std::string& label, const Node* src,
                                bool has_values);

  LayoutCell* find_cell(std::uint32_t r, std::uint32_t c);

  // The column of the printed reason right of the funds figures (PrintedFurniture), 0 if none.
  std::uint32_t reason_column(const tmpl::BlockSpec& b) const;

  // The cells of a block row right of its figures: the reason column, else one merged cell.
  void block_row_tail(const tmpl::BlockSpec& b, std::uint32_t r);

  void block_values(const tmpl::BlockSpec& b, std::uint32_t r, const Node* src,
                    const std::string& prefix);

  // The formula of a computed block column in its row (the knowledge table of
  // template_writer.h); "" when the field computes nothing here.
  static std::string row_formula(const std::string& field,
                                 const std::map<std::string, std::string>& ref,
                                 const std::map<std::string, ValueType>& type);

  // ---- printed furniture (template_layout_furniture.cpp) ----------------------------------

  // The 项目年度绩效目标 block: its label and heads, then one row to write in.
  void goal_rows();

  // The 项目绩效分析 section: its label down the first column, one row per item.
  void analysis_rows();

  // ---- tables ---------------------------------------------------------------------------

  // The form column of a table's column `i` (right of a printed side label, if any).
  std::uint32_t table_col(std::size_t i) const {
    return static_cast<std::uint32_t>(i + 1) + table_shift_;
  }

  void lay_table(std::size_t ti);

  void item_row(const tmpl::TableSpec& t, const Node* item, std::size_t index);

  std::uint32_t section_row(const tmpl::TableSpec& t, const std::string& name, const Scalar* score,
                            const Scalar* weight, std::optional<std::size_t> first_num,
                            std::optional<std::size_t> last_num);

  void section_formulas(const tmpl::TableSpec&, std::uint32_t sr, std::uint32_t from,
                        std::uint32_t to, std::optional<std::size_t> first_num,
                        std::optional<std::size_t> last_num);

  // ---- totals ---------------------------------------------------------------------------

  struct TableRange {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    std::uint32_t score_col = 0;
    std::uint32_t weight_col = 0;
    std::uint32_t section_score_col = 0;
    std::vector<std::uint32_t> sections;
  };

  void lay_totals();

  // total_score = execution_score + SUM(scores), or SUM(section scores); total_weight =
  // SUM(weights).
  std::string sum_formula(bool score) const;

  void grade_list(std::uint32_t r, std::uint32_t c) { grade_list_range(r, c, r, c); }
  void grade_list_range(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2, std::uint32_t c2);

  // ---- ledgers and numbered rows ----------------------------------------------------------

  // Items of a ledger side by side in groups, as the 公开表 print 收入 | 支出: items with the same
  // columns form one group (the reader lists a group's rows before the next group's).
  struct LedgerGroup {
    std::vector<std::size_t> columns;  // indexes into the ledger's columns
    std::vector<std::size_t> items;    // indexes into record[name]
    std::uint32_t first = 1;           // first column of the group
  };

  std::vector<LedgerGroup> ledger_groups(const tmpl::LedgerSpec& l) const;

  static std::uint32_t ledger_width(const tmpl::LedgerSpec& l,
                                    const std::vector<LedgerGroup>& groups);

  void lay_ledger(std::size_t li);

  void lay_numbered_rows();

  // ---- record fields the template does not have -------------------------------------------

  void report_unknown_fields();

  // ---- widths, heights --------------------------------------------------------------------

  void finish();

  // A filled form keeps a computed cell's formula only where it shows the figure the record
  // holds (template_layout.cpp).
  void keep_formulas_that_agree();

  const tmpl::TemplateSpec& spec_;
  const Node* record_;
  Plan plan_;
  const PrintedFurniture* furniture_ = nullptr;
  std::uint32_t table_shift_ = 0;  // 1: tables start in the second column
  FormLayout out_;
  std::map<std::pair<std::uint32_t, std::uint32_t>, LayoutCell> cells_;
  std::uint32_t row_ = 0;
  std::uint32_t width_ = kMinColumns;
  std::uint32_t score_col_ = 0;
  std::uint32_t weight_col_ = 0;
  std::optional<Pending> pending_;
  std::map<std::string, xlsx::CellRef> field_cells_;
  std::vector<TableRange> tables_;
};

}  // namespace evalbook::report::layout_detail
