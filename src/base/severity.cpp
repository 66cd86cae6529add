#include "base/severity.h"

namespace evalbook {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "info";  // only reachable through a cast of an out-of-range value
}

std::optional<Severity> severity_from_name(std::string_view name) {
  for (Severity s : {Severity::error, Severity::warning, Severity::info}) {
    if (severity_name(s) == name) return s;
  }
  return std::nullopt;
}

}  // namespace evalbook
