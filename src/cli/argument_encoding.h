// Command-line arguments are checked once, where they enter: text that goes into a workbook or a
// report must be UTF-8, so a value typed in another encoding (GBK from an old terminal) is refused
// here instead of producing a part that is not well-formed.
#pragma once

#include "cli/cli_common.h"

namespace evalbook::cli {

// Reports bad_argument and returns false when an argument is not valid UTF-8. An argument that
// names an existing file or folder is exempt: a path is the system's bytes and is used as given
// (where it is shown in output, bytes that are not UTF-8 become U+FFFD).
bool arguments_are_utf8(const Args& args);

}  // namespace evalbook::cli
