// A lean, streaming, non-validating XML tokenizer for OOXML parts. It is fed chunks of bytes as
// they are inflated, checks well-formedness (tag nesting, attribute syntax, one root), refuses any
// DOCTYPE (so entity bombs and external entities are never expanded), and hands each token to a
// handler together with its exact source bytes, which is what lets the patcher copy everything it
// does not change byte for byte.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"

namespace evalbook::xlsx {

enum class XmlTokenKind {
  start,  // <name attrs>
  empty,  // <name attrs/>
  end,    // </name>
  text,   // character data between tags, entities not yet decoded
  cdata,  // <![CDATA[...]]> content, taken literally
  other,  // XML declaration, processing instruction, comment
};

struct XmlAttribute {
  std::string_view name;   // qualified name
  std::string_view value;  // raw value, entities not decoded
};

struct XmlToken {
  XmlTokenKind kind = XmlTokenKind::other;
  std::string_view name;   // qualified name (start, empty, end)
  std::string_view attrs;  // raw attribute text (start, empty)
  // The attributes as the scanner already split them (valid during the callback only).
  const XmlAttribute* attributes = nullptr;
  std::size_t attribute_count = 0;
  std::string_view content;  // raw text (text, cdata)
  std::string_view raw;      // the token's bytes exactly as in the source
  std::uint64_t offset = 0;  // where raw starts, counted in bytes from the start of the input
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void on_token(const XmlToken& token) = 0;
};

// "x:c" -> "c".
inline std::string_view local_name(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

// Calls fn(qualified_name, raw_value) for each attribute of a well-formed attribute text.
template <class Fn>
void for_each_attribute(std::string_view attrs, Fn&& fn) {
  std::size_t i = 0;
  const std::size_t n = attrs.size();
  while (i < n) {
    while (i < n && (attrs[i] == ' ' || attrs[i] == '\t' || attrs[i] == '\n' || attrs[i] == '\r'))
      ++i;
    if (i >= n) break;
    std::size_t name_start = i;
    while (i < n && attrs[i] != '=' && attrs[i] != ' ' && attrs[i] != '\t' && attrs[i] != '\n' &&
           attrs[i] != '\r')
      ++i;
    std::string_view name = attrs.substr(name_start, i - name_start);
    while (i < n && attrs[i] != '"' && attrs[i] != '\'') ++i;
    if (i >= n) break;
    char quote = attrs[i++];
    std::size_t value_start = i;
    while (i < n && attrs[i] != quote) ++i;
    fn(name, attrs.substr(value_start, i - value_start));
    ++i;
  }
}

// Raw value of the attribute whose local name is `local` (prefix ignored), if present.
std::optional<std::string_view> find_attribute(std::string_view attrs, std::string_view local);

// Appends `raw` with entity and character references decoded. Returns false on an unknown or
// malformed reference (OOXML parts may use only the five predefined entities).
bool decode_xml_text(std::string_view raw, std::string& out);

// Appends `text` escaped for XML character data (and attribute values when `for_attribute`).
void escape_xml_text(std::string_view text, std::string& out, bool for_attribute = false);

class XmlScanner {
 public:
  // `part` names the package part in error messages.
  XmlScanner(std::string part, XmlHandler& handler, const Limits& limits = default_limits());

  // Tokenizes as much as the bytes so far allow; an incomplete token waits for the next chunk.
  // Throws XlsxError (malformed_xml, xml_entity_bomb, xml_external_entity, xml_doctype,
  // invalid_utf8, unsupported_encoding, limit_exceeded) naming the part and line.
  void feed(std::string_view chunk);
  // Declares the end of input and checks that the document is complete.
  void finish();
  // Passes over `bytes` without tokenizing them: for a part kept in memory whose earlier scan
  // checked them, which the caller vouches are whole elements (and text) that open and close
  // within them and start with '<' (a retained sheet's untouched rows: retained_sheet.h). Text
  // waiting before them is handed to the handler first; line numbers stay right.
  void skip_balanced(std::string_view bytes);
  // Asks the scanner to ignore the rest of the input (the handler has what it needs).
  void stop() { stopped_ = true; }
  bool stopped() const { return stopped_; }

  // Throws malformed_xml at the current position with a message; for handlers.
  [[noreturn]] void fail(std::string_view what) const;

 private:
  enum class Step { token, incomplete };
  std::size_t scan(const char* begin, const char* end, bool final);
  Step scan_markup(const char* p, const char* end, const char** next);
  Step scan_tag(const char* p, const char* end, const char** next);
  void check_doctype(const char* p, const char* end) const;
  void check_declared_encoding(std::string_view pi) const;
  void check_utf8(const char* begin, const char* end, bool final);
  void push(std::string_view name);
  void pop(std::string_view name);
  void emit(XmlToken& token);
  long line_at(const char* p) const;

  std::string part_;
  XmlHandler& handler_;
  const Limits& limits_;
  std::string pending_;  // bytes of an incomplete token carried to the next chunk
  // Open elements: the first 8 bytes of each name packed into an integer with its length, so
  // the common short names match without touching memory; longer names keep their tail in
  // stack_tail_ for an exact comparison.
  struct OpenElement {
    std::uint64_t head = 0;
    std::uint32_t length = 0;
    std::uint32_t tail_offset = 0;
  };
  std::vector<OpenElement> open_;
  std::string stack_tail_;
  std::vector<XmlAttribute> attributes_;
  bool root_seen_ = false;
  bool root_closed_ = false;
  bool stopped_ = false;
  bool bom_checked_ = false;
  bool declaration_checked_ = false;
  long lines_before_ = 1;            // line number at the start of the current scan window
  std::uint64_t fed_ = 0;            // bytes given to feed() and skip_balanced() so far
  std::uint64_t window_offset_ = 0;  // input offset of the current scan window's first byte
  const char* window_begin_ = nullptr;
  const char* error_pos_ = nullptr;
};

}  // namespace evalbook::xlsx
