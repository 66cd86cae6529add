#include "server/login_throttle.h"

#include <algorithm>
#include <chrono>

#include "server/http_reply.h"

namespace evalbook::server {

namespace {

std::string user_key(const std::string& name) { return "user:" + name; }
std::string address_key(const std::string& address) { return "addr:" + address; }

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::int64_t login_delay_ms(int failures, int free_failures, std::int64_t cap_seconds) {
  if (failures < free_failures) return 0;
  const int doublings = std::min(failures - free_failures, 30);  // 2^30 s is past any cap
  return std::min<std::int64_t>(std::int64_t{1000} << doublings, cap_seconds * 1000);
}

std::int64_t LoginThrottle::wait_ms(const std::string& key, int free_failures) {
  const auto f = store_.login_failures(key, config_.login_failure_window);
  if (f.count == 0) return 0;
  const std::int64_t delay =
      login_delay_ms(f.count, free_failures, config_.login_delay_cap_seconds);
  return std::max<std::int64_t>(0, f.last_ms + delay - now_ms());
}

void LoginThrottle::check(const std::string& user_name, const std::string& address) {
  const std::int64_t wait =
      std::max(wait_ms(user_key(user_name), config_.login_free_failures_per_user),
               wait_ms(address_key(address), config_.login_free_failures_per_address));
  if (wait == 0) return;
  const std::int64_t seconds = (wait + 999) / 1000;
  throw TooSoon(seconds, "登录失败次数过多，请 " + std::to_string(seconds) + " 秒后再试");
}

void LoginThrottle::failed(const std::string& user_name, const std::string& address) {
  store_.record_failure(user_key(user_name));
  store_.record_failure(address_key(address));
}

void LoginThrottle::succeeded(const std::string& user_name) {
  store_.clear_failures(user_key(user_name));
}

}  // namespace evalbook::server
