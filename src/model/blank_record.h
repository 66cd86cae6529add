// Whether a form was left blank: the standard form as issued, nothing a unit wrote in it.
#pragma once

#include <string_view>

#include "model/record.h"

namespace evalbook::model {

// True when no figure is other than zero (formulas of an empty form show 0), no number cell
// holds unreadable text, and nothing the unit writes is there: no unit, department or project
// name and no indicator target, actual or reason. Printed furniture (indicator categories, 决算
// subject codes and names, column captions) does not count as filled.
bool is_blank_record(const Node& record);

// The info finding a blank form gets (rule "blank_form").
inline constexpr std::string_view kBlankFormMessage = "空白表，未填写";

}  // namespace evalbook::model
