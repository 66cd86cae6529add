#include "model/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "xlsx/utf8.h"

namespace evalbook::model {

void append_json_string(std::string& out, std::string_view text) {
  // Records hold only valid UTF-8 (the reader refuses anything else); a file name is bytes and
  // may not be: JSON is always valid UTF-8, so such bytes become U+FFFD.
  std::string repaired;
  if (xlsx::first_invalid_utf8(text.data(), text.data() + text.size(), false)) {
    repaired = xlsx::valid_utf8_or_replaced(text);
    text = repaired;
  }
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void append_json_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  if (value == 0) value = 0;  // no "-0"
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, end);
}

void append_record_json(std::string& out, const Node& node) {
  switch (node.kind()) {
    case Node::Kind::scalar: {
      const Scalar& s = node.scalar();
      if (s.type == ScalarType::number) {
        if (s.number) {
          append_json_number(out, *s.number);
        } else {
          out += "null";
        }
      } else {
        append_json_string(out, s.raw);
      }
      return;
    }
    case Node::Kind::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, child] : node.fields()) {
        if (!first) out += ", ";
        first = false;
        append_json_string(out, key);
        out += ": ";
        append_record_json(out, child);
      }
      out += '}';
      return;
    }
    case Node::Kind::array: {
      out += '[';
      bool first = true;
      for (const auto& child : node.items()) {
        if (!first) out += ", ";
        first = false;
        append_record_json(out, child);
      }
      out += ']';
      return;
    }
  }
}

namespace {
void collect_cells(std::string& out, const Node& node, const std::string& path, bool& first) {
  switch (node.kind()) {
    case Node::Kind::scalar:
      if (node.scalar().cell) {
        if (!first) out += ", ";
        first = false;
        append_json_string(out, path);
        out += ": ";
        append_json_string(out, xlsx::cell_name(*node.scalar().cell));
      }
      return;
    case Node::Kind::object:
      for (const auto& [key, child] : node.fields()) {
        collect_cells(out, child, path.empty() ? key : path + "." + key, first);
      }
      return;
    case Node::Kind::array:
      for (std::size_t i = 0; i < node.items().size(); ++i) {
        collect_cells(out, node.items()[i], path + "[" + std::to_string(i) + "]", first);
      }
      return;
  }
}
}  // namespace

void append_cells_json(std::string& out, const Node& node) {
  out += '{';
  bool first = true;
  collect_cells(out, node, "", first);
  out += '}';
}

void append_finding_json(std::string& out, const Finding& f) {
  auto member = [&](const char* name, const std::string& value, bool last = false) {
    append_json_string(out, name);
    out += ": ";
    append_json_string(out, value);
    if (!last) out += ", ";
  };
  out += '{';
  member("rule", f.rule);
  member("severity", f.severity);
  if (!f.rule_class.empty()) member("class", f.rule_class);
  member("field", f.field);
  member("sheet", f.sheet);
  member("cell", f.cell);
  if (!f.cells.empty()) {  // a finding gathered from many cells: every one of them
    out += "\"cells\": [";
    for (std::size_t i = 0; i < f.cells.size(); ++i) {
      if (i) out += ", ";
      append_json_string(out, f.cells[i]);
    }
    out += "], ";
  }
  // reported/expected: numbers when they read as numbers, else strings (null when empty).
  auto value = [&](const char* name, const std::string& text) {
    append_json_string(out, name);
    out += ": ";
    double d = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    if (text.empty()) {
      out += "null";
    } else if (ec == std::errc() && p == text.data() + text.size()) {
      append_json_number(out, d);
    } else {
      append_json_string(out, text);
    }
    out += ", ";
  };
  value("reported", f.reported);
  value("expected", f.expected);
  member("message", f.message, true);
  out += '}';
}

void append_form_place_json(std::string& out, const FormRecord& form) {
  if (form.form_index == 0) return;
  out += ", \"form_index\": " + std::to_string(form.form_index) + ", \"rows\": \"" +
         std::to_string(form.first_row) + "-" + std::to_string(form.last_row) + "\"";
}

}  // namespace evalbook::model
