// Helpers shared by the recomputation unit tests: a sample's form read through the library, and
// the findings and recomputed figures looked up by rule, severity or name.
#pragma once

#include <string>
#include <vector>

#include "model/record.h"

namespace evalbook::test {

// The first sheet of samples/<sample> read as a form; REQUIREs that it is detected as template_id.
model::FormRecord read_sample_form(const std::string& sample, const std::string& template_id);

double recomputed_number(const model::FormRecord& form, const std::string& name);
std::string recomputed_text(const model::FormRecord& form, const std::string& name);
std::vector<model::Finding> with_rule(const model::FormRecord& form, const std::string& rule);
std::vector<model::Finding> with_severity(const model::FormRecord& form,
                                          const std::string& severity);

// Overwrites a reported figure (a clerk's slip) or a text in a record read from a sample.
void set_figure(model::FormRecord& form, const std::string& path, double value,
                const std::string& raw);
void set_text(model::FormRecord& form, const std::string& path, const std::string& raw);

}  // namespace evalbook::test
