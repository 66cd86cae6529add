// evalbook fill ID --data RECORD.json -o OUT.xlsx: placeholder until the template writer lands.
#include "cli/cli_common.h"

namespace evalbook::cli {

int run_fill(const Args&) {
  report_error("fill", "unsupported", "尚未实现 / not implemented yet");
  return kExitUnreadable;
}

}  // namespace evalbook::cli
