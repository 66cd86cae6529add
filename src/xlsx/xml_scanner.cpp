#include "xlsx/xml_scanner.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "xlsx/errors.h"
#include "xlsx/utf8.h"

namespace evalbook::xlsx {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_name_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

// Name characters as a table: the tag scanner's inner loop is the hottest code of every read.
struct NameTable {
  bool chars[256] = {};
  constexpr NameTable() {
    for (int c = 0; c < 256; ++c) {
      auto u = static_cast<unsigned char>(c);
      chars[c] = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' ||
                 u >= 0x80 || (u >= '0' && u <= '9') || u == '-' || u == '.';
    }
  }
};
constexpr NameTable kNameTable;

// Most text runs are short cell values: look a few bytes ahead before paying for memchr.
inline const char* find_lt(const char* p, const char* end) {
  const char* stop = end - p > 16 ? p + 16 : end;
  for (; p < stop; ++p) {
    if (*p == '<') return p;
  }
  if (p >= end) return nullptr;
  return static_cast<const char*>(std::memchr(p, '<', static_cast<std::size_t>(end - p)));
}

inline const char* skip_name(const char* q, const char* end) {
  while (q < end && kNameTable.chars[static_cast<unsigned char>(*q)]) ++q;
  return q;
}

bool all_space(std::string_view text) { return std::all_of(text.begin(), text.end(), is_space); }

const char* find_seq(const char* p, const char* end, std::string_view seq) {
  std::string_view hay(p, static_cast<std::size_t>(end - p));
  auto pos = hay.find(seq);
  return pos == std::string_view::npos ? nullptr : p + pos;
}

bool decode_char_ref(std::string_view ref, std::string& out) {
  // ref is what stands between "&#" and ";".
  std::uint32_t cp = 0;
  bool hex = !ref.empty() && (ref[0] == 'x' || ref[0] == 'X');
  if (hex) ref.remove_prefix(1);
  if (ref.empty()) return false;
  // XML allows leading zeros ("&#x0000000041;" is 'A'); only the significant digits are bounded.
  const std::size_t significant = ref.find_first_not_of('0');
  if (significant == std::string_view::npos) return false;  // &#0; is not a character
  if (ref.size() - significant > 8) return false;
  for (char c : ref) {
    std::uint32_t digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      digit = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      digit = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return false;
    }
    cp = cp * (hex ? 16 : 10) + digit;
  }
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  append_utf8(cp, out);
  return true;
}

}  // namespace

std::optional<std::string_view> find_attribute(std::string_view attrs, std::string_view local) {
  std::optional<std::string_view> found;
  for_each_attribute(attrs, [&](std::string_view name, std::string_view value) {
    if (!found && local_name(name) == local && name.substr(0, 6) != "xmlns:") found = value;
  });
  return found;
}

bool decode_xml_text(std::string_view raw, std::string& out) {
  std::size_t i = 0;
  while (i < raw.size()) {
    auto amp = raw.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(raw.substr(i));
      return true;
    }
    out.append(raw.substr(i, amp - i));
    auto semi = raw.find(';', amp);
    if (semi == std::string_view::npos) return false;
    std::string_view ref = raw.substr(amp + 1, semi - amp - 1);
    if (ref == "amp") {
      out += '&';
    } else if (ref == "lt") {
      out += '<';
    } else if (ref == "gt") {
      out += '>';
    } else if (ref == "quot") {
      out += '"';
    } else if (ref == "apos") {
      out += '\'';
    } else if (!ref.empty() && ref[0] == '#') {
      if (!decode_char_ref(ref.substr(1), out)) return false;
    } else {
      return false;
    }
    i = semi + 1;
  }
  return true;
}

void escape_xml_text(std::string_view text, std::string& out, bool for_attribute) {
  // Whatever reached a writer, what it writes is well-formed: bytes that are not UTF-8 and
  // control characters XML 1.0 forbids become U+FFFD.
  std::string repaired;
  if (first_invalid_utf8(text.data(), text.data() + text.size(), false)) {
    repaired = valid_utf8_or_replaced(text);
    text = repaired;
  }
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += "\xEF\xBF\xBD";
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        if (for_attribute) {
          out += "&quot;";
        } else {
          out += c;
        }
        break;
      case '\n':
        if (for_attribute) {
          out += "&#10;";
        } else {
          out += c;
        }
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        if (for_attribute) {
          out += "&#9;";
        } else {
          out += c;
        }
        break;
      default:
        out += c;
    }
  }
}

XmlScanner::XmlScanner(std::string part, XmlHandler& handler, const Limits& limits)
    : part_(std::move(part)), handler_(handler), limits_(limits) {}

long XmlScanner::line_at(const char* p) const {
  if (!window_begin_ || !p || p < window_begin_) return lines_before_;
  return lines_before_ + static_cast<long>(std::count(window_begin_, p, '\n'));
}

void XmlScanner::fail(std::string_view what) const {
  long line = line_at(error_pos_);
  throw XlsxError(ErrorCode::malformed_xml,
                  fmt::format("XML 格式错误：{} 第{}行：{}", part_, line, what), part_, line);
}

void XmlScanner::emit(XmlToken& token) {
  token.offset = window_offset_ + static_cast<std::uint64_t>(token.raw.data() - window_begin_);
  handler_.on_token(token);
}

namespace {
inline std::uint64_t pack_head(std::string_view name) {
  std::uint64_t head = 0;
  if (name.size() >= 8) {
    std::memcpy(&head, name.data(), 8);  // a constant size: no call
  } else {
    for (std::size_t i = 0; i < name.size(); ++i)
      head |= static_cast<std::uint64_t>(static_cast<unsigned char>(name[i])) << (8 * i);
  }
  return head;
}
}  // namespace

void XmlScanner::push(std::string_view name) {
  if (open_.size() >= limits_.max_xml_depth) {
    throw XlsxError(ErrorCode::limit_exceeded,
                    fmt::format("XML 嵌套层数超过上限 {}：{}", limits_.max_xml_depth, part_), part_,
                    line_at(error_pos_));
  }
  if (open_.empty()) {
    if (root_closed_) fail("文档有多个根元素");
    root_seen_ = true;
  }
  OpenElement e{pack_head(name), static_cast<std::uint32_t>(name.size()),
                static_cast<std::uint32_t>(stack_tail_.size())};
  if (name.size() > 8) stack_tail_.append(name.substr(8));
  open_.push_back(e);
}

void XmlScanner::pop(std::string_view name) {
  if (open_.empty()) {
    fail(fmt::format("多余的结束标签 </{}>", name));
  }
  const OpenElement& e = open_.back();
  bool same =
      e.length == name.size() && e.head == pack_head(name) &&
      (name.size() <= 8 || std::string_view(stack_tail_).substr(e.tail_offset) == name.substr(8));
  if (!same) {
    std::string open_name(reinterpret_cast<const char*>(&e.head),
                          std::min<std::size_t>(e.length, 8));
    if (e.length > 8) open_name += std::string_view(stack_tail_).substr(e.tail_offset);
    fail(fmt::format("结束标签 </{}> 与开始标签 <{}> 不匹配", name, open_name));
  }
  if (e.length > 8) stack_tail_.resize(e.tail_offset);
  open_.pop_back();
  if (open_.empty()) root_closed_ = true;
}

void XmlScanner::check_doctype(const char* p, const char* end) const {
  std::string_view decl(p, static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - p, 65536)));
  long line = line_at(p);
  bool has_entity = decl.find("<!ENTITY") != std::string_view::npos;
  bool external = decl.find("SYSTEM") != std::string_view::npos ||
                  decl.find("PUBLIC") != std::string_view::npos;
  if (external) {
    throw XlsxError(ErrorCode::xml_external_entity,
                    fmt::format("{} 声明了外部实体，已拒绝，不会读取任何外部文件", part_), part_,
                    line);
  }
  if (has_entity) {
    throw XlsxError(ErrorCode::xml_entity_bomb,
                    fmt::format("{} 声明了实体（可能是实体炸弹），已拒绝", part_), part_, line);
  }
  throw XlsxError(ErrorCode::xml_doctype,
                  fmt::format("{} 含有文档类型声明 <!DOCTYPE>，.xlsx 工作簿不允许", part_), part_,
                  line);
}

XmlScanner::Step XmlScanner::scan_tag(const char* p, const char* end, const char** next) {
  // p points at '<' of a start tag.
  const char* q = skip_name(p + 1, end);
  if (q >= end) return Step::incomplete;
  std::string_view name(p + 1, static_cast<std::size_t>(q - p - 1));
  error_pos_ = p;
  if (name.empty() || !is_name_start(static_cast<unsigned char>(name[0])) ||
      !(is_space(*q) || *q == '>' || *q == '/'))
    fail(fmt::format("无效的元素名 <{}>", name));
  const char* attrs_begin = q;
  attributes_.clear();
  for (;;) {
    bool had_space = false;
    while (q < end && is_space(*q)) {
      ++q;
      had_space = true;
    }
    if (q >= end) return Step::incomplete;
    if (*q == '>' || *q == '/') {
      bool self_closing = *q == '/';
      if (self_closing) {
        if (q + 1 >= end) return Step::incomplete;
        if (q[1] != '>') fail("标签中多余的 '/'");
      }
      const char* token_end = q + (self_closing ? 2 : 1);
      XmlToken token;
      token.kind = self_closing ? XmlTokenKind::empty : XmlTokenKind::start;
      token.name = name;
      token.attrs = std::string_view(attrs_begin, static_cast<std::size_t>(q - attrs_begin));
      token.attributes = attributes_.data();
      token.attribute_count = attributes_.size();
      token.raw = std::string_view(p, static_cast<std::size_t>(token_end - p));
      push(name);
      if (self_closing) pop(name);
      *next = token_end;
      emit(token);
      return Step::token;
    }
    if (!had_space) fail("属性之间缺少空格");
    const char* attr_name = q;
    q = skip_name(q, end);
    std::string_view attr_name_view(attr_name, static_cast<std::size_t>(q - attr_name));
    if (q >= end) return Step::incomplete;
    if (q == attr_name || !is_name_start(static_cast<unsigned char>(*attr_name))) {
      fail("无效的属性名");
    }
    while (q < end && is_space(*q)) ++q;
    if (q >= end) return Step::incomplete;
    if (*q != '=') fail("属性缺少 '='");
    ++q;
    while (q < end && is_space(*q)) ++q;
    if (q >= end) return Step::incomplete;
    if (*q != '"' && *q != '\'') fail("属性值缺少引号");
    char quote = *q++;
    // Attribute values are short: a plain loop beats a memchr call here.
    const char* close = q;
    while (close < end && *close != quote) {
      if (*close == '<') fail("属性值中不能有 '<'");
      ++close;
    }
    if (close >= end) return Step::incomplete;
    attributes_.push_back(
        {attr_name_view, std::string_view(q, static_cast<std::size_t>(close - q))});
    q = close + 1;
  }
}

XmlScanner::Step XmlScanner::scan_markup(const char* p, const char* end, const char** next) {
  error_pos_ = p;
  if (end - p < 2) return Step::incomplete;
  char c = p[1];
  if (c == '/') {
    const char* gt = p + 2;
    while (gt < end && *gt != '>') ++gt;  // end tags are short: no memchr call
    if (gt >= end) return Step::incomplete;
    std::string_view name(p + 2, static_cast<std::size_t>(gt - p - 2));
    while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
    if (name.empty()) fail("无效的结束标签");
    pop(name);  // compared with the start tag's name, which was validated
    XmlToken token;
    token.kind = XmlTokenKind::end;
    token.name = name;
    token.raw = std::string_view(p, static_cast<std::size_t>(gt + 1 - p));
    *next = gt + 1;
    emit(token);
    return Step::token;
  }
  if (c == '?') {
    const char* close = find_seq(p + 2, end, "?>");
    if (!close) return Step::incomplete;
    check_declared_encoding(std::string_view(p, static_cast<std::size_t>(close - p)));
    XmlToken token;
    token.raw = std::string_view(p, static_cast<std::size_t>(close + 2 - p));
    *next = close + 2;
    emit(token);
    return Step::token;
  }
  if (c == '!') {
    if (end - p < 9) return Step::incomplete;
    std::string_view head(p, 9);
    if (head.substr(0, 4) == "<!--") {
      const char* close = find_seq(p + 4, end, "-->");
      if (!close) return Step::incomplete;
      XmlToken token;
      token.raw = std::string_view(p, static_cast<std::size_t>(close + 3 - p));
      *next = close + 3;
      emit(token);
      return Step::token;
    }
    if (head == "<![CDATA[") {
      const char* close = find_seq(p + 9, end, "]]>");
      if (!close) return Step::incomplete;
      if (open_.empty()) fail("根元素之外有字符数据段");
      XmlToken token;
      token.kind = XmlTokenKind::cdata;
      token.content = std::string_view(p + 9, static_cast<std::size_t>(close - p - 9));
      token.raw = std::string_view(p, static_cast<std::size_t>(close + 3 - p));
      *next = close + 3;
      emit(token);
      return Step::token;
    }
    if (head == "<!DOCTYPE") {
      // Wait for the whole declaration (bounded) so its content can be classified.
      bool closed =
          find_seq(p, end, "]>") || (!find_seq(p, end, "[") && std::memchr(p, '>', end - p));
      if (!closed && end - p < 65536) return Step::incomplete;
      check_doctype(p, end);
    }
    fail("无法识别的 <! 声明");
  }
  return scan_tag(p, end, next);
}

// OOXML parts are UTF-8 (or UTF-16, refused at the byte-order mark): a part declaring another
// encoding (GBK, say) is refused rather than read as if it were UTF-8.
void XmlScanner::check_declared_encoding(std::string_view pi) const {
  if (pi.substr(0, 5) != "<?xml" || pi.size() < 6 || !is_space(pi[5])) return;
  const auto encoding = find_attribute(pi.substr(5), "encoding");
  if (!encoding) return;
  std::string name;
  for (char c : *encoding) {
    if (c != '-' && c != '_') name += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  if (name == "UTF8") return;
  throw XlsxError(ErrorCode::unsupported_encoding,
                  fmt::format("{} 声明的编码为 {}，.xlsx 的部件只能是 UTF-8", part_, *encoding),
                  part_, line_at(error_pos_));
}

// Every byte of a part is checked once, before it is tokenized: invalid UTF-8 is a named error
// (as Excel refuses such a part), never passed on to records, JSON or written workbooks.
void XmlScanner::check_utf8(const char* begin, const char* end, bool final) {
  const char* bad = first_invalid_utf8(begin, end, !final);
  if (!bad) return;
  error_pos_ = bad;
  const long line = line_at(bad);
  throw XlsxError(ErrorCode::invalid_utf8,
                  fmt::format("{} 第{}行含有无效的 UTF-8 字节 0x{:02X}", part_, line,
                              static_cast<unsigned char>(*bad)),
                  part_, line);
}

std::size_t XmlScanner::scan(const char* begin, const char* end, bool final) {
  window_begin_ = begin;
  const char* p = begin;
  if (!bom_checked_ && end - begin >= 3) {
    bom_checked_ = true;
    auto b = reinterpret_cast<const unsigned char*>(begin);
    if (b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
      XmlToken token;
      token.raw = std::string_view(begin, 3);
      emit(token);
      p += 3;
    } else if ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) {
      error_pos_ = begin;
      fail("不支持 UTF-16 编码的部件");
    }
  }
  if (!declaration_checked_) {
    // The declaration before the bytes: a GBK part is named as such, not as stray bytes.
    const std::string_view head(p, static_cast<std::size_t>(end - p));
    const std::string_view xml_decl = "<?xml";
    if (head.substr(0, xml_decl.size()) !=
        xml_decl.substr(0, std::min(head.size(), xml_decl.size()))) {
      declaration_checked_ = true;  // no declaration
    } else if (const std::size_t close = head.find("?>"); close != std::string_view::npos) {
      declaration_checked_ = true;
      check_declared_encoding(head.substr(0, close));
    } else if (final) {
      declaration_checked_ = true;  // an unclosed declaration is malformed_xml below
    }
  }
  check_utf8(p, end, final);
  while (p < end && !stopped_) {
    if (*p == '<') {
      const char* next = nullptr;
      if (scan_markup(p, end, &next) == Step::incomplete) {
        if (final) {
          error_pos_ = p;
          fail("文档在标签中途结束");
        }
        break;
      }
      p = next;
      continue;
    }
    const char* lt = find_lt(p, end);
    if (!lt && !final) break;
    const char* text_end = lt ? lt : end;
    XmlToken token;
    token.kind = XmlTokenKind::text;
    token.content = std::string_view(p, static_cast<std::size_t>(text_end - p));
    token.raw = token.content;
    if (open_.empty() && !all_space(token.content)) {
      error_pos_ = p;
      fail("根元素之外有文本");
    }
    emit(token);
    p = text_end;
  }
  std::size_t consumed = static_cast<std::size_t>(p - begin);
  lines_before_ += static_cast<long>(std::count(begin, p, '\n'));
  window_begin_ = nullptr;
  return consumed;
}

void XmlScanner::feed(std::string_view chunk) {
  if (stopped_) return;
  if (pending_.empty()) {
    window_offset_ = fed_;
    fed_ += chunk.size();
    std::size_t consumed = scan(chunk.data(), chunk.data() + chunk.size(), false);
    if (!stopped_) pending_.assign(chunk.substr(consumed));
  } else {
    window_offset_ = fed_ - pending_.size();
    fed_ += chunk.size();
    pending_.append(chunk);
    std::size_t consumed = scan(pending_.data(), pending_.data() + pending_.size(), false);
    pending_.erase(0, consumed);
  }
  if (!stopped_ && pending_.size() > limits_.max_xml_token_bytes) {
    throw XlsxError(
        ErrorCode::limit_exceeded,
        fmt::format("{} 中单个标签或文本超过 {} 字节", part_, limits_.max_xml_token_bytes), part_,
        lines_before_);
  }
}

void XmlScanner::skip_balanced(std::string_view bytes) {
  if (stopped_) return;
  if (!pending_.empty()) {  // text before a '<' is complete: final says so
    std::string rest;
    rest.swap(pending_);
    window_offset_ = fed_ - rest.size();
    scan(rest.data(), rest.data() + rest.size(), true);
  }
  if (!bytes.empty() && bytes.front() != '<') {
    throw XlsxError(ErrorCode::internal_error, fmt::format("{}：跳过的字节不是从标签开始", part_),
                    part_, lines_before_);
  }
  fed_ += bytes.size();
  lines_before_ += static_cast<long>(std::count(bytes.begin(), bytes.end(), '\n'));
}

void XmlScanner::finish() {
  if (stopped_) return;
  if (!pending_.empty()) {
    std::string rest;
    rest.swap(pending_);
    window_offset_ = fed_ - rest.size();
    scan(rest.data(), rest.data() + rest.size(), true);
  }
  if (!root_seen_) {
    error_pos_ = nullptr;
    fail("没有根元素（部件为空或不是 XML）");
  }
  if (!open_.empty()) {
    error_pos_ = nullptr;
    const OpenElement& e = open_.back();
    std::string open_name(reinterpret_cast<const char*>(&e.head),
                          std::min<std::size_t>(e.length, 8));
    if (e.length > 8) open_name += std::string_view(stack_tail_).substr(e.tail_offset);
    fail(fmt::format("文档在 </{}> 之前终止", open_name));
  }
}

}  // namespace evalbook::xlsx
