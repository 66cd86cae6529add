// Hostile uploads each answered with their named error while other clients keep being served.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/StreamSocket.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "api_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::english_words;
using evalbook::test::error_code_of;
using evalbook::test::error_message_of;
using evalbook::test::ServerFixture;

std::string stored_error(const evalbook::test::Reply& r, const std::string& field = "code") {
  Poco::JSON::Parser parser;
  auto s = parser.parse(r.body)
               .extract<Poco::JSON::Object::Ptr>()
               ->getArray("submissions")
               ->getObject(0);
  return s->isNull("error") ? "" : s->getObject("error")->getValue<std::string>(field);
}

}  // namespace

TEST_CASE("api: damaged workbooks are kept with their named error", "[api]") {
  ServerFixture server;
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  const std::string uploads = "/api/rounds/" + std::to_string(server.round_id) + "/uploads";
  for (const auto& [file, code] :
       std::vector<std::pair<std::string, std::string>>{{"zipbomb.xlsx", "zip_bomb"},
                                                        {"xxe.xlsx", "xml_external_entity"},
                                                        {"truncated.xlsx", "truncated_zip"},
                                                        {"encrypted.xlsx", "ole_encrypted"}}) {
    auto r = a.upload(
        uploads,
        {{file, evalbook::test::file_bytes(evalbook::test::hostile_fixtures() + "/" + file)}});
    INFO(file << ": " << r.body.substr(0, 300));
    CHECK(r.status == 201);
    CHECK(stored_error(r) == code);
    const std::string message = stored_error(r, "message");
    CHECK_FALSE(message.empty());
    CHECK(english_words(message).empty());
  }
}

TEST_CASE("api: bytes that are no workbook are refused by name", "[api]") {
  evalbook::server::ServerConfig config;
  config.max_file_bytes = 1 << 20;
  config.max_request_bytes = 2 << 20;
  ServerFixture server(config);
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  const std::string uploads = "/api/rounds/" + std::to_string(server.round_id) + "/uploads";
  auto empty = a.upload(uploads, {{"空.xlsx", ""}});
  CHECK(empty.status == 400);
  CHECK(error_code_of(empty) == "empty_file");
  auto exe = a.upload(uploads, {{"报表.xlsx", evalbook::test::file_bytes("/bin/true")}});
  CHECK(exe.status == 415);
  CHECK(error_code_of(exe) == "unsupported_content");
  auto big = a.upload(uploads, {{"大.xlsx", "PK\x03\x04" + std::string(1 << 20, 'x')}});
  CHECK(big.status == 413);
  CHECK(error_code_of(big) == "payload_too_large");
  for (const auto* r : {&empty, &exe, &big}) {
    INFO(r->body);
    CHECK_FALSE(error_message_of(*r).empty());
    CHECK(english_words(error_message_of(*r)).empty());
  }
  auto huge = a.upload(uploads, {{"1.xlsx", "PK\x03\x04" + std::string(900'000, 'x')},
                                 {"2.xlsx", "PK\x03\x04" + std::string(900'000, 'x')},
                                 {"3.xlsx", "PK\x03\x04" + std::string(900'000, 'x')}});
  CHECK(huge.status == 413);
  // Nothing of the refused requests was stored.
  CHECK(server.store->latest_versions_of_round(server.round_id).empty());
}

TEST_CASE("api: a one-byte-a-second sender is cut off while others are served", "[api]") {
  evalbook::server::ServerConfig config;
  config.request_timeout_seconds = 3;
  ServerFixture server(config);
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  const std::string head =
      "POST /api/rounds/" + std::to_string(server.round_id) +
      "/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: evalbook_session=" + a.cookie() +
      "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
      "Content-Length: 100000\r\n\r\n";
  std::string answer;
  std::thread slow([&] {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
    socket.sendBytes(head.data(), static_cast<int>(head.size()));
    socket.setReceiveTimeout(Poco::Timespan(0, 1000));
    char buffer[4096];
    for (int i = 0; i < 30; ++i) {  // at most 30 s
      try {
        socket.sendBytes("x", 1);
      } catch (const Poco::Exception&) {
        break;  // the server closed the connection
      }
      try {
        int n = socket.receiveBytes(buffer, sizeof buffer);
        if (n > 0) {
          answer.append(buffer, static_cast<std::size_t>(n));
          break;
        }
        if (n == 0) break;
      } catch (const Poco::TimeoutException&) {
      }
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  });
  // Meanwhile another client is served at once, again and again.
  for (int i = 0; i < 5; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    CHECK(a.get("/api/rounds").status == 200);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  slow.join();
  INFO(answer);
  CHECK(answer.find("408") != std::string::npos);
  CHECK(answer.find("request_timeout") != std::string::npos);
}
