// Every access rule of the service: who may see and do what, checked on the server.
#include <catch2/catch.hpp>

#include "api_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::error_code_of;
using evalbook::test::ServerFixture;

}  // namespace

TEST_CASE("api: every endpoint checks who is asking", "[api]") {
  ServerFixture server;
  const std::string round = "/api/rounds/" + std::to_string(server.round_id);
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  auto up = a.upload(round + "/uploads",
                     {{"出口信用保险.xlsx", evalbook::test::sample_bytes("004_project_04_")}});
  REQUIRE(up.status == 201);
  const std::string sub = "/api/submissions/1";

  SECTION("no session: 401") {
    ApiClient anonymous(server.port());
    for (const std::string& path :
         {std::string("/api/rounds"), sub, sub + "/original", round + "/board"}) {
      auto r = anonymous.get(path);
      CHECK(r.status == 401);
      CHECK(error_code_of(r) == "unauthorized");
    }
    CHECK(anonymous.upload(round + "/uploads", {{"a.xlsx", "PK"}}).status == 401);
  }
  SECTION("a wrong password: 401, no cookie") {
    ApiClient wrong(server.port());
    auto r = wrong.post_json("/api/login", R"({"username": "unit-a", "password": "pass-b"})");
    CHECK(r.status == 401);
    CHECK(wrong.cookie().empty());
  }
  SECTION("a forged or expired session: 401") {
    ApiClient forged(server.port());
    forged.set_cookie(std::string(64, 'a'));
    CHECK(forged.get("/api/rounds").status == 401);
    auto user = server.store->user_by_name("unit-a");
    ApiClient expired(server.port());
    expired.set_cookie(server.store->open_session(user->id, -1));
    CHECK(expired.get("/api/rounds").status == 401);
  }
  SECTION("another unit's submission, original, corrected file: 404; its board: 403") {
    ApiClient b(server.port());
    REQUIRE(b.login("unit-b", "pass-b"));
    for (const std::string& path :
         {sub, sub + "/original", sub + "/corrected", sub + "/versions"}) {
      auto r = b.get(path);
      CHECK(r.status == 404);
      CHECK(error_code_of(r) == "not_found");
    }
    CHECK(b.get(round + "/board").status == 403);
    CHECK(a.get(round + "/board").status == 403);
    CHECK(error_code_of(a.get(round + "/summary.xlsx")) == "forbidden");
    CHECK(a.post_json(sub + "/review", R"({"decision": "accept"})").status == 403);
    CHECK(a.get(sub).status == 200);  // its own
  }
  SECTION("finance does not upload") {
    ApiClient f(server.port());
    REQUIRE(f.login("finance", "pass-f"));
    CHECK(f.upload(round + "/uploads", {{"a.xlsx", "PK"}}).status == 403);
    CHECK(f.get(sub).status == 200);
  }
  SECTION("a cookie POST from another site: 403 foreign_origin") {
    auto r = a.post_json(sub + "/review", R"({"decision": "accept"})",
                         {{"Origin", "http://evil.example"}});
    CHECK(r.status == 403);
    CHECK(error_code_of(r) == "foreign_origin");
  }
  SECTION("after logout the session is gone") {
    CHECK(a.post_json("/api/logout", "{}").status == 200);
    ApiClient stale(server.port());
    stale.set_cookie(a.cookie());
    CHECK(a.get("/api/rounds").status == 401);
  }
}

TEST_CASE("api: a unit takes part only in the rounds that expect it", "[api]") {
  ServerFixture server;  // its round expects 259001, 259002 and 259003
  server.store->add_user("unit-d", evalbook::store::Role::unit, "259004", "pass-d");
  evalbook::store::Round open;
  open.name = "不限单位的批次";
  open.year = 2023;  // no units named: every unit may report
  const auto open_id = server.store->add_round(open);
  ApiClient d(server.port()), a(server.port());
  REQUIRE(d.login("unit-d", "pass-d"));
  REQUIRE(a.login("unit-a", "pass-a"));
  const auto ids = [](const evalbook::test::Reply& r) {
    std::vector<int> out;
    const auto rounds = evalbook::test::json_of(r)->getArray("rounds");
    for (std::size_t i = 0; i < rounds->size(); ++i)
      out.push_back(rounds->getObject(static_cast<unsigned>(i))->getValue<int>("id"));
    return out;
  };
  CHECK(ids(d.get("/api/rounds")) == std::vector<int>{static_cast<int>(open_id)});
  CHECK(ids(a.get("/api/rounds")).size() == 2);

  const std::string theirs = "/api/rounds/" + std::to_string(server.round_id);
  const auto file = std::vector<std::pair<std::string, std::string>>{
      {"遗属补助.xlsx", evalbook::test::sample_bytes("004_project_02_")}};
  auto refused = d.upload(theirs + "/uploads", file);
  CHECK(refused.status == 404);
  CHECK(error_code_of(refused) == "not_found");
  CHECK(d.get(theirs + "/mine").status == 404);
  CHECK(server.store->latest_versions_of_round(server.round_id).empty());  // nothing stored

  const std::string own = "/api/rounds/" + std::to_string(open_id);
  CHECK(d.upload(own + "/uploads", file).status == 201);
  CHECK(d.get(own + "/mine").status == 200);
}

TEST_CASE("api: the page is served with a policy that forbids inline script", "[api]") {
  ServerFixture server;
  ApiClient anyone(server.port());
  auto page = anyone.get("/");
  REQUIRE(page.status == 200);
  CHECK(page.headers["Content-Security-Policy"].find("script-src 'self'") != std::string::npos);
  CHECK(page.headers["Content-Security-Policy"].find("unsafe-inline") == std::string::npos);
  // Every script of the page is a file of the server, none inline.
  CHECK(page.body.find("<script src=\"/app.js\"") != std::string::npos);
  CHECK(page.body.find("<script>") == std::string::npos);
  auto script = anyone.get("/app.js");
  REQUIRE(script.status == 200);
  CHECK(script.body.find("innerHTML") == std::string::npos);  // texts only via textContent
  CHECK(anyone.get("/style.css").status == 200);
  CHECK(anyone.get("/../CMakeLists.txt").status == 404);  // only the page's own files
  CHECK(anyone.get("/web/app.js").status == 404);
  CHECK(anyone.get("/api/nothing").status == 401);
}
