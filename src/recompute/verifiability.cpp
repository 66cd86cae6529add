#include "recompute/verifiability.h"

#include <algorithm>

namespace evalbook::recompute {

void Verifiability::add_missing(MissingInput input) {
  for (const auto& m : missing_) {
    if (m.field == input.field) return;
  }
  missing_.push_back(std::move(input));
}

void Verifiability::collect_roots(std::string_view field, std::vector<std::size_t>& out) const {
  auto add = [&out](std::size_t root) {
    if (std::find(out.begin(), out.end(), root) == out.end()) out.push_back(root);
  };
  for (std::size_t i = 0; i < missing_.size(); ++i) {
    if (missing_[i].field == field) add(i);
  }
  for (const auto& b : blocked_) {
    if (b.field != field) continue;
    for (std::size_t root : b.roots) add(root);
  }
}

bool Verifiability::derive(const std::string& figure, const std::string& label,
                           std::initializer_list<std::string_view> inputs) {
  std::vector<std::size_t> roots;
  for (std::string_view input : inputs) collect_roots(input, roots);
  if (roots.empty()) return true;
  for (auto& b : blocked_) {
    if (b.field != figure) continue;
    for (std::size_t root : roots) {
      if (std::find(b.roots.begin(), b.roots.end(), root) == b.roots.end()) b.roots.push_back(root);
    }
    return false;
  }
  blocked_.push_back(BlockedFigure{figure, label, figure, std::move(roots)});
  return false;
}

bool Verifiability::derive_at(const std::string& figure, const std::string& label,
                              const std::string& cell_field,
                              std::initializer_list<std::string_view> inputs) {
  if (derive(figure, label, inputs)) return true;
  for (auto& b : blocked_) {
    if (b.field == figure) b.cell_field = cell_field;
  }
  return false;
}

bool Verifiability::derive(const std::string& figure, const std::string& label,
                           const std::vector<std::string>& inputs) {
  bool ok = true;
  for (const std::string& input : inputs) ok = derive(figure, label, {input}) && ok;
  return ok;
}

bool Verifiability::blocked(std::string_view field) const {
  for (const auto& b : blocked_) {
    if (b.field == field) return true;
  }
  return false;
}

bool Verifiability::verifiable(std::string_view field) const {
  for (const auto& m : missing_) {
    if (m.field == field) return false;
  }
  return !blocked(field);
}

}  // namespace evalbook::recompute
