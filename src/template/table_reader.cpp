#include "template/table_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <set>

#include "model/indicator_value.h"
#include "model/number_reading.h"
#include "template/cell_reading.h"
#include "template/normalize.h"

namespace evalbook::tmpl {

namespace {

using model::Node;
using model::Scalar;

class TableReader : public FormPart {
 public:
  using FormPart::FormPart;

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

  // An approximate number ("约20") where the row's last number belongs: after the number before it,
  // as far from it as their headers are apart, not under the reason's header, and that number
  // alone (the row lacks its last one). It is that number, unreadable at its own cell, not the
  // deviation reason.
  template <typename IsNumber>
  bool attempted_last_number(const TableSpec& table,
                             const std::map<std::string, std::uint32_t>& columns, std::uint32_t r,
                             const std::vector<std::uint32_t>& tokens, std::size_t begin,
                             std::size_t end, const IsNumber& is_number) const {
    const auto& tail = table.numeric_tail;
    if (tail.size() < 2 || end < begin + 2) return false;
    const std::string& last = tail.back();
    const std::string& before = tail[tail.size() - 2];
    if (!columns.count(last) || !columns.count(before)) return false;
    std::uint32_t c = tokens[end - 1];
    std::uint32_t previous = tokens[end - 2];
    if (!model::is_approximate_number_text(grid_.at(r, c).text) || !is_number(previous))
      return false;
    if (end >= begin + 3 && is_number(tokens[end - 3])) return false;  // the tail is complete
    long shift = static_cast<long>(previous) - static_cast<long>(columns.at(before));
    if (static_cast<long>(c) != static_cast<long>(columns.at(last)) + shift) return false;
    auto reason = columns.find(table.trailing_text);
    return reason == columns.end() || static_cast<long>(reason->second) + shift != c;
  }

  bool matches_vocab(const TableSpec& table, const std::string& field, std::uint32_t r,
                     std::uint32_t c) const {
    auto it = table.vocabulary.find(field);
    return it != table.vocabulary.end() && it->second.matches(index_.at(r, c));
  }

  void extract_table(const TableSpec& table) {
    std::map<std::string, std::uint32_t> columns;
    std::uint32_t first_row = 0;
    auto header = find_header_row(table.columns, std::min<std::size_t>(4, table.columns.size()));
    // A positional table's rows above the first header found: that header is one repeated after
    // a page break, and the table's own header row is missing.
    if (header && table.positional) {
      auto anchored = first_anchored_row(table);
      if (anchored && anchored->first < *header) header.reset();
    }
    if (header) {
      columns = header_columns(table.columns, *header);
      first_row = *header + (row_is_header(table.columns, *header + 1) ? 2 : 1);
    } else if (!place_without_header(table, columns, first_row)) {
      return;  // the form has no such table
    }
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
      if (table.end.matches(index_.at(r, first)) || is_note_row(r)) break;
      std::vector<std::uint32_t> tokens;
      for (std::uint32_t c = first; c <= grid_.width(r); ++c) {
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
      auto is_number = [&](std::uint32_t c) {
        return cell_score_number(grid_.at(r, c)).has_value();
      };
      std::vector<std::uint32_t> tail;  // the numbers that end the row (weight, score)
      if (attempted_last_number(table, columns, r, tokens, begin, end, is_number)) {
        tail.push_back(tokens[--end]);
      } else if (!table.trailing_text.empty() && end > begin && !is_number(tokens[end - 1])) {
        bool numbers_before = false;
        for (std::size_t k = begin; k + 1 < end; ++k)
          numbers_before = numbers_before || is_number(tokens[k]);
        if (numbers_before && end - begin >= 3) placed[table.trailing_text] = tokens[--end];
      }
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
      join_columns(table.joined, item);
      items.push(std::move(item));
    }
    form_.record.set(table.name, std::move(items));
  }

  // Where a table without its header row begins, and its columns by the template's canonical
  // order; says so with a warning. False when no row looks like the table's first row.
  bool place_without_header(const TableSpec& table, std::map<std::string, std::uint32_t>& columns,
                            std::uint32_t& first_row) {
    std::optional<std::pair<std::uint32_t, std::uint32_t>> start =
        table.positional ? first_anchored_row(table) : first_content_row(table);
    if (!start) {
      if (auto end = index_.find(table.end); table.positional && end) {
        note("table_header_missing", "warning", table.name, xlsx::CellRef{end->row, end->column},
             "未找到表头，此表按表头栏目读取，未能读取");
      }
      return false;
    }
    auto [r, first_column] = *start;
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      columns[table.columns[i].field] = first_column + static_cast<std::uint32_t>(i);
    // The labels of a partial header in the row above take precedence; one label alone is no
    // header (实际完成情况 closes the goals row above the table).
    std::string missing;
    if (r > 1) {
      auto partial = header_columns(table.columns, r - 1);
      if (partial.size() >= 2) {
        for (const auto& [field, column] : partial) columns[field] = column;
        for (const auto& col : table.columns) {
          if (partial.count(col.field) || col.labels.exact.empty()) continue;
          missing += (missing.empty() ? "" : "、") + col.labels.exact.front();
        }
      }
    }
    first_row = r;
    note("table_header_missing", "warning", table.name,
         xlsx::CellRef{r, std::max(first_column, index_.first_column(r))},
         missing.empty()
             ? std::string("表头缺失，按标准列序读取：自此行起的指标表没有表头行，各栏按模板的"
                           "标准列序读取，请核对")
             : fmt::format("表头缺失，按标准列序读取：此行上方的表头不全（缺少 {}），缺少的栏按"
                           "模板的标准列序读取，请核对",
                           missing));
    return true;
  }

  // The row before which the table's first row must stand: its end label, else the sheet's end.
  std::uint32_t search_limit(const TableSpec& table) const {
    auto end = table.end.empty() ? std::nullopt : index_.find(table.end);
    return end ? end->row : grid_.rows() + 1;
  }

  static std::size_t index_of(const TableSpec& table, const std::string& field) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      if (table.columns[i].field == field) return i;
    }
    return table.columns.size();
  }

  // A content table's first row: one that opens with a level word (产出指标; or a lower level,
  // 数量指标, where the upper one is left blank) or a section word (投入) and goes on with the
  // table's content: its trailing numbers, or for a table of texts two more cells. Returns the
  // row and the column of the table's first canonical column: the level's column less its place
  // in the order (a lower level written in column A stands in the upper level's place), or the
  // section word's column.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> first_content_row(
      const TableSpec& table) const {
    std::uint32_t limit = search_limit(table);
    for (std::uint32_t r = 1; r < limit && r <= grid_.rows(); ++r) {
      std::uint32_t c = index_.first_column(r);
      while (c != 0 && c <= grid_.width(r) &&
             (grid_.empty(r, c) || table.skip_words.matches(index_.at(r, c))))
        ++c;
      if (c == 0 || c > grid_.width(r)) continue;
      std::optional<std::size_t> place;
      if (table.section_words.matches(index_.at(r, c))) place = 0;
      for (const auto& field : table.carry_down) {
        if (!place && matches_vocab(table, field, r, c)) place = index_of(table, field);
      }
      if (!place || *place >= table.columns.size()) continue;
      std::size_t numbers = 0;
      std::size_t cells = 0;
      for (std::uint32_t k = c + 1; k <= grid_.width(r); ++k) {
        if (grid_.empty(r, k)) continue;
        ++cells;
        if (cell_number(grid_.at(r, k))) ++numbers;
      }
      bool content = table.numeric_tail.empty() ? cells >= 2 : numbers >= table.numeric_tail.size();
      if (!content) continue;
      std::uint32_t first = c > *place ? c - static_cast<std::uint32_t>(*place) : 1;
      return std::make_pair(r, first);
    }
    return std::nullopt;
  }

  // A positional table's first row: the first that holds its anchor (an indicator code such as
  // A101), the anchor's column less its place in the order.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> first_anchored_row(
      const TableSpec& table) const {
    std::size_t place = index_of(table, table.anchor);
    if (table.anchor.empty() || place == table.columns.size()) return std::nullopt;
    std::uint32_t limit = search_limit(table);
    for (std::uint32_t r = 1; r < limit && r <= grid_.rows(); ++r) {
      for (std::uint32_t c = 1; c <= grid_.width(r); ++c) {
        if (grid_.empty(r, c) || !matches_vocab(table, table.anchor, r, c)) continue;
        if (c <= place) return std::nullopt;  // the canonical columns would start before A
        return std::make_pair(r, c - static_cast<std::uint32_t>(place));
      }
    }
    return std::nullopt;
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
      if (table.end.matches(index_.at(r, first)) || is_note_row(r)) break;
      if (find_header_row_at(table, r)) {  // a header repeated after a page break: its columns
        auto page = header_columns(table.columns, r);
        for (const auto& [field, c] : page) columns[field] = c;
        if (row_is_header(table.columns, r + 1)) ++r;
        continue;
      }
      long shift = 0;
      if (!table.anchor.empty() && columns.count(table.anchor)) {
        bool anchored = false;
        for (std::uint32_t c = first; c <= grid_.width(r) && !anchored; ++c) {
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
          // A rate column takes "100%" written as text too (重庆's 得分系数), not only a number.
          const GridCell& cell = grid_.at(r, uc);
          bool number = cell_number(cell) ||
                        (col.type == ValueType::percent_units && cell_number_in_any_dress(cell));
          if (col.type != ValueType::text && !number) continue;
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
      join_columns(table.joined, item);
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
};

}  // namespace

void read_table(const SheetGrid& grid, const TemplateSpec& spec, const LabelIndex& index,
                model::FormRecord& form, const TableSpec& table) {
  TableReader(grid, spec, index, form).extract_table(table);
}

}  // namespace evalbook::tmpl
