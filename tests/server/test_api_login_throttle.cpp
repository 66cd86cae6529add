// Failed logins slow the next attempt down, per user and per address, in the database that
// every server shares; a success clears the user's count.
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>
#include <vector>

#include "api_client.h"
#include "server/login_throttle.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::error_code_of;
using evalbook::test::ServerFixture;

const char* kWrong = R"({"username": "unit-b", "password": "wrong"})";
const char* kRight = R"({"username": "unit-b", "password": "pass-b"})";

}  // namespace

TEST_CASE("login delay: free failures, then doubling up to the cap", "[api][login]") {
  using evalbook::server::login_delay_ms;
  // 3 free failures, then 1 s × 2^(failures − 3), capped at 900 s.
  CHECK(login_delay_ms(0, 3, 900) == 0);
  CHECK(login_delay_ms(2, 3, 900) == 0);
  CHECK(login_delay_ms(3, 3, 900) == 1000);
  CHECK(login_delay_ms(4, 3, 900) == 2000);
  CHECK(login_delay_ms(6, 3, 900) == 8000);
  CHECK(login_delay_ms(13, 3, 900) == 900'000);         // 2^10 s = 1024 s, over the cap
  CHECK(login_delay_ms(500, 3, 900) == 900'000);        // no overflow however many
  CHECK(login_delay_ms(4, 3, 900, 60'000) == 120'000);  // a first wait of 60 s, doubled once
}

TEST_CASE("api: repeated wrong passwords wait longer each time, with Retry-After", "[api][login]") {
  // A first wait of 5 s, not the default 1 s: a loaded (sanitized) machine may take a second
  // between two requests, and the fourth must still fall inside the wait.
  evalbook::server::ServerConfig config;
  config.login_first_delay_ms = 5000;
  ServerFixture server(config);
  ApiClient guesser(server.port());
  for (int i = 0; i < 3; ++i) CHECK(guesser.post_json("/api/login", kWrong).status == 401);
  // The fourth attempt within the wait after the third failure waits, even with the right
  // password; Retry-After says the seconds left of it, rounded up.
  auto r = guesser.post_json("/api/login", kRight);
  CHECK(r.status == 429);
  CHECK(error_code_of(r) == "too_many_requests");
  const int retry_after = std::stoi(r.headers["Retry-After"]);
  CHECK(retry_after >= 1);
  CHECK(retry_after <= 5);
  CHECK(r.body.find("秒后再试") != std::string::npos);

  SECTION("after the wait the right password logs in, and the count starts again") {
    std::this_thread::sleep_for(std::chrono::milliseconds(retry_after * 1000 + 100));
    CHECK(guesser.post_json("/api/login", kRight).status == 200);
    // Counted from zero again: two failures are free (3 would make the next attempt wait).
    for (int i = 0; i < 2; ++i) CHECK(guesser.post_json("/api/login", kWrong).status == 401);
    CHECK(guesser.post_json("/api/login", kRight).status == 200);
  }
  SECTION("the counters are in the database: a second server holds the guesser too") {
    evalbook::store::Store second_store(server.db.url());
    evalbook::server::ServerConfig config;
    config.port = 0;
    config.login_first_delay_ms = 60'000;  // its own setting; the count is the database's
    evalbook::server::Service second(config, evalbook::test::shared_app_context(), second_store);
    second.start();
    ApiClient elsewhere(second.port());
    CHECK(elsewhere.post_json("/api/login", kRight).status == 429);
  }
  SECTION("another user is not held by unit-b's failures") {
    ApiClient other(server.port());
    CHECK(other.login("unit-a", "pass-a"));
  }
}

TEST_CASE("api: one address guessing many names is slowed down too", "[api][login]") {
  evalbook::server::ServerConfig config;
  config.login_free_failures_per_address = 4;
  config.login_first_delay_ms = 60'000;  // the fifth attempt falls inside it however slow
  ServerFixture server(config);
  ApiClient guesser(server.port());
  // Four names, one failure each: no name reaches its 3 free failures, the address reaches 4.
  for (const char* name : {"n1", "n2", "n3", "n4"}) {
    const std::string body = std::string(R"({"username": ")") + name + R"(", "password": "x"})";
    CHECK(guesser.post_json("/api/login", body).status == 401);
  }
  auto r = guesser.post_json("/api/login", R"({"username": "unit-a", "password": "pass-a"})");
  CHECK(r.status == 429);
  CHECK(r.headers.count("Retry-After") == 1);
}

TEST_CASE("api: wrong passwords sent at the same instant are throttled as if sent one by one",
          "[api][login]") {
  // The first wait is a minute here, so that a slow (sanitized, loaded) machine cannot let a
  // late sender through after it: the outcome depends on the counting alone.
  evalbook::server::ServerConfig config;
  config.login_first_delay_ms = 60'000;
  ServerFixture server(config);
  // 12 wrong passwords for unit-b released together. One by one, the first 3 are free failures
  // (401) and the 4th comes within the 60 s wait after the 3rd (60 s × 2^(3 − 3)), as does every
  // later one: 3 × 401 and 12 − 3 = 9 × 429. Concurrently they must come out the same, however the
  // server interleaves them: the attempt is counted before the password is looked at.
  constexpr int kAttempts = 12;
  constexpr int kFree = 3;
  std::vector<int> statuses(kAttempts, 0);
  std::atomic<int> ready{0};
  std::vector<std::thread> senders;
  for (int i = 0; i < kAttempts; ++i) {
    senders.emplace_back([&, i] {
      ApiClient guesser(server.port());
      ++ready;
      while (ready < kAttempts) std::this_thread::yield();
      try {
        statuses[i] = guesser.post_json("/api/login", kWrong).status;
      } catch (const std::exception&) {  // judged below: 0 is neither 401 nor 429
      }
    });
  }
  for (auto& t : senders) t.join();
  CHECK(std::count(statuses.begin(), statuses.end(), 401) == kFree);
  CHECK(std::count(statuses.begin(), statuses.end(), 429) == kAttempts - kFree);
}
