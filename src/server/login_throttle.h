// Failed logins slow the next attempt down, per user name and per address: after a few free
// failures each further one doubles the wait (capped). The counters are in the database, so
// every server behind a load balancer holds a guesser to the same pace. An attempt is counted
// as a failure in the same transaction that lets it through, before its password is looked at,
// so guesses sent at the same instant are held exactly as if sent one by one; a right password
// clears the user's count and gives the address its attempt back.
#pragma once

#include <cstdint>
#include <string>

#include "server/server_config.h"
#include "store/store.h"

namespace evalbook::server {

// Milliseconds to wait after `failures` recent failures, `free_failures` of them without any
// wait: 0 up to the free ones, then `first_ms` (1 s), twice that, four times... up to
// `cap_seconds`. `first_ms` defaults to the server's default setting.
std::int64_t login_delay_ms(int failures, int free_failures, std::int64_t cap_seconds,
                            std::int64_t first_ms = ServerConfig{}.login_first_delay_ms);

class LoginThrottle {
 public:
  LoginThrottle(store::Store& store, const ServerConfig& config) : store_(store), config_(config) {}

  // Counts the attempt of `user_name` from `address` as a failure. Throws HttpError 429
  // too_many_requests (with the seconds to wait, counting nothing) when this user or this
  // address must still wait.
  void reserve(const std::string& user_name, const std::string& address);
  // The password was right: the user's count is cleared, the address's attempt given back.
  void succeeded();

 private:
  store::Store& store_;
  const ServerConfig& config_;
  std::string user_key_, address_key_;
  store::LoginAttempt attempt_;
};

}  // namespace evalbook::server
