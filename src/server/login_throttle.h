// Failed logins slow the next attempt down, per user name and per address: after a few free
// failures each further one doubles the wait (capped). The counters are in the database, so
// every server behind a load balancer holds a guesser to the same pace; a success clears the
// user's counter.
#pragma once

#include <cstdint>
#include <string>

#include "server/server_config.h"
#include "store/store.h"

namespace evalbook::server {

// Milliseconds to wait after `failures` recent failures, `free_failures` of them without any
// wait: 0 up to the free ones, then 1 s, 2 s, 4 s... up to `cap_seconds`.
std::int64_t login_delay_ms(int failures, int free_failures, std::int64_t cap_seconds);

class LoginThrottle {
 public:
  LoginThrottle(store::Store& store, const ServerConfig& config) : store_(store), config_(config) {}

  // Throws HttpError 429 too_many_requests (with the seconds to wait) when this user or this
  // address must still wait.
  void check(const std::string& user_name, const std::string& address);
  void failed(const std::string& user_name, const std::string& address);
  void succeeded(const std::string& user_name);

 private:
  std::int64_t wait_ms(const std::string& key, int free_failures);
  store::Store& store_;
  const ServerConfig& config_;
};

}  // namespace evalbook::server
