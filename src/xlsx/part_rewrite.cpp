#include "xlsx/part_rewrite.h"

#include <fmt/format.h>

#include <array>

#include "xlsx/package.h"

namespace evalbook::xlsx {

namespace {

class EditingHandler : public XmlHandler {
 public:
  EditingHandler(const TokenEditor& editor, std::string& out) : editor_(editor), out_(out) {}
  void on_token(const XmlToken& token) override {
    if (auto replacement = editor_(token)) {
      out_ += *replacement;
    } else {
      out_.append(token.raw);
    }
  }

 private:
  const TokenEditor& editor_;
  std::string& out_;
};

bool is_element(const XmlToken& token) {
  return token.kind == XmlTokenKind::start || token.kind == XmlTokenKind::empty;
}

std::string_view prefix_of(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon + 1);
}

}  // namespace

std::string rewrite_part(std::string_view xml, const std::string& part, const TokenEditor& editor,
                         const Limits& limits) {
  std::string out;
  out.reserve(xml.size() + 64);
  EditingHandler handler(editor, out);
  XmlScanner scanner(part, handler, limits);
  scanner.feed(xml);
  scanner.finish();
  return out;
}

std::string with_full_calc_on_load(std::string_view workbook_xml, const std::string& part,
                                   const Limits& limits) {
  // Elements that follow calcPr in CT_Workbook: a missing calcPr goes before the first of them.
  static constexpr std::array<std::string_view, 9> kAfterCalcPr = {
      "oleSize",       "customWorkbookViews", "pivotCaches",       "smartTagPr", "smartTagTypes",
      "webPublishing", "fileRecoveryPr",      "webPublishObjects", "extLst"};
  bool done = false;
  int depth = 0;
  std::string root_prefix;
  return rewrite_part(
      workbook_xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        if (token.kind == XmlTokenKind::end) {
          --depth;
          if (depth == 0 && !done) {
            done = true;
            return fmt::format("<{}calcPr fullCalcOnLoad=\"1\"/>{}", root_prefix, token.raw);
          }
          return std::nullopt;
        }
        if (!is_element(token)) return std::nullopt;
        if (depth == 0) root_prefix = std::string(prefix_of(token.name));
        bool top_level = depth == 1;
        if (token.kind == XmlTokenKind::start) ++depth;
        if (!top_level || done) return std::nullopt;
        auto name = local_name(token.name);
        if (name == "calcPr") {
          done = true;
          std::string attrs;
          for_each_attribute(token.attrs, [&](std::string_view n, std::string_view v) {
            if (n == "fullCalcOnLoad") return;
            if (v.find('"') != std::string_view::npos) {
              attrs += fmt::format(" {}='{}'", n, v);
            } else {
              attrs += fmt::format(" {}=\"{}\"", n, v);
            }
          });
          return fmt::format("<{}{} fullCalcOnLoad=\"1\"{}", token.name, attrs,
                             token.kind == XmlTokenKind::empty ? "/>" : ">");
        }
        for (auto later : kAfterCalcPr) {
          if (name == later) {
            done = true;
            return fmt::format("<{}calcPr fullCalcOnLoad=\"1\"/>{}", root_prefix, token.raw);
          }
        }
        return std::nullopt;
      },
      limits);
}

std::string without_relationship(std::string_view rels_xml, const std::string& rels_part,
                                 std::string_view source_part, std::string_view target_part,
                                 const Limits& limits) {
  bool skipping = false;
  return rewrite_part(
      rels_xml, rels_part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        if (skipping) {
          if (token.kind == XmlTokenKind::end && local_name(token.name) == "Relationship")
            skipping = false;
          return std::string();
        }
        if (!is_element(token) || local_name(token.name) != "Relationship") return std::nullopt;
        auto target = attribute_text(find_attribute(token.attrs, "Target").value_or(""));
        if (resolve_target(source_part, target) != target_part) return std::nullopt;
        skipping = token.kind == XmlTokenKind::start;
        return std::string();
      },
      limits);
}

std::string without_override(std::string_view types_xml, std::string_view part,
                             const Limits& limits) {
  bool skipping = false;
  return rewrite_part(
      types_xml, "[Content_Types].xml",
      [&](const XmlToken& token) -> std::optional<std::string> {
        if (skipping) {
          if (token.kind == XmlTokenKind::end && local_name(token.name) == "Override")
            skipping = false;
          return std::string();
        }
        if (!is_element(token) || local_name(token.name) != "Override") return std::nullopt;
        std::string name = attribute_text(find_attribute(token.attrs, "PartName").value_or(""));
        if (!name.empty() && name[0] == '/') name.erase(0, 1);
        if (name != part) return std::nullopt;
        skipping = token.kind == XmlTokenKind::start;
        return std::string();
      },
      limits);
}

}  // namespace evalbook::xlsx
