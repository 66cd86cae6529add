#include "xlsx/workbook.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "base/system_message.h"
#include "xlsx/biff_workbook.h"
#include "xlsx/errors.h"
#include "xlsx/file_kind.h"
#include "xlsx/number_format.h"
#include "xlsx/package.h"
#include "xlsx/part_cache.h"
#include "xlsx/part_limits.h"
#include "xlsx/retained_sheet.h"
#include "xlsx/shared_strings.h"
#include "xlsx/sheet_reader.h"
#include "xlsx/styles.h"
#include "xlsx/work_budget.h"

namespace evalbook::xlsx {

struct WorkbookPart {
  std::vector<SheetInfo> sheets;
  bool date1904 = false;
};

namespace {

// Collects <sheet> entries and the date system from workbook.xml.
class WorkbookPartHandler : public XmlHandler {
 public:
  void on_token(const XmlToken& token) override {
    if (token.kind != XmlTokenKind::start && token.kind != XmlTokenKind::empty) return;
    auto name = local_name(token.name);
    if (name == "sheet") {
      SheetInfo info;
      info.name = attribute_text(find_attribute(token.attrs, "name").value_or(""));
      auto state = find_attribute(token.attrs, "state").value_or("visible");
      info.hidden = state == "hidden" || state == "veryHidden";
      // r:id: the "id" attribute in the relationships namespace, whatever its prefix.
      for_each_attribute(token.attrs, [&](std::string_view qname, std::string_view value) {
        if (qname.find(':') != std::string_view::npos && local_name(qname) == "id" &&
            qname.substr(0, 6) != "xmlns:")
          info.rel_id = attribute_text(value);
      });
      sheets.push_back(std::move(info));
    } else if (name == "workbookPr") {
      auto v = find_attribute(token.attrs, "date1904").value_or("0");
      date1904 = v == "1" || v == "true";
    }
  }

  std::vector<SheetInfo> sheets;
  bool date1904 = false;
};

WorkbookPart parse_workbook_part(const ZipReader& zip, const ZipEntry& entry,
                                 const Limits& limits) {
  WorkbookPartHandler handler;
  scan_part(zip, entry, handler, limits);
  if (handler.sheets.size() > limits.max_sheets) {  // refused here, so never cached
    throw XlsxError(ErrorCode::limit_exceeded,
                    fmt::format("工作表数超过上限 {}", limits.max_sheets));
  }
  return {std::move(handler.sheets), handler.date1904};
}

[[noreturn]] void missing(std::string_view part, std::string_view what) {
  throw XlsxError(ErrorCode::missing_part, fmt::format("工作簿缺少部件 {}（{}）", part, what),
                  std::string(part));
}

class WorkbookImpl : public Workbook {
 public:
  WorkbookImpl(std::unique_ptr<ZipReader> zip, std::string bytes, const Limits& limits,
               PartCaches* caches)
      : bytes_(std::move(bytes)),
        zip_(std::move(zip)),
        limits_(limits),
        budget_(zip_->archive_bytes().size(), limits_) {
    load(caches);  // the caches are needed only while the workbook is opened
  }

  const std::vector<SheetInfo>& sheets() const override { return sheets_; }
  bool date1904() const override { return date1904_; }
  std::string_view number_format(std::uint32_t style) const override {
    return styles_.number_format(style);
  }
  const ZipReader& package() const override { return *zip_; }

  SheetSummary read_sheet(std::size_t index, CellVisitor& visitor) const override {
    if (index >= sheets_.size()) {
      throw XlsxError(ErrorCode::bad_argument,
                      fmt::format("工作表序号 {} 不存在（共 {} 个）", index + 1, sheets_.size()));
    }
    // A sheet kept by an earlier read is read again from memory.
    if (auto kept = retained_sheet(index)) {
      return stream_sheet(*kept, strings_, limits_, budget_, visitor);
    }
    const ZipEntry* entry = zip_->find(sheets_[index].part);
    if (!entry) missing(sheets_[index].part, sheets_[index].name);
    std::shared_ptr<RetainedSheet> kept = reserve_retained(index, entry->uncompressed_size);
    SheetSummary summary =
        stream_sheet(*zip_, *entry, strings_, limits_, budget_, visitor, kept.get());
    std::lock_guard<std::mutex> lock(completed_mutex_);
    completed_.resize(sheets_.size());
    completed_[index] = summary;
    if (kept) retained_[index] = std::move(kept);
    return summary;
  }

  void keep_sheet_xml(std::uint64_t max_bytes) const override {
    std::lock_guard<std::mutex> lock(completed_mutex_);
    retain_budget_ = max_bytes;
  }

  std::shared_ptr<const RetainedSheet> retained_sheet(std::size_t index) const override {
    std::lock_guard<std::mutex> lock(completed_mutex_);
    auto it = retained_.find(index);
    return it == retained_.end() ? nullptr : it->second;
  }

  std::optional<SheetSummary> completed_read(std::size_t index) const override {
    std::lock_guard<std::mutex> lock(completed_mutex_);
    return index < completed_.size() ? completed_[index] : std::nullopt;
  }

  std::string display_text(const Cell& cell) const override {
    switch (cell.type) {
      case CellType::empty:
        return {};
      case CellType::number: {
        std::string text = styles_.format(cell.style).format_number(cell.number, date1904_);
        budget_.charge(text.size(), "单元格显示文本");
        return text;
      }
      case CellType::text: {
        // Charged before it is made: one '@' per byte of a long code would multiply the text.
        const NumberFormat& format = styles_.format(cell.style);
        budget_.charge(format.text_size(cell.text), "单元格显示文本");
        return format.format_text(cell.text);
      }
      case CellType::boolean:
        return cell.number != 0 ? "TRUE" : "FALSE";
      case CellType::error:
        return std::string(cell.text);
    }
    return {};
  }

 private:
  void load(PartCaches* caches) {
    require_spreadsheet_package(*zip_);
    ContentTypes types = read_content_types(*zip_, limits_, caches);
    std::string workbook_part;
    for (const auto& rel : read_relationships(*zip_, "", limits_, caches)) {
      if (!rel.external && type_suffix(rel.type) == "officeDocument") {
        workbook_part = rel.target;
        break;
      }
    }
    if (workbook_part.empty()) {  // no package rels: fall back on the content types
      for (const auto& [part, type] : types.overrides) {
        if (type.find("spreadsheetml.sheet.main") != std::string::npos ||
            type.find("spreadsheetml.template.main") != std::string::npos ||
            type.find("ms-excel.sheet.macroEnabled.main") != std::string::npos) {
          workbook_part = part;
          break;
        }
      }
    }
    if (workbook_part.empty()) missing("xl/workbook.xml", "找不到工作簿主部件");
    const ZipEntry* workbook_entry = zip_->find(workbook_part);
    if (!workbook_entry) missing(workbook_part, "工作簿主部件");
    workbook_part = workbook_entry->name;
    check_part_size(*workbook_entry, PartKind::workbook, limits_);

    // Copies of one template list the same sheets.
    WorkbookPart part =
        *cached_part(caches ? &caches->workbook_parts : nullptr, *zip_, *workbook_entry, limits_,
                     "", [&] { return parse_workbook_part(*zip_, *workbook_entry, limits_); });
    date1904_ = part.date1904;

    auto rels = read_relationships(*zip_, workbook_part, limits_, caches);
    for (auto& sheet : part.sheets) {
      const Relationship* rel = nullptr;
      for (const auto& r : rels) {
        if (r.id == sheet.rel_id) rel = &r;
      }
      if (!rel || rel->external)
        missing(rels_part_for(workbook_part), "工作表 " + sheet.name + " 的关系");
      const ZipEntry* entry = zip_->find(rel->target);
      if (!entry) missing(rel->target, "工作表 " + sheet.name);
      sheet.part = entry->name;
    }
    refuse_shared_sheet_parts(part.sheets);
    sheets_ = std::move(part.sheets);

    for (const auto& rel : rels) {
      if (rel.external) continue;
      auto kind = type_suffix(rel.type);
      if (kind == "styles") {
        if (const ZipEntry* entry = zip_->find(rel.target))
          styles_.load(*zip_, *entry, limits_, caches);
      } else if (kind == "sharedStrings") {
        const ZipEntry* entry = zip_->find(rel.target);
        if (!entry) missing(rel.target, "共享字符串表");
        strings_.load(*zip_, *entry, limits_);
      }
    }
  }

  // A new place for the sheet's XML when it is to be kept and fits what is left of the budget
  // (charged now, so that sheets read at once on several threads share it).
  std::shared_ptr<RetainedSheet> reserve_retained(std::size_t index, std::uint64_t size) const {
    std::lock_guard<std::mutex> lock(completed_mutex_);
    if (retained_.count(index) || size > retain_budget_) return nullptr;
    retain_budget_ -= size;
    return std::make_shared<RetainedSheet>();
  }

  // Excel gives every sheet its own part. Two sheets on one part would be read (and streamed)
  // twice, and an edit to one would silently be an edit to the other.
  static void refuse_shared_sheet_parts(const std::vector<SheetInfo>& sheets) {
    std::unordered_map<std::string_view, const SheetInfo*> owner;
    for (const auto& sheet : sheets) {
      auto [it, first] = owner.emplace(sheet.part, &sheet);
      if (first) continue;
      throw XlsxError(
          ErrorCode::shared_sheet_part,
          fmt::format("工作表“{}”与“{}”指向同一部件 {}", it->second->name, sheet.name, sheet.part),
          sheet.part);
    }
  }

  std::string bytes_;  // owned archive bytes for open_memory copies (empty for files)
  std::unique_ptr<ZipReader> zip_;
  Limits limits_;
  WorkBudget budget_;
  std::vector<SheetInfo> sheets_;
  bool date1904_ = false;
  Styles styles_;
  SharedStrings strings_;
  mutable std::mutex completed_mutex_;  // sheets may be read from several threads
  mutable std::vector<std::optional<SheetSummary>> completed_;  // by sheet index
  mutable std::uint64_t retain_budget_ = 0;  // bytes of sheet XML that may still be kept
  mutable std::map<std::size_t, std::shared_ptr<const RetainedSheet>> retained_;
};

}  // namespace

namespace {

// The whole file when it is an OLE compound file (a legacy .xls or .et, whatever its name),
// nullopt when it is anything else (then the zip reader names what it is).
std::optional<std::string> compound_file_bytes(const std::string& path, const Limits& limits) {
  std::ifstream in(path, std::ios::binary);
  char head[8] = {};
  if (!in || !in.read(head, sizeof head)) return std::nullopt;  // the zip reader says why
  if (!has_compound_file_signature(std::string_view(head, sizeof head))) return std::nullopt;
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::uint64_t>(in.tellg());
  if (size > limits.max_archive_bytes) {
    throw XlsxError(ErrorCode::zip_bomb,
                    fmt::format("文件过大（{} 字节，上限 {}）", size, limits.max_archive_bytes));
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    throw XlsxError(ErrorCode::io_error,
                    fmt::format("无法读取文件：{}（{}）", path, system_error_text(errno)));
  }
  return bytes;
}

}  // namespace

std::unique_ptr<Workbook> Workbook::open_file(const std::string& path, const Limits& limits,
                                              PartCaches* caches) {
  if (auto compound = compound_file_bytes(path, limits))
    return open_compound_workbook(std::move(*compound), limits);
  return std::make_unique<WorkbookImpl>(ZipReader::open_file(path, limits), std::string(), limits,
                                        caches);
}

std::unique_ptr<Workbook> Workbook::open_memory(std::string_view bytes, const Limits& limits,
                                                PartCaches* caches) {
  if (has_compound_file_signature(bytes)) {
    if (bytes.size() > limits.max_archive_bytes) {
      throw XlsxError(ErrorCode::zip_bomb, "文件过大");
    }
    return open_compound_workbook(std::string(bytes), limits);
  }
  return std::make_unique<WorkbookImpl>(ZipReader::open_memory(bytes, limits), std::string(),
                                        limits, caches);
}

}  // namespace evalbook::xlsx
