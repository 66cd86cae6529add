// The finance board's filters, sort order and counts, applied on the server, and units shown
// with the name their forms write.
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include "api_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::json_of;
using evalbook::test::sample_bytes;
using evalbook::test::ServerFixture;

// The unit codes of a board reply, in its order.
std::vector<std::string> codes(const evalbook::test::Reply& reply) {
  REQUIRE(reply.status == 200);
  std::vector<std::string> out;
  auto units = json_of(reply)->getArray("units");
  for (unsigned i = 0; i < units->size(); ++i)
    out.push_back(units->getObject(i)->getValue<std::string>("unit"));
  return out;
}

using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("api: the board filters, sorts and searches on the server", "[api][board]") {
  ServerFixture server;
  const std::string round = "/api/rounds/" + std::to_string(server.round_id);
  ApiClient finance(server.port());
  REQUIRE(finance.login("finance", "pass-f"));
  // 259001: 出口信用保险 (one error) and 2023年遗属补助 (none); 259002: 招商引资工作经费 (one
  // error); 259003: nothing (see upload_three_workbooks).
  evalbook::test::upload_three_workbooks(server);
  const std::string board = round + "/board";

  SECTION("counts over the whole round, whatever the filter") {
    auto all = finance.get(board);
    CHECK(codes(all) == Codes{"259001", "259002", "259003"});
    auto body = json_of(finance.get(board + "?status=missing"));
    auto counts = body->getObject("counts");
    CHECK(counts->getValue<int>("missing") == 1);
    CHECK(counts->getValue<int>("errors") == 2);
    CHECK(counts->getValue<int>("clean") == 0);
    CHECK(body->getValue<int>("expected") == 3);
    CHECK(body->getValue<int>("shown") == 1);
  }
  SECTION("a unit: by code, or by the name its forms write") {
    auto units = json_of(finance.get(board))->getArray("units");
    // The forms of 259001 write 预算单位 "259001-晋城市商务局"; 259002's form names another
    // unit (晋中市…, kept with a warning), so 259002 keeps its code.
    CHECK(units->getObject(0)->getValue<std::string>("label") == "259001-晋城市商务局");
    CHECK(units->getObject(1)->getValue<std::string>("label") == "259002");
    CHECK(codes(finance.get(board + "?unit=259002")) == Codes{"259002"});
    CHECK(codes(finance.get(board + "?unit=%E5%95%86%E5%8A%A1%E5%B1%80")) ==  // 商务局
          Codes{"259001"});
  }
  SECTION("search by project name lists only the matching forms") {
    auto body = json_of(finance.get(board + "?q=%E9%81%97%E5%B1%9E"));  // 遗属
    auto units = body->getArray("units");
    REQUIRE(units->size() == 1);
    auto forms = units->getObject(0)->getArray("forms");
    REQUIRE(forms->size() == 1);
    CHECK(forms->getObject(0)->getValue<std::string>("project") == "2023年遗属补助");
  }
  SECTION("grade and template") {
    // 招商引资工作经费 totals 86.05: 80 ≤ 86.05 < 90 is 良; both 259001 forms total 95, 优.
    CHECK(codes(finance.get(board + "?grade=%E8%89%AF")) == Codes{"259002"});
    auto excellent = json_of(finance.get(board + "?grade=%E4%BC%98"))->getArray("units");
    REQUIRE(excellent->size() == 1);
    CHECK(excellent->getObject(0)->getArray("forms")->size() == 2);
    CHECK(codes(finance.get(board + "?template=project-jinzhong-2020")) == Codes{"259002"});
    CHECK(codes(finance.get(board + "?template=dept-2023")).empty());
  }
  SECTION("has errors, status, late") {
    CHECK(codes(finance.get(board + "?errors=1")) == Codes{"259001", "259002"});
    CHECK(codes(finance.get(board + "?status=missing")) == Codes{"259003"});
    CHECK(codes(finance.get(board + "?late=1")).empty());  // the deadline is 2099-12-31
  }
  SECTION("sorting") {
    // Files: 259001 has 2, 259002 has 1, 259003 none.
    CHECK(codes(finance.get(board + "?sort=submissions&order=desc")) ==
          Codes{"259001", "259002", "259003"});
    CHECK(codes(finance.get(board + "?sort=unit&order=desc")) ==
          Codes{"259003", "259002", "259001"});
  }
  SECTION("an unknown sort key or status is a 400 with its code") {
    CHECK(finance.get(board + "?sort=password").status == 400);
    CHECK(finance.get(board + "?status=all").status == 400);
    CHECK(finance.get(board + "?order=up").status == 400);
  }
}

TEST_CASE("api: a submission after the deadline's day is late", "[api][board]") {
  ServerFixture server;
  evalbook::store::Round past;
  past.name = "已截止的批次";
  past.year = 2023;
  past.deadline = "2020-01-01";
  past.units = {"259001", "259002"};
  const auto id = server.store->add_round(past);
  const std::string round = "/api/rounds/" + std::to_string(id);
  ApiClient a(server.port()), finance(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  REQUIRE(finance.login("finance", "pass-f"));
  REQUIRE(
      a.upload(round + "/uploads", {{"遗属补助.xlsx", sample_bytes("004_project_02_")}}).status ==
      201);
  CHECK(codes(finance.get(round + "/board?late=1")) == Codes{"259001"});
  CHECK(codes(finance.get(round + "/board?late=1&unit=259002")).empty());
}
