// The service against hostile clients: malformed framing, lying lengths, odd paths and methods,
// borrowed or forged credentials, cross-site posts and id guessing. After every attack an honest
// clerk must still log in and upload a real form within two seconds.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <chrono>

#include "api_client.h"
#include "probe_support.h"
#include "raw_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::check_still_serving;
using evalbook::test::error_code_of;
using evalbook::test::raw_body;
using evalbook::test::raw_exchange;
using evalbook::test::raw_status;
using evalbook::test::ServerFixture;
using evalbook::test::uploads_of;
using namespace std::chrono_literals;

// Small limits so every attack is answered within a few seconds.
evalbook::server::ServerConfig small_limits() {
  evalbook::server::ServerConfig config;
  config.idle_timeout_seconds = 2;
  config.request_timeout_seconds = 3;
  return config;
}

// The answer is the contract's JSON error with this status (never an empty or HTML body).
void check_json_error(const std::string& answer, int status) {
  INFO(answer.substr(0, 400));
  CHECK(raw_status(answer) == status);
  const std::string body = raw_body(answer);
  Poco::JSON::Parser parser;
  Poco::JSON::Object::Ptr object;
  try {
    object = parser.parse(body).extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception&) {
  }
  REQUIRE(object);
  REQUIRE(object->getObject("error"));
  CHECK_FALSE(object->getObject("error")->getValue<std::string>("message").empty());
}

std::string login_request(const std::string& headers, const std::string& body) {
  return "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
         headers + "\r\n" + body;
}

const std::string kLogin = R"({"username": "unit-a", "password": "pass-a"})";

}  // namespace

TEST_CASE("probe: a body its handler does not read is not taken for the next request",
          "[api][probe]") {
  // The page's logout posts "{}", which the handler never reads; the browser then asks for the
  // page on the same connection. Before, the next request line read "{}GET / HTTP/1.1": 405.
  ServerFixture server;
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  evalbook::test::RawConnection connection(server.port());
  REQUIRE(
      connection.send("POST /api/logout HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: "
                      "evalbook_session=" +
                      a.cookie() +
                      "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                      "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  std::string answers;
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (std::chrono::steady_clock::now() < deadline &&
         answers.find("<!DOCTYPE html>") == std::string::npos &&
         answers.find("HTTP/1.1", 10) == std::string::npos)
    answers += connection.receive(200ms);
  REQUIRE(raw_status(answers) == 200);  // the logout
  const auto second = answers.find("HTTP/1.1", 10);
  REQUIRE(second != std::string::npos);
  CHECK(raw_status(answers.substr(second)) == 200);  // the page, not 405
}

TEST_CASE("probe: an upload refused before its body is read is answered, not reset",
          "[api][probe]") {
  // A unit uploads 300,000 bytes to a round that is not there. The server answers 404 from the
  // headers alone; before, it then closed the socket with the body unread, and the kernel's reset
  // wiped the answer out of the client's buffer ("I/O error" where the clerk should read 404).
  ServerFixture server;
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  evalbook::test::RawConnection connection(server.port());
  const std::string body(300000, 'x');
  REQUIRE(
      connection.send("POST /api/rounds/999/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Cookie: evalbook_session=" +
                      a.cookie() +
                      "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                      "Content-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 1000)));
  std::string answer;
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (std::chrono::steady_clock::now() < deadline &&
         raw_body(answer).find('}') == std::string::npos)
    answer += connection.receive(100ms);
  CHECK(raw_status(answer) == 404);  // said before the body has come
  // The rest of the body still goes through, and the server then ends in order.
  bool all_sent = true;
  for (std::size_t at = 1000; at < body.size() && all_sent; at += 16384)
    all_sent = connection.send(body.substr(at, 16384));
  CHECK(all_sent);
  CHECK(connection.ending(5s) == evalbook::test::RawConnection::Ending::closed);
}

TEST_CASE("probe: a Content-Length that lies is refused with a JSON error", "[api][probe]") {
  ServerFixture server(small_limits());
  SECTION("shorter than the body: the body read is cut and is no JSON") {
    check_json_error(raw_exchange(server.port(), login_request("Content-Length: 10\r\n", kLogin)),
                     400);
  }
  SECTION("longer than the body: the rest never comes, refused after the idle time (2 s)") {
    const auto start = std::chrono::steady_clock::now();
    const std::string answer =
        raw_exchange(server.port(), login_request("Content-Length: 500\r\n", kLogin), 6s);
    CHECK(std::chrono::steady_clock::now() - start < 5s);
    // 400 "incomplete" when the idle time ends the read, 408 when the body's deadline does.
    check_json_error(answer, raw_status(answer) == 408 ? 408 : 400);
  }
  SECTION("negative") {
    check_json_error(raw_exchange(server.port(), login_request("Content-Length: -5\r\n", kLogin)),
                     400);
  }
  SECTION("past 64 bits") {
    check_json_error(
        raw_exchange(server.port(),
                     login_request("Content-Length: 99999999999999999999999\r\n", kLogin)),
        400);
  }
  SECTION("not a number") {
    check_json_error(raw_exchange(server.port(), login_request("Content-Length: zehn\r\n", kLogin)),
                     400);
  }
  check_still_serving(server);
}

TEST_CASE("probe: chunked bodies with bad or huge chunk sizes", "[api][probe]") {
  ServerFixture server(small_limits());
  const std::string chunked = "Transfer-Encoding: chunked\r\n";
  SECTION("a chunk size that is no hex number") {
    check_json_error(
        raw_exchange(server.port(), login_request(chunked, "zz\r\n" + kLogin + "\r\n0\r\n\r\n")),
        400);
  }
  SECTION("a chunk size past 64 bits") {
    check_json_error(
        raw_exchange(server.port(), login_request(chunked, "fffffffffffffffffffff\r\n" + kLogin +
                                                               "\r\n0\r\n\r\n")),
        400);
  }
  SECTION("a chunk size far over the body limit (64 KiB for JSON)") {
    // 0x7fffffff bytes announced, a few sent: refused as too large once past 64 KiB, or cut
    // off when the client stops; never read to the end.
    const std::string answer = raw_exchange(
        server.port(), login_request(chunked, "7fffffff\r\n" + std::string(70'000, 'x')), 6s);
    INFO(answer.substr(0, 300));
    CHECK((raw_status(answer) == 413 || raw_status(answer) == 408));
  }
  check_still_serving(server);
}

TEST_CASE("probe: oversized headers and garbage request lines get a JSON 400", "[api][probe]") {
  ServerFixture server(small_limits());
  SECTION("one header of 20,000 bytes") {
    check_json_error(
        raw_exchange(server.port(), "GET /api/rounds HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " +
                                        std::string(20'000, 'a') + "\r\n\r\n"),
        400);
  }
  SECTION("500 headers") {
    std::string request = "GET /api/rounds HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (int i = 0; i < 500; ++i) request += "X-H" + std::to_string(i) + ": v\r\n";
    check_json_error(raw_exchange(server.port(), request + "\r\n"), 400);
  }
  SECTION("a request line of garbage") {
    check_json_error(raw_exchange(server.port(), "HELLO\x01\x02 WORLD\r\n\r\n"), 400);
  }
  check_still_serving(server);
}

TEST_CASE("probe: static paths that climb out or hide bytes are 404 or 400", "[api][probe]") {
  ServerFixture server(small_limits());
  for (const std::string path :
       {"/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/%2e%2e%2fCMakeLists.txt",
        "/..%2f..%2fetc%2fpasswd", "/app.js%00.html", "/app.js%00", "/..%5cCMakeLists.txt",
        "/..\\CMakeLists.txt", "/web/../CMakeLists.txt", "//etc/passwd", "/%zz", "/%", "/api/%zz",
        "/%2fapi%2frounds"}) {
    const std::string answer = raw_exchange(
        server.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    INFO(path);
    const int status = raw_status(answer);
    CHECK((status == 404 || status == 400 || status == 401));
    CHECK(answer.find("cmake_minimum_required") == std::string::npos);
    CHECK(answer.find("root:") == std::string::npos);
    check_json_error(answer, status);
  }
  check_still_serving(server);
}

TEST_CASE("probe: methods an endpoint does not take change nothing", "[api][probe]") {
  ServerFixture server(small_limits());
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  REQUIRE(a.upload(uploads_of(server),
                   {{"出口信用保险.xlsx", evalbook::test::sample_bytes("004_project_04_")}})
              .status == 201);
  // TRACE would echo the cookie back to a script; no method but GET and HEAD reads a page file.
  for (const std::string method : {"TRACE", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
    for (const std::string path : {"/", "/app.js"}) {
      auto r = a.request(method, path, "", "");
      INFO(method << " " << path);
      CHECK(r.status == 405);
      CHECK(r.body.find(a.cookie()) == std::string::npos);
    }
  }
  for (const std::string method : {"TRACE", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
    for (const auto& path :
         {std::string("/api/submissions/1"), std::string("/api/submissions/1/review"),
          uploads_of(server), std::string("/api/rounds"), std::string("/api/login")}) {
      auto r = a.request(method, path, "{}", "application/json");
      INFO(method << " " << path << ": " << r.body);
      CHECK(r.status >= 400);
      CHECK_FALSE(error_code_of(r).empty());
    }
  }
  // Still one submission, one version, not reviewed.
  const auto versions = server.store->latest_versions_of_round(server.round_id);
  REQUIRE(versions.size() == 1);
  CHECK(versions[0].version == 1);
  check_still_serving(server);
}
