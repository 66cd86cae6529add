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
#include "probe_support.h"
#include "raw_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::check_still_serving;
using evalbook::test::raw_body;
using evalbook::test::raw_status;
using evalbook::test::RawConnection;
using evalbook::test::ServerFixture;
using evalbook::test::uploads_of;
using namespace std::chrono_literals;

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

TEST_CASE("probe: uploads trickled from one address leave upload slots for others",
          "[api][probe]") {
  evalbook::server::ServerConfig config;
  config.max_concurrent_uploads = 2;
  config.max_uploads_per_address = 1;
  config.request_timeout_seconds = 20;  // longer than the test: the per-address share must do it
  config.idle_timeout_seconds = 20;
  ServerFixture server(config);
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  // 127.0.0.2 starts two uploads whose bodies (100,000 bytes announced) barely begin.
  const std::string head =
      "POST " + uploads_of(server) +
      " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: evalbook_session=" + a.cookie() +
      "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
      "Content-Length: 100000\r\n\r\n--b\r\n";
  RawConnection first(server.port(), "127.0.0.2"), second(server.port(), "127.0.0.2");
  REQUIRE(first.send(head));
  REQUIRE(second.send(head));
  // The clerk at 127.0.0.1 still gets a slot at once.
  check_still_serving(server);
}
