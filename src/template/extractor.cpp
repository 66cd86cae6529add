#include "template/extractor.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <set>

#include "model/indicator_value.h"
#include "template/block_reader.h"
#include "template/cell_reading.h"
#include "template/field_alignment.h"
#include "template/form_part.h"
#include "template/label_index.h"
#include "template/ledger.h"
#include "template/normalize.h"
#include "template/table_reader.h"
#include "template/total_reading.h"
#include "xlsx/utf8.h"

namespace evalbook::tmpl {

namespace {

using model::Node;

// Without the spaces around it: ASCII white space, the ideographic space and no-break space.
std::string trim(const std::string& text) {
  auto space_at = [&](std::size_t i, bool backwards) -> std::size_t {
    static const std::string kWide[] = {"\xE3\x80\x80", "\xC2\xA0"};
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    for (const auto& w : kWide) {
      std::size_t start = backwards ? i + 1 - std::min(i + 1, w.size()) : i;
      if (text.compare(start, w.size(), w) == 0 && (!backwards || start + w.size() == i + 1))
        return w.size();
    }
    return 0;
  };
  std::size_t b = 0;
  std::size_t e = text.size();
  while (b < e) {
    std::size_t n = space_at(b, false);
    if (n == 0) break;
    b += n;
  }
  while (e > b) {
    std::size_t n = space_at(e - 1, true);
    if (n == 0) break;
    e -= n;
  }
  return text.substr(b, e - b);
}
using model::Scalar;
using model::ScalarType;

// Values found beside their labels, and the total with its grade.
class FieldReader : public FormPart {
 public:
  using FormPart::FormPart;

  bool is_any_label(std::uint32_t row, std::uint32_t column) const {
    const std::string& text = index_.at(row, column);
    return std::any_of(spec_.fields.begin(), spec_.fields.end(),
                       [&](const FieldSpec& f) { return f.labels.matches(text); });
  }

 public:
  void extract_field(const FieldSpec& field) {
    if (!field.pattern.empty()) return extract_pattern_field(field);
    std::optional<Position> at;
    if (field.group.empty()) {
      at = index_.find(field.labels);
    } else if (auto group = index_.find(field.group)) {
      at = find_after(field.labels, *group, field.group_rows);
    }
    if (!at) return;  // the form does not have this field
    Scalar value = blank(field.type);
    value.cell = value_cell_of(*at, field.below);  // where a blank value belongs
    for (int d = 1; d <= field.max_distance; ++d) {
      std::uint32_t r = field.below ? at->row + d : at->row;
      std::uint32_t c = field.below ? at->column : at->column + d;
      if (grid_.empty(r, c)) continue;
      if (is_any_label(r, c)) break;  // the next label: this field is blank
      value = read(r, c, field.type, field.field);
      if (field.type == ValueType::number)
        figures_.push_back({grid_.at(at->row, at->column).text, {at->row, at->column}, {r, c}});
      break;
    }
    form_.record.set(field.field, Node(std::move(value)));
  }

  // A row of figures shifted off the columns of the rows around it: said at its label.
  void report_shifted_figure_rows() {
    for (auto& info : shifted_figure_rows(figures_, grid_.sheet_name()))
      form_.findings.push_back(std::move(info));
  }

  // A row of figures under a ledger (公开06表's 人员经费合计) shifted off the ledger's amount
  // columns: said at its label.
  void report_figure_rows_off_ledger(const LedgerSpec& ledger) {
    const Node* rows = form_.record.get(ledger.name);
    if (!rows || rows->kind() != Node::Kind::array) return;
    std::set<long> amount_columns;
    std::uint32_t last_row = 0;
    for (const Node& row : rows->items()) {
      for (const auto& col : ledger.columns) {
        const Node* v = row.get(col.field);
        if (!v || v->kind() != Node::Kind::scalar || !v->scalar().cell) continue;
        amount_columns.insert(v->scalar().cell->column);
        last_row = std::max(last_row, v->scalar().cell->row);
      }
    }
    for (auto& info :
         figure_rows_off_table_columns(figures_, amount_columns, last_row, grid_.sheet_name()))
      form_.findings.push_back(std::move(info));
  }

  // The cell right of (or below) a label, past the merged range the label spans.
  xlsx::CellRef value_cell_of(Position label, bool below) const {
    std::uint32_t row = label.row;
    std::uint32_t column = label.column;
    for (const auto& m : grid_.merged()) {
      if (m.first.row <= label.row && label.row <= m.last.row && m.first.column <= label.column &&
          label.column <= m.last.column) {
        row = m.last.row;
        column = m.last.column;
      }
    }
    return below ? xlsx::CellRef{row + 1, label.column} : xlsx::CellRef{label.row, column + 1};
  }

  // The first cell matching `labels` right of `from` in its row, or in the rows below it.
  std::optional<Position> find_after(const LabelSet& labels, Position from, int rows) const {
    for (std::uint32_t r = from.row;
         r <= from.row + static_cast<std::uint32_t>(rows) && r <= grid_.rows(); ++r) {
      for (std::uint32_t c = r == from.row ? from.column + 1 : 1; c <= grid_.width(r); ++c) {
        if (labels.matches(index_.at(r, c))) return Position{r, c};
      }
    }
    return std::nullopt;
  }

  void extract_pattern_field(const FieldSpec& field) {
    const TextPattern& pattern = *field.pattern_regex;
    for (std::uint32_t r = 1; r <= grid_.rows(); ++r) {
      for (std::uint32_t c = 1; c <= grid_.width(r); ++c) {
        std::smatch m;
        const std::string& text = grid_.at(r, c).text;
        if (text.empty() || !pattern.search(text, m) || m.size() < 2) continue;
        Scalar s = blank(field.type);
        s.raw = trim(m[1].str());
        if (s.raw.empty()) continue;  // the label is there, its value is not
        s.cell = xlsx::CellRef{r, c};
        if (s.type == ScalarType::number) s.number = model::parse_amount(s.raw);
        form_.record.set(field.field, Node(std::move(s)));
        return;
      }
    }
  }

  // Where the first table row read (items or indicators) has its 分值 (and 参考分值, where the
  // form has both) and its 得分, when they differ: where a total row's weight and score stand.
  struct WeightScoreColumns {
    std::set<std::uint32_t> weights;
    std::uint32_t score = 0;
  };
  std::optional<WeightScoreColumns> table_weight_score_columns() const {
    for (const char* list : {"items", "indicators"}) {
      const Node* rows = form_.record.get(list);
      if (!rows || rows->kind() != Node::Kind::array) continue;
      for (const Node& row : rows->items()) {
        const Node* sc = row.get("score");
        if (!sc || !sc->scalar().cell) continue;
        WeightScoreColumns out;
        out.score = sc->scalar().cell->column;
        for (const char* weight : {"weight", "weight_reference"}) {
          const Node* w = row.get(weight);
          if (w && w->scalar().cell && w->scalar().cell->column != out.score)
            out.weights.insert(w->scalar().cell->column);
        }
        if (!out.weights.empty()) return out;
      }
    }
    return std::nullopt;
  }

  // A total or section row whose 分值 and 得分 both stand the same column or two off the table's
  // 分值 and 得分 columns (as its first row has them) has been shifted, its label with it: read
  // by its own order, and said at its label. The table's rows, not its header, are the measure,
  // so that a table read without its header row says the same.
  void say_row_off_table_columns(Position label, const Scalar& weight, const Scalar& score) {
    auto columns = table_weight_score_columns();
    if (!columns || !weight.cell || !score.cell || weight.cell->row != score.cell->row) return;
    long shift = static_cast<long>(score.cell->column) - static_cast<long>(columns->score);
    if (shift == 0 || std::labs(shift) > 2 ||
        !columns->weights.count(
            static_cast<std::uint32_t>(static_cast<long>(weight.cell->column) - shift)))
      return;
    bool holds = weight.number && score.number && *score.number <= *weight.number + 1e-9;
    note("block_alignment", "info", "", xlsx::CellRef{label.row, label.column},
         fmt::format("“{}”行的分值、得分比表中分值、得分两栏{}移 {} 列，已按该行数值的顺序读取{}",
                     grid_.at(label.row, label.column).text, shift > 0 ? "右" : "左",
                     std::labs(shift), holds ? "，经 得分 ≤ 分值 核对无误" : ""));
  }

  // The section rows a table read (投入 16 16 —— 16.00): each said where it stands off the
  // table's columns.
  void say_section_rows_off_table_columns(const TableSpec& table) {
    const Node* sections = form_.record.get(table.sections_into);
    const Node* weights = form_.record.get(table.section_weights_into);
    if (!sections || !weights || sections->kind() != Node::Kind::object) return;
    for (const auto& [name, score] : sections->fields()) {
      const Node* weight = weights->get(name);
      if (!weight || weight->kind() != Node::Kind::scalar || score.kind() != Node::Kind::scalar ||
          !score.scalar().cell)
        continue;
      std::uint32_t r = score.scalar().cell->row;
      for (std::uint32_t c = 1; c <= grid_.columns(); ++c) {
        if (index_.at(r, c) != name) continue;  // the section's label, as the table keyed it
        say_row_off_table_columns(Position{r, c}, weight->scalar(), score.scalar());
        break;
      }
    }
  }

  // A score written out that cannot be read ("九十五分左右"): short text with a numeral. A
  // sentence holding figures (the analysis under the table) is not one.
  static bool could_be_a_written_number(const std::string& text) {
    constexpr std::size_t kLongestWrittenNumber = 16;  // code points
    return xlsx::code_point_count(text) <= kLongestWrittenNumber && looks_like_a_number(text);
  }

  void extract_total(const TotalSpec& total) {
    auto at = index_.find(total.labels);
    if (!at) return;
    std::optional<Scalar> score;
    std::optional<Scalar> grade;
    std::optional<Scalar> weight;
    std::optional<std::uint32_t> grade_column;  // where the grade stands, once found
    bool nothing_before = true;  // no cell filled right of the label or on the rows before this
    for (std::uint32_t r = at->row; r <= at->row + total.search_rows && r <= grid_.rows(); ++r) {
      std::uint32_t from = r == at->row ? at->column + 1 : 1;
      std::vector<std::uint32_t> numbers;
      std::optional<std::uint32_t> attempted;  // "九十五分左右": a number that cannot be read
      bool first_filled_row = nothing_before;
      for (std::uint32_t c = from; c <= grid_.width(r); ++c) {
        if (grid_.empty(r, c)) continue;
        nothing_before = false;
        if (cell_number_in_any_dress(grid_.at(r, c))) {
          numbers.push_back(c);
        } else if (!grade && !total.grade_field.empty() &&
                   model::parse_grade(grid_.at(r, c).text)) {
          grade = read(r, c, ValueType::grade, total.grade_field);
          grade_column = c;
        } else if (!attempted && could_be_a_written_number(grid_.at(r, c).text)) {
          attempted = c;
        }
      }
      // The total's row holds the grade but no score: the score is blank there, in the cell
      // before the grade (总分 … [score] [良]), not to be looked for in the rows below
      // (项目绩效分析's prose, which holds figures of its own). The total's row is the label's,
      // or the first filled row under a label standing alone (总分 over two rows).
      if (first_filled_row && grade_column && numbers.empty() && !attempted &&
          !total.score_field.empty()) {
        if (*grade_column - 1 > (r == at->row ? at->column : 0)) {
          score = blank_at(ValueType::number, r, *grade_column - 1);
        } else if (auto columns = table_weight_score_columns()) {
          score = blank_at(ValueType::number, r, columns->score);
        }
        break;
      }
      // A number the row should have but that cannot be read ("九十五分左右") takes its place,
      // so that it is an unreadable_value at its cell, not a blank or the weight read as score.
      std::size_t wanted = total.weight_field.empty() && !total.last_number ? 1 : 2;
      if (attempted && !score && !total.score_field.empty() && numbers.size() + 1 == wanted) {
        numbers.push_back(*attempted);
        std::sort(numbers.begin(), numbers.end());
      }
      // A lone number in a 分值 column is the weight: the score cell beside it is blank.
      if (!score && numbers.size() == 1 && !total.score_field.empty() &&
          (total.last_number || !total.weight_field.empty())) {
        std::uint32_t c = numbers.front();
        if (auto score_column = score_column_beside_weight(
                form_.record, c, cell_number_in_any_dress(grid_.at(r, c)).value_or(0))) {
          score = blank_at(ValueType::number, r, *score_column);
          if (!total.weight_field.empty())
            weight = read(r, c, ValueType::number, total.weight_field);
          numbers.clear();
        }
      }
      if (!score && !numbers.empty() && !total.score_field.empty()) {
        bool last = total.last_number || (!total.weight_field.empty() && numbers.size() >= 2);
        score =
            read(r, last ? numbers.back() : numbers.front(), ValueType::number, total.score_field);
        if (!total.weight_field.empty() && numbers.size() >= 2)
          weight = read(r, numbers.front(), ValueType::number, total.weight_field);
      }
      if ((score || total.score_field.empty()) && (grade || total.grade_field.empty())) break;
    }
    // A grade on its own row under the total (自评等级：良), where the form has no grade beside
    // the total; into "grade" on a form whose template prints none, unless another of its totals
    // reads the grade (评价结果等次).
    std::string grade_field = total.grade_field;
    bool another_reads_grade =
        std::any_of(spec_.totals.begin(), spec_.totals.end(),
                    [](const TotalSpec& t) { return !t.grade_field.empty(); });
    if (grade_field.empty() && !total.score_field.empty() && !another_reads_grade)
      grade_field = "grade";
    if (!grade && !grade_field.empty()) {
      std::uint32_t total_row = score && score->cell ? score->cell->row : at->row;
      constexpr int kGradeRowsBelow = 2;
      if (auto below = find_grade_row_below(grid_, total_row + 1, kGradeRowsBelow)) {
        grade = blank(ValueType::grade);
        grade->raw = below->text;
        grade->cell = xlsx::CellRef{below->row, below->column};
      }
    }
    // A total that is the row's one figure (总分 | [score]) belongs right of its label, past the
    // label's merged cells; any other row puts its score among other figures, and an empty row
    // cannot tell which column.
    bool score_alone =
        total.grade_field.empty() && total.weight_field.empty() && !total.last_number;
    if (!score && !total.score_field.empty() && score_alone) {
      xlsx::CellRef cell = value_cell_of(*at, false);
      score = blank_at(ValueType::number, cell.row, cell.column);
    }
    if (!score && !total.score_field.empty()) say_total_cell_unknown(*at, total.score_field);
    if (weight && score) say_row_off_table_columns(*at, *weight, *score);
    if (!total.weight_field.empty())
      form_.record.set(total.weight_field, Node(weight ? *weight : blank(ValueType::number)));
    if (!total.score_field.empty())
      form_.record.set(total.score_field, Node(score ? *score : blank(ValueType::number)));
    if (!total.grade_field.empty())
      form_.record.set(total.grade_field, Node(grade ? *grade : blank(ValueType::grade)));
    else if (grade && !grade_field.empty())
      form_.record.set(grade_field, Node(*grade));
  }

  // Nothing on the total's row nor the rows searched under it: where the score belongs cannot be
  // told (the forms put it under the 得分 or the 分值 column), so the clerk is told at the label.
  void say_total_cell_unknown(Position label, const std::string& field) {
    const std::string text = trim(grid_.at(label.row, label.column).text);
    note("value_missing", "error", field, xlsx::CellRef{label.row, label.column},
         fmt::format("{}未填写：第 {} 行“{}”右侧没有得分，本表无法确定得分应填在哪一格；"
                     "请在该行填写{}",
                     text, label.row, text, text));
  }

 private:
  std::vector<LabelledFigure> figures_;  // the number fields read beside their labels
};

// Owns the record while the parts are read into it.
class Extractor {
 public:
  Extractor(const SheetGrid& grid, const TemplateSpec& spec, const LabelIndex& index)
      : grid_(grid), spec_(spec), index_(index), fields_(grid, spec, index, form_) {
    form_.sheet = grid.sheet_name();
    form_.template_id = spec.id;
    form_.money_unit.stated = stated_money_units(grid);
    if (form_.money_unit.stated.size() == 1) form_.money_unit.declared = form_.money_unit.stated[0];
  }

  model::FormRecord run() {
    for (const auto& field : spec_.fields) fields_.extract_field(field);
    fields_.report_shifted_figure_rows();
    for (const auto& block : spec_.blocks) read_block(grid_, spec_, index_, form_, block);
    for (const auto& table : spec_.tables) {
      read_table(grid_, spec_, index_, form_, table);
      if (!table.sections_into.empty()) fields_.say_section_rows_off_table_columns(table);
    }
    for (const auto& total : spec_.totals) fields_.extract_total(total);
    for (const auto& ledger : spec_.ledgers) {
      extract_ledger(grid_, index_, ledger, form_.record, form_.findings);
      fields_.report_figure_rows_off_ledger(ledger);
    }
    for (const auto& row : spec_.numbered_rows)
      extract_numbered_row(grid_, row, form_.record, form_.findings);
    return std::move(form_);
  }

 private:
  const SheetGrid& grid_;
  const TemplateSpec& spec_;
  const LabelIndex& index_;
  model::FormRecord form_;
  FieldReader fields_;
};

}  // namespace

model::FormRecord extract_record(const SheetGrid& grid, const TemplateSpec& spec) {
  LabelIndex index(grid);
  return extract_record(grid, spec, index);
}

model::FormRecord extract_record(const SheetGrid& grid, const TemplateSpec& spec,
                                 const LabelIndex& index) {
  return Extractor(grid, spec, index).run();
}

}  // namespace evalbook::tmpl
