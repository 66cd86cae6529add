// Records from JSON (what `evalbook check --format json` prints, or a bare record) and the
// comparison of two records, for `evalbook fill`.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "report/template_writer.h"

namespace evalbook::report {

namespace {

using model::Node;
using model::Scalar;
using model::ScalarType;
using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

std::string shortest(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

// Where a JSON text stops being JSON (Poco's messages name no position): a small validator.
class JsonScan {
 public:
  explicit JsonScan(std::string_view s) : s_(s) {}

  std::size_t error_offset() {
    ws();
    if (!value(0)) return i_;
    ws();
    return i_ == s_.size() ? std::string_view::npos : i_;
  }

 private:
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      ++i_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) {
      while (i_ < s_.size() && !word.empty() && s_[i_] == word[0]) {  // point at the bad byte
        ++i_;
        word.remove_prefix(1);
      }
      return false;
    }
    i_ += word.size();
    return true;
  }
  bool string() {
    ++i_;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '"') {
        ++i_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c == '\\') ++i_;
      ++i_;
    }
    return false;
  }
  bool number() {
    std::size_t start = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    while (i_ < s_.size() &&
           std::string_view("0123456789.eE+-").find(s_[i_]) != std::string_view::npos)
      ++i_;
    return i_ > start;
  }
  bool value(int depth) {
    if (depth > 200 || i_ >= s_.size()) return false;
    char c = s_[i_];
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++i_;
      ws();
      if (i_ < s_.size() && s_[i_] == close) {
        ++i_;
        return true;
      }
      while (true) {
        if (c == '{') {
          if (i_ >= s_.size() || s_[i_] != '"' || !string()) return false;
          ws();
          if (i_ >= s_.size() || s_[i_] != ':') return false;
          ++i_;
          ws();
        }
        if (!value(depth + 1)) return false;
        ws();
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_;
          ws();
          continue;
        }
        if (i_ < s_.size() && s_[i_] == close) {
          ++i_;
          return true;
        }
        return false;
      }
    }
    if (c == '"') return string();
    if (c == 't') return literal("true");
    if (c == 'f') return literal("false");
    if (c == 'n') return literal("null");
    return number();
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

int line_at(std::string_view text, std::size_t offset) {
  if (offset == std::string_view::npos) return 0;
  offset = std::min(offset, text.size());
  int line = 1;
  for (std::size_t i = 0; i < offset; ++i) line += text[i] == '\n';
  return line;
}

Node to_node(const Var& v, int depth) {
  if (depth > 64) throw RecordJsonError("记录嵌套过深", 0);
  if (v.isEmpty()) {
    Scalar s;
    s.type = ScalarType::number;  // null: a blank (or unreadable) number
    return Node(std::move(s));
  }
  if (v.type() == typeid(Object::Ptr)) {
    Object::Ptr obj = v.extract<Object::Ptr>();
    Node n = Node::object();
    if (!obj) return n;
    std::vector<std::string> names;
    obj->getNames(names);
    for (const auto& name : names) n.set(name, to_node(obj->get(name), depth + 1));
    return n;
  }
  if (v.type() == typeid(Array::Ptr)) {
    Array::Ptr arr = v.extract<Array::Ptr>();
    Node n = Node::array();
    if (!arr) return n;
    for (std::size_t i = 0; i < arr->size(); ++i) n.push(to_node(arr->get(i), depth + 1));
    return n;
  }
  Scalar s;
  if (v.isString()) {
    s.type = ScalarType::text;
    s.raw = v.extract<std::string>();
  } else if (v.isBoolean()) {
    s.type = ScalarType::text;
    s.raw = v.convert<bool>() ? "true" : "false";
  } else if (v.isNumeric()) {
    s.type = ScalarType::number;
    s.number = v.isInteger() ? (v.isSigned() ? static_cast<double>(v.convert<Poco::Int64>())
                                             : static_cast<double>(v.convert<Poco::UInt64>()))
                             : v.convert<double>();
    s.raw = shortest(*s.number);
  } else {
    s.type = ScalarType::text;
    s.raw = v.convert<std::string>();
  }
  return Node(std::move(s));
}

bool is_blank(const Node& n) {
  if (n.kind() != Node::Kind::scalar) return false;
  const Scalar& s = n.scalar();
  return !s.number && (s.type == ScalarType::number || s.raw.empty());
}

// True when the node holds no value at all (blank scalars, empty lists, objects of blanks).
bool holds_nothing(const Node& n) {
  switch (n.kind()) {
    case Node::Kind::scalar:
      return is_blank(n);
    case Node::Kind::array:
      return n.items().empty();
    case Node::Kind::object:
      for (const auto& [k, v] : n.fields()) {
        if (!holds_nothing(v)) return false;
      }
      return true;
  }
  return true;
}

std::string show(const Node& n) {
  switch (n.kind()) {
    case Node::Kind::scalar: {
      const Scalar& s = n.scalar();
      if (s.type == ScalarType::number) return s.number ? shortest(*s.number) : "null";
      return "\"" + s.raw + "\"";
    }
    case Node::Kind::array:
      return fmt::format("[{} 项]", n.items().size());
    case Node::Kind::object:
      return "{…}";
  }
  return "";
}

void compare(const std::string& path, const Node& want, const Node& got, bool blank_equal,
             std::vector<std::string>& out) {
  if (want.kind() != got.kind()) {
    if (!(blank_equal && holds_nothing(want) && holds_nothing(got)))
      out.push_back(fmt::format("{}：应为 {}，读回 {}", path, show(want), show(got)));
    return;
  }
  switch (want.kind()) {
    case Node::Kind::scalar: {
      const Scalar& w = want.scalar();
      const Scalar& g = got.scalar();
      bool same;
      if (blank_equal && is_blank(want) && is_blank(got)) {
        same = true;
      } else if (w.type == ScalarType::number || g.type == ScalarType::number) {
        same = w.type == g.type && w.number.has_value() == g.number.has_value() &&
               (!w.number || *w.number == *g.number);
      } else {
        same = w.raw == g.raw;
      }
      if (!same) out.push_back(fmt::format("{}：应为 {}，读回 {}", path, show(want), show(got)));
      return;
    }
    case Node::Kind::array: {
      if (want.items().size() != got.items().size()) {
        out.push_back(fmt::format("{}：应为 {} 项，读回 {} 项", path, want.items().size(),
                                  got.items().size()));
      }
      for (std::size_t i = 0; i < std::min(want.items().size(), got.items().size()); ++i)
        compare(fmt::format("{}[{}]", path, i), want.items()[i], got.items()[i], blank_equal, out);
      return;
    }
    case Node::Kind::object: {
      for (const auto& [key, value] : want.fields()) {
        std::string sub = path.empty() ? key : path + "." + key;
        const Node* g = got.get(key);
        if (!g) {
          if (!(blank_equal && holds_nothing(value)))
            out.push_back(fmt::format("{}：读回时缺少（应为 {}）", sub, show(value)));
          continue;
        }
        compare(sub, value, *g, blank_equal, out);
      }
      for (const auto& [key, value] : got.fields()) {
        if (want.get(key) || holds_nothing(value)) continue;
        std::string sub = path.empty() ? key : path + "." + key;
        out.push_back(fmt::format("{}：多出 {}", sub, show(value)));
      }
      return;
    }
  }
}

// The parser's own reason is English ("Invalid token"); the line is what a clerk can act on.
std::string json_syntax_message(int line) {
  return fmt::format("JSON 格式有误（第 {} 行），请检查该行附近的括号、引号和逗号", line);
}

// The document's root, a byte-order mark skipped; a syntax error is said with its line.
Var parse_json_text(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  try {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
    return parser.parse(std::string(text));
  } catch (const Poco::Exception&) {
    int line = line_at(text, JsonScan(text).error_offset());
    throw RecordJsonError(json_syntax_message(line), line);
  }
}

}  // namespace

RecordInput parse_record_json(std::string_view text, const std::string& prefer_template) {
  Var root = parse_json_text(text);
  if (root.type() != typeid(Object::Ptr)) {
    throw RecordJsonError("JSON 顶层应为对象（记录或 check 输出）", 1);
  }
  Object::Ptr obj = root.extract<Object::Ptr>();
  RecordInput input;
  // A check document: its first form of `prefer_template`, else its first form.
  if (obj->has("files")) {
    Object::Ptr first;
    Object::Ptr preferred;
    if (Array::Ptr files = obj->getArray("files")) {
      for (std::size_t i = 0; i < files->size() && !preferred; ++i) {
        Object::Ptr file = files->getObject(i);
        Array::Ptr forms = file ? file->getArray("forms") : nullptr;
        for (std::size_t k = 0; forms && k < forms->size() && !preferred; ++k) {
          Object::Ptr form = forms->getObject(k);
          if (!form || !form->has("record") || form->get("record").type() != typeid(Object::Ptr))
            continue;
          if (!first) first = form;
          if (!prefer_template.empty() &&
              form->optValue<std::string>("template", "") == prefer_template)
            preferred = form;
        }
      }
    }
    Object::Ptr form = preferred ? preferred : first;
    if (!form) throw RecordJsonError("check 输出中没有任何表格记录", 0);
    input.template_id = form->optValue<std::string>("template", "");
    input.record = to_node(form->get("record"), 0);
    return input;
  }
  // A form object {"template": ..., "record": {...}}.
  if (obj->has("record") && obj->get("record").type() == typeid(Object::Ptr)) {
    input.template_id = obj->optValue<std::string>("template", "");
    input.record = to_node(obj->get("record"), 0);
    return input;
  }
  input.record = to_node(root, 0);
  return input;
}

std::vector<DocumentRecord> parse_record_documents(std::string_view text) {
  Var root = parse_json_text(text);
  if (root.type() != typeid(Object::Ptr)) {
    throw RecordJsonError("JSON 顶层应为对象（记录、export 或 check 的输出）", 1);
  }
  Object::Ptr obj = root.extract<Object::Ptr>();
  std::vector<DocumentRecord> out;
  auto take = [&](const Object::Ptr& form, const std::string& file) {
    if (!form || !form->has("record") || form->get("record").type() != typeid(Object::Ptr)) return;
    DocumentRecord r;
    r.input.template_id = form->optValue<std::string>("template", "");
    r.input.record = to_node(form->get("record"), 0);
    r.file = form->optValue<std::string>("file", file);
    r.sheet = form->optValue<std::string>("sheet", "");
    out.push_back(std::move(r));
  };
  if (obj->has("forms") && obj->get("forms").type() == typeid(Array::Ptr)) {  // export
    Array::Ptr forms = obj->getArray("forms");
    for (std::size_t k = 0; k < forms->size(); ++k) take(forms->getObject(k), "");
  } else if (obj->has("files")) {  // check
    if (Array::Ptr files = obj->getArray("files")) {
      for (std::size_t i = 0; i < files->size(); ++i) {
        Object::Ptr file = files->getObject(i);
        Array::Ptr forms = file ? file->getArray("forms") : nullptr;
        const std::string name = file ? file->optValue<std::string>("file", "") : "";
        for (std::size_t k = 0; forms && k < forms->size(); ++k) take(forms->getObject(k), name);
      }
    }
  } else if (obj->has("record") && obj->get("record").type() == typeid(Object::Ptr)) {
    take(obj, "");
  } else {
    DocumentRecord r;
    r.input.record = to_node(root, 0);
    out.push_back(std::move(r));
  }
  if (out.empty()) throw RecordJsonError("文件中没有任何表格记录", 0);
  return out;
}

std::vector<std::string> record_differences(const model::Node& want, const model::Node& got,
                                            bool blank_equal) {
  std::vector<std::string> out;
  compare("", want, got, blank_equal, out);
  return out;
}

}  // namespace evalbook::report
