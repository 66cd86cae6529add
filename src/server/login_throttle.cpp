#include "server/login_throttle.h"

#include <algorithm>
#include <vector>

#include "server/http_reply.h"

namespace evalbook::server {

namespace {

std::string user_key(const std::string& name) { return "user:" + name; }
std::string address_key(const std::string& address) { return "addr:" + address; }

}  // namespace

std::int64_t login_delay_ms(int failures, int free_failures, std::int64_t cap_seconds,
                            std::int64_t first_ms) {
  if (failures < free_failures) return 0;
  const int doublings = std::min(failures - free_failures, 30);  // 2^30 s is past any cap
  return std::min<std::int64_t>(first_ms << doublings, cap_seconds * 1000);
}

void LoginThrottle::reserve(const std::string& user_name, const std::string& address) {
  user_key_ = user_key(user_name);
  address_key_ = address_key(address);
  const int free_failures[] = {config_.login_free_failures_per_user,
                               config_.login_free_failures_per_address};
  attempt_ = store_.reserve_login_attempt(
      {user_key_, address_key_}, config_.login_failure_window,
      [&](const std::vector<store::LoginFailures>& before, std::int64_t now_ms) {
        std::int64_t wait = 0;
        for (std::size_t i = 0; i < before.size(); ++i) {
          if (before[i].count == 0) continue;
          const std::int64_t delay =
              login_delay_ms(before[i].count, free_failures[i], config_.login_delay_cap_seconds,
                             config_.login_first_delay_ms);
          wait = std::max(wait, before[i].last_ms + delay - now_ms);
        }
        return wait;
      });
  if (attempt_.wait_ms <= 0) return;
  const std::int64_t seconds = (attempt_.wait_ms + 999) / 1000;
  throw TooSoon(seconds, "登录失败次数过多，请 " + std::to_string(seconds) + " 秒后再试");
}

void LoginThrottle::succeeded() {
  store_.clear_failures(user_key_);
  store_.give_back_login_attempt(address_key_, attempt_, 1);
}

}  // namespace evalbook::server
