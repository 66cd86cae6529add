// Hostile uploads: multipart bodies without a boundary, with thousands of parts, with part and
// file names that climb paths or are no UTF-8; and twenty zip bombs and looping .xls files sent
// at once from twenty addresses while an honest clerk keeps being served.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <future>
#include <string>
#include <vector>

#include "api_client.h"
#include "probe_support.h"
#include "raw_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::check_still_serving;
using evalbook::test::error_code_of;
using evalbook::test::raw_body;
using evalbook::test::raw_status;
using evalbook::test::RawConnection;
using evalbook::test::ServerFixture;
using evalbook::test::uploads_of;
using namespace std::chrono_literals;

std::string part(const std::string& disposition, const std::string& bytes) {
  return "--b\r\nContent-Disposition: form-data; " + disposition +
         "\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n";
}

bool valid_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t n = c < 0x80         ? 1
                          : (c >> 5) == 6  ? 2
                          : (c >> 4) == 14 ? 3
                          : (c >> 3) == 30 ? 4
                                           : 0;
    if (n == 0 || i + n > text.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 2) return false;
    i += n;
  }
  return true;
}

// The peak resident memory of this process (the server runs in it), in MiB.
double peak_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

}  // namespace

TEST_CASE("probe: multipart bodies without a boundary or with odd parts", "[api][probe]") {
  ServerFixture server;
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  const std::string workbook = evalbook::test::sample_bytes("004_project_04_");
  SECTION("no boundary, or a boundary the body never uses: 400") {
    auto none = a.request("POST", uploads_of(server), part("name=\"file\"", workbook) + "--b--\r\n",
                          "multipart/form-data");
    CHECK(none.status == 400);
    auto other =
        a.request("POST", uploads_of(server), "no parts here", "multipart/form-data; boundary=b");
    CHECK(other.status == 400);
    CHECK(error_code_of(other) == "bad_request");
  }
  SECTION("20,000 parts not named file around one that is: the one is read, quickly") {
    std::string body;
    for (int i = 0; i < 10'000; ++i) body += part("name=\"x" + std::to_string(i) + "\"", "1");
    body += part("name=\"file\"; filename=\"出口信用保险.xlsx\"", workbook);
    for (int i = 0; i < 10'000; ++i) body += part("name=\"y\"", "2");
    const auto start = std::chrono::steady_clock::now();
    auto r = a.request("POST", uploads_of(server), body + "--b--\r\n",
                       "multipart/form-data; boundary=b");
    CHECK(r.status == 201);
    CHECK(evalbook::test::json_of(r)->getArray("submissions")->size() == 1);
    CHECK(std::chrono::steady_clock::now() - start < 3s);
  }
  SECTION("parts named ../file or file with a NUL are not the file part") {
    for (const auto& name :
         {std::string("../file"), std::string("file\0x", 6), std::string("FILE")}) {
      auto r = a.request("POST", uploads_of(server),
                         part("name=\"" + name + "\"; filename=\"a.xlsx\"", workbook) + "--b--\r\n",
                         "multipart/form-data; boundary=b");
      INFO(name);
      CHECK(r.status == 400);
    }
  }
  SECTION("file names that climb, hide a NUL, quote, or are GBK bytes") {
    for (const auto& name : {std::string("../../../etc/passwd.xlsx"), std::string("..\\..\\x.xlsx"),
                             std::string("a\0b.xlsx", 8), std::string("a%22b.xlsx"),
                             std::string("\xb1\xa8\xb1\xed.xlsx")}) {
      auto r = a.request("POST", uploads_of(server),
                         part("name=\"file\"; filename=\"" + name + "\"", workbook) + "--b--\r\n",
                         "multipart/form-data; boundary=b");
      INFO(name << ": " << r.body.substr(0, 200));
      CHECK(r.status == 201);
      CHECK(valid_utf8(r.body));  // all JSON is UTF-8 (CLI-CONTRACT.md)
      if (r.status != 201) continue;
      const auto submission = evalbook::test::json_of(r)->getArray("submissions")->getObject(0);
      const auto sid = submission->getValue<std::int64_t>("id");
      // GBK bytes (a browser on a Chinese Windows) are read as GBK: B1A8 B1ED is 报表. A NUL
      // becomes U+FFFD, so that every database can hold the name.
      if (name[0] == '\xb1') CHECK(submission->getValue<std::string>("file") == "报表.xlsx");
      if (name[1] == '\0') CHECK(submission->getValue<std::string>("file") == "a\uFFFDb.xlsx");
      auto original = a.get("/api/submissions/" + std::to_string(sid) + "/original");
      CHECK(original.status == 200);
      CHECK(original.body == workbook);
      const std::string disposition = original.headers["Content-Disposition"];
      CHECK(disposition.find_first_of("\r\n\"\\", disposition.find("filename*")) ==
            std::string::npos);
    }
  }
  check_still_serving(server);
}

namespace {

// The most the twenty refused uploads may add to the process's peak memory. AddressSanitizer
// holds freed memory back (its quarantine, 256 MiB by default) to catch use after free, so a
// sanitized build's peak grows by that much more for the same work.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kMostPeakGrowthMib = 200 + 256;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kMostPeakGrowthMib = 200 + 256;
#else
constexpr double kMostPeakGrowthMib = 200;
#endif
#else
constexpr double kMostPeakGrowthMib = 200;
#endif

}  // namespace

TEST_CASE("probe: twenty zip bombs and looping .xls files at once stay bounded", "[api][probe]") {
  ServerFixture server;
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  const std::string bomb =
      evalbook::test::file_bytes(evalbook::test::hostile_fixtures() + "/zipbomb.xlsx");
  // legacy_no_eof.xls with its FAT's entry for the directory's sector (sector 1, at byte
  // 512 + 4) pointing back at itself: the directory chain loops.
  std::string loop =
      evalbook::test::file_bytes(evalbook::test::hostile_fixtures() + "/legacy_no_eof.xls");
  REQUIRE(loop.size() > 520);
  loop.replace(516, 4, std::string("\x01\x00\x00\x00", 4));
  const double peak_before = peak_mib();
  std::vector<std::future<std::string>> sent;
  for (int i = 0; i < 20; ++i) {
    const std::string& bytes = i % 2 ? loop : bomb;
    const std::string body =
        part("name=\"file\"; filename=\"" + std::string(i % 2 ? "环.xls" : "炸弹.xlsx") + "\"",
             bytes) +
        "--b--\r\n";
    const std::string request =
        "POST " + uploads_of(server) +
        " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: evalbook_session=" +
        a.cookie() + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body;
    const std::string from = "127.0.0." + std::to_string(2 + i);  // twenty clerks
    sent.push_back(std::async(std::launch::async, [&server, request, from] {
      RawConnection c(server.port(), from);
      c.send(request);
      return c.receive(30s);
    }));
  }
  check_still_serving(server);
  for (int i = 0; i < 20; ++i) {
    const std::string answer = sent[static_cast<std::size_t>(i)].get();
    INFO(i << ": " << answer.substr(0, 300));
    REQUIRE(raw_status(answer) == 201);  // kept, with its named error
    Poco::JSON::Parser parser;
    const auto s = parser.parse(raw_body(answer))
                       .extract<Poco::JSON::Object::Ptr>()
                       ->getArray("submissions")
                       ->getObject(0);
    REQUIRE_FALSE(s->isNull("error"));
    CHECK(s->getObject("error")->getValue<std::string>("code") ==
          (i % 2 ? "corrupt_xls" : "zip_bomb"));
  }
  // A bomb inflates to 2 GiB: none was inflated (the peak grew by far less than one).
  CHECK(peak_mib() - peak_before < kMostPeakGrowthMib);
  check_still_serving(server);
}
