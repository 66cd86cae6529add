#include "xlsx/package.h"

#include <fmt/format.h>

#include <algorithm>

#include "xlsx/errors.h"
#include "xlsx/part_cache.h"
#include "xlsx/part_limits.h"
#include "xlsx/pipelined_stream.h"

namespace evalbook::xlsx {

namespace {

constexpr std::uint64_t kPipelineMinBytes = 8ULL << 20;

template <class Fn>
class LambdaHandler : public XmlHandler {
 public:
  explicit LambdaHandler(Fn fn) : fn_(std::move(fn)) {}
  void on_token(const XmlToken& token) override { fn_(token); }

 private:
  Fn fn_;
};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; });
  return out;
}

}  // namespace

std::string attribute_text(std::string_view raw) {
  std::string out;
  if (raw.find('&') == std::string_view::npos || !decode_xml_text(raw, out))
    return std::string(raw);
  return out;
}

std::string_view type_suffix(std::string_view type_uri) {
  auto slash = type_uri.rfind('/');
  return slash == std::string_view::npos ? type_uri : type_uri.substr(slash + 1);
}

std::string rels_part_for(std::string_view part) {
  auto slash = part.rfind('/');
  if (slash == std::string_view::npos) return fmt::format("_rels/{}.rels", part);
  return fmt::format("{}/_rels/{}.rels", part.substr(0, slash), part.substr(slash + 1));
}

std::string resolve_target(std::string_view source_part, std::string_view target) {
  std::string joined;
  if (!target.empty() && target[0] == '/') {
    joined = std::string(target.substr(1));
  } else {
    auto slash = source_part.rfind('/');
    joined = slash == std::string_view::npos
                 ? std::string(target)
                 : fmt::format("{}/{}", source_part.substr(0, slash), target);
  }
  // Normalise "." and ".." segments; ".." above the root is dropped (the zip layer already
  // refuses such entry names, so such a target can only miss).
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& seg : segments) {
    if (!out.empty()) out += '/';
    out += seg;
  }
  return out;
}

void scan_part(const ZipReader& zip, const ZipEntry& entry, XmlHandler& handler,
               const Limits& limits, std::string* copy) {
  XmlScanner scanner(entry.name, handler, limits);
  auto feed = [&](const char* data, std::size_t size) {
    if (copy) copy->append(data, size);
    scanner.feed(std::string_view(data, size));
    return !scanner.stopped();
  };
  // A large part (a consolidated sheet) is inflated on a second thread while it is parsed.
  if (entry.uncompressed_size >= kPipelineMinBytes) {
    read_stream_pipelined(zip, entry, feed);
  } else {
    zip.read_stream(entry, feed);
  }
  scanner.finish();
}

namespace {

std::vector<Relationship> parse_relationships(const ZipReader& zip, const ZipEntry& entry,
                                              std::string_view source_part, const Limits& limits) {
  std::vector<Relationship> rels;
  LambdaHandler handler([&](const XmlToken& token) {
    if ((token.kind != XmlTokenKind::start && token.kind != XmlTokenKind::empty) ||
        local_name(token.name) != "Relationship")
      return;
    Relationship rel;
    rel.id = attribute_text(find_attribute(token.attrs, "Id").value_or(""));
    rel.type = attribute_text(find_attribute(token.attrs, "Type").value_or(""));
    std::string target = attribute_text(find_attribute(token.attrs, "Target").value_or(""));
    rel.external = find_attribute(token.attrs, "TargetMode").value_or("") == "External";
    rel.target = rel.external ? target : resolve_target(source_part, target);
    rels.push_back(std::move(rel));
  });
  scan_part(zip, entry, handler, limits);
  return rels;
}

}  // namespace

std::vector<Relationship> read_relationships(const ZipReader& zip, std::string_view source_part,
                                             const Limits& limits, PartCaches* caches) {
  std::string rels_name = source_part.empty() ? "_rels/.rels" : rels_part_for(source_part);
  const ZipEntry* entry = zip.find(rels_name);
  if (!entry) return {};
  check_part_size(*entry, PartKind::relationships, limits);
  // Targets resolve against the source part, so it is part of the key.
  return *cached_part(caches ? &caches->relationships : nullptr, zip, *entry, limits, source_part,
                      [&] { return parse_relationships(zip, *entry, source_part, limits); });
}

std::string ContentTypes::type_of(std::string_view part) const {
  if (auto it = overrides.find(lower_ascii(part)); it != overrides.end()) return it->second;
  auto dot = part.rfind('.');
  if (dot != std::string_view::npos) {
    if (auto it = defaults.find(lower_ascii(part.substr(dot + 1))); it != defaults.end())
      return it->second;
  }
  return {};
}

namespace {

ContentTypes parse_content_types(const ZipReader& zip, const ZipEntry& entry,
                                 const Limits& limits) {
  ContentTypes types;
  LambdaHandler handler([&](const XmlToken& token) {
    if (token.kind != XmlTokenKind::start && token.kind != XmlTokenKind::empty) return;
    auto name = local_name(token.name);
    auto type = attribute_text(find_attribute(token.attrs, "ContentType").value_or(""));
    if (name == "Default") {
      types.defaults[lower_ascii(
          attribute_text(find_attribute(token.attrs, "Extension").value_or("")))] = type;
    } else if (name == "Override") {
      std::string part = attribute_text(find_attribute(token.attrs, "PartName").value_or(""));
      if (!part.empty() && part[0] == '/') part.erase(0, 1);
      types.overrides[lower_ascii(part)] = type;
    }
  });
  scan_part(zip, entry, handler, limits);
  return types;
}

}  // namespace

ContentTypes read_content_types(const ZipReader& zip, const Limits& limits, PartCaches* caches) {
  const ZipEntry* entry = zip.find("[Content_Types].xml");
  if (!entry) {
    throw XlsxError(ErrorCode::missing_part, "缺少 [Content_Types].xml，不是有效的 .xlsx 工作簿",
                    "[Content_Types].xml");
  }
  check_part_size(*entry, PartKind::content_types, limits);
  return *cached_part(caches ? &caches->content_types : nullptr, zip, *entry, limits, "",
                      [&] { return parse_content_types(zip, *entry, limits); });
}

}  // namespace evalbook::xlsx
