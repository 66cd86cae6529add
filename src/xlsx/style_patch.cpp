#include "xlsx/style_patch.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <tuple>

#include "xlsx/package_edit.h"
#include "xlsx/part_rewrite.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

// One child element of a list (a <font>, an <xf>), kept as text.
struct Element {
  std::string qname;
  std::string attrs;
  bool empty = true;
  std::string inner;  // bytes between the start and the end tag
};

// What pass 1 learns about styles.xml.
struct StylesScan {
  std::string prefix;                   // of the root element
  std::map<std::string, bool> present;  // top-level lists present
  std::vector<Element> fonts;
  std::size_t fills = 0;
  std::vector<Element> xfs;  // cellXfs
};

// Top-level lists in schema order (CT_Stylesheet).
constexpr std::array<std::string_view, 11> kOrder = {
    "numFmts",    "fonts", "fills",       "borders", "cellStyleXfs", "cellXfs",
    "cellStyles", "dxfs",  "tableStyles", "colors",  "extLst"};

std::size_t order_of(std::string_view name) {
  for (std::size_t i = 0; i < kOrder.size(); ++i) {
    if (kOrder[i] == name) return i;
  }
  return kOrder.size();
}

std::string_view prefix_of(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon + 1);
}

StylesScan scan_styles(std::string_view xml, const std::string& part, const Limits& limits) {
  StylesScan scan;
  int depth = 0;
  std::string list;  // the depth-1 list being read
  Element* capturing = nullptr;
  int capture_depth = 0;
  rewrite_part(
      xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        bool start = token.kind == XmlTokenKind::start;
        bool element = start || token.kind == XmlTokenKind::empty;
        if (capturing) {
          if (token.kind == XmlTokenKind::end && depth == capture_depth + 1) {
            capturing = nullptr;
          } else {
            capturing->inner.append(token.raw);
          }
        } else if (element) {
          auto name = local_name(token.name);
          if (depth == 0) scan.prefix = std::string(prefix_of(token.name));
          if (depth == 1) {
            list = std::string(name);
            scan.present[list] = true;
          } else if (depth == 2) {
            if (list == "fills" && name == "fill") ++scan.fills;
            std::vector<Element>* into = list == "fonts" && name == "font"   ? &scan.fonts
                                         : list == "cellXfs" && name == "xf" ? &scan.xfs
                                                                             : nullptr;
            if (into) {
              into->push_back({std::string(token.name), std::string(token.attrs), !start, {}});
              if (start) {
                capturing = &into->back();
                capture_depth = depth;
              }
            }
          }
        }
        if (start) ++depth;
        if (token.kind == XmlTokenKind::end) --depth;
        return std::nullopt;
      },
      limits);
  return scan;
}

// Attribute text without the named attributes, re-quoted.
std::string attrs_without(std::string_view attrs, std::initializer_list<std::string_view> drop) {
  std::string out;
  for_each_attribute(attrs, [&](std::string_view name, std::string_view value) {
    for (auto d : drop) {
      if (local_name(name) == d && name.find(':') == std::string_view::npos) return;
    }
    if (value.find('"') != std::string_view::npos) {
      out += fmt::format(" {}='{}'", name, value);
    } else {
      out += fmt::format(" {}=\"{}\"", name, value);
    }
  });
  return out;
}

std::uint32_t attr_u32(std::string_view attrs, std::string_view name) {
  std::uint32_t v = 0;
  if (auto raw = find_attribute(attrs, name))
    std::from_chars(raw->data(), raw->data() + raw->size(), v);
  return v;
}

// The font with <b/> first and any bold setting of its own removed.
std::string bold_font(const Element* base, std::string_view p, const std::string& part,
                      const Limits& limits) {
  if (!base) return fmt::format("<{0}font><{0}b/></{0}font>", p);
  std::string inner;
  if (!base->empty) {
    int depth = 0;
    bool dropping = false;
    std::string wrapped = "<w>" + base->inner + "</w>";
    std::string out = rewrite_part(
        wrapped, part,
        [&](const XmlToken& token) -> std::optional<std::string> {
          bool start = token.kind == XmlTokenKind::start;
          bool element = start || token.kind == XmlTokenKind::empty;
          std::optional<std::string> result;
          if (dropping) result = std::string();
          if (element && depth == 1 && local_name(token.name) == "b") {
            result = std::string();
            if (start) dropping = true;
          }
          if (start) ++depth;
          if (token.kind == XmlTokenKind::end) {
            --depth;
            if (dropping && depth == 1) dropping = false;
          }
          return result;
        },
        limits);
    inner = out.substr(3, out.size() - 7);
  }
  return fmt::format("<{0}{1}><{2}b/>{3}</{0}>", base->qname, base->attrs, p, inner);
}

std::string fill_xml(std::string_view p, std::string_view argb) {
  return fmt::format(
      "<{0}fill><{0}patternFill patternType=\"solid\"><{0}fgColor rgb=\"{1}\"/><{0}bgColor "
      "indexed=\"64\"/></{0}patternFill></{0}fill>",
      p, xml_attr(argb));
}

// `inner` (an xf's children) with its <alignment> replaced by wrapped text at the top; the
// alignment comes first, before <protection>, as the schema orders them.
std::string wrapped_inner(std::string_view p, std::string inner) {
  const std::string open = "<" + std::string(p) + "alignment";
  if (auto at = inner.find(open); at != std::string::npos) {
    const std::string close = "</" + std::string(p) + "alignment>";
    const std::size_t gt = inner.find('>', at);
    std::size_t end = gt == std::string::npos ? inner.size() : gt + 1;
    if (gt != std::string::npos && inner[gt - 1] != '/') {
      const std::size_t c = inner.find(close, gt);
      end = c == std::string::npos ? inner.size() : c + close.size();
    }
    inner.erase(at, end - at);
  }
  return fmt::format("<{}alignment vertical=\"top\" wrapText=\"1\"/>", p) + inner;
}

std::string xf_xml(const Element& base, std::optional<std::size_t> fill,
                   std::optional<std::size_t> font, bool wrap, std::string_view p) {
  std::string attrs = base.attrs;
  if (fill) attrs = attrs_without(attrs, {"fillId", "applyFill"});
  if (font) attrs = attrs_without(attrs, {"fontId", "applyFont"});
  if (wrap) attrs = attrs_without(attrs, {"applyAlignment"});
  if (font) attrs += fmt::format(" fontId=\"{}\" applyFont=\"1\"", *font);
  if (fill) attrs += fmt::format(" fillId=\"{}\" applyFill=\"1\"", *fill);
  if (wrap) attrs += " applyAlignment=\"1\"";
  const std::string inner = wrap ? wrapped_inner(p, base.empty ? std::string() : base.inner)
                                 : (base.empty ? std::string() : base.inner);
  if (inner.empty()) return fmt::format("<{}{}/>", base.qname, attrs);
  return fmt::format("<{0}{1}>{2}</{0}>", base.qname, attrs, inner);
}

}  // namespace

StylePatchResult clone_cell_formats(std::string_view styles_xml, const std::string& part,
                                    const std::vector<XfClone>& clones, const Limits& limits) {
  StylesScan scan = scan_styles(styles_xml, part, limits);
  const std::string& p = scan.prefix;
  StylePatchResult result;

  // Lists as they will be: defaults first where a list is missing or too short.
  std::string default_fills;
  std::size_t fill_count = scan.fills;
  if (fill_count == 0) {
    default_fills += fmt::format("<{0}fill><{0}patternFill patternType=\"none\"/></{0}fill>", p);
    ++fill_count;
  }
  if (fill_count == 1) {
    default_fills += fmt::format("<{0}fill><{0}patternFill patternType=\"gray125\"/></{0}fill>", p);
    ++fill_count;
  }
  Element default_xf{
      p + "xf", " numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"", true, {}};
  std::string default_xfs;
  std::size_t xf_count = scan.xfs.size();
  if (xf_count == 0) {
    default_xfs = xf_xml(default_xf, std::nullopt, std::nullopt, false, p);
    ++xf_count;
  }

  std::string new_fills, new_fonts, new_xfs;
  std::map<std::string, std::size_t> fill_index;
  std::map<std::uint32_t, std::size_t> bold_index;  // base font -> bold copy
  std::map<std::tuple<std::uint32_t, std::string, bool, bool>, std::uint32_t> done;
  std::size_t font_count = scan.fonts.size();
  for (const auto& clone : clones) {
    auto key = std::make_tuple(clone.base_xf, clone.fill_argb, clone.bold, clone.wrap);
    if (auto it = done.find(key); it != done.end()) {
      result.xf.push_back(it->second);
      continue;
    }
    const Element& base = clone.base_xf < scan.xfs.size() ? scan.xfs[clone.base_xf] : default_xf;
    std::optional<std::size_t> fill, font;
    if (!clone.fill_argb.empty()) {
      auto [it, fresh] = fill_index.emplace(clone.fill_argb, fill_count);
      if (fresh) {
        new_fills += fill_xml(p, clone.fill_argb);
        ++fill_count;
      }
      fill = it->second;
    }
    if (clone.bold) {
      std::uint32_t base_font = attr_u32(base.attrs, "fontId");
      auto [it, fresh] = bold_index.emplace(base_font, font_count);
      if (fresh) {
        new_fonts += bold_font(base_font < scan.fonts.size() ? &scan.fonts[base_font] : nullptr, p,
                               part, limits);
        ++font_count;
      }
      font = it->second;
    }
    new_xfs += xf_xml(base, fill, font, clone.wrap, p);
    auto index = static_cast<std::uint32_t>(xf_count++);
    done.emplace(key, index);
    result.xf.push_back(index);
  }
  new_fills = default_fills + new_fills;
  new_xfs = default_xfs + new_xfs;

  struct ListEdit {
    std::string name;
    std::size_t count;
    std::string added;
  };
  std::vector<ListEdit> edits;
  if (!new_fonts.empty()) edits.push_back({"fonts", font_count, new_fonts});
  if (!new_fills.empty()) edits.push_back({"fills", fill_count, new_fills});
  if (!new_xfs.empty()) edits.push_back({"cellXfs", xf_count, new_xfs});
  auto edit_for = [&](std::string_view name) -> const ListEdit* {
    for (const auto& e : edits) {
      if (e.name == name) return &e;
    }
    return nullptr;
  };
  auto whole_list = [&](const ListEdit& e) {
    return fmt::format("<{0}{1} count=\"{2}\">{3}</{0}{1}>", p, e.name, e.count, e.added);
  };
  // Lists that are missing go before the first later list, or before the root's end.
  std::vector<const ListEdit*> missing;
  for (const auto& e : edits) {
    if (!scan.present.count(e.name)) missing.push_back(&e);
  }
  auto missing_before = [&](std::size_t order) {
    std::string out;
    for (auto it = missing.begin(); it != missing.end();) {
      if (order_of((*it)->name) < order) {
        out += whole_list(**it);
        it = missing.erase(it);
      } else {
        ++it;
      }
    }
    return out;
  };

  int depth = 0;
  const ListEdit* open = nullptr;
  result.xml = rewrite_part(
      styles_xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        bool start = token.kind == XmlTokenKind::start;
        bool element = start || token.kind == XmlTokenKind::empty;
        std::optional<std::string> out;
        if (element && depth == 1) {
          auto name = local_name(token.name);
          std::string before = missing_before(order_of(name));
          if (const ListEdit* e = edit_for(name)) {
            std::string attrs = attrs_without(token.attrs, {"count"});
            if (start) {
              out = before + fmt::format("<{} count=\"{}\"{}>", token.name, e->count, attrs);
              open = e;
            } else {
              out = before + fmt::format("<{0} count=\"{1}\"{2}>{3}</{0}>", token.name, e->count,
                                         attrs, e->added);
            }
          } else if (!before.empty()) {
            out = before + std::string(token.raw);
          }
        } else if (token.kind == XmlTokenKind::end) {
          if (depth == 2 && open) {
            out = open->added + std::string(token.raw);
            open = nullptr;
          } else if (depth == 1) {
            out = missing_before(kOrder.size() + 1) + std::string(token.raw);
          }
        }
        if (start) ++depth;
        if (token.kind == XmlTokenKind::end) --depth;
        return out;
      },
      limits);
  return result;
}

std::string minimal_styles_xml(std::string_view main_namespace) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<styleSheet xmlns=\"{}\"><fonts count=\"1\"><font><sz val=\"11\"/><name "
      "val=\"Calibri\"/><family val=\"2\"/></font></fonts><fills count=\"2\"><fill><patternFill "
      "patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
      "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
      "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" "
      "fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs><cellStyles count=\"1\"><cellStyle "
      "name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>",
      main_namespace);
}

}  // namespace evalbook::xlsx
