#include "template/template_spec.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "template/normalize.h"

namespace evalbook::tmpl {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

[[noreturn]] void bad(const std::string& file, const std::string& what) {
  throw std::runtime_error(fmt::format("模板文件 {} 有误：{}", file, what));
}

std::vector<std::string> strings(const Object::Ptr& obj, const std::string& key) {
  std::vector<std::string> out;
  if (!obj || !obj->has(key)) return out;
  Array::Ptr arr = obj->getArray(key);
  if (!arr) {
    out.push_back(obj->getValue<std::string>(key));
    return out;
  }
  for (std::size_t i = 0; i < arr->size(); ++i) out.push_back(arr->getElement<std::string>(i));
  return out;
}

// Other wordings of a label (the template's "synonyms"), by the label's normalised text. They
// are the same form's words, so every label of the template accepts them.
using Synonyms = std::map<std::string, std::vector<std::string>>;

Synonyms synonyms_of(const Object::Ptr& root) {
  Synonyms out;
  Object::Ptr obj = root->getObject("synonyms");
  if (!obj) return out;
  for (const auto& key : obj->getNames()) {
    auto& words = out[normalize_label(key)];
    for (const auto& word : strings(obj, key)) words.push_back(normalize_label(word));
  }
  return out;
}

void add_unique(std::vector<std::string>& to, const std::string& label) {
  if (std::find(to.begin(), to.end(), label) == to.end()) to.push_back(label);
}

// "资金总额*" is a prefix label; anything else is matched whole. A synonym is matched the way
// its label is.
LabelSet labels_of(const std::vector<std::string>& raw, const Synonyms& synonyms) {
  LabelSet set;
  auto add = [&](std::vector<std::string>& to, const std::string& label) {
    add_unique(to, label);
    auto it = synonyms.find(label);
    if (it == synonyms.end()) return;
    for (const auto& word : it->second) add_unique(to, word);
  };
  for (const auto& label : raw) {
    if (label.rfind("re:", 0) == 0) {
      set.patterns.push_back(std::make_shared<const TextPattern>(label.substr(3)));
    } else if (!label.empty() && label.back() == '*') {
      add(set.prefix, normalize_label(label.substr(0, label.size() - 1)));
    } else {
      add(set.exact, normalize_label(label));
    }
  }
  return set;
}

// "detect": {"all": [labels...]} needs every label; {"evidence": [{"label", "weight"}...],
// "threshold", "margin"} weighs them.
Detection detection_of(const std::string& file, const Object::Ptr& d, const Synonyms& synonyms) {
  Detection out;
  if (!d) return out;
  for (const auto& label : strings(d, "all"))
    out.evidence.push_back({label, labels_of({label}, synonyms), 1});
  if (Array::Ptr evidence = d->getArray("evidence")) {
    for (std::size_t i = 0; i < evidence->size(); ++i) {
      Object::Ptr e = evidence->getObject(i);
      if (!e) bad(file, "detect.evidence 的每一项应为对象");
      EvidenceLabel label;
      label.name = e->getValue<std::string>("label");
      std::vector<std::string> words = {label.name};
      for (const auto& w : strings(e, "synonyms")) words.push_back(w);
      label.labels = labels_of(words, synonyms);
      label.weight = e->optValue<double>("weight", 1);
      if (label.weight <= 0) bad(file, "detect.evidence 的权重应为正数：" + label.name);
      out.evidence.push_back(std::move(label));
    }
    out.threshold = 0.6;
  }
  for (const auto& label : strings(d, "none")) out.none.push_back(labels_of({label}, synonyms));
  out.threshold = d->optValue<double>("threshold", out.threshold);
  out.margin = d->optValue<double>("margin", out.margin);
  if (out.threshold <= 0 || out.threshold > 1) bad(file, "detect.threshold 应在 0 与 1 之间");
  return out;
}

ValueType type_of(const std::string& file, const std::string& name) {
  if (name.empty() || name == "text") return ValueType::text;
  if (name == "number") return ValueType::number;
  if (name == "percent_units") return ValueType::percent_units;
  if (name == "grade") return ValueType::grade;
  bad(file, "未知的值类型 " + name);
}

std::vector<ColumnSpec> columns_of(const std::string& file, const Object::Ptr& obj,
                                   const Synonyms& synonyms) {
  std::vector<ColumnSpec> out;
  Array::Ptr arr = obj->getArray("columns");
  if (!arr) bad(file, "缺少 columns");
  for (std::size_t i = 0; i < arr->size(); ++i) {
    Object::Ptr c = arr->getObject(i);
    ColumnSpec col;
    col.field = c->getValue<std::string>("field");
    col.labels = labels_of(strings(c, "labels"), synonyms);
    col.type = type_of(file, c->optValue<std::string>("type", "text"));
    out.push_back(std::move(col));
  }
  return out;
}

}  // namespace

bool LabelSet::matches(std::string_view normalised) const {
  if (normalised.empty()) return false;
  if (std::find(exact.begin(), exact.end(), normalised) != exact.end()) return true;
  if (std::any_of(prefix.begin(), prefix.end(),
                  [&](const std::string& p) { return normalised.starts_with(p); }))
    return true;
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const auto& pattern) { return pattern->search(normalised); });
}

std::vector<LabelSet> Detection::label_sets() const {
  std::vector<LabelSet> out;
  for (const auto& e : evidence) out.push_back(e.labels);
  return out;
}

TemplateSpec load_template(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) bad(path, "无法打开");
  std::stringstream text;
  text << in.rdbuf();
  Object::Ptr root;
  try {
    Poco::JSON::Parser parser;
    root = parser.parse(text.str()).extract<Object::Ptr>();
  } catch (const Poco::Exception& e) {
    bad(path, e.displayText());
  }
  if (!root) bad(path, "不是 JSON 对象");
  try {
    TemplateSpec spec;
    spec.id = root->getValue<std::string>("id");
    spec.family = root->getValue<std::string>("family");
    spec.title = root->optValue<std::string>("title", "");
    spec.region = root->optValue<std::string>("region", "");
    spec.year = root->optValue<int>("year", 0);
    const Synonyms synonyms = synonyms_of(root);
    spec.detect = detection_of(path, root->getObject("detect"), synonyms);
    if (Array::Ptr fields = root->getArray("fields")) {
      for (std::size_t i = 0; i < fields->size(); ++i) {
        Object::Ptr f = fields->getObject(i);
        FieldSpec field;
        field.field = f->getValue<std::string>("field");
        field.labels = labels_of(strings(f, "labels"), synonyms);
        field.type = type_of(path, f->optValue<std::string>("type", "text"));
        field.below = f->optValue<std::string>("position", "right") == "below";
        field.max_distance = f->optValue<int>("max_distance", 4);
        field.group = labels_of(strings(f, "group"), synonyms);
        field.group_rows = f->optValue<int>("group_rows", 6);
        field.pattern = f->optValue<std::string>("pattern", "");
        if (!field.pattern.empty())
          field.pattern_regex = std::make_shared<const TextPattern>(field.pattern);
        spec.fields.push_back(std::move(field));
      }
    }
    if (Array::Ptr blocks = root->getArray("blocks")) {
      for (std::size_t i = 0; i < blocks->size(); ++i) {
        Object::Ptr b = blocks->getObject(i);
        BlockSpec block;
        block.name = b->getValue<std::string>("name");
        block.columns = columns_of(path, b, synonyms);
        block.total_row = labels_of(strings(b, "total_row"), synonyms);
        block.row_labels = labels_of(strings(b, "row_labels"), synonyms);
        block.total_into = b->optValue<std::string>("total_into", "");
        block.row_label_field = b->optValue<std::string>("row_label_field", "source");
        block.end = labels_of(strings(b, "end"), synonyms);
        block.max_rows = b->optValue<int>("max_rows", 12);
        spec.blocks.push_back(std::move(block));
      }
    }
    if (Array::Ptr tables = root->getArray("tables")) {
      for (std::size_t i = 0; i < tables->size(); ++i) {
        Object::Ptr t = tables->getObject(i);
        TableSpec table;
        table.name = t->getValue<std::string>("name");
        table.positional = t->optValue<std::string>("mode", "content") == "positional";
        table.anchor = t->optValue<std::string>("anchor", "");
        table.columns = columns_of(path, t, synonyms);
        table.carry_down = strings(t, "carry_down");
        if (Object::Ptr vocab = t->getObject("vocabulary")) {
          for (const auto& key : vocab->getNames())
            table.vocabulary[key] = labels_of(strings(vocab, key), synonyms);
        }
        if (Object::Ptr implied = t->getObject("implied")) {
          for (const auto& field : implied->getNames()) {
            Object::Ptr parents = implied->getObject(field);
            if (!parents) bad(path, "implied." + field + " 应为对象");
            for (const auto& parent : parents->getNames())
              table.implied[field][parent] = labels_of(strings(parents, parent), synonyms);
          }
        }
        table.numeric_tail = strings(t, "numeric_tail");
        table.trailing_text = t->optValue<std::string>("trailing_text", "");
        table.end = labels_of(strings(t, "end"), synonyms);
        table.skip_words = labels_of(strings(t, "skip_words"), synonyms);
        table.section_words = labels_of(strings(t, "section_words"), synonyms);
        table.sections_into = t->optValue<std::string>("sections_into", "sections");
        table.section_weights_into =
            t->optValue<std::string>("section_weights_into", "section_weights");
        table.max_rows = t->optValue<int>("max_rows", 200);
        if (Array::Ptr joined = t->getArray("joined")) {
          for (std::size_t j = 0; j < joined->size(); ++j) {
            Object::Ptr o = joined->getObject(j);
            if (!o || !o->has("value")) bad(path, "joined 的每一项应为含 value 的对象");
            table.joined.push_back({o->getValue<std::string>("value"),
                                    o->optValue<std::string>("sign", ""),
                                    o->optValue<std::string>("unit", "")});
          }
        }
        spec.tables.push_back(std::move(table));
      }
    }
    if (Array::Ptr totals = root->getArray("totals")) {
      for (std::size_t i = 0; i < totals->size(); ++i) {
        Object::Ptr t = totals->getObject(i);
        TotalSpec total;
        total.labels = labels_of(strings(t, "labels"), synonyms);
        total.score_field = t->optValue<std::string>("score_field", "");
        total.grade_field = t->optValue<std::string>("grade_field", "");
        total.weight_field = t->optValue<std::string>("weight_field", "");
        total.search_rows = t->optValue<int>("search_rows", 3);
        total.last_number = t->optValue<std::string>("score", "first") == "last";
        spec.totals.push_back(std::move(total));
      }
    }
    if (Array::Ptr ledgers = root->getArray("ledgers")) {
      for (std::size_t i = 0; i < ledgers->size(); ++i) {
        Object::Ptr l = ledgers->getObject(i);
        LedgerSpec ledger;
        ledger.name = l->optValue<std::string>("name", "rows");
        std::string key = l->optValue<std::string>("key", "code");
        if (key != "code" && key != "line") bad(path, "ledger key 应为 code 或 line");
        ledger.keyed_by_line = key == "line";
        ledger.key_labels = labels_of(strings(l, "key_labels"), synonyms);
        ledger.name_labels = labels_of(strings(l, "name_labels"), synonyms);
        ledger.columns = columns_of(path, l, synonyms);
        ledger.total_labels = labels_of(strings(l, "total_labels"), synonyms);
        ledger.total_into = l->optValue<std::string>("total_into", "total");
        ledger.end = labels_of(strings(l, "end"), synonyms);
        spec.ledgers.push_back(std::move(ledger));
      }
    }
    if (Array::Ptr rows = root->getArray("numbered_rows")) {
      for (std::size_t i = 0; i < rows->size(); ++i) {
        Object::Ptr n = rows->getObject(i);
        NumberedRowSpec row;
        Object::Ptr cols = n->getObject("columns");
        if (!cols) bad(path, "numbered_rows 缺少 columns");
        for (const auto& field : cols->getNames())
          row.columns.emplace_back(field, cols->getValue<int>(field));
        std::sort(row.columns.begin(), row.columns.end(),
                  [](const auto& a, const auto& b) { return a.second < b.second; });
        if (Object::Ptr sums = n->getObject("sums")) {
          for (const auto& total : sums->getNames()) {
            auto parts = strings(sums, total);
            if (parts.empty()) bad(path, "numbered_rows 的 sums 中“" + total + "”没有加项");
            row.sums.emplace_back(total, std::move(parts));
          }
        }
        spec.numbered_rows.push_back(std::move(row));
      }
    }
    return spec;
  } catch (const std::regex_error& e) {
    bad(path, std::string("正则表达式有误：") + e.what());
  } catch (const Poco::Exception& e) {
    bad(path, e.displayText());
  }
}

std::vector<TemplateSpec> load_templates(const std::string& dir) {
  std::vector<TemplateSpec> specs;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {  // rules/ is a folder
      specs.push_back(load_template(entry.path().string()));
    }
  }
  if (ec) {
    throw std::runtime_error(fmt::format("找不到模板目录 {}（可用 EVALBOOK_TEMPLATES 指定）", dir));
  }
  std::sort(specs.begin(), specs.end(),
            [](const TemplateSpec& a, const TemplateSpec& b) { return a.id < b.id; });
  return specs;
}

namespace {

std::string find_template_dir() {
  if (const char* env = std::getenv("EVALBOOK_TEMPLATES"); env && *env) return env;
  // Beside the build tree (build/evalbook -> templates/) or an installed share/ folder.
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto prefix = exe.parent_path().parent_path();
    for (const auto& candidate :
         {prefix / "templates", prefix / "share" / "evalbook" / "templates"}) {
      if (std::filesystem::is_directory(candidate, ec)) return candidate.string();
    }
  }
  return EVALBOOK_TEMPLATE_DIR;
}

}  // namespace

std::string default_template_dir() {
  // Looked up once per process: a summary asks for it for every workbook it reads.
  static const std::string dir = find_template_dir();
  return dir;
}

}  // namespace evalbook::tmpl
