#include "xlsx/app_properties.h"

#include <charconv>
#include <optional>

#include "xlsx/package.h"
#include "xlsx/part_rewrite.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

// The heading Excel and WPS give the sheets (English and Chinese Excel, WPS).
bool is_sheets_heading(std::string_view name) {
  return name == "Worksheets" || name == "工作表" || name == "Sheets";
}

std::optional<std::size_t> to_count(std::string_view text) {
  std::size_t n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return n;
}

// Where a token stands in the two lists, by the local names of the elements open around it.
class Position {
 public:
  void step(const XmlToken& token) {
    if (token.kind == XmlTokenKind::start) {
      path_.emplace_back(local_name(token.name));
      if (in({"HeadingPairs", "vector", "variant"})) ++variant_;
    } else if (token.kind == XmlTokenKind::end) {
      if (in({"TitlesOfParts", "vector", "lpstr"})) ++titles_closed_;
      if (!path_.empty()) path_.pop_back();
    }
  }
  bool in(std::initializer_list<std::string_view> tail) const {
    if (path_.size() < tail.size() + 1) return false;  // under the root element
    std::size_t k = path_.size() - tail.size();
    for (std::string_view name : tail) {
      if (path_[k++] != name) return false;
    }
    return true;
  }
  // 1-based index of the HeadingPairs variant open now (0 before the first).
  std::size_t variant() const { return variant_; }
  std::size_t titles_closed() const { return titles_closed_; }

 private:
  std::vector<std::string> path_;
  std::size_t variant_ = 0;
  std::size_t titles_closed_ = 0;
};

struct Layout {
  std::string heading;
  std::optional<std::size_t> sheets;  // the count under the first heading
  std::optional<std::size_t> size;    // TitlesOfParts' vector size
  std::size_t titles = 0;
};

Layout read_layout(std::string_view xml, const std::string& part, const Limits& limits) {
  Layout layout;
  Position at;
  rewrite_part(
      xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        at.step(token);
        if (token.kind == XmlTokenKind::text) {
          if (at.variant() == 1 && at.in({"HeadingPairs", "vector", "variant", "lpstr"}))
            layout.heading = attribute_text(token.content);
          if (at.variant() == 2 && at.in({"HeadingPairs", "vector", "variant", "i4"}))
            layout.sheets = to_count(token.content);
        }
        if (token.kind == XmlTokenKind::start && at.in({"TitlesOfParts", "vector"})) {
          if (auto size = find_attribute(token.attrs, "size")) layout.size = to_count(*size);
        }
        return std::nullopt;
      },
      limits);
  layout.titles = at.titles_closed();
  return layout;
}

}  // namespace

std::string with_sheet_titles(std::string_view app_xml, const std::string& part,
                              const std::vector<std::string>& added, const Limits& limits) {
  if (added.empty()) return std::string(app_xml);
  const Layout layout = read_layout(app_xml, part, limits);
  if (!is_sheets_heading(layout.heading) || !layout.sheets || *layout.sheets == 0 ||
      layout.size != layout.titles || layout.titles < *layout.sheets) {
    return std::string(app_xml);
  }
  const std::size_t sheets = *layout.sheets;
  Position at;
  return rewrite_part(
      app_xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        at.step(token);
        if (token.kind == XmlTokenKind::text && at.variant() == 2 &&
            at.in({"HeadingPairs", "vector", "variant", "i4"})) {
          return std::to_string(sheets + added.size());
        }
        if (token.kind == XmlTokenKind::start && at.in({"TitlesOfParts", "vector"})) {
          // The size attribute's value, found inside the tag's own bytes.
          for (std::size_t k = 0; k < token.attribute_count; ++k) {
            const XmlAttribute& a = token.attributes[k];
            if (local_name(a.name) != "size") continue;
            const auto from = static_cast<std::size_t>(a.value.data() - token.raw.data());
            std::string raw(token.raw);
            raw.replace(from, a.value.size(), std::to_string(layout.titles + added.size()));
            return raw;
          }
        }
        // After the last sheet title (named ranges and other parts follow it).
        if (token.kind == XmlTokenKind::end && at.titles_closed() == sheets &&
            at.in({"TitlesOfParts", "vector"}) && local_name(token.name) == "lpstr") {
          std::string out(token.raw);
          const std::string qname(token.name);
          for (const auto& name : added) {
            out += "<" + qname + ">";
            escape_xml_text(name, out);
            out += "</" + qname + ">";
          }
          return out;
        }
        return std::nullopt;
      },
      limits);
}

}  // namespace evalbook::xlsx
