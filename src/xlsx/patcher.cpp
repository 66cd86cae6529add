#include "xlsx/patcher.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "xlsx/app_properties.h"
#include "xlsx/comments_patch.h"
#include "xlsx/errors.h"
#include "xlsx/file_identity.h"
#include "xlsx/package.h"
#include "xlsx/package_edit.h"
#include "xlsx/part_limits.h"
#include "xlsx/part_rewrite.h"
#include "xlsx/sheet_rewriter.h"
#include "xlsx/style_patch.h"
#include "xlsx/utf8.h"
#include "xlsx/zip_writer.h"

namespace evalbook::xlsx {

namespace {

// Looks for a formula element (<f ...>, <x:f ...>) in a part without parsing it.
bool part_mentions_formula(const ZipReader& zip, const ZipEntry& entry) {
  bool found = false;
  std::string carry;
  zip.read_stream(entry, [&](const char* data, std::size_t size) {
    std::string window = carry;
    window.append(data, size);
    for (std::size_t i = window.find('<'); i != std::string::npos && !found;
         i = window.find('<', i + 1)) {
      std::size_t j = i + 1;
      while (j < window.size() && j - i < 32 && window[j] != ':' && window[j] != ' ' &&
             window[j] != '>' && window[j] != '/')
        ++j;
      std::size_t name = (j < window.size() && window[j] == ':') ? j + 1 : i + 1;
      if (name + 1 < window.size() && window[name] == 'f' &&
          (window[name + 1] == ' ' || window[name + 1] == '>' || window[name + 1] == '/'))
        found = true;
    }
    carry = window.substr(window.size() > 64 ? window.size() - 64 : 0);
    return !found;
  });
  return found;
}

// Reads a sheet only to check it: limits, well-formedness and references are enforced by the
// same reader every other command uses, so a sheet that cannot be read is never rewritten.
class ValidatingVisitor : public CellVisitor {
 public:
  void on_cell(const Cell&) override {}
};

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

}  // namespace

Patcher::Patcher(std::string input_path, const Limits& limits)
    : input_path_(std::move(input_path)),
      limits_(limits),
      workbook_(Workbook::open_file(input_path_, limits_)) {
  workbook_->keep_sheet_xml(kPatchKeptSheetBytes);
}

Patcher::Patcher(std::string input_path, std::shared_ptr<const Workbook> opened,
                 const Limits& limits)
    : input_path_(std::move(input_path)), limits_(limits), workbook_(std::move(opened)) {
  if (!workbook_) throw XlsxError(ErrorCode::bad_argument, "没有已打开的工作簿");
}

Patcher::~Patcher() = default;

std::size_t Patcher::sheet_index(std::string_view name) const {
  const auto& sheets = workbook_->sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].name == name) return i;
  }
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (iequals(sheets[i].name, name)) return i;
  }
  throw XlsxError(ErrorCode::bad_argument, fmt::format("工作簿中没有名为“{}”的工作表", name));
}

void Patcher::set_cell(std::size_t sheet, CellRef ref, CellValue value) {
  if (sheet >= workbook_->sheets().size()) {
    throw XlsxError(ErrorCode::bad_argument, fmt::format("工作表序号 {} 不存在", sheet + 1));
  }
  if (value.kind == CellValue::Kind::text && value.text.size() > limits_.max_string_bytes) {
    throw XlsxError(ErrorCode::bad_argument,
                    fmt::format("单元格 {} 的文本超过 32767 个字符", cell_name(ref)));
  }
  edits_[sheet][ref.row][ref.column] = std::move(value);
}

void Patcher::highlight_cell(std::size_t sheet, CellRef ref, std::string argb) {
  if (sheet >= workbook_->sheets().size()) {
    throw XlsxError(ErrorCode::bad_argument, fmt::format("工作表序号 {} 不存在", sheet + 1));
  }
  bool hex = argb.size() == 8 && std::all_of(argb.begin(), argb.end(), [](char c) {
               return std::isxdigit(static_cast<unsigned char>(c));
             });
  if (!hex) {
    throw XlsxError(ErrorCode::bad_argument,
                    fmt::format("颜色“{}”应为 8 位十六进制 ARGB，如 FFFFFF00", argb));
  }
  highlights_[sheet][{ref.row, ref.column}] = std::move(argb);
}

void Patcher::add_comment(std::size_t sheet, CellRef ref, std::string text) {
  if (sheet >= workbook_->sheets().size()) {
    throw XlsxError(ErrorCode::bad_argument, fmt::format("工作表序号 {} 不存在", sheet + 1));
  }
  if (text.size() > limits_.max_string_bytes) {
    throw XlsxError(ErrorCode::bad_argument, fmt::format("单元格 {} 的批注过长", cell_name(ref)));
  }
  std::string& note = comments_[sheet][{ref.row, ref.column}];
  note = note.empty() ? std::move(text) : note + "\n" + text;
}

void Patcher::add_sheet(AddedSheet sheet) {
  if (!valid_sheet_name(sheet.name)) {
    throw XlsxError(
        ErrorCode::bad_argument,
        fmt::format("工作表名“{}”不可用：1 至 31 个字符，不含 : \\ / ? * [ ]", sheet.name));
  }
  auto in_use = [&](std::string_view name) {
    for (const auto& s : workbook_->sheets()) {
      if (iequals(s.name, name)) return true;
    }
    for (const auto& s : added_sheets_) {
      if (iequals(s.name, name)) return true;
    }
    return false;
  };
  std::string base = sheet.name;
  for (int n = 2; in_use(sheet.name); ++n) {
    std::string suffix = fmt::format(" ({})", n);
    std::string stem = base;
    // Keep within 31 characters, cutting whole UTF-8 sequences.
    while (!stem.empty() && code_point_count(stem) + code_point_count(suffix) > 31) {
      while (!stem.empty() && (static_cast<unsigned char>(stem.back()) & 0xC0) == 0x80)
        stem.pop_back();
      if (!stem.empty()) stem.pop_back();
    }
    sheet.name = stem + suffix;
  }
  added_sheets_.push_back(std::move(sheet));
}

void Patcher::replace_sheet(std::size_t sheet, AddedSheet content) {
  if (sheet >= workbook_->sheets().size()) {
    throw XlsxError(ErrorCode::bad_argument,
                    fmt::format("没有第 {} 个工作表，无法替换", sheet + 1));
  }
  content.name = workbook_->sheets()[sheet].name;
  replaced_sheets_[sheet] = std::move(content);
}

namespace {

// "$A$8:$H$20": the filter range of a sheet of ours, as the hidden filter name holds it.
std::string absolute_filter_range(const AddedSheet& sheet) {
  auto range = parse_range_ref(added_sheet_filter_range(sheet));
  return fmt::format("${}${}:${}${}", column_name(range->first.column), range->first.row,
                     column_name(range->last.column), range->last.row);
}

}  // namespace

PatchReport Patcher::write(const std::string& output_path, const Durability& durability) const {
  refuse_output_among_inputs(output_path, {input_path_});
  return write_to(output_path, durability);
}

PatchReport Patcher::write_over_input() const { return write_to(input_path_, Durability{}); }

PatchReport Patcher::write_to(const std::string& output_path, const Durability& durability) const {
  const ZipReader& zip = workbook_->package();
  PatchReport report;

  // Workbook-level parts.
  std::string workbook_part;
  for (const auto& rel : read_relationships(zip, "", limits_)) {
    if (!rel.external && type_suffix(rel.type) == "officeDocument") workbook_part = rel.target;
  }
  if (const ZipEntry* e = zip.find(workbook_part)) workbook_part = e->name;
  std::string workbook_rels = rels_part_for(workbook_part);
  if (const ZipEntry* e = zip.find(workbook_rels)) workbook_rels = e->name;
  std::string calc_chain;
  std::string styles_part;
  PackageNamespaces ns;
  for (const auto& rel : read_relationships(zip, workbook_part, limits_)) {
    if (rel.external) continue;
    auto kind = type_suffix(rel.type);
    if (kind == "calcChain" && zip.find(rel.target)) calc_chain = zip.find(rel.target)->name;
    if (kind == "styles" && zip.find(rel.target)) styles_part = zip.find(rel.target)->name;
    if (kind == "worksheet") ns = PackageNamespaces::from_relationship_type(rel.type);
  }

  // A touched sheet is validated by a complete read: the caller's own, or one made here.
  std::set<std::size_t> touched;
  for (const auto& [sheet, rows] : edits_) touched.insert(sheet);
  for (const auto& [sheet, cells] : highlights_) touched.insert(sheet);
  for (const auto& [sheet, notes] : comments_) touched.insert(sheet);
  for (auto sheet : touched) {
    if (workbook_->completed_read(sheet)) continue;
    ValidatingVisitor visitor;
    workbook_->read_sheet(sheet, visitor);
  }

  // Formulas anywhere mean Excel must recalculate on open: the changed cells may feed them.
  // A sheet read to its end is known; any other is scanned (inflated, not parsed).
  bool has_formulas = !calc_chain.empty();
  for (std::size_t i = 0; i < workbook_->sheets().size() && !has_formulas; ++i) {
    if (auto read = workbook_->completed_read(i)) {
      has_formulas = read->has_formulas;
    } else if (const ZipEntry* e = zip.find(workbook_->sheets()[i].part)) {
      has_formulas = part_mentions_formula(zip, *e);
    }
  }
  auto sheet_entry = [&](std::size_t sheet) -> const ZipEntry& {
    const ZipEntry* e = zip.find(workbook_->sheets()[sheet].part);
    if (!e) {
      throw XlsxError(ErrorCode::missing_part,
                      fmt::format("缺少工作表部件 {}", workbook_->sheets()[sheet].part),
                      workbook_->sheets()[sheet].part);
    }
    return *e;
  };

  PartChanges changes;
  PartNamer namer(zip);
  std::map<std::size_t, RowEdits> sheet_edits(edits_.begin(), edits_.end());
  std::map<std::size_t, SheetExtras> extras;

  // What the sheets say about the cells to highlight and about their comments.
  std::map<std::size_t, SheetFacts> facts;
  for (auto sheet : touched) {
    std::map<std::uint32_t, std::set<std::uint32_t>> cells;
    if (auto it = highlights_.find(sheet); it != highlights_.end()) {
      for (const auto& [key, argb] : it->second) cells[key.first].insert(key.second);
    }
    if (cells.empty() && !comments_.count(sheet)) continue;
    if (auto kept = workbook_->retained_sheet(sheet)) {
      facts[sheet] = scan_sheet_facts(*kept, cells, limits_);
    } else {
      facts[sheet] = scan_sheet_facts(zip, sheet_entry(sheet), cells, limits_);
    }
  }

  // Styles: a clone of each highlighted cell's format, and the added sheets' header format.
  std::vector<XfClone> clones;
  for (const auto& [sheet, cells] : highlights_) {
    for (const auto& [key, argb] : cells) {
      clones.push_back({facts[sheet].styles[key.first][key.second], argb, false});
    }
  }
  // The formats of the added and replaced sheets: a bold header, and one per cell fill.
  std::vector<const AddedSheet*> own_sheets;
  for (const auto& added : added_sheets_) own_sheets.push_back(&added);
  for (const auto& [index, content] : replaced_sheets_) own_sheets.push_back(&content);
  std::vector<AddedSheetFormats> own_formats(own_sheets.size());
  std::vector<std::string> own_fills;
  std::vector<std::string> own_wrapped;  // the fills of wrapped cells ("" for none)
  auto note = [](std::vector<std::string>& list, const std::string& argb) {
    if (std::find(list.begin(), list.end(), argb) == list.end()) list.push_back(argb);
  };
  for (const AddedSheet* sheet : own_sheets) {
    if (sheet->bold_header) clones.push_back({0, "FFD9D9D9", true});
    for (const auto& row : sheet->rows) {
      for (const auto& cell : row) {
        if (cell.wrap) {
          note(own_wrapped, cell.fill);
        } else if (!cell.fill.empty()) {
          note(own_fills, cell.fill);
        }
      }
    }
  }
  for (const auto& argb : own_fills) clones.push_back({0, argb, false});
  for (const auto& argb : own_wrapped) clones.push_back({0, argb, false, true});
  std::vector<std::string> workbook_rel_ids;
  if (const ZipEntry* e = zip.find(workbook_rels))
    workbook_rel_ids = relationship_ids(zip.read(*e), workbook_rels, limits_);
  auto new_workbook_rel = [&](std::string_view suffix, const std::string& target_part) {
    std::string id = next_relationship_id(workbook_rel_ids);
    workbook_rel_ids.push_back(id);
    changes.relationships[workbook_rels].push_back(
        {id, ns.rel_type(suffix), relative_target(workbook_part, target_part)});
    return id;
  };
  if (!clones.empty()) {
    StylePatchResult styles;
    if (!styles_part.empty()) {
      styles = clone_cell_formats(zip.read(*zip.find(styles_part)), styles_part, clones, limits_);
      changes.replaced[styles_part] = styles.xml;
    } else {
      std::string name = "xl/styles.xml";
      if (namer.taken(name)) name = namer.next("xl/styles", ".xml");
      namer.reserve(name);
      styles = clone_cell_formats(minimal_styles_xml(ns.main), name, clones, limits_);
      changes.added.emplace_back(name, styles.xml);
      changes.overrides.emplace_back(name, std::string(kStylesType));
      new_workbook_rel("styles", name);
    }
    std::size_t i = 0;
    for (const auto& [sheet, cells] : highlights_) {
      for (const auto& [key, argb] : cells) {
        auto& row = sheet_edits[sheet][key.first];
        auto it = row.find(key.second);
        if (it == row.end()) it = row.emplace(key.second, CellValue::kept()).first;
        it->second.style = styles.xf[i++];
      }
    }
    for (std::size_t k = 0; k < own_sheets.size(); ++k) {
      if (own_sheets[k]->bold_header) own_formats[k].header = styles.xf[i++];
    }
    std::map<std::string, std::uint32_t> fill_xf;
    for (const auto& argb : own_fills) fill_xf[argb] = styles.xf[i++];
    std::map<std::string, std::uint32_t> wrapped_xf;
    for (const auto& argb : own_wrapped) wrapped_xf[argb] = styles.xf[i++];
    for (auto& formats : own_formats) {
      formats.fills = fill_xf;
      formats.wrapped = wrapped_xf;
    }
  }

  // Comments.
  if (!comments_.empty()) {
    std::uint32_t vml_block = first_free_vml_block(zip);
    for (const auto& [sheet, notes] : comments_) {
      std::vector<NewComment> list;
      for (const auto& [key, text] : notes) list.push_back({CellRef{key.first, key.second}, text});
      std::string rid =
          plan_sheet_comments(zip, workbook_->sheets()[sheet].part, facts[sheet].legacy_drawing_rid,
                              list, author_, ns, namer, vml_block, changes, limits_);
      if (!rid.empty()) extras[sheet].legacy_drawing_rid = rid;
    }
  }

  // Added sheets.
  std::vector<WorkbookSheetEntry> listed;
  for (std::size_t k = 0; k < added_sheets_.size(); ++k) {
    const AddedSheet& added = added_sheets_[k];
    std::string part = namer.next("xl/worksheets/sheet", ".xml");
    changes.added.emplace_back(part, added_sheet_xml(added, own_formats[k], ns));
    changes.overrides.emplace_back(part, std::string(kWorksheetType));
    std::string rid = new_workbook_rel("worksheet", part);
    listed.push_back({added.name, rid, added.auto_filter ? absolute_filter_range(added) : ""});
    report.added_sheets.push_back(added.name);
  }
  // Replaced sheets: their part gets the new content; their filter name the new range.
  std::map<std::size_t, std::string> replaced_filters;
  {
    std::size_t k = added_sheets_.size();
    for (const auto& [index, content] : replaced_sheets_) {
      changes.replaced[sheet_entry(index).name] = added_sheet_xml(content, own_formats[k++], ns);
      if (content.auto_filter)
        replaced_filters[index] =
            quoted_sheet_name(content.name) + "!" + absolute_filter_range(content);
    }
  }

  // Workbook-level parts: workbook.xml, its relationships, other relationships, content types.
  if (const ZipEntry* e = zip.find(workbook_part)) {
    std::string xml = zip.read(*e);
    std::string updated = with_added_sheets(xml, e->name, listed, ns, limits_);
    for (const auto& [index, ref] : replaced_filters)
      updated = with_filter_range(updated, e->name, index, ref, limits_);
    if (has_formulas) {
      updated = with_full_calc_on_load(updated, e->name, limits_);
      report.full_calc_on_load = true;
    }
    if (updated != xml) changes.replaced[e->name] = updated;
  }
  if (!report.added_sheets.empty()) {  // the file properties list the sheets by name
    for (const auto& rel : read_relationships(zip, "", limits_)) {
      if (rel.external || type_suffix(rel.type) != "extended-properties") continue;
      if (const ZipEntry* e = zip.find(rel.target)) {
        std::string xml = zip.read(*e);
        std::string updated = with_sheet_titles(xml, e->name, report.added_sheets, limits_);
        if (updated != xml) changes.replaced[e->name] = updated;
      }
    }
  }
  if (!calc_chain.empty()) changes.relationships[workbook_rels];  // the calcChain rel goes
  for (const auto& [rels_part, adds] : changes.relationships) {
    const ZipEntry* e = zip.find(rels_part);
    if (!e) {
      if (!adds.empty()) {
        namer.reserve(rels_part);
        changes.added.emplace_back(rels_part, relationships_xml(adds));
      }
      continue;
    }
    check_part_size(*e, PartKind::relationships, limits_);  // read whole: refused on its size
    std::string xml = changes.replaced.count(e->name) ? changes.replaced[e->name] : zip.read(*e);
    std::string updated = xml;
    if (e->name == workbook_rels && !calc_chain.empty())
      updated = without_relationship(updated, e->name, workbook_part, calc_chain, limits_);
    updated = with_relationships(updated, e->name, adds, limits_);
    if (updated != zip.read(*e)) changes.replaced[e->name] = updated;
  }
  if (const ZipEntry* e = zip.find("[Content_Types].xml")) {
    std::string xml = zip.read(*e);
    std::string updated =
        with_content_types(xml, calc_chain, changes.overrides, changes.defaults, limits_);
    if (updated != xml) changes.replaced[e->name] = updated;
  }

  ZipWriter writer(output_path, durability);
  std::map<std::string, std::size_t> sheet_by_part;
  for (std::size_t i = 0; i < workbook_->sheets().size(); ++i) {
    sheet_by_part[workbook_->sheets()[i].part] = i;
  }
  std::uint16_t new_time = 0, new_date = 0x21;
  if (const ZipEntry* e = zip.find(workbook_part)) {
    new_time = e->mod_time;
    new_date = e->mod_date;
  }
  static const RowEdits kNoEdits;
  static const SheetExtras kNoExtras;
  for (const auto& entry : zip.entries()) {
    if (!calc_chain.empty() && entry.name == calc_chain) {
      report.dropped_parts.push_back(entry.name);
      continue;
    }
    auto sheet = sheet_by_part.find(entry.name);
    if (sheet != sheet_by_part.end() &&
        (sheet_edits.count(sheet->second) || extras.count(sheet->second))) {
      auto edits = sheet_edits.find(sheet->second);
      auto extra = extras.find(sheet->second);
      const RowEdits& sheet_changes = edits == sheet_edits.end() ? kNoEdits : edits->second;
      const SheetExtras& sheet_extras = extra == extras.end() ? kNoExtras : extra->second;
      auto sink = [&](std::string_view bytes) { writer.write_chunk(bytes); };
      writer.begin_entry(entry.name, entry.mod_time, entry.mod_date);
      if (auto kept = workbook_->retained_sheet(sheet->second)) {
        rewrite_sheet(zip, *kept, sheet_changes, sheet_extras, limits_, sink);
      } else {
        rewrite_sheet(zip, entry, sheet_changes, sheet_extras, limits_, sink);
      }
      writer.end_entry();
      report.rewritten_parts.push_back(entry.name);
      continue;
    }
    if (auto it = changes.replaced.find(entry.name); it != changes.replaced.end()) {
      writer.add_entry(entry.name, it->second, entry.mod_time, entry.mod_date);
      report.rewritten_parts.push_back(entry.name);
      continue;
    }
    writer.copy_entry(zip, entry);
  }
  for (const auto& [name, content] : changes.added) {
    writer.add_entry(name, content, new_time, new_date);
    report.added_parts.push_back(name);
  }
  writer.commit();
  return report;
}

}  // namespace evalbook::xlsx
