#include "xlsx/styles.h"

#include <charconv>

#include "xlsx/number_format.h"
#include "xlsx/package.h"
#include "xlsx/part_cache.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

int to_int(std::string_view text, int fallback) {
  int value = fallback;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return fallback;
  return value;
}

class StylesHandler : public XmlHandler {
 public:
  void on_token(const XmlToken& token) override {
    if (token.kind == XmlTokenKind::end) {
      if (local_name(token.name) == "cellXfs") in_cell_xfs_ = false;
      return;
    }
    if (token.kind != XmlTokenKind::start && token.kind != XmlTokenKind::empty) return;
    auto name = local_name(token.name);
    if (name == "numFmt") {
      int id = to_int(find_attribute(token.attrs, "numFmtId").value_or(""), -1);
      if (id >= 0)
        custom[id] = attribute_text(find_attribute(token.attrs, "formatCode").value_or(""));
    } else if (name == "cellXfs" && token.kind == XmlTokenKind::start) {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      xf_ids.push_back(to_int(find_attribute(token.attrs, "numFmtId").value_or("0"), 0));
    }
  }

  std::map<int, std::string> custom;
  std::vector<int> xf_ids;

 private:
  bool in_cell_xfs_ = false;
};

std::vector<std::string> parse_cell_format_codes(const ZipReader& zip, const ZipEntry& entry,
                                                 const Limits& limits) {
  StylesHandler handler;
  scan_part(zip, entry, handler, limits);
  std::vector<std::string> codes;
  codes.reserve(handler.xf_ids.size());
  for (int id : handler.xf_ids) {
    if (auto it = handler.custom.find(id); it != handler.custom.end()) {
      codes.push_back(it->second);
    } else {
      std::string_view builtin = builtin_format_code(id);
      codes.emplace_back(builtin.empty() ? std::string_view("General") : builtin);
    }
  }
  return codes;
}

}  // namespace

void Styles::load(const ZipReader& zip, const ZipEntry& entry, const Limits& limits) {
  // Every copy of a template saved by one program carries the same styles.xml.
  static PartCache<std::vector<std::string>> cache;
  xf_codes_ = cache.get(zip, entry, limits, "",
                        [&] { return parse_cell_format_codes(zip, entry, limits); });
}

std::string_view Styles::number_format(std::uint32_t xf_index) const {
  if (!xf_codes_ || xf_index >= xf_codes_->size()) return "General";
  return (*xf_codes_)[xf_index];
}

}  // namespace evalbook::xlsx
