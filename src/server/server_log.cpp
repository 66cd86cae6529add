#include "server/server_log.h"

#include <Poco/Exception.h>

#include <cstdio>
#include <ctime>
#include <string>

namespace evalbook::server {

void log_error(std::string_view where, std::string_view detail) {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char at[32];
  std::strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &utc);
  // One fprintf per line: stdio locks the stream, so lines of two threads do not interleave.
  const std::string line = std::string(at) + " evalbook serve: " + std::string(where) + ": " +
                           std::string(detail) + "\n";
  std::fputs(line.c_str(), stderr);
}

void log_exception(std::string_view where, const std::exception& e) {
  const auto* poco = dynamic_cast<const Poco::Exception*>(&e);
  log_error(where, poco ? poco->displayText() : std::string(e.what()));
}

}  // namespace evalbook::server
