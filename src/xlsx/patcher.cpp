#include "xlsx/patcher.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

#include "xlsx/errors.h"
#include "xlsx/package.h"
#include "xlsx/part_rewrite.h"
#include "xlsx/sheet_rewriter.h"
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

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {};
  struct stat sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

Patcher::Patcher(std::string input_path, const Limits& limits)
    : input_path_(std::move(input_path)),
      limits_(limits),
      workbook_(Workbook::open_file(input_path_, limits_)) {}

Patcher::~Patcher() = default;

std::size_t Patcher::sheet_index(std::string_view name) const {
  const auto& sheets = workbook_->sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].name == name) return i;
  }
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (iequals(sheets[i].name, name)) return i;
  }
  throw XlsxError(ErrorCode::bad_argument,
                  fmt::format("工作簿中没有名为“{}”的工作表 / no sheet named '{}'", name, name));
}

void Patcher::set_cell(std::size_t sheet, CellRef ref, CellValue value) {
  if (sheet >= workbook_->sheets().size()) {
    throw XlsxError(ErrorCode::bad_argument, fmt::format("工作表序号 {} 不存在", sheet + 1));
  }
  if (value.kind == CellValue::Kind::text && value.text.size() > limits_.max_string_bytes) {
    throw XlsxError(
        ErrorCode::bad_argument,
        fmt::format("单元格 {} 的文本超过 32767 个字符 / text too long", cell_name(ref)));
  }
  edits_[sheet][ref.row][ref.column] = std::move(value);
}

PatchReport Patcher::write(const std::string& output_path) const {
  if (same_file(input_path_, output_path)) {
    throw XlsxError(ErrorCode::bad_argument,
                    fmt::format("输出文件不能是输入文件本身：{} / refusing to overwrite the input",
                                output_path));
  }
  const ZipReader& zip = workbook_->package();
  PatchReport report;

  // Workbook-level parts.
  ContentTypes types = read_content_types(zip, limits_);
  std::string workbook_part;
  for (const auto& rel : read_relationships(zip, "", limits_)) {
    if (!rel.external && type_suffix(rel.type) == "officeDocument") workbook_part = rel.target;
  }
  if (const ZipEntry* e = zip.find(workbook_part)) workbook_part = e->name;
  std::string workbook_rels = rels_part_for(workbook_part);
  std::string calc_chain;
  for (const auto& rel : read_relationships(zip, workbook_part, limits_)) {
    if (!rel.external && type_suffix(rel.type) == "calcChain" && zip.find(rel.target))
      calc_chain = zip.find(rel.target)->name;
  }

  // Formulas anywhere mean Excel must recalculate on open: the changed cells may feed them.
  bool has_formulas = !calc_chain.empty();
  for (const auto& sheet : workbook_->sheets()) {
    if (has_formulas) break;
    if (const ZipEntry* e = zip.find(sheet.part)) has_formulas = part_mentions_formula(zip, *e);
  }

  for (const auto& [sheet, rows] : edits_) {
    ValidatingVisitor visitor;
    workbook_->read_sheet(sheet, visitor);
  }

  ZipWriter writer(output_path);
  std::map<std::string, std::size_t> sheet_by_part;
  for (std::size_t i = 0; i < workbook_->sheets().size(); ++i) {
    sheet_by_part[workbook_->sheets()[i].part] = i;
  }
  auto write_workbook_level_part = [&](const ZipEntry& entry) {
    std::string xml = zip.read(entry);
    std::string updated = xml;
    if (entry.name == workbook_part && has_formulas) {
      updated = with_full_calc_on_load(xml, entry.name, limits_);
      report.full_calc_on_load = true;
    } else if (entry.name == workbook_rels) {
      updated = without_relationship(xml, entry.name, workbook_part, calc_chain, limits_);
    } else if (entry.name == "[Content_Types].xml") {
      updated = without_override(xml, calc_chain, limits_);
    }
    if (updated == xml) {
      writer.copy_entry(zip, entry);
    } else {
      writer.add_entry(entry.name, updated, entry.mod_time, entry.mod_date);
      report.rewritten_parts.push_back(entry.name);
    }
  };
  for (const auto& entry : zip.entries()) {
    if (!calc_chain.empty() && entry.name == calc_chain) {
      report.dropped_parts.push_back(entry.name);
      continue;
    }
    auto sheet = sheet_by_part.find(entry.name);
    if (sheet != sheet_by_part.end() && edits_.count(sheet->second)) {
      writer.begin_entry(entry.name, entry.mod_time, entry.mod_date);
      rewrite_sheet(zip, entry, edits_.at(sheet->second), limits_,
                    [&](std::string_view bytes) { writer.write_chunk(bytes); });
      writer.end_entry();
      report.rewritten_parts.push_back(entry.name);
      continue;
    }
    if (entry.name == workbook_part ||
        (!calc_chain.empty() &&
         (entry.name == workbook_rels || entry.name == "[Content_Types].xml"))) {
      write_workbook_level_part(entry);
      continue;
    }
    writer.copy_entry(zip, entry);
  }
  writer.commit();
  return report;
}

}  // namespace evalbook::xlsx
