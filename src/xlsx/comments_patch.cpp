#include "xlsx/comments_patch.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>

#include "xlsx/ooxml_text.h"
#include "xlsx/package.h"
#include "xlsx/part_limits.h"
#include "xlsx/part_rewrite.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

std::string_view prefix_of(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon + 1);
}

std::string run_properties(std::string_view p, bool bold) {
  return fmt::format(
      "<{0}rPr>{1}<{0}sz val=\"9\"/><{0}color indexed=\"81\"/><{0}rFont "
      "val=\"宋体\"/><{0}family val=\"3\"/><{0}charset val=\"134\"/></{0}rPr>",
      p, bold ? fmt::format("<{}b/>", p) : std::string());
}

std::string text_run(std::string_view p, std::string_view text, bool bold) {
  std::string escaped;
  encode_ooxml_text(text, escaped);
  return fmt::format("<{0}r>{1}<{0}t xml:space=\"preserve\">{2}</{0}t></{0}r>", p,
                     run_properties(p, bold), escaped);
}

std::string comment_element(std::string_view p, const NewComment& c, std::size_t author_id,
                            std::string_view author) {
  return fmt::format(
      "<{0}comment ref=\"{1}\" authorId=\"{2}\"><{0}text>{3}{4}</{0}text></{0}comment>", p,
      cell_name(c.ref), author_id, text_run(p, fmt::format("{}:", author), true),
      text_run(p, "\n" + c.text, false));
}

std::vector<NewComment> sorted(std::vector<NewComment> comments) {
  std::stable_sort(comments.begin(), comments.end(), [](const NewComment& a, const NewComment& b) {
    return a.ref.row != b.ref.row ? a.ref.row < b.ref.row : a.ref.column < b.ref.column;
  });
  return comments;
}

std::string shape_xml(CellRef cell, std::uint32_t shape_id, std::uint32_t z) {
  std::uint32_t row = cell.row - 1;
  std::uint32_t col = cell.column - 1;
  std::uint32_t top = row > 0 ? row - 1 : 0;
  return fmt::format(
      "<v:shape id=\"_x0000_s{0}\" type=\"#_x0000_t202\" style='position:absolute;margin-left:"
      "59.25pt;margin-top:1.5pt;width:216pt;height:90pt;z-index:{1};visibility:hidden' "
      "fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" "
      "color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox "
      "style='mso-direction-alt:auto'><div style='text-align:left'></div></v:textbox>"
      "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
      "<x:Anchor>{2}, 15, {3}, 2, {4}, 15, {5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill>"
      "<x:Row>{6}</x:Row><x:Column>{7}</x:Column></x:ClientData></v:shape>",
      shape_id, z, col + 1, top, col + 5, top + 6, row, col);
}

constexpr std::string_view kShapeType =
    "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" "
    "path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path "
    "gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

// Every run of digits after `marker` in `text`, as numbers.
template <class Fn>
void numbers_after(std::string_view text, std::string_view marker, Fn&& fn) {
  for (std::size_t at = text.find(marker); at != std::string_view::npos;
       at = text.find(marker, at + 1)) {
    std::size_t i = at + marker.size();
    std::uint32_t n = 0;
    auto [p, ec] = std::from_chars(text.data() + i, text.data() + text.size(), n);
    if (ec == std::errc() && p != text.data() + i) fn(n);
  }
}

}  // namespace

std::string comments_xml(const std::vector<NewComment>& comments, std::string_view author,
                         std::string_view main_namespace) {
  std::string author_text;
  escape_xml_text(author, author_text);
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<comments xmlns=\"{}\"><authors><author>{}</author></authors><commentList>",
      main_namespace, author_text);
  for (const auto& c : sorted(comments)) out += comment_element("", c, 0, author);
  out += "</commentList></comments>";
  return out;
}

CommentsEdit with_comments(std::string_view xml, const std::string& part,
                           const std::vector<NewComment>& comments, std::string_view author,
                           const Limits& limits) {
  // Pass 1: the authors and the cells that have a note.
  std::vector<std::string> authors;
  std::set<std::string> noted;
  bool in_author = false;
  std::string prefix;
  int depth = 0;
  rewrite_part(
      xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        bool start = token.kind == XmlTokenKind::start;
        if (start || token.kind == XmlTokenKind::empty) {
          auto name = local_name(token.name);
          if (depth == 0) prefix = std::string(prefix_of(token.name));
          if (name == "author") {
            authors.emplace_back();
            in_author = start;
          } else if (name == "comment") {
            if (auto ref = find_attribute(token.attrs, "ref")) {
              if (auto cell = parse_cell_ref(*ref)) noted.insert(cell_name(*cell));
            }
          }
          if (start) ++depth;
        } else if (token.kind == XmlTokenKind::end) {
          --depth;
          if (local_name(token.name) == "author") in_author = false;
        } else if (in_author && token.kind == XmlTokenKind::text) {
          decode_xml_text(token.content, authors.back());
        } else if (in_author && token.kind == XmlTokenKind::cdata) {
          authors.back().append(token.content);
        }
        return std::nullopt;
      },
      limits);
  std::size_t author_id = std::find(authors.begin(), authors.end(), author) - authors.begin();
  bool add_author = author_id == authors.size();
  std::string author_text;
  escape_xml_text(author, author_text);
  const std::string& p = prefix;
  std::string new_author = fmt::format("<{0}author>{1}</{0}author>", p, author_text);

  std::map<std::string, const NewComment*> to_extend;
  std::string new_comments;
  CommentsEdit edit;
  const std::vector<NewComment> ordered = sorted(comments);
  for (const auto& c : ordered) {
    if (noted.count(cell_name(c.ref))) {
      to_extend[cell_name(c.ref)] = &c;
      edit.extended.push_back(c.ref);
    } else {
      new_comments += comment_element(p, c, author_id, author);
    }
  }

  // Pass 2. A note extended gets a run before its phonetic parts (or its end); a plain <t> of
  // its own becomes a run first, since a text is either one <t> or runs.
  depth = 0;
  bool authors_seen = false;
  bool list_seen = false;
  const NewComment* extending = nullptr;
  bool wrapping_t = false;
  auto extension = [&]() {
    std::string run = text_run(p, "\n" + extending->text, false);
    extending = nullptr;
    return run;
  };
  edit.xml = rewrite_part(
      xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        bool start = token.kind == XmlTokenKind::start;
        std::optional<std::string> out;
        if (start || token.kind == XmlTokenKind::empty) {
          auto name = local_name(token.name);
          if (depth == 1 && name == "authors") {
            authors_seen = true;
            if (!start && add_author)
              out = fmt::format("<{0}{1}>{2}</{0}>", token.name, token.attrs, new_author);
          } else if (depth == 1 && name == "commentList") {
            list_seen = true;
            std::string before = authors_seen || !add_author
                                     ? std::string()
                                     : fmt::format("<{0}authors>{1}</{0}authors>", p, new_author);
            authors_seen = true;
            if (!start) {
              out =
                  before + fmt::format("<{0}{1}>{2}</{0}>", token.name, token.attrs, new_comments);
            } else if (!before.empty()) {
              out = before + std::string(token.raw);
            }
          } else if (depth == 4 && extending && name == "t") {
            out = fmt::format("<{}r>{}", p, token.raw);
            if (start) {
              wrapping_t = true;
            } else {
              *out += fmt::format("</{}r>", p);
            }
          } else if (depth == 4 && extending && (name == "rPh" || name == "phoneticPr")) {
            out = extension() + std::string(token.raw);
          } else if (depth == 2 && name == "comment") {
            extending = nullptr;
            if (auto ref = find_attribute(token.attrs, "ref")) {
              if (auto cell = parse_cell_ref(*ref)) {
                auto it = to_extend.find(cell_name(*cell));
                if (it != to_extend.end()) extending = it->second;
              }
            }
          }
          if (start) ++depth;
        } else if (token.kind == XmlTokenKind::end) {
          auto name = local_name(token.name);
          if (depth == 2 && name == "authors" && add_author) {
            out = new_author + std::string(token.raw);
          } else if (depth == 2 && name == "commentList") {
            out = new_comments + std::string(token.raw);
          } else if (depth == 5 && name == "t" && wrapping_t) {
            out = fmt::format("{}</{}r>", token.raw, p);
            wrapping_t = false;
          } else if (depth == 4 && name == "text" && extending) {
            out = extension() + std::string(token.raw);
          } else if (depth == 1) {
            std::string before;
            if (!authors_seen && add_author)
              before += fmt::format("<{0}authors>{1}</{0}authors>", p, new_author);
            if (!list_seen)
              before += fmt::format("<{0}commentList>{1}</{0}commentList>", p, new_comments);
            if (!before.empty()) out = before + std::string(token.raw);
          }
          --depth;
        }
        return out;
      },
      limits);
  return edit;
}

VmlIds vml_ids(std::string_view vml) {
  VmlIds ids;
  numbers_after(vml, "_x0000_s",
                [&](std::uint32_t n) { ids.max_shape = std::max(ids.max_shape, n); });
  // <o:idmap v:ext="edit" data="1,3"/>: "data=" is looked for only up to the tag's '>', and the
  // scan goes on from there, so each byte is looked at a bounded number of times (searching to
  // the end of the part from every "idmap" was quadratic).
  for (std::size_t at = vml.find("idmap"); at != std::string_view::npos;) {
    const std::size_t close = vml.find('>', at);
    if (close == std::string_view::npos) break;  // no tag ends: no more data attributes
    const std::string_view tag = vml.substr(at, close - at);
    at = vml.find("idmap", close);
    const std::size_t data = tag.find("data=");
    if (data == std::string_view::npos || data + 6 >= tag.size()) continue;
    const char quote = tag[data + 5];
    const std::size_t end = tag.find(quote, data + 6);
    if (end == std::string_view::npos) continue;
    std::string_view list = tag.substr(data + 6, end - data - 6);
    std::size_t i = 0;
    while (i < list.size()) {
      while (i < list.size() && (list[i] < '0' || list[i] > '9')) ++i;
      std::uint32_t n = 0;
      auto [p, ec] = std::from_chars(list.data() + i, list.data() + list.size(), n);
      if (ec != std::errc()) break;
      ids.max_block = std::max(ids.max_block, n);
      i = static_cast<std::size_t>(p - list.data());
    }
  }
  ids.max_block = std::max(ids.max_block, ids.max_shape / 1024);
  return ids;
}

std::string vml_xml(const std::vector<CellRef>& cells, std::uint32_t first_block,
                    std::uint32_t& next_block) {
  std::uint32_t blocks =
      std::max<std::uint32_t>(1, static_cast<std::uint32_t>((cells.size() + 1022) / 1023));
  std::string data;
  for (std::uint32_t b = 0; b < blocks; ++b)
    data += fmt::format("{}{}", b ? "," : "", first_block + b);
  next_block = first_block + blocks;
  std::string out = fmt::format(
      "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" "
      "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
      "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap "
      "v:ext=\"edit\" data=\"{}\"/></o:shapelayout>{}",
      data, kShapeType);
  std::uint32_t id = first_block * 1024 + 1;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    out += shape_xml(cells[i], id++, static_cast<std::uint32_t>(i + 1));
    if (id % 1024 == 0) ++id;  // each block holds shapes N*1024+1 .. N*1024+1023
  }
  out += "</xml>";
  return out;
}

std::string with_vml_shapes(std::string_view vml, const std::vector<CellRef>& cells) {
  VmlIds ids = vml_ids(vml);
  std::string shapes;
  if (vml.find("_x0000_t202") == std::string_view::npos) shapes += kShapeType;
  std::uint32_t id = std::max(ids.max_shape + 1, ids.max_block * 1024 + 1);
  std::uint32_t z = 1000;
  for (const auto& cell : cells) {
    if (id % 1024 == 0) ++id;
    shapes += shape_xml(cell, id++, z++);
  }
  std::string out(vml);
  std::size_t close = out.rfind("</xml>");
  if (close == std::string::npos) close = out.size();
  out.insert(close, shapes);
  return out;
}

std::uint32_t first_free_vml_block(const ZipReader& zip) {
  std::uint32_t max_block = 0;
  for (const auto& e : zip.entries()) {
    std::string lower = e.name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; });
    if (lower.size() < 4 || lower.compare(lower.size() - 4, 4, ".vml") != 0) continue;
    if (e.uncompressed_size > (64U << 20)) continue;
    max_block = std::max(max_block, vml_ids(zip.read(e)).max_block);
  }
  return max_block + 1;
}

std::string plan_sheet_comments(const ZipReader& zip, const std::string& sheet_part,
                                const std::string& legacy_rid,
                                const std::vector<NewComment>& comments, std::string_view author,
                                const PackageNamespaces& ns, PartNamer& namer,
                                std::uint32_t& next_vml_block, PartChanges& changes,
                                const Limits& limits) {
  if (comments.empty()) return {};
  std::string rels_part = rels_part_for(sheet_part);
  std::vector<std::string> ids;
  if (const ZipEntry* e = zip.find(rels_part)) {
    check_part_size(*e, PartKind::relationships, limits);  // read whole: refused on its size
    ids = relationship_ids(zip.read(*e), rels_part, limits);
  }
  for (const auto& rel : changes.relationships[rels_part]) ids.push_back(rel.id);

  std::string comments_part, vml_part;
  for (const auto& rel : read_relationships(zip, sheet_part, limits)) {
    if (rel.external) continue;
    if (type_suffix(rel.type) == "comments" && zip.find(rel.target))
      comments_part = zip.find(rel.target)->name;
    if (!legacy_rid.empty() && rel.id == legacy_rid && zip.find(rel.target))
      vml_part = zip.find(rel.target)->name;
  }

  // The text.
  std::vector<CellRef> boxes;  // cells that need a note box
  if (!comments_part.empty()) {
    std::string current = changes.replaced.count(comments_part)
                              ? changes.replaced[comments_part]
                              : zip.read(*zip.find(comments_part));
    CommentsEdit edit = with_comments(current, comments_part, comments, author, limits);
    changes.replaced[comments_part] = edit.xml;
    for (const auto& c : sorted(comments)) {
      if (std::find(edit.extended.begin(), edit.extended.end(), c.ref) == edit.extended.end())
        boxes.push_back(c.ref);
    }
  } else {
    comments_part = namer.next("xl/comments", ".xml");
    changes.added.emplace_back(comments_part, comments_xml(comments, author, ns.main));
    changes.overrides.emplace_back(comments_part, std::string(kCommentsType));
    std::string id = next_relationship_id(ids);
    ids.push_back(id);
    changes.relationships[rels_part].push_back(
        {id, ns.rel_type("comments"), relative_target(sheet_part, comments_part)});
    for (const auto& c : sorted(comments)) boxes.push_back(c.ref);
  }

  // The note boxes.
  if (!vml_part.empty()) {
    if (!boxes.empty()) {
      std::string current = changes.replaced.count(vml_part) ? changes.replaced[vml_part]
                                                             : zip.read(*zip.find(vml_part));
      changes.replaced[vml_part] = with_vml_shapes(current, boxes);
    }
    return {};
  }
  vml_part = namer.next("xl/drawings/vmlDrawing", ".vml");
  changes.added.emplace_back(vml_part, vml_xml(boxes, next_vml_block, next_vml_block));
  changes.defaults.emplace_back("vml", std::string(kVmlType));
  std::string id = next_relationship_id(ids);
  changes.relationships[rels_part].push_back(
      {id, ns.rel_type("vmlDrawing"), relative_target(sheet_part, vml_part)});
  return id;
}

}  // namespace evalbook::xlsx
