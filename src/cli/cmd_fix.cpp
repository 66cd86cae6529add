// evalbook fix: placeholder until it lands; it says so instead of pretending.
#include "cli/cli_common.h"

namespace evalbook::cli {

int run_fix(const Args&) {
  report_error("fix", "unsupported", "尚未实现 / not implemented yet");
  return kExitUnreadable;
}

}  // namespace evalbook::cli
