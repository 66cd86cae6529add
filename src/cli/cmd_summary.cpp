// evalbook summary: placeholder until it lands; it says so instead of pretending.
#include "cli/cli_common.h"

namespace evalbook::cli {

int run_summary(const Args&) {
  report_error("summary", "unsupported", "尚未实现 / not implemented yet");
  return kExitUnreadable;
}

}  // namespace evalbook::cli
