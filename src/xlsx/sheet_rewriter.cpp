#include "xlsx/sheet_rewriter.h"

#include <fmt/format.h>

#include <charconv>
#include <optional>
#include <unordered_map>

#include "xlsx/errors.h"
#include "xlsx/formula_shift.h"
#include "xlsx/ooxml_text.h"
#include "xlsx/package.h"
#include "xlsx/work_budget.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

std::string_view prefix_of(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon + 1);
}

bool parse_u32(std::string_view text, std::uint32_t& out) {
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && p == text.data() + text.size();
}

// Attribute text without the named attributes (used to drop a row's stale "spans" hint).
std::string without_attributes(std::string_view attrs,
                               std::initializer_list<std::string_view> drop) {
  std::string out;
  for_each_attribute(attrs, [&](std::string_view name, std::string_view value) {
    for (auto d : drop) {
      if (name == d) return;
    }
    // Values are re-quoted with '"'; a value holding '"' must have been quoted with '\''.
    if (value.find('"') != std::string_view::npos) {
      out += fmt::format(" {}='{}'", name, value);
    } else {
      out += fmt::format(" {}=\"{}\"", name, value);
    }
  });
  return out;
}

// Elements of CT_Worksheet that follow <legacyDrawing>: a new one goes before the first of them.
bool follows_legacy_drawing(std::string_view name) {
  for (std::string_view later : {"legacyDrawingHF", "drawingHF", "picture", "oleObjects",
                                 "controls", "webPublishItems", "tableParts", "extLst"}) {
    if (name == later) return true;
  }
  return false;
}

bool is_relationships_namespace(std::string_view uri) {
  return uri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" ||
         uri == "http://purl.oclc.org/ooxml/officeDocument/relationships";
}

class SheetRewriter : public XmlHandler {
 public:
  SheetRewriter(const RowEdits& edits, const SheetExtras& extras, const ByteSink& sink,
                std::string part, const WorkBudget& budget)
      : pending_(edits), extras_(extras), sink_(sink), part_(std::move(part)), budget_(budget) {}

  void on_token(const XmlToken& token) override {
    if (skip_depth_ > 0) {
      on_skipped(token);
      return;
    }
    if (rewriting_formula_) {
      if (token.kind == XmlTokenKind::end && local_name(token.name) == "f") {
        rewriting_formula_ = false;
        write(token.raw);
      }
      return;  // the dependent's own (empty) content is replaced
    }
    auto name = (token.kind == XmlTokenKind::start || token.kind == XmlTokenKind::empty ||
                 token.kind == XmlTokenKind::end)
                    ? local_name(token.name)
                    : std::string_view();
    if (!in_sheet_data_) on_top_level(token, name);
    if (token.kind == XmlTokenKind::start || token.kind == XmlTokenKind::empty) {
      if (!root_seen_) {
        root_seen_ = true;
        prefix_ = std::string(prefix_of(token.name));
        for_each_attribute(token.attrs, [&](std::string_view n, std::string_view v) {
          if (n.substr(0, 6) == "xmlns:" && is_relationships_namespace(v) && rel_prefix_.empty())
            rel_prefix_ = std::string(n.substr(6));
        });
      }
      if (name == "f") result.has_formulas = true;
      if (in_sheet_data_) {
        if (name == "row") return on_row_start(token);
        if (name == "c") return on_cell_start(token);
        if (name == "f") return on_formula(token);
      } else if (name == "sheetData") {
        if (token.kind == XmlTokenKind::empty) {
          write(fmt::format("<{}sheetData>", prefix_));
          flush_rows_before(UINT32_MAX);
          write(fmt::format("</{}sheetData>", prefix_));
          return;
        }
        in_sheet_data_ = true;
      }
    } else if (token.kind == XmlTokenKind::end && in_sheet_data_) {
      if (name == "row") {
        flush_cells_before(UINT32_MAX);
        in_row_ = false;
      } else if (name == "c") {
        in_cell_ = false;
      } else if (name == "sheetData") {
        flush_rows_before(UINT32_MAX);
        in_sheet_data_ = false;
        --depth_;
      }
    }
    write(token.raw);
  }

  // Bytes of untouched rows of a kept sheet, copied as they are (scan_retained_sheet).
  void pass_through(std::string_view bytes) {
    flush_output(true);
    sink_(bytes);
  }

  // An overwritten shared-formula master: its dependents, in any later row, must be rewritten.
  bool needs_every_row() const { return !removed_masters_.empty(); }

  void finish() {
    if (!pending_.empty()) {
      throw XlsxError(ErrorCode::malformed_xml,
                      fmt::format("{} 中没有单元格数据区，无法写入单元格", part_), part_);
    }
    flush_output(true);
  }

  SheetRewriteResult result;

 private:
  // Outside sheetData: keeps the element depth and inserts <legacyDrawing> before the first
  // top-level element that must follow it (or before the root's end).
  void on_top_level(const XmlToken& token, std::string_view name) {
    bool start = token.kind == XmlTokenKind::start;
    if (start || token.kind == XmlTokenKind::empty) {
      if (depth_ == 1) {
        if (name == "legacyDrawing") legacy_done_ = true;
        if (follows_legacy_drawing(name)) write_legacy_drawing();
      }
      if (start) ++depth_;
    } else if (token.kind == XmlTokenKind::end) {
      if (depth_ == 1) write_legacy_drawing();
      --depth_;
    }
  }

  void write_legacy_drawing() {
    if (legacy_done_ || extras_.legacy_drawing_rid.empty()) return;
    legacy_done_ = true;
    std::string id;
    escape_xml_text(extras_.legacy_drawing_rid, id, true);
    if (!rel_prefix_.empty()) {
      write(fmt::format("<{}legacyDrawing {}:id=\"{}\"/>", prefix_, rel_prefix_, id));
    } else {
      write(fmt::format(
          "<{}legacyDrawing xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships\" r:id=\"{}\"/>",
          prefix_, id));
    }
  }

  void write(std::string_view bytes) {
    out_.append(bytes);
    flush_output(false);
  }

  void flush_output(bool force) {
    if (!out_.empty() && (force || out_.size() >= (1U << 20))) {
      sink_(out_);
      out_.clear();
    }
  }

  void write_new_cell(std::uint32_t row, std::uint32_t column, const CellValue& value,
                      std::uint32_t style, bool has_style) {
    write(cell_xml(prefix_, CellRef{row, column}, style, has_style, value));
  }

  // Emits whole new rows for edits on rows before `row` that the sheet does not have.
  void flush_rows_before(std::uint32_t row) {
    while (!pending_.empty() && pending_.begin()->first < row) {
      auto node = pending_.extract(pending_.begin());
      write(fmt::format("<{}row r=\"{}\">", prefix_, node.key()));
      for (const auto& [column, value] : node.mapped()) {
        write_new_cell(node.key(), column, value, value.style.value_or(0), value.style.has_value());
      }
      write(fmt::format("</{}row>", prefix_));
    }
  }

  // Emits new cells of the current row that stand before `column`.
  void flush_cells_before(std::uint32_t column) {
    while (!row_edits_.empty() && row_edits_.begin()->first < column) {
      auto node = row_edits_.extract(row_edits_.begin());
      const CellValue& value = node.mapped();
      write_new_cell(row_, node.key(), value, value.style.value_or(0), value.style.has_value());
    }
  }

  void on_row_start(const XmlToken& token) {
    std::uint32_t row = row_ + 1;
    if (auto r = find_attribute(token.attrs, "r")) parse_u32(*r, row);
    row_ = row;
    column_ = 0;
    flush_rows_before(row);
    row_edits_.clear();
    auto it = pending_.find(row);
    if (it == pending_.end()) {
      in_row_ = token.kind == XmlTokenKind::start;
      write(token.raw);
      return;
    }
    row_edits_ = std::move(it->second);
    pending_.erase(it);
    // The row's "spans" hint may no longer cover its cells: drop it rather than let it lie.
    write(fmt::format("<{}{}>", token.name, without_attributes(token.attrs, {"spans"})));
    if (token.kind == XmlTokenKind::empty) {
      flush_cells_before(UINT32_MAX);
      write(fmt::format("</{}>", token.name));
      return;
    }
    in_row_ = true;
  }

  void on_cell_start(const XmlToken& token) {
    std::uint32_t column = column_ + 1;
    std::uint32_t style = 0;
    bool has_style = false;
    for_each_attribute(token.attrs, [&](std::string_view name, std::string_view value) {
      if (name == "r") {
        if (auto ref = parse_cell_ref(value)) column = ref->column;
      } else if (name == "s") {
        has_style = parse_u32(value, style);
      }
    });
    column_ = column;
    flush_cells_before(column);
    auto it = row_edits_.find(column);
    if (it == row_edits_.end()) {
      in_cell_ = token.kind == XmlTokenKind::start;
      write(token.raw);
      return;
    }
    const CellValue& value = it->second;
    if (value.kind == CellValue::Kind::keep) {
      // Same content, another style: only the start tag changes.
      if (value.style) {
        write(fmt::format("<{}{} s=\"{}\"{}", token.name, without_attributes(token.attrs, {"s"}),
                          *value.style, token.kind == XmlTokenKind::empty ? "/>" : ">"));
      } else {
        write(token.raw);
      }
      in_cell_ = token.kind == XmlTokenKind::start;
      row_edits_.erase(it);
      return;
    }
    write_new_cell(row_, column, value, value.style.value_or(style),
                   has_style || value.style.has_value());
    row_edits_.erase(it);
    if (token.kind == XmlTokenKind::start) {
      skip_depth_ = 1;  // drop the old cell's content up to its </c>
      skipped_shared_ = false;
      skipped_formula_.clear();
    }
  }

  // Inside a replaced cell: note a shared-formula master so its dependents can be rewritten.
  void on_skipped(const XmlToken& token) {
    if (token.kind == XmlTokenKind::start || token.kind == XmlTokenKind::empty) {
      if (local_name(token.name) == "f") {
        auto t = find_attribute(token.attrs, "t").value_or("");
        auto si = find_attribute(token.attrs, "si");
        std::uint32_t index = 0;
        skipped_shared_ = t == "shared" && si && parse_u32(*si, index);
        skipped_si_ = index;
        in_skipped_formula_ = token.kind == XmlTokenKind::start;
      }
      if (token.kind == XmlTokenKind::start) ++skip_depth_;
    } else if (token.kind == XmlTokenKind::end) {
      if (local_name(token.name) == "f") in_skipped_formula_ = false;
      if (--skip_depth_ == 0 && skipped_shared_ && !skipped_formula_.empty()) {
        removed_masters_[skipped_si_] = {CellRef{row_, column_}, skipped_formula_};
      }
    } else if ((token.kind == XmlTokenKind::text || token.kind == XmlTokenKind::cdata) &&
               in_skipped_formula_) {
      if (token.kind == XmlTokenKind::cdata || !decode_xml_text(token.content, skipped_formula_)) {
        skipped_formula_.append(token.content);
      }
    }
  }

  // A dependent of an overwritten shared-formula master gets the master's formula, moved.
  void on_formula(const XmlToken& token) {
    auto t = find_attribute(token.attrs, "t").value_or("");
    auto si = find_attribute(token.attrs, "si");
    std::uint32_t index = 0;
    if (t != "shared" || !si || !parse_u32(*si, index)) {
      write(token.raw);
      return;
    }
    auto it = removed_masters_.find(index);
    if (it == removed_masters_.end()) {
      write(token.raw);
      return;
    }
    // Every dependent gets its own copy: a long master over many dependents multiplies.
    budget_.charge(it->second.text.size(), part_);
    std::string moved = shift_formula(
        it->second.text, static_cast<long>(row_) - static_cast<long>(it->second.anchor.row),
        static_cast<long>(column_) - static_cast<long>(it->second.anchor.column));
    std::string escaped;
    escape_xml_text(moved, escaped);
    write(fmt::format("<{}>{}", token.name, escaped));
    if (token.kind == XmlTokenKind::empty) {
      write(fmt::format("</{}>", token.name));
    } else {
      rewriting_formula_ = true;
    }
  }

  struct Master {
    CellRef anchor;
    std::string text;
  };

  RowEdits pending_;
  std::map<std::uint32_t, CellValue> row_edits_;
  const SheetExtras& extras_;
  std::string rel_prefix_;
  int depth_ = 0;
  bool legacy_done_ = false;
  const ByteSink& sink_;
  std::string part_;
  const WorkBudget& budget_;
  std::string out_;
  std::string prefix_;
  bool root_seen_ = false;
  bool in_sheet_data_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  std::uint32_t row_ = 0;
  std::uint32_t column_ = 0;
  int skip_depth_ = 0;
  bool skipped_shared_ = false;
  bool in_skipped_formula_ = false;
  std::uint32_t skipped_si_ = 0;
  std::string skipped_formula_;
  bool rewriting_formula_ = false;
  std::unordered_map<std::uint32_t, Master> removed_masters_;
};

}  // namespace

std::string cell_xml(std::string_view prefix, CellRef ref, std::uint32_t style, bool has_style,
                     const CellValue& value) {
  std::string xml = fmt::format("<{}c r=\"{}\"", prefix, cell_name(ref));
  if (has_style) xml += fmt::format(" s=\"{}\"", style);
  switch (value.kind) {
    case CellValue::Kind::clear:
    case CellValue::Kind::keep:
      xml += "/>";
      break;
    case CellValue::Kind::number: {
      char buf[32];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value.number);
      xml += fmt::format("><{0}v>{1}</{0}v></{0}c>", prefix, std::string_view(buf, end - buf));
      break;
    }
    case CellValue::Kind::text: {
      std::string escaped;
      encode_ooxml_text(value.text, escaped);
      bool keep_space =
          !value.text.empty() && (value.text.front() == ' ' || value.text.back() == ' ' ||
                                  value.text.find('\n') != std::string::npos);
      xml += fmt::format(" t=\"inlineStr\"><{0}is><{0}t{1}>{2}</{0}t></{0}is></{0}c>", prefix,
                         keep_space ? " xml:space=\"preserve\"" : "", escaped);
      break;
    }
  }
  return xml;
}

SheetRewriteResult rewrite_sheet(const ZipReader& zip, const ZipEntry& entry, const RowEdits& edits,
                                 const Limits& limits, const ByteSink& sink) {
  return rewrite_sheet(zip, entry, edits, SheetExtras{}, limits, sink);
}

SheetRewriteResult rewrite_sheet(const ZipReader& zip, const ZipEntry& entry, const RowEdits& edits,
                                 const SheetExtras& extras, const Limits& limits,
                                 const ByteSink& sink) {
  const WorkBudget budget(zip.archive_bytes().size(), limits);
  SheetRewriter rewriter(edits, extras, sink, entry.name, budget);
  scan_part(zip, entry, rewriter, limits);
  rewriter.finish();
  return rewriter.result;
}

SheetRewriteResult rewrite_sheet(const ZipReader& zip, const RetainedSheet& sheet,
                                 const RowEdits& edits, const SheetExtras& extras,
                                 const Limits& limits, const ByteSink& sink) {
  const WorkBudget budget(zip.archive_bytes().size(), limits);
  SheetRewriter rewriter(edits, extras, sink, sheet.part, budget);
  std::set<std::uint32_t> rows;
  for (const auto& [row, cells] : edits) rows.insert(row);
  scan_retained_sheet(
      sheet, rows, rewriter, limits, [&](std::string_view bytes) { rewriter.pass_through(bytes); },
      [&] { return rewriter.needs_every_row(); });
  rewriter.finish();
  return rewriter.result;
}

namespace {

class FactsScanner : public XmlHandler {
 public:
  FactsScanner(const std::map<std::uint32_t, std::set<std::uint32_t>>& cells, SheetFacts& facts)
      : cells_(cells), facts_(facts) {}

  void on_token(const XmlToken& token) override {
    bool start = token.kind == XmlTokenKind::start;
    if (!start && token.kind != XmlTokenKind::empty) {
      if (token.kind == XmlTokenKind::end) {
        auto name = local_name(token.name);
        if (name == "sheetData") {
          finish_rows_before(UINT32_MAX);
          in_sheet_data_ = false;
        } else if (name == "row" && in_sheet_data_) {
          finish_row();
        }
      }
      return;
    }
    auto name = local_name(token.name);
    if (!in_sheet_data_) {
      if (name == "sheetData") {
        in_sheet_data_ = start;
        if (!start) finish_rows_before(UINT32_MAX);
      } else if (name == "col") {
        std::uint32_t min = 0, max = 0, style = 0;
        for_each_attribute(token.attrs, [&](std::string_view n, std::string_view v) {
          if (n == "min") parse_u32(v, min);
          if (n == "max") parse_u32(v, max);
          if (n == "style") parse_u32(v, style);
        });
        if (min > 0 && max >= min) columns_.push_back({min, max, style});
      } else if (name == "legacyDrawing") {
        if (auto id = find_attribute(token.attrs, "id")) {
          facts_.legacy_drawing_rid.clear();
          if (!decode_xml_text(*id, facts_.legacy_drawing_rid))
            facts_.legacy_drawing_rid = std::string(*id);
        }
      }
      return;
    }
    if (name == "row") {
      std::uint32_t r = row_ + 1;
      std::uint32_t style = 0;
      bool custom = false;
      for_each_attribute(token.attrs, [&](std::string_view n, std::string_view v) {
        if (n == "r") parse_u32(v, r);
        if (n == "s") parse_u32(v, style);
        if (n == "customFormat") custom = v == "1" || v == "true";
      });
      finish_rows_before(r);
      row_ = r;
      column_ = 0;
      row_style_ = custom ? std::optional<std::uint32_t>(style) : std::nullopt;
      wanted_ = cells_.find(r);
      if (wanted_ != cells_.end()) seen_.clear();
      if (!start) finish_row();
    } else if (name == "c") {
      std::uint32_t column = column_ + 1;
      std::uint32_t style = 0;
      for_each_attribute(token.attrs, [&](std::string_view n, std::string_view v) {
        if (n == "r") {
          if (auto ref = parse_cell_ref(v)) column = ref->column;
        } else if (n == "s") {
          parse_u32(v, style);
        }
      });
      column_ = column;
      if (wanted_ != cells_.end() && wanted_->second.count(column)) {
        facts_.styles[row_][column] = style;
        seen_.insert(column);
      }
    }
  }

 private:
  struct Column {
    std::uint32_t min, max, style;
  };

  std::uint32_t column_style(std::uint32_t column) const {
    for (const auto& c : columns_) {
      if (column >= c.min && column <= c.max) return c.style;
    }
    return 0;
  }

  // Wanted cells of the current row the sheet does not have.
  void finish_row() {
    if (wanted_ == cells_.end()) return;
    for (auto column : wanted_->second) {
      if (!seen_.count(column))
        facts_.styles[row_][column] = row_style_ ? *row_style_ : column_style(column);
    }
    done_rows_.insert(row_);
    wanted_ = cells_.end();
  }

  // Wanted rows before `row` the sheet does not have.
  void finish_rows_before(std::uint32_t row) {
    for (const auto& [r, columns] : cells_) {
      if (r >= row) break;
      if (done_rows_.count(r)) continue;
      for (auto column : columns) {
        if (!facts_.styles[r].count(column)) facts_.styles[r][column] = column_style(column);
      }
      done_rows_.insert(r);
    }
  }

  const std::map<std::uint32_t, std::set<std::uint32_t>>& cells_;
  SheetFacts& facts_;
  std::vector<Column> columns_;
  bool in_sheet_data_ = false;
  std::uint32_t row_ = 0;
  std::uint32_t column_ = 0;
  std::optional<std::uint32_t> row_style_;
  std::map<std::uint32_t, std::set<std::uint32_t>>::const_iterator wanted_ = cells_.end();
  std::set<std::uint32_t> seen_;
  std::set<std::uint32_t> done_rows_;
};

}  // namespace

namespace {

// Cells in rows after the last one (or a sheet without sheetData).
void style_cells_past_the_end(const std::map<std::uint32_t, std::set<std::uint32_t>>& cells,
                              SheetFacts& facts) {
  for (const auto& [r, columns] : cells) {
    for (auto column : columns) facts.styles[r].try_emplace(column, 0);
  }
}

}  // namespace

SheetFacts scan_sheet_facts(const ZipReader& zip, const ZipEntry& entry,
                            const std::map<std::uint32_t, std::set<std::uint32_t>>& cells,
                            const Limits& limits) {
  SheetFacts facts;
  FactsScanner scanner(cells, facts);
  scan_part(zip, entry, scanner, limits);
  style_cells_past_the_end(cells, facts);
  return facts;
}

SheetFacts scan_sheet_facts(const RetainedSheet& sheet,
                            const std::map<std::uint32_t, std::set<std::uint32_t>>& cells,
                            const Limits& limits) {
  SheetFacts facts;
  FactsScanner scanner(cells, facts);
  std::set<std::uint32_t> rows;
  for (const auto& [row, columns] : cells) rows.insert(row);
  scan_retained_sheet(
      sheet, rows, scanner, limits, [](std::string_view) {}, [] { return false; });
  style_cells_past_the_end(cells, facts);
  return facts;
}

}  // namespace evalbook::xlsx
