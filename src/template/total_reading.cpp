#include "template/total_reading.h"

#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "model/indicator_value.h"
#include "template/normalize.h"
#include "xlsx/utf8.h"

namespace evalbook::tmpl {

namespace {

using model::Node;

const model::Scalar* scalar_of(const Node* n) {
  return n && n->kind() == Node::Kind::scalar ? &n->scalar() : nullptr;
}

// Every table row's weight and score columns, with how often each weight column pairs with
// each score column on one row.
struct TableColumns {
  std::set<std::uint32_t> weights;
  std::set<std::uint32_t> scores;
  std::map<std::uint32_t, std::map<std::uint32_t, int>> pairs;  // weight column -> score -> n
  double section_weights = 0;

  void add(const model::Scalar* weight, const model::Scalar* score) {
    if (!score || !score->cell) return;
    scores.insert(score->cell->column);
    if (!weight || !weight->cell || weight->cell->row != score->cell->row ||
        weight->cell->column == score->cell->column)
      return;
    weights.insert(weight->cell->column);
    ++pairs[weight->cell->column][score->cell->column];
  }
};

TableColumns table_columns(const Node& record) {
  TableColumns out;
  for (const char* list : {"items", "indicators"}) {
    const Node* rows = record.get(list);
    if (!rows || rows->kind() != Node::Kind::array) continue;
    for (const Node& row : rows->items()) {
      const model::Scalar* score = scalar_of(row.get("score"));
      out.add(scalar_of(row.get("weight")), score);
      out.add(scalar_of(row.get("weight_reference")), score);
    }
  }
  const Node* sections = record.get("sections");
  const Node* weights = record.get("section_weights");
  if (sections && weights && sections->kind() == Node::Kind::object) {
    for (const auto& [name, score] : sections->fields()) {
      const model::Scalar* weight = scalar_of(weights->get(name));
      out.add(weight, scalar_of(&score));
      if (weight && weight->number) out.section_weights += *weight->number;
    }
  }
  return out;
}

// Labels a clerk writes before a grade on its own row.
constexpr std::string_view kGradeLabels[] = {"自评等级", "评价等级",     "绩效等级", "评定等级",
                                             "考核等级", "评价结果等次", "等级",     "等次"};

// The grade part of a short cell that starts with a grade label: "" when the label stands alone,
// nullopt when the cell is no grade label.
std::optional<std::string> after_grade_label(const std::string& text) {
  constexpr std::size_t kLongestLabelledGrade = 12;  // code points: 评价结果等次：优秀
  if (xlsx::code_point_count(text) > kLongestLabelledGrade) return std::nullopt;
  std::string norm = normalize_label(text);
  for (std::string_view label : kGradeLabels) {
    if (norm.compare(0, label.size(), label) != 0) continue;
    std::string rest = norm.substr(label.size());
    if (!rest.empty() && rest.front() == ':') rest.erase(0, 1);
    return rest;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::uint32_t> score_column_beside_weight(const model::Node& record,
                                                        std::uint32_t column, double value) {
  TableColumns t = table_columns(record);
  if (!t.weights.count(column)) return std::nullopt;
  if (t.scores.count(column)) {
    double full_marks = t.section_weights > 0 ? t.section_weights : 100;
    if (std::fabs(value - full_marks) > 1e-9) return std::nullopt;
  }
  // The score column this weight column is most often paired with.
  std::uint32_t best = 0;
  int seen = 0;
  for (const auto& [score, n] : t.pairs[column]) {
    if (n > seen) {
      best = score;
      seen = n;
    }
  }
  return best ? std::optional<std::uint32_t>(best) : std::nullopt;
}

std::optional<GradeBelow> find_grade_row_below(const SheetGrid& grid, std::uint32_t first_row,
                                               int rows) {
  for (std::uint32_t r = first_row;
       r < first_row + static_cast<std::uint32_t>(rows) && r <= grid.rows(); ++r) {
    std::uint32_t c = 1;
    while (c <= grid.width(r) && grid.empty(r, c)) ++c;
    if (c > grid.width(r)) continue;  // an empty row
    auto rest = after_grade_label(grid.at(r, c).text);
    if (!rest) return std::nullopt;  // the next part of the form
    if (!rest->empty()) {
      if (!model::parse_grade(*rest)) return std::nullopt;
      return GradeBelow{r, c, *rest};
    }
    for (std::uint32_t g = c + 1; g <= grid.width(r); ++g) {
      if (grid.empty(r, g)) continue;
      if (!model::parse_grade(grid.at(r, g).text)) return std::nullopt;
      return GradeBelow{r, g, grid.at(r, g).text};
    }
    return GradeBelow{r, c + 1, ""};  // the label with no grade: blank, right of it
  }
  return std::nullopt;
}

}  // namespace evalbook::tmpl
