#include "template/extractor.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>

#include "model/indicator_value.h"
#include "template/cell_reading.h"
#include "template/label_index.h"
#include "template/ledger.h"
#include "template/normalize.h"

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

class Extractor {
 public:
  Extractor(const SheetGrid& grid, const TemplateSpec& spec, const LabelIndex& index)
      : grid_(grid), spec_(spec), index_(index) {
    form_.sheet = grid.sheet_name();
    form_.template_id = spec.id;
  }

  model::FormRecord run() {
    for (const auto& field : spec_.fields) extract_field(field);
    for (const auto& block : spec_.blocks) extract_block(block);
    for (const auto& table : spec_.tables) extract_table(table);
    for (const auto& total : spec_.totals) extract_total(total);
    for (const auto& ledger : spec_.ledgers)
      extract_ledger(grid_, index_, ledger, form_.record, form_.findings);
    for (const auto& row : spec_.numbered_rows)
      extract_numbered_row(grid_, row, form_.record, form_.findings);
    return std::move(form_);
  }

 private:
  Scalar blank(ValueType type) const { return blank_scalar(type); }

  Scalar read(std::uint32_t row, std::uint32_t column, ValueType type, const std::string& path) {
    return read_scalar(grid_, row, column, type, path, form_.findings);
  }

  bool is_any_label(std::uint32_t row, std::uint32_t column) const {
    const std::string& text = index_.at(row, column);
    return std::any_of(spec_.fields.begin(), spec_.fields.end(),
                       [&](const FieldSpec& f) { return f.labels.matches(text); });
  }

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
      break;
    }
    form_.record.set(field.field, Node(std::move(value)));
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
      for (std::uint32_t c = r == from.row ? from.column + 1 : 1; c <= grid_.columns(); ++c) {
        if (labels.matches(index_.at(r, c))) return Position{r, c};
      }
    }
    return std::nullopt;
  }

  void extract_pattern_field(const FieldSpec& field) {
    const std::regex& re = *field.pattern_regex;
    for (std::uint32_t r = 1; r <= grid_.rows(); ++r) {
      for (std::uint32_t c = 1; c <= grid_.columns(); ++c) {
        std::smatch m;
        const std::string& text = grid_.at(r, c).text;
        if (text.empty() || !std::regex_search(text, m, re) || m.size() < 2) continue;
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

  // Column of each spec column in the header row (or the row below it, for sub-headers). A
  // column's labels are tried in their order, so "三级指标" can win over "二级指标" for the
  // same column in forms that name their levels one step apart; a column already taken by an
  // earlier spec column is not taken twice.
  std::map<std::string, std::uint32_t> header_columns(const std::vector<ColumnSpec>& columns,
                                                      std::uint32_t header_row) const {
    std::map<std::string, std::uint32_t> found;
    std::set<std::uint32_t> taken;
    for (const auto& col : columns) {
      std::vector<LabelSet> tries;
      for (const auto& label : col.labels.exact) tries.push_back(LabelSet{{label}, {}, {}});
      for (const auto& label : col.labels.prefix) tries.push_back(LabelSet{{}, {label}, {}});
      for (const auto& re : col.labels.patterns) tries.push_back(LabelSet{{}, {}, {re}});
      for (const auto& one : tries) {
        for (std::uint32_t r = header_row; r <= header_row + 1 && !found.count(col.field); ++r) {
          for (std::uint32_t c = 1; c <= grid_.columns(); ++c) {
            if (!taken.count(c) && one.matches(index_.at(r, c))) {
              found[col.field] = c;
              taken.insert(c);
              break;
            }
          }
        }
        if (found.count(col.field)) break;
      }
    }
    return found;
  }

  // The first row where at least `need` column labels stand.
  std::optional<std::uint32_t> find_header_row(const std::vector<ColumnSpec>& columns,
                                               std::size_t need) const {
    for (std::uint32_t r = 1; r <= grid_.rows(); ++r) {
      std::size_t hits = 0;
      for (std::uint32_t c = 1; c <= grid_.columns(); ++c) {
        for (const auto& col : columns) {
          if (col.labels.matches(index_.at(r, c))) {
            ++hits;
            break;
          }
        }
      }
      if (hits >= need) return r;
    }
    return std::nullopt;
  }

  // Levels written on a row replace the carried ones; a new upper level clears the lower ones
  // the row does not write, but the same upper level written again (an unmerged category cell)
  // does not.
  static void update_carried(const TableSpec& table, const std::map<std::string, Scalar>& written,
                             std::map<std::string, Scalar>& carried) {
    for (std::size_t k = 0; k < table.carry_down.size(); ++k) {
      const std::string& field = table.carry_down[k];
      auto it = written.find(field);
      if (it == written.end()) continue;
      bool same = carried.count(field) &&
                  normalize_label(carried.at(field).raw) == normalize_label(it->second.raw);
      carried[field] = it->second;
      if (same) continue;
      for (std::size_t j = k + 1; j < table.carry_down.size(); ++j) {
        if (!written.count(table.carry_down[j])) carried.erase(table.carry_down[j]);
      }
    }
  }

  // A row holding at least as many header labels as the table's header row needs.
  bool find_header_row_at(const TableSpec& table, std::uint32_t row) const {
    std::size_t need = std::min<std::size_t>(4, table.columns.size());
    std::size_t hits = 0;
    for (std::uint32_t c = 1; c <= grid_.columns(); ++c) {
      for (const auto& col : table.columns) {
        if (col.labels.matches(index_.at(row, c))) {
          ++hits;
          break;
        }
      }
    }
    return hits >= need;
  }

  bool row_is_header(const std::vector<ColumnSpec>& columns, std::uint32_t row) const {
    for (std::uint32_t c = 1; c <= grid_.columns(); ++c) {
      for (const auto& col : columns) {
        if (col.labels.matches(index_.at(row, c))) return true;
      }
    }
    return false;
  }

  struct Token {
    std::uint32_t column;
    std::optional<double> number;
  };

  // Assigns values to fields (ordered by their header column): in order when the counts agree
  // (or when the header lacks some of the form's columns and the row has a value for each of
  // them), otherwise by column under the shift that lines most of them up. `shift` receives
  // the shift used, so blank fields still know their cell.
  std::map<std::string, Token> align(
      const std::vector<Token>& values,
      const std::vector<std::pair<std::string, std::uint32_t>>& fields,
      const std::vector<ColumnSpec>& all_columns, long& shift) {
    std::map<std::string, Token> out;
    shift = 0;
    if (values.size() == fields.size()) {
      for (std::size_t i = 0; i < values.size(); ++i) out[fields[i].first] = values[i];
      shift = static_cast<long>(values.front().column) - static_cast<long>(fields.front().second);
      return out;
    }
    if (fields.size() < all_columns.size() && values.size() >= all_columns.size()) {
      for (std::size_t i = 0; i < all_columns.size(); ++i) out[all_columns[i].field] = values[i];
      return out;
    }
    std::size_t best_hits = 0;
    for (int s : {0, 1, -1, 2, -2}) {
      std::size_t hits = 0;
      for (const auto& v : values) {
        for (const auto& f : fields) {
          if (static_cast<long>(v.column) - s == static_cast<long>(f.second)) ++hits;
        }
      }
      if (hits > best_hits) {
        best_hits = hits;
        shift = s;
      }
    }
    for (const auto& v : values) {
      for (const auto& f : fields) {
        if (static_cast<long>(v.column) - shift == static_cast<long>(f.second)) out[f.first] = v;
      }
    }
    return out;
  }

  // A blank value that still knows the cell it belongs in (for a fix to write to).
  Scalar blank_at(ValueType type, std::uint32_t row, long column) const {
    Scalar s = blank(type);
    if (column >= 1 && column <= 16384)
      s.cell = xlsx::CellRef{row, static_cast<std::uint32_t>(column)};
    return s;
  }

  // The value at a computed cell: read when something is written there (other than the row's
  // label), else blank with its cell.
  Scalar read_or_blank_at(ValueType type, std::uint32_t row, long column, const std::string& path,
                          std::optional<std::uint32_t> label_column) {
    if (column < 1 || column > static_cast<long>(grid_.columns()) ||
        (label_column && static_cast<long>(*label_column) == column) ||
        grid_.empty(row, static_cast<std::uint32_t>(column)))
      return blank_at(type, row, column);
    return read(row, static_cast<std::uint32_t>(column), type, path);
  }

  void extract_block(const BlockSpec& block) {
    auto header = find_header_row(block.columns, std::min<std::size_t>(3, block.columns.size()));
    if (!header) return;
    auto columns = header_columns(block.columns, *header);
    std::vector<std::pair<std::string, std::uint32_t>> ordered(columns.begin(), columns.end());
    std::sort(ordered.begin(), ordered.end(), [](auto& a, auto& b) { return a.second < b.second; });
    Node items = Node::array();
    // The total's fields are the form's own (or block.total_into's): present (null) even when
    // its row is blank.
    Node total_node = Node::object();
    for (const auto& col : block.columns) total_node.set(col.field, Node(blank(col.type)));
    std::uint32_t first_value_row = *header + (row_is_header(block.columns, *header + 1) ? 2 : 1);
    bool total_seen = false;
    for (std::uint32_t r = first_value_row;
         r < first_value_row + block.max_rows && r <= grid_.rows(); ++r) {
      std::uint32_t first = index_.first_column(r);
      if (first == 0) continue;
      if (block.end.matches(index_.at(r, first))) break;
      std::optional<std::uint32_t> label_column;
      std::vector<Token> values;
      for (std::uint32_t c = first; c <= grid_.columns(); ++c) {
        if (grid_.empty(r, c)) continue;
        auto number = cell_number_in_any_dress(grid_.at(r, c));
        if (number) {
          values.push_back(Token{c, number});
        } else if (!label_column && values.empty()) {
          label_column = c;
        }
      }
      if (!label_column) break;  // the block has ended
      if (values.empty() && !block.row_labels.matches(index_.at(r, *label_column))) break;
      long shift = 0;
      auto assigned = align(values, ordered, block.columns, shift);
      bool total = block.total_row.matches(index_.at(r, *label_column));
      total_seen = total_seen || total;
      Node item = Node::object();
      std::string prefix = total ? "" : fmt::format("{}[{}].", block.name, items.items().size());
      if (!total)
        item.set(block.row_label_field, Node(read(r, *label_column, ValueType::text, "")));
      for (const auto& col : block.columns) {
        auto it = assigned.find(col.field);
        Scalar s;
        if (it != assigned.end()) {
          s = read(r, it->second.column, col.type, prefix + col.field);
        } else if (columns.count(col.field)) {
          // A value cell holding no number ("#DIV/0!", "TRUE", "约8万"): read, so that it is a
          // finding at its own cell rather than a silent blank.
          s = read_or_blank_at(col.type, r, static_cast<long>(columns.at(col.field)) + shift,
                               prefix + col.field, label_column);
        } else {
          s = blank(col.type);
        }
        if (total) {
          total_node.set(col.field, Node(std::move(s)));
        } else {
          item.set(col.field, Node(std::move(s)));
        }
      }
      if (!total) items.push(std::move(item));
    }
    // No total row with values but a single source row (the total label sat on the header
    // row): that row is the total.
    if (!total_seen && items.items().size() == 1) {
      for (const auto& col : block.columns) {
        if (const Node* v = items.items().front().get(col.field)) total_node.set(col.field, *v);
      }
    }
    if (block.total_into.empty()) {
      for (const auto& [field, value] : total_node.fields()) form_.record.set(field, value);
    } else {
      form_.record.set(block.total_into, std::move(total_node));
    }
    form_.record.set(block.name, std::move(items));
  }

  bool matches_vocab(const TableSpec& table, const std::string& field, std::uint32_t r,
                     std::uint32_t c) const {
    auto it = table.vocabulary.find(field);
    return it != table.vocabulary.end() && it->second.matches(index_.at(r, c));
  }

  void extract_table(const TableSpec& table) {
    auto header = find_header_row(table.columns, std::min<std::size_t>(4, table.columns.size()));
    if (!header) return;
    auto columns = header_columns(table.columns, *header);
    std::uint32_t first_row = *header + (row_is_header(table.columns, *header + 1) ? 2 : 1);
    if (table.positional) return extract_positional_table(table, columns, first_row);
    // The text columns (neither a level, nor a trailing number, nor the trailing text), in
    // header order, with their header columns: the same for every row of the table.
    std::vector<std::string> middle_fields;
    for (const auto& col : table.columns) {
      bool special = std::find(table.carry_down.begin(), table.carry_down.end(), col.field) !=
                         table.carry_down.end() ||
                     std::find(table.numeric_tail.begin(), table.numeric_tail.end(), col.field) !=
                         table.numeric_tail.end() ||
                     col.field == table.trailing_text;
      if (!special && columns.count(col.field)) middle_fields.push_back(col.field);
    }
    std::sort(
        middle_fields.begin(), middle_fields.end(),
        [&](const std::string& a, const std::string& b) { return columns.at(a) < columns.at(b); });
    std::vector<long> middle_columns;
    for (const auto& f : middle_fields) middle_columns.push_back(static_cast<long>(columns.at(f)));
    Node items = Node::array();
    std::map<std::string, Scalar> carried;
    for (std::uint32_t r = first_row; r < first_row + table.max_rows && r <= grid_.rows(); ++r) {
      std::uint32_t first = index_.first_column(r);
      if (first == 0) continue;
      if (table.end.matches(index_.at(r, first))) break;
      std::vector<std::uint32_t> tokens;
      for (std::uint32_t c = first; c <= grid_.columns(); ++c) {
        if (!grid_.empty(r, c)) tokens.push_back(c);
      }
      std::size_t begin = 0;
      std::size_t end = tokens.size();
      std::map<std::string, std::uint32_t> placed;  // field -> column of the cell it reads

      // A section label the row starts with (绩效指标, merged down the table's side).
      while (begin < end && table.skip_words.matches(index_.at(r, tokens[begin]))) ++begin;
      // A section row (投入：20 17.05): its numbers are the section's weight and score.
      if (begin < end && table.section_words.matches(index_.at(r, tokens[begin]))) {
        read_section_row(
            table, r, tokens[begin],
            std::vector<std::uint32_t>(tokens.begin() + begin + 1, tokens.begin() + end), columns);
        carried.clear();  // levels do not run on across a section
        continue;
      }
      // Leading words that name the levels (产出指标, 数量指标...). A word of two levels
      // (成本指标) is the upper one when the next word names the lower level, else the level
      // whose header it stands under, else the lower one.
      for (std::size_t k = 0; k < table.carry_down.size() && begin < end; ++k) {
        const std::string& field = table.carry_down[k];
        if (!matches_vocab(table, field, r, tokens[begin])) continue;
        if (k + 1 < table.carry_down.size() &&
            matches_vocab(table, table.carry_down[k + 1], r, tokens[begin])) {
          const std::string& lower = table.carry_down[k + 1];
          bool under_upper = columns.count(field) && columns.at(field) == tokens[begin];
          bool under_lower = columns.count(lower) && columns.at(lower) == tokens[begin];
          bool next_is_lower = begin + 1 < end && matches_vocab(table, lower, r, tokens[begin + 1]);
          if (!next_is_lower && (under_lower || !under_upper)) continue;  // the lower level
        }
        placed[field] = tokens[begin++];
      }
      // A trailing text after the numbers (the deviation reason).
      auto is_number = [&](std::uint32_t c) { return cell_number(grid_.at(r, c)).has_value(); };
      if (!table.trailing_text.empty() && end > begin && !is_number(tokens[end - 1])) {
        bool numbers_before = false;
        for (std::size_t k = begin; k + 1 < end; ++k)
          numbers_before = numbers_before || is_number(tokens[k]);
        if (numbers_before && end - begin >= 3) placed[table.trailing_text] = tokens[--end];
      }
      // The numbers that end the row (weight, score).
      std::vector<std::uint32_t> tail;
      while (end > begin && tail.size() < table.numeric_tail.size() && is_number(tokens[end - 1])) {
        tail.insert(tail.begin(), tokens[--end]);
      }
      long shift = 0;
      if (tail.size() == table.numeric_tail.size()) {
        for (std::size_t k = 0; k < tail.size(); ++k) placed[table.numeric_tail[k]] = tail[k];
      } else if (tail.size() == 1 && !table.numeric_tail.empty()) {
        // One number: the field whose column it stands nearer to (after the level shift).
        const std::string* nearest = &table.numeric_tail.front();
        long best = LONG_MAX;
        for (const auto& f : table.numeric_tail) {
          if (!columns.count(f)) continue;
          long d = std::labs(static_cast<long>(tail[0]) - static_cast<long>(columns.at(f)));
          if (d < best) {
            best = d;
            nearest = &f;
          }
        }
        placed[*nearest] = tail[0];
      }
      // The texts between go to the text columns. Which shift lines them up? Candidates: the
      // shift of the complete score columns, none, and the shift of a level word; the one that
      // puts the most texts exactly under a text header wins (in that order on a tie). A text
      // under no header takes the next free column in order.
      std::vector<long> candidates;
      if (tail.size() == table.numeric_tail.size() && !tail.empty() &&
          columns.count(table.numeric_tail.front())) {
        candidates.push_back(static_cast<long>(tail.front()) -
                             static_cast<long>(columns.at(table.numeric_tail.front())));
      }
      candidates.push_back(0);
      for (const auto& f : table.carry_down) {
        if (placed.count(f) && columns.count(f)) {
          candidates.push_back(static_cast<long>(placed.at(f)) - static_cast<long>(columns.at(f)));
          break;
        }
      }
      for (long s : {1L, -1L, 2L, -2L}) candidates.push_back(s);
      auto hits = [&](long s) {
        std::size_t n = 0;
        for (std::size_t k = begin; k < end; ++k) {
          for (long column : middle_columns) {
            if (column + s == static_cast<long>(tokens[k])) ++n;
          }
        }
        return n;
      };
      shift = candidates.front();
      for (long c : candidates) {
        if (hits(c) > hits(shift)) shift = c;
      }
      // As many texts as text columns: they are those columns, in order, wherever they slipped.
      if (end - begin == middle_fields.size()) {
        for (std::size_t k = begin; k < end; ++k) placed[middle_fields[k - begin]] = tokens[k];
        begin = end;
      }
      std::size_t next_free = 0;
      for (std::size_t k = begin; k < end; ++k) {
        std::uint32_t c = tokens[k];
        std::size_t chosen = middle_fields.size();
        for (std::size_t i = next_free; i < middle_fields.size(); ++i) {
          if (middle_columns[i] + shift == static_cast<long>(c)) chosen = i;
        }
        if (chosen == middle_fields.size()) chosen = next_free;
        if (chosen >= middle_fields.size()) {  // more texts than columns: say so, never drop
          unplaced(table, r, c);
          continue;
        }
        placed[middle_fields[chosen]] = c;
        next_free = chosen + 1;
      }

      bool has_content = false;
      for (const auto& [field, c] : placed) {
        bool level = std::find(table.carry_down.begin(), table.carry_down.end(), field) !=
                     table.carry_down.end();
        if (!level) has_content = true;
      }
      std::string prefix = fmt::format("{}[{}].", table.name, items.items().size());
      // A new level1 resets the carried level2; the same level1 written again (an unmerged
      // category cell) does not.
      std::map<std::string, Scalar> levels;
      for (const auto& field : table.carry_down) {
        if (placed.count(field))
          levels[field] = read(r, placed.at(field), ValueType::text, prefix + field);
      }
      update_carried(table, levels, carried);
      if (!has_content) continue;
      Node item = Node::object();
      for (const auto& col : table.columns) {
        if (placed.count(col.field)) {
          item.set(col.field, Node(read(r, placed.at(col.field), col.type, prefix + col.field)));
        } else if (carried.count(col.field)) {
          item.set(col.field, Node(carried.at(col.field)));
        } else if (columns.count(col.field)) {
          long at = static_cast<long>(columns.at(col.field)) + shift;
          // A trailing number's cell that holds a text no other field took ("满分", "#DIV/0!"):
          // read, so that it is a finding at its own cell rather than a silent blank.
          bool taken = std::any_of(placed.begin(), placed.end(), [&](const auto& p) {
            return static_cast<long>(p.second) == at;
          });
          bool tail = std::find(table.numeric_tail.begin(), table.numeric_tail.end(), col.field) !=
                      table.numeric_tail.end();
          item.set(col.field,
                   Node(tail && !taken
                            ? read_or_blank_at(col.type, r, at, prefix + col.field, std::nullopt)
                            : blank_at(col.type, r, at)));
        } else {
          item.set(col.field, Node(blank(col.type)));
        }
      }
      // An upper level the lower one implies (数量指标 -> 产出指标): fills a blank one, and
      // overrides one only carried down from an earlier row when it contradicts the lower level
      // (经济效益指标 cannot stand under a carried 产出指标).
      for (const auto& [field, parents] : table.implied) {
        const Node* current = item.get(field);
        bool blank_now =
            !current || current->kind() != Node::Kind::scalar || current->scalar().raw.empty();
        if (!blank_now && placed.count(field)) continue;
        if (auto parent = implied_value(table, field, item)) {
          if (blank_now || normalize_label(current->scalar().raw) != normalize_label(parent->raw)) {
            item.set(field, Node(std::move(*parent)));
          }
        }
      }
      items.push(std::move(item));
    }
    form_.record.set(table.name, std::move(items));
  }

  void unplaced(const TableSpec& table, std::uint32_t row, std::uint32_t column) {
    model::Finding f;
    f.rule = "unplaced_value";
    f.severity = "info";
    f.field = table.name;
    f.sheet = grid_.sheet_name();
    f.cell = xlsx::cell_name(xlsx::CellRef{row, column});
    f.reported = grid_.at(row, column).text;
    f.message = fmt::format("单元格 {} 的“{}”不在表头的任何栏目下，未读入记录，请核对是否填错位置",
                            f.cell, f.reported);
    form_.findings.push_back(std::move(f));
  }

  // The upper level a lower one implies (数量指标 -> 产出指标), as a value with no cell.
  std::optional<Scalar> implied_value(const TableSpec& table, const std::string& field,
                                      const Node& item) const {
    auto it = table.implied.find(field);
    if (it == table.implied.end()) return std::nullopt;
    for (const auto& [lower_field, node] : item.fields()) {
      if (node.kind() != Node::Kind::scalar || node.scalar().raw.empty()) continue;
      std::string lower = normalize_label(node.scalar().raw);
      for (const auto& [parent, children] : it->second) {
        if (children.matches(lower)) {
          Scalar s;
          s.raw = parent;
          return s;
        }
      }
    }
    return std::nullopt;
  }

  // Rows read by the header columns, moved by the shift that puts the anchor's value (an
  // indicator code such as A101) under its header.
  void extract_positional_table(const TableSpec& table,
                                std::map<std::string, std::uint32_t> columns,
                                std::uint32_t first_row) {
    Node items = Node::array();
    std::map<std::string, Scalar> carried;
    for (std::uint32_t r = first_row; r < first_row + table.max_rows && r <= grid_.rows(); ++r) {
      std::uint32_t first = index_.first_column(r);
      if (first == 0) continue;
      if (table.end.matches(index_.at(r, first))) break;
      if (find_header_row_at(table, r)) {  // a header repeated after a page break: its columns
        auto page = header_columns(table.columns, r);
        for (const auto& [field, c] : page) columns[field] = c;
        if (row_is_header(table.columns, r + 1)) ++r;
        continue;
      }
      long shift = 0;
      if (!table.anchor.empty() && columns.count(table.anchor)) {
        bool anchored = false;
        for (std::uint32_t c = first; c <= grid_.columns() && !anchored; ++c) {
          if (matches_vocab(table, table.anchor, r, c)) {
            shift = static_cast<long>(c) - static_cast<long>(columns.at(table.anchor));
            anchored = true;
          }
        }
        if (!anchored) continue;  // a continuation line or a running page header, not a row
      }
      std::string prefix = fmt::format("{}[{}].", table.name, items.items().size());
      std::map<std::string, Scalar> placed;
      for (const auto& col : table.columns) {
        if (!columns.count(col.field)) continue;
        // Where the row shifted only partly, a number or a level may still stand under its own
        // header: those are looked for there first, then at the shifted place.
        long own = static_cast<long>(columns.at(col.field));
        bool typed = col.type != ValueType::text || table.vocabulary.count(col.field);
        std::vector<long> places = {own + shift};
        if (typed && shift != 0) places.insert(places.begin(), own);
        for (long c : places) {
          if (c < 1 || grid_.empty(r, static_cast<std::uint32_t>(c))) continue;
          auto uc = static_cast<std::uint32_t>(c);
          // A level with a vocabulary must look like one (A1 政策决策), else it is stray text.
          if (table.vocabulary.count(col.field) && !matches_vocab(table, col.field, r, uc))
            continue;
          if (col.type != ValueType::text && !cell_number(grid_.at(r, uc))) continue;
          placed[col.field] = read(r, uc, col.type, prefix + col.field);
          break;
        }
      }
      update_carried(table, placed, carried);
      bool has_content = std::any_of(placed.begin(), placed.end(), [&](const auto& p) {
        return std::find(table.carry_down.begin(), table.carry_down.end(), p.first) ==
               table.carry_down.end();
      });
      if (!has_content) continue;
      Node item = Node::object();
      for (const auto& col : table.columns) {
        if (placed.count(col.field)) {
          item.set(col.field, Node(placed.at(col.field)));
        } else if (carried.count(col.field)) {
          item.set(col.field, Node(carried.at(col.field)));
        } else if (columns.count(col.field)) {
          item.set(col.field,
                   Node(blank_at(col.type, r, static_cast<long>(columns.at(col.field)) + shift)));
        } else {
          item.set(col.field, Node(blank(col.type)));
        }
      }
      items.push(std::move(item));
    }
    form_.record.set(table.name, std::move(items));
  }

  void read_section_row(const TableSpec& table, std::uint32_t r, std::uint32_t label_column,
                        const std::vector<std::uint32_t>& rest,
                        const std::map<std::string, std::uint32_t>& columns) {
    std::string name = index_.at(r, label_column);
    std::vector<std::uint32_t> numbers;
    for (std::uint32_t c : rest) {
      if (cell_number_in_any_dress(grid_.at(r, c))) numbers.push_back(c);
    }
    // One number where the row has a weight and a score: if it stands under the weight, the
    // score is the cell under the score header (blank, or a text that is no number), never the
    // weight read as the score.
    std::optional<std::uint32_t> score_cell;
    if (numbers.size() == 1 && columns.count("weight") && columns.count("score")) {
      long w = static_cast<long>(columns.at("weight"));
      long sc = static_cast<long>(columns.at("score"));
      long c = static_cast<long>(numbers.front());
      if (std::labs(c - w) < std::labs(c - sc) && c + (sc - w) >= 1) {
        score_cell = static_cast<std::uint32_t>(c + (sc - w));
        numbers.insert(numbers.begin(), numbers.front());  // the weight, then the score cell
        numbers.back() = *score_cell;
      }
    }
    Node sections = form_.record.get(table.sections_into) ? *form_.record.get(table.sections_into)
                                                          : Node::object();
    Node weights = form_.record.get(table.section_weights_into)
                       ? *form_.record.get(table.section_weights_into)
                       : Node::object();
    std::string path = table.sections_into + "." + name;
    if (score_cell && grid_.empty(r, *score_cell)) {
      sections.set(name, Node(blank_at(ValueType::number, r, *score_cell)));
    } else if (!numbers.empty()) {
      sections.set(name, Node(read(r, numbers.back(), ValueType::number, path)));
    } else {
      sections.set(name, Node(blank(ValueType::number)));
    }
    if (numbers.size() >= 2) {
      weights.set(name, Node(read(r, numbers.front(), ValueType::number,
                                  table.section_weights_into + "." + name)));
    }
    form_.record.set(table.sections_into, std::move(sections));
    form_.record.set(table.section_weights_into, std::move(weights));
  }

  // The columns of the 分值 and 得分 of the first table row read (items or indicators), when
  // they differ: where a total row's weight and score stand.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> table_weight_score_columns() const {
    for (const char* list : {"items", "indicators"}) {
      const Node* rows = form_.record.get(list);
      if (!rows || rows->kind() != Node::Kind::array) continue;
      for (const Node& row : rows->items()) {
        const Node* w = row.get("weight");
        const Node* sc = row.get("score");
        if (!w || !sc || !w->scalar().cell || !sc->scalar().cell) continue;
        if (w->scalar().cell->column == sc->scalar().cell->column) continue;
        return std::make_pair(w->scalar().cell->column, sc->scalar().cell->column);
      }
    }
    return std::nullopt;
  }

  void extract_total(const TotalSpec& total) {
    auto at = index_.find(total.labels);
    if (!at) return;
    std::optional<Scalar> score;
    std::optional<Scalar> grade;
    std::optional<Scalar> weight;
    for (std::uint32_t r = at->row; r <= at->row + total.search_rows && r <= grid_.rows(); ++r) {
      std::uint32_t from = r == at->row ? at->column + 1 : 1;
      std::vector<std::uint32_t> numbers;
      std::optional<std::uint32_t> attempted;  // "九十五分左右": a number that cannot be read
      for (std::uint32_t c = from; c <= grid_.columns(); ++c) {
        if (grid_.empty(r, c)) continue;
        if (cell_number_in_any_dress(grid_.at(r, c))) {
          numbers.push_back(c);
        } else if (!grade && !total.grade_field.empty() &&
                   model::parse_grade(grid_.at(r, c).text)) {
          grade = read(r, c, ValueType::grade, total.grade_field);
        } else if (!attempted && looks_like_a_number(grid_.at(r, c).text)) {
          attempted = c;
        }
      }
      // A number the row should have but that cannot be read ("九十五分左右") takes its place,
      // so that it is an unreadable_value at its cell, not a blank or the weight read as score.
      std::size_t wanted = total.weight_field.empty() && !total.last_number ? 1 : 2;
      if (attempted && !score && !total.score_field.empty() && numbers.size() + 1 == wanted) {
        numbers.push_back(*attempted);
        std::sort(numbers.begin(), numbers.end());
      }
      // A lone number under the tables' 分值 column is the weight: the score cell is blank.
      if (!score && numbers.size() == 1 && !total.score_field.empty() && total.last_number) {
        if (auto columns = table_weight_score_columns();
            columns && numbers.front() == columns->first) {
          score = blank_at(ValueType::number, r, columns->second);
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
    if (!total.weight_field.empty())
      form_.record.set(total.weight_field, Node(weight ? *weight : blank(ValueType::number)));
    if (!total.score_field.empty())
      form_.record.set(total.score_field, Node(score ? *score : blank(ValueType::number)));
    if (!total.grade_field.empty())
      form_.record.set(total.grade_field, Node(grade ? *grade : blank(ValueType::grade)));
  }

  const SheetGrid& grid_;
  const TemplateSpec& spec_;
  const LabelIndex& index_;
  model::FormRecord form_;
};

bool sheet_has(const LabelIndex& index, const SheetGrid&, const LabelSet& labels) {
  return index.contains(labels);
}

}  // namespace

model::FormRecord extract_record(const SheetGrid& grid, const TemplateSpec& spec) {
  LabelIndex index(grid);
  return extract_record(grid, spec, index);
}

model::FormRecord extract_record(const SheetGrid& grid, const TemplateSpec& spec,
                                 const LabelIndex& index) {
  return Extractor(grid, spec, index).run();
}

const TemplateSpec* detect_template(const SheetGrid& grid, const std::vector<TemplateSpec>& specs) {
  LabelIndex index(grid);
  return detect_template(grid, specs, index);
}

const TemplateSpec* detect_template(const SheetGrid& grid, const std::vector<TemplateSpec>& specs,
                                    const LabelIndex& index) {
  const TemplateSpec* best = nullptr;
  std::size_t best_labels = 0;
  for (const auto& spec : specs) {
    if (spec.detect.all.empty()) continue;
    bool all = std::all_of(spec.detect.all.begin(), spec.detect.all.end(),
                           [&](const LabelSet& l) { return sheet_has(index, grid, l); });
    bool none = std::none_of(spec.detect.none.begin(), spec.detect.none.end(),
                             [&](const LabelSet& l) { return sheet_has(index, grid, l); });
    if (all && none && spec.detect.all.size() > best_labels) {
      best = &spec;
      best_labels = spec.detect.all.size();
    }
  }
  return best;
}

}  // namespace evalbook::tmpl
