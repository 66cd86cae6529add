#include "xlsx/styles.h"

#include <fmt/format.h>

#include <charconv>
#include <map>
#include <unordered_map>

#include "xlsx/errors.h"
#include "xlsx/package.h"
#include "xlsx/part_cache.h"
#include "xlsx/part_limits.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

constexpr std::string_view kGeneral = "General";

int to_int(std::string_view text, int fallback) {
  int value = fallback;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return fallback;
  return value;
}

class StylesHandler : public XmlHandler {
 public:
  StylesHandler(const Limits& limits, std::string part) : limits_(limits), part_(std::move(part)) {}

  void on_token(const XmlToken& token) override {
    if (token.kind == XmlTokenKind::end) {
      if (local_name(token.name) == "cellXfs") in_cell_xfs_ = false;
      return;
    }
    if (token.kind != XmlTokenKind::start && token.kind != XmlTokenKind::empty) return;
    auto name = local_name(token.name);
    if (name == "numFmt") {
      int id = to_int(find_attribute(token.attrs, "numFmtId").value_or(""), -1);
      if (id >= 0) custom[id] = checked_code(find_attribute(token.attrs, "formatCode"), id);
    } else if (name == "cellXfs" && token.kind == XmlTokenKind::start) {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      xf_ids.push_back(to_int(find_attribute(token.attrs, "numFmtId").value_or("0"), 0));
    }
  }

  std::map<int, std::string> custom;
  std::vector<int> xf_ids;

 private:
  // Excel itself takes codes of up to 255 characters; a far longer one is refused rather than
  // parsed and applied to every cell that uses it.
  std::string checked_code(std::optional<std::string_view> raw, int id) const {
    std::string code = attribute_text(raw.value_or(""));
    if (code.size() > limits_.max_number_format_bytes) {
      throw XlsxError(ErrorCode::limit_exceeded,
                      fmt::format("数字格式 {} 的代码长 {} 字节，超过上限 {}（{}）", id,
                                  code.size(), limits_.max_number_format_bytes, part_),

                      part_);
    }
    return code;
  }

  const Limits& limits_;
  std::string part_;
  bool in_cell_xfs_ = false;
};

Styles::Table parse_styles(const ZipReader& zip, const ZipEntry& entry, const Limits& limits) {
  StylesHandler handler(limits, entry.name);
  scan_part(zip, entry, handler, limits);
  Styles::Table table;
  std::unordered_map<std::string_view, std::uint32_t> index_of_code;
  auto add = [&](std::string_view code) {
    if (auto it = index_of_code.find(code); it != index_of_code.end()) return it->second;
    const auto index = static_cast<std::uint32_t>(table.codes.size());
    table.codes.emplace_back(code);
    index_of_code.emplace(code, index);  // views the handler's or a built-in code: both outlive it
    return index;
  };
  add(kGeneral);
  std::unordered_map<int, std::uint32_t> index_of_id;
  table.xf_format.reserve(handler.xf_ids.size());
  for (int id : handler.xf_ids) {
    auto known = index_of_id.find(id);
    if (known == index_of_id.end()) {
      std::string_view code = kGeneral;
      if (auto it = handler.custom.find(id); it != handler.custom.end()) {
        code = it->second;
      } else if (std::string_view builtin = builtin_format_code(id); !builtin.empty()) {
        code = builtin;
      }
      known = index_of_id.emplace(id, add(code)).first;
    }
    table.xf_format.push_back(known->second);
  }
  table.formats.reserve(table.codes.size());
  for (const auto& code : table.codes) table.formats.emplace_back(code);
  return table;
}

const NumberFormat& general_format() {
  static const NumberFormat general{kGeneral};
  return general;
}

}  // namespace

void Styles::load(const ZipReader& zip, const ZipEntry& entry, const Limits& limits,
                  PartCaches* caches) {
  check_part_size(entry, PartKind::styles, limits);
  // Every copy of a template saved by one program carries the same styles.xml.
  table_ = cached_part(caches ? &caches->styles : nullptr, zip, entry, limits, "",
                       [&] { return parse_styles(zip, entry, limits); });
}

std::string_view Styles::number_format(std::uint32_t xf_index) const {
  if (!table_ || xf_index >= table_->xf_format.size()) return kGeneral;
  return table_->codes[table_->xf_format[xf_index]];
}

const NumberFormat& Styles::format(std::uint32_t xf_index) const {
  if (!table_ || xf_index >= table_->xf_format.size()) return general_format();
  return table_->formats[table_->xf_format[xf_index]];
}

}  // namespace evalbook::xlsx
