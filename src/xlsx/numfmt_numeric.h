// Numbers under a numeric section: fixed, scientific and fraction layouts.
#pragma once

#include <string>

#include "xlsx/numfmt_section.h"

namespace evalbook::xlsx::numfmt {

// The digits and literals Excel shows for a magnitude (the sign is the caller's).
std::string format_numeric(double magnitude, const Section& sec);

}  // namespace evalbook::xlsx::numfmt
