// What every recomputation works with: the form's record (read by canonical paths), its rule
// parameters, the findings it adds (each pointing at the cell of the figure it is about) and
// the "recomputed" object of the check document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"
#include "recompute/rule_params.h"
#include "recompute/verifiability.h"

namespace evalbook::recompute {

// The scalar at a canonical path ("total_score", "indicators[3].score", "funds[0].executed",
// "sections.投入"), or nullptr.
const model::Scalar* scalar_at(const model::Node& record, std::string_view path);
// A scalar's number (nullopt when absent, blank or unreadable) and text ("" when absent).
std::optional<double> number_of(const model::Scalar* s);
const std::string& text_of(const model::Scalar* s);

class Context {
 public:
  Context(model::FormRecord& form, const RuleParams& params) : form_(form), params_(params) {}

  const RuleParams& params() const { return params_; }
  const model::Node& record() const { return form_.record; }
  const model::Scalar* scalar(std::string_view path) const { return scalar_at(form_.record, path); }
  // The number at a path; nullopt when absent, blank or unreadable.
  std::optional<double> number(std::string_view path) const;
  std::string text(std::string_view path) const;
  // Decimal places the figure at `path` was written with (2 when it has no text).
  int written_decimals(std::string_view path, int fallback = 2) const;

  // The number of a required input. A blank one (or a placeholder dash) is an error "未填写" at
  // its cell; an unreadable one was reported by the reader. Either way it is recorded as missing,
  // so that what is computed from it is not checked (see Verifiability), and nullopt comes back.
  // A field the form does not have at all is missing silently.
  std::optional<double> required(const std::string& field, const std::string& label);
  // The cell of a value_missing finding already made about `field` (by the reader, when the
  // blank value's own cell could not be told and it was said at the label): the figures that
  // depend on it are said there too, and the blank is not said a second time.
  std::optional<std::string> said_missing_at(std::string_view field) const;
  // An optional input (blank means 0 or "none"): when it is written but unreadable it is recorded
  // as missing, like a required one, so that what adds it up is not checked without it.
  void optional_input(const std::string& field, const std::string& label);
  // Declares that `figure` is computed from `inputs`; false when one of them is missing (then
  // no error is reported on `figure`, nothing is recomputed for it, and report_unverifiable()
  // names it in a 无法复核 warning).
  bool derive(const std::string& figure, const std::string& label,
              std::initializer_list<std::string_view> inputs) {
    return verifiability_.derive(figure, label, inputs);
  }
  bool derive(const std::string& figure, const std::string& label,
              const std::vector<std::string>& inputs) {
    return verifiability_.derive(figure, label, inputs);
  }
  bool derive_at(const std::string& figure, const std::string& label, const std::string& cell_field,
                 std::initializer_list<std::string_view> inputs) {
    return verifiability_.derive_at(figure, label, cell_field, inputs);
  }
  bool verifiable(std::string_view field) const { return verifiability_.verifiable(field); }
  // Computed from a missing input (nothing may be recomputed for it).
  bool blocked(std::string_view field) const { return verifiability_.blocked(field); }
  // One warning 无法复核 per set of missing inputs, naming the figures that depend on them. Called
  // once, after the form's rules have run.
  void report_unverifiable();

  // Adds a finding about the figure at `field` (its cell taken from the record). An error about
  // an unverifiable figure is dropped: it would only follow from a missing input, which has its
  // own finding at its own cell.
  void report(const std::string& rule, const std::string& severity, const std::string& field,
              const std::string& expected, const std::string& message);
  // The same, for a figure whose place is another field's cell (a sum with no cell of its own).
  void report_at(const std::string& rule, const std::string& severity, const std::string& field,
                 const std::string& cell_field, const std::string& reported,
                 const std::string& expected, const std::string& message);

  // Compares the reported figure at `field` with `exact`, at the precision it was written with;
  // adds an error with `message` (which should show the formula with its numbers) when they
  // differ. `scale` turns the stored value into the written one (100 for rates written in
  // percent units). Returns true when it matches or there is nothing to compare.
  bool expect(const std::string& rule, const std::string& field, double exact,
              const std::string& message, double scale = 1.0);

  model::Node& recomputed() { return recomputed_; }
  // Sets a recomputed figure; an unverifiable one is left out (never a figure from a gap).
  void set_recomputed(const std::string& name, double value);
  void set_recomputed(const std::string& name, const std::string& value);
  model::FormRecord& form() { return form_; }

 private:
  model::FormRecord& form_;
  const RuleParams& params_;
  model::Node recomputed_ = model::Node::object();
  Verifiability verifiability_;
};

}  // namespace evalbook::recompute
