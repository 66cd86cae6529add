#include "model/record.h"

#include <fmt/format.h>

namespace evalbook::model {

Node& Node::set(const std::string& name, Node value) {
  for (auto& [key, node] : object_) {
    if (key == name) {
      node = std::move(value);
      return node;
    }
  }
  object_.emplace_back(name, std::move(value));
  return object_.back().second;
}

const Node* Node::get(std::string_view name) const {
  for (const auto& [key, node] : object_) {
    if (key == name) return &node;
  }
  return nullptr;
}

Node& Node::push(Node value) {
  array_.push_back(std::move(value));
  return array_.back();
}

std::string form_place(const FormRecord& form) {
  if (form.forms_on_sheet <= 1) return form.sheet;
  return fmt::format("{}（第 {}-{} 行）", form.sheet, form.first_row, form.last_row);
}

}  // namespace evalbook::model
