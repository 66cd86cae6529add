// Two servers on one database hold no state of their own: an upload through one is on the
// other's board, and a session opened on one works on the other. (On PostgreSQL when
// EVALBOOK_TEST_POSTGRES is set, as several servers behind a load balancer; else on one
// SQLite file.)
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "api_client.h"
#include "server_fixture.h"

TEST_CASE("api: two servers on one database share uploads and sessions", "[api]") {
  evalbook::test::ServerFixture first;
  evalbook::store::Store second_store(first.db.url());
  evalbook::server::ServerConfig config;
  config.port = 0;
  evalbook::server::Service second(config, evalbook::test::shared_app_context(), second_store);
  second.start();

  evalbook::test::ApiClient unit(first.port());
  REQUIRE(unit.login("unit-a", "pass-a"));
  const std::string round = "/api/rounds/" + std::to_string(first.round_id);
  auto up = unit.upload(round + "/uploads",
                        {{"出口信用保险.xlsx", evalbook::test::sample_bytes("004_project_04_")}});
  REQUIRE(up.status == 201);

  evalbook::test::ApiClient finance_first(first.port());
  REQUIRE(finance_first.login("finance", "pass-f"));
  evalbook::test::ApiClient finance_second(second.port());
  finance_second.set_cookie(finance_first.cookie());  // the session opened on the first
  auto board = finance_second.get(round + "/board");
  REQUIRE(board.status == 200);
  Poco::JSON::Parser parser;
  auto units = parser.parse(board.body).extract<Poco::JSON::Object::Ptr>()->getArray("units");
  CHECK(units->getObject(0)->getValue<std::string>("unit") == "259001");
  CHECK(units->getObject(0)->getValue<int>("submissions") == 1);
  CHECK(units->getObject(0)->getValue<std::string>("status") == "errors");

  evalbook::test::ApiClient unit_second(second.port());
  unit_second.set_cookie(unit.cookie());
  auto original = unit_second.get("/api/submissions/1/original");
  REQUIRE(original.status == 200);
  CHECK(original.body == evalbook::test::sample_bytes("004_project_04_"));
  second.stop();
}
