#include "xlsx/limits.h"

namespace evalbook::xlsx {

const Limits& default_limits() {
  static const Limits limits{};
  return limits;
}

}  // namespace evalbook::xlsx
