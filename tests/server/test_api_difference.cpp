// The difference between two versions lists findings by severity, errors first, whatever the
// cells' order.
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include "api_client.h"
#include "server_fixture.h"

TEST_CASE("api: findings gone between versions come errors first", "[api]") {
  evalbook::test::ServerFixture server;
  const std::string uploads = "/api/rounds/" + std::to_string(server.round_id) + "/uploads";
  evalbook::test::ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  // Version 1: 出口信用保险, whose findings are an error at G10 (分值合计 85, not 90), a
  // warning at G15 and notes (info) at A6, C5, F10 and F17; version 2 of the same file name is
  // 遗属补助, another sheet, so every one of them is gone.
  REQUIRE(a.upload(uploads, {{"自评表.xlsx", evalbook::test::sample_bytes("004_project_04_")}})
              .status == 201);
  REQUIRE(a.upload(uploads, {{"自评表.xlsx", evalbook::test::sample_bytes("004_project_02_")}})
              .status == 201);
  auto diff = a.get("/api/submissions/1/diff?from=1&to=2");
  REQUIRE(diff.status == 200);
  auto gone = evalbook::test::json_of(diff)->getArray("findings_gone");
  REQUIRE(gone->size() >= 3);
  std::vector<std::string> severities;
  for (unsigned i = 0; i < gone->size(); ++i)
    severities.push_back(
        gone->getObject(i)->getObject("finding")->getValue<std::string>("severity"));
  // By cell A6 (info) would come first; by severity the one error leads, then the warning.
  CHECK(severities.front() == "error");
  CHECK(gone->getObject(0)->getObject("finding")->getValue<std::string>("cell") == "G10");
  CHECK(severities[1] == "warning");
  CHECK(std::is_sorted(severities.begin(), severities.end(), [](const auto& x, const auto& y) {
    auto rank = [](const std::string& s) { return s == "error" ? 0 : s == "warning" ? 1 : 2; };
    return rank(x) < rank(y);
  }));
}
