// evalbook export FILE... --format json|csv: placeholder until export lands.
#include "cli/cli_common.h"

namespace evalbook::cli {

int run_export(const Args&) {
  report_error("export", "unsupported", "尚未实现 / not implemented yet");
  return kExitUnreadable;
}

}  // namespace evalbook::cli
