// The service against clients that try to hold it: headers trickled byte by byte, more idle
// connections than it has threads, and twenty hostile uploads at once. Meanwhile an honest
// clerk at another address must still log in and upload within two seconds.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <future>
#include <memory>
#include <thread>
#include <vector>

#include "api_client.h"
#include "raw_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::raw_body;
using evalbook::test::raw_status;
using evalbook::test::RawConnection;
using evalbook::test::ServerFixture;
using namespace std::chrono_literals;

std::string uploads_of(const ServerFixture& server) {
  return "/api/rounds/" + std::to_string(server.round_id) + "/uploads";
}

// An honest clerk at 127.0.0.1 logs in and uploads 出口信用保险.xlsx within two seconds.
void check_still_serving(const ServerFixture& server) {
  const auto start = std::chrono::steady_clock::now();
  ApiClient clerk(server.port());
  REQUIRE(clerk.login("unit-a", "pass-a"));
  auto r = clerk.upload(uploads_of(server),
                        {{"出口信用保险.xlsx", evalbook::test::sample_bytes("004_project_04_")}});
  CHECK(r.status == 201);
  CHECK(std::chrono::steady_clock::now() - start < 2s);
}

}  // namespace

TEST_CASE("probe: headers sent a byte at a time are cut off at the header deadline",
          "[api][probe]") {
  evalbook::server::ServerConfig config;
  config.idle_timeout_seconds = 5;    // each byte comes well within the idle time...
  config.header_timeout_seconds = 2;  // ...but the headers as a whole must come within 2 s
  ServerFixture server(config);
  RawConnection slow(server.port());
  const std::string head =
      "GET /api/rounds HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(200, 'a') +
      "\r\n\r\n";
  const auto start = std::chrono::steady_clock::now();
  bool cut = false;
  for (char c : head) {  // one byte every 200 ms: 40 s for the whole head
    if (!slow.send(std::string(1, c)) || slow.closed_by_server(200ms)) {
      cut = true;
      break;
    }
  }
  const auto took = std::chrono::steady_clock::now() - start;
  CHECK(cut);
  CHECK(took >= 2s);
  CHECK(took < 4s);
  const std::string answer = slow.receive(1s);
  INFO(answer);
  CHECK(raw_status(answer) == 408);
  CHECK(raw_body(answer).find("request_timeout") != std::string::npos);
  check_still_serving(server);
}

TEST_CASE("probe: one address holding more connections than there are threads starves no one",
          "[api][probe]") {
  evalbook::server::ServerConfig config;
  config.threads = 4;
  config.max_connections_per_address = 2;
  config.idle_timeout_seconds = 20;
  config.header_timeout_seconds = 20;  // longer than the test: the cap alone must do it
  ServerFixture server(config);
  // 127.0.0.2 opens 12 connections: some idle, some with a header begun and never ended.
  std::vector<std::unique_ptr<RawConnection>> hostile;
  for (int i = 0; i < 12; ++i) {
    hostile.push_back(std::make_unique<RawConnection>(server.port(), "127.0.0.2"));
    if (i % 2) hostile.back()->send("GET /api/rounds HTTP/1.1\r\nX-Slow: ");
  }
  // The two it may hold take two of the four threads; the clerk gets the others.
  check_still_serving(server);
  // All but two were refused at once, each with a JSON 429, and so is one more.
  int refused = 0;
  for (auto& c : hostile) {
    if (c->closed_by_server(2s)) ++refused;
  }
  CHECK(refused == 10);
  RawConnection one_more(server.port(), "127.0.0.2");
  const std::string answer = one_more.receive(2s);
  INFO(answer);
  CHECK(raw_status(answer) == 429);
  CHECK(raw_body(answer).find("too_many_requests") != std::string::npos);
}
