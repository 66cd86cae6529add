#include "xlsx/shared_strings.h"

#include <fmt/format.h>

#include "xlsx/errors.h"
#include "xlsx/ooxml_text.h"
#include "xlsx/package.h"
#include "xlsx/part_limits.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

// Collects <si> items: text inside <t> counts unless it sits within <rPh> (phonetic guide).
class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings& table, const Limits& limits, std::string part)
      : table_(table), limits_(limits), part_(std::move(part)) {}

  void on_token(const XmlToken& token) override {
    switch (token.kind) {
      case XmlTokenKind::start:
      case XmlTokenKind::empty: {
        auto name = local_name(token.name);
        bool empty = token.kind == XmlTokenKind::empty;
        if (name == "si") {
          current_.clear();
          if (empty)
            finish_item();
          else
            in_si_ = true;
        } else if (name == "rPh") {
          if (!empty) ++rph_depth_;
        } else if (name == "t" && in_si_ && !empty) {
          in_t_ = true;
        }
        break;
      }
      case XmlTokenKind::end: {
        auto name = local_name(token.name);
        if (name == "si") {
          in_si_ = false;
          finish_item();
        } else if (name == "rPh") {
          if (rph_depth_ > 0) --rph_depth_;
        } else if (name == "t") {
          in_t_ = false;
        }
        break;
      }
      case XmlTokenKind::text:
        if (in_t_ && rph_depth_ == 0) append_text(token.content, true);
        break;
      case XmlTokenKind::cdata:
        if (in_t_ && rph_depth_ == 0) append_text(token.content, false);
        break;
      case XmlTokenKind::other:
        break;
    }
  }

 private:
  void append_text(std::string_view raw, bool decode) {
    if (!decode || raw.find('&') == std::string_view::npos) {
      current_.append(raw);
    } else if (!decode_xml_text(raw, current_)) {
      throw XlsxError(ErrorCode::malformed_xml,
                      fmt::format("XML 格式错误：{} 第{}项含未知实体", part_, table_.size() + 1),
                      part_);
    }
    if (current_.size() > limits_.max_string_bytes) {
      throw XlsxError(ErrorCode::limit_exceeded,
                      fmt::format("{} 第{}项文本过长", part_, table_.size() + 1), part_);
    }
  }

  void finish_item() {
    if (table_.size() >= limits_.max_shared_strings) {
      throw XlsxError(ErrorCode::limit_exceeded,
                      fmt::format("共享字符串超过 {} 项", limits_.max_shared_strings), part_);
    }
    decode_ooxml_escapes(current_);
    table_.add(current_);
    current_.clear();
  }

  SharedStrings& table_;
  const Limits& limits_;
  std::string part_;
  std::string current_;
  bool in_si_ = false;
  bool in_t_ = false;
  int rph_depth_ = 0;
};

}  // namespace

void SharedStrings::add(std::string_view text) {
  spans_.push_back({arena_.size(), static_cast<std::uint32_t>(text.size())});
  arena_.append(text);
}

void SharedStrings::load(const ZipReader& zip, const ZipEntry& entry, const Limits& limits) {
  check_part_size(entry, PartKind::shared_strings, limits);
  arena_.clear();
  spans_.clear();
  arena_.reserve(static_cast<std::size_t>(entry.uncompressed_size / 2));
  SharedStringsHandler handler(*this, limits, entry.name);
  scan_part(zip, entry, handler, limits);
  arena_.shrink_to_fit();
}

}  // namespace evalbook::xlsx
