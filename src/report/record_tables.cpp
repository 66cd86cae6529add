#include "report/record_tables.h"

#include <algorithm>
#include <charconv>

namespace evalbook::report {

namespace {

using model::Node;

std::string scalar_text(const model::Scalar& s) {
  if (s.type == model::ScalarType::text) return s.raw;
  if (!s.number) return "";
  double v = *s.number == 0 ? 0 : *s.number;
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

void add_column(FlatTable& table, const std::string& column) {
  if (std::find(table.columns.begin(), table.columns.end(), column) == table.columns.end())
    table.columns.push_back(column);
}

// Scalars of an object, nested objects flattened with dots; lists are left out.
void flatten(const Node& node, const std::string& prefix, std::map<std::string, std::string>& row,
             FlatTable& table) {
  for (const auto& [key, child] : node.fields()) {
    std::string name = prefix.empty() ? key : prefix + "." + key;
    if (child.kind() == Node::Kind::scalar) {
      add_column(table, name);
      row[name] = scalar_text(child.scalar());
    } else if (child.kind() == Node::Kind::object) {
      flatten(child, name, row, table);
    }
  }
}

std::map<std::string, std::string> identity(const FormSource& source, FlatTable& table) {
  for (const char* c : {"file", "sheet", "template"}) add_column(table, c);
  return {{"file", source.file},
          {"sheet", model::form_place(*source.form)},
          {"template", source.form->template_id}};
}

}  // namespace

FlatTable forms_table(const std::vector<FormSource>& sources) {
  FlatTable table;
  for (const auto& source : sources) {
    auto row = identity(source, table);
    flatten(source.form->record, "", row, table);
    table.rows.push_back(std::move(row));
  }
  return table;
}

FlatTable items_table(const std::vector<FormSource>& sources) {
  FlatTable table;
  for (const auto& source : sources) {
    for (const auto& [list_name, list] : source.form->record.fields()) {
      if (list.kind() != Node::Kind::array) continue;
      for (std::size_t i = 0; i < list.items().size(); ++i) {
        auto row = identity(source, table);
        // Which unit and project the row belongs to, so a filtered sheet still says.
        for (const char* field : {"unit", "project_name"}) {
          add_column(table, field);
          if (const Node* n = source.form->record.get(field); n && n->kind() == Node::Kind::scalar)
            row[field] = n->scalar().raw;
        }
        add_column(table, "list");
        add_column(table, "index");
        row["list"] = list_name;
        row["index"] = std::to_string(i);
        flatten(list.items()[i], "", row, table);
        table.rows.push_back(std::move(row));
      }
    }
  }
  return table;
}

}  // namespace evalbook::report
