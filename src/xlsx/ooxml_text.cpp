#include "xlsx/ooxml_text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "xlsx/utf8.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads "_xHHHH_" at text[i]; returns the code unit or -1.
long escape_at(std::string_view text, std::size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || (text[i + 1] != 'x' && text[i + 1] != 'X') ||
      text[i + 6] != '_')
    return -1;
  long value = 0;
  for (std::size_t k = 2; k < 6; ++k) {
    int h = hex_value(text[i + k]);
    if (h < 0) return -1;
    value = value * 16 + h;
  }
  return value;
}


}  // namespace

void decode_ooxml_escapes(std::string& text) {
  if (text.find("_x") == std::string::npos && text.find("_X") == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    long unit = escape_at(text, i);
    if (unit < 0) {
      out += text[i++];
      continue;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      long low = escape_at(text, i + 7);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(static_cast<std::uint32_t>(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)),
                    out);
        i += 14;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) {  // lone surrogate: not representable, keep as text
      out.append(text, i, 7);
    } else {
      append_utf8(static_cast<std::uint32_t>(unit), out);
    }
    i += 7;
  }
  text.swap(out);
}

void encode_ooxml_text(std::string_view text, std::string& out) {
  std::size_t run = 0;  // start of the bytes not yet written
  auto flush = [&](std::size_t i) {
    escape_xml_text(text.substr(run, i - run), out, false);  // whole runs: UTF-8 stays whole
    run = i + 1;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '_' && escape_at(text, i) >= 0) {
      flush(i);
      out += "_x005F_";
      continue;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      flush(i);
      char buf[8];
      std::snprintf(buf, sizeof buf, "_x%04X_", c);
      out += buf;
    }
  }
  escape_xml_text(text.substr(std::min(run, text.size())), out, false);
}

}  // namespace evalbook::xlsx
