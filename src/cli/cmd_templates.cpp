// evalbook templates [list | blank ID -o OUT.xlsx]: placeholder until the template writer lands.
#include "cli/cli_common.h"

namespace evalbook::cli {

int run_templates(const Args&) {
  report_error("templates", "unsupported", "尚未实现 / not implemented yet");
  return kExitUnreadable;
}

}  // namespace evalbook::cli
