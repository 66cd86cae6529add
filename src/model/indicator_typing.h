// Indicator targets and actuals read as typed values: where a target is a number (≥20家, 3-5家)
// the actual must be one too, or a qualitative level; a text that cannot be read there ("约60个",
// "九十五"), or a bare fraction beside a percent target ("0.95" for ≥90%), gets a finding naming
// its cell instead of a silent zero or a score on the wrong scale.
#pragma once

#include "model/record.h"

namespace evalbook::model {

// Looks at every list named "indicators" whose items have "actual" and "target_adjusted" or
// "target"; appends "unreadable_value" findings (severity warning) to form.findings.
void check_indicator_values(FormRecord& form);

}  // namespace evalbook::model
