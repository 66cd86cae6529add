#include "xlsx/package_edit.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <optional>

#include "xlsx/package.h"
#include "xlsx/part_rewrite.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; });
  return out;
}

bool is_element(const XmlToken& token) {
  return token.kind == XmlTokenKind::start || token.kind == XmlTokenKind::empty;
}

std::string_view prefix_of(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon + 1);
}

// The part with `insert(prefix)` put just before the root element's end tag (an empty root
// element is opened and closed around it); `prefix` is the root's namespace prefix ("x:" or "").
std::string before_root_end(std::string_view xml, const std::string& part,
                            const std::function<std::string(std::string_view prefix)>& insert,
                            const Limits& limits) {
  int depth = 0;
  std::string prefix;
  return rewrite_part(
      xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        if (is_element(token)) {
          if (depth == 0) {
            prefix = std::string(prefix_of(token.name));
            if (token.kind == XmlTokenKind::empty) {
              return fmt::format("<{}{}>{}</{}>", token.name, token.attrs, insert(prefix),
                                 token.name);
            }
          }
          if (token.kind == XmlTokenKind::start) ++depth;
        } else if (token.kind == XmlTokenKind::end) {
          if (--depth == 0) return insert(prefix) + std::string(token.raw);
        }
        return std::nullopt;
      },
      limits);
}

}  // namespace

PackageNamespaces PackageNamespaces::from_relationship_type(std::string_view worksheet_rel_type) {
  PackageNamespaces ns;
  if (worksheet_rel_type.find("purl.oclc.org") != std::string_view::npos) {
    ns.main = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    ns.relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  }
  return ns;
}

PartNamer::PartNamer(const ZipReader& zip) {
  for (const auto& e : zip.entries()) taken_.insert(lower_ascii(e.name));
}

std::string PartNamer::next(std::string_view stem, std::string_view extension) {
  for (unsigned n = 1;; ++n) {
    std::string name = fmt::format("{}{}{}", stem, n, extension);
    if (!taken(name)) {
      reserve(name);
      return name;
    }
  }
}

void PartNamer::reserve(std::string_view part) { taken_.insert(lower_ascii(part)); }

bool PartNamer::taken(std::string_view part) const { return taken_.count(lower_ascii(part)) > 0; }

std::string relative_target(std::string_view source_part, std::string_view target_part) {
  auto split = [](std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
      auto end = path.find('/', start);
      if (end == std::string_view::npos) end = path.size();
      parts.push_back(path.substr(start, end - start));
      start = end + 1;
    }
    return parts;
  };
  auto source = split(source_part);
  source.pop_back();  // the source's own file name
  auto target = split(target_part);
  std::size_t common = 0;
  while (common < source.size() && common + 1 < target.size() && source[common] == target[common])
    ++common;
  std::string out;
  for (std::size_t i = common; i < source.size(); ++i) out += "../";
  for (std::size_t i = common; i < target.size(); ++i) {
    if (i > common) out += '/';
    out += target[i];
  }
  return out;
}

std::string next_relationship_id(const std::vector<std::string>& ids) {
  unsigned long max = 0;
  for (const auto& id : ids) {
    std::size_t i = id.size();
    while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9') --i;
    unsigned long n = 0;
    if (i < id.size() && id.size() - i < 10) {
      std::from_chars(id.data() + i, id.data() + id.size(), n);
      max = std::max(max, n);
    }
  }
  for (unsigned long n = max + 1;; ++n) {
    std::string candidate = fmt::format("rId{}", n);
    if (std::find(ids.begin(), ids.end(), candidate) == ids.end()) return candidate;
  }
}

std::vector<std::string> relationship_ids(std::string_view rels_xml, const std::string& part,
                                          const Limits& limits) {
  std::vector<std::string> ids;
  rewrite_part(
      rels_xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        if (is_element(token) && local_name(token.name) == "Relationship") {
          ids.push_back(attribute_text(find_attribute(token.attrs, "Id").value_or("")));
        }
        return std::nullopt;
      },
      limits);
  return ids;
}

std::string xml_attr(std::string_view text) {
  std::string out;
  escape_xml_text(text, out, true);
  return out;
}

namespace {
std::string relationship_elements(std::string_view prefix,
                                  const std::vector<NewRelationship>& add) {
  std::string out;
  for (const auto& rel : add) {
    out += fmt::format("<{}Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"/>", prefix,
                       xml_attr(rel.id), xml_attr(rel.type), xml_attr(rel.target));
  }
  return out;
}
}  // namespace

std::string with_relationships(std::string_view rels_xml, const std::string& part,
                               const std::vector<NewRelationship>& add, const Limits& limits) {
  if (add.empty()) return std::string(rels_xml);
  return before_root_end(
      rels_xml, part, [&](std::string_view prefix) { return relationship_elements(prefix, add); },
      limits);
}

std::string relationships_xml(const std::vector<NewRelationship>& add) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         relationship_elements("", add) + "</Relationships>";
}

std::string with_content_types(std::string_view types_xml, std::string_view drop,
                               const std::vector<std::pair<std::string, std::string>>& overrides,
                               const std::vector<std::pair<std::string, std::string>>& defaults,
                               const Limits& limits) {
  // Extensions declared already.
  std::set<std::string> declared;
  rewrite_part(
      types_xml, "[Content_Types].xml",
      [&](const XmlToken& token) -> std::optional<std::string> {
        if (is_element(token) && local_name(token.name) == "Default")
          declared.insert(
              lower_ascii(attribute_text(find_attribute(token.attrs, "Extension").value_or(""))));
        return std::nullopt;
      },
      limits);
  std::string xml =
      drop.empty() ? std::string(types_xml) : without_override(types_xml, drop, limits);
  std::vector<std::pair<std::string, std::string>> new_defaults;
  for (const auto& d : defaults) {
    if (declared.insert(lower_ascii(d.first)).second) new_defaults.push_back(d);
  }
  if (overrides.empty() && new_defaults.empty()) return xml;
  return before_root_end(
      xml, "[Content_Types].xml",
      [&](std::string_view prefix) {
        std::string out;
        for (const auto& [ext, type] : new_defaults) {
          out += fmt::format("<{}Default Extension=\"{}\" ContentType=\"{}\"/>", prefix,
                             xml_attr(ext), xml_attr(type));
        }
        for (const auto& [part, type] : overrides) {
          out += fmt::format("<{}Override PartName=\"/{}\" ContentType=\"{}\"/>", prefix,
                             xml_attr(part), xml_attr(type));
        }
        return out;
      },
      limits);
}

}  // namespace evalbook::xlsx
