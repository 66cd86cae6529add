// Which figures of a form can be checked at all. A required input that is blank or unreadable is
// a finding at its own cell and only there: every figure computed from it (执行率, 执行率得分,
// 总分, 等级...) is "unverifiable". No error is reported on an unverifiable figure (it would only
// follow from the gap, and `fix` would write a figure it cannot be sure of), nothing is recomputed
// for it, and one warning 无法复核 names what is missing.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace evalbook::recompute {

// A required input without a number.
struct MissingInput {
  std::string field;        // canonical path ("executed", "indicators[3].score")
  std::string label;        // what a clerk calls it ("全年执行数", "指标“x”的得分")
  std::string cell;         // "G5", or "" when the form has no such cell
  bool unreadable = false;  // written, but not as a number (else blank)
  bool absent = false;      // the form has no such field at all: nothing to tell the clerk
};

// A figure that cannot be checked, and the missing inputs it depends on (indices into missing()).
struct BlockedFigure {
  std::string field;
  std::string label;
  std::string cell_field;  // where the figure is written (field itself unless it has no cell)
  std::vector<std::size_t> roots;
};

class Verifiability {
 public:
  // Records a missing input (once per field); it is itself unverifiable.
  void add_missing(MissingInput input);
  // Declares that `figure` is computed from `inputs`. When some input is unverifiable, the figure
  // is blocked (inheriting the inputs' missing roots) and this returns false.
  bool derive(const std::string& figure, const std::string& label,
              std::initializer_list<std::string_view> inputs);
  bool derive(const std::string& figure, const std::string& label,
              const std::vector<std::string>& inputs);
  // The same for a figure written in another field's cell (a 评分表 item's score that a rule
  // recomputes under its own name).
  bool derive_at(const std::string& figure, const std::string& label, const std::string& cell_field,
                 std::initializer_list<std::string_view> inputs);
  // Computed from a missing input: no figure can be recomputed for it.
  bool blocked(std::string_view field) const;
  // Neither missing itself nor blocked: a reported figure there can be checked.
  bool verifiable(std::string_view field) const;

  const std::vector<MissingInput>& missing() const { return missing_; }
  const std::vector<BlockedFigure>& blocked() const { return blocked_; }

 private:
  // The missing roots behind `field` (itself when it is missing), appended to `out` once each.
  void collect_roots(std::string_view field, std::vector<std::size_t>& out) const;

  std::vector<MissingInput> missing_;
  std::vector<BlockedFigure> blocked_;
};

}  // namespace evalbook::recompute
