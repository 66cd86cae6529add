// The admin's endpoints: accounts, passwords, API tokens and rounds; and every new endpoint's
// access rule.
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>
#include <map>

#include "api_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::error_code_of;
using evalbook::test::json_of;
using evalbook::test::ServerFixture;

evalbook::test::Reply bearer_get(ApiClient& client, const std::string& path,
                                 const std::string& token) {
  return client.request("GET", path, "", "", {{"Authorization", "Bearer " + token}});
}

}  // namespace

TEST_CASE("api: an admin adds users, resets passwords and issues and revokes tokens",
          "[api][admin]") {
  ServerFixture server;
  ApiClient admin(server.port());
  REQUIRE(admin.login("admin", "pass-admin"));

  auto added = admin.post_json("/api/admin/users", R"({"name": "unit-c", "role": "unit",
      "unit": "259003-晋城市商务局机关服务中心", "password": "first-pass"})");
  REQUIRE(added.status == 201);
  const int id = json_of(added)->getObject("user")->getValue<int>("id");
  CHECK(json_of(added)->getObject("user")->getValue<std::string>("unit") == "259003");
  ApiClient c(server.port());
  REQUIRE(c.login("unit-c", "first-pass"));

  SECTION("the list names each unit as the board does: 代码-名称, the code alone when unnamed") {
    auto users = json_of(admin.get("/api/admin/users"))->getArray("users");
    std::map<std::string, std::string> label_of;
    for (unsigned i = 0; i < users->size(); ++i) {
      auto u = users->getObject(i);
      label_of[u->getValue<std::string>("name")] = u->optValue<std::string>("unit_label", "?");
    }
    CHECK(label_of["unit-c"] == "259003-晋城市商务局机关服务中心");  // as the admin wrote it
    CHECK(label_of["unit-a"] == "259001");                           // the fixture gave no name
    CHECK(label_of["finance"].empty());                              // no unit
  }
  SECTION("refused: a taken name, a short password, a unit user without a unit") {
    auto taken = admin.post_json(
        "/api/admin/users", R"({"name": "unit-c", "role": "finance", "password": "long-enough"})");
    CHECK(taken.status == 409);
    CHECK(admin
              .post_json("/api/admin/users",
                         R"({"name": "x", "role": "finance", "password": "short"})")
              .status == 400);
    CHECK(admin
              .post_json("/api/admin/users",
                         R"({"name": "y", "role": "unit", "password": "long-enough"})")
              .status == 400);
  }
  SECTION("a new password ends the old sessions; the old password no longer works") {
    const std::string path = "/api/admin/users/" + std::to_string(id) + "/password";
    REQUIRE(admin.post_json(path, R"({"password": "second-pass"})").status == 200);
    CHECK(c.get("/api/me").status == 401);
    ApiClient again(server.port());
    CHECK_FALSE(again.login("unit-c", "first-pass"));
    CHECK(again.login("unit-c", "second-pass"));
    CHECK(
        admin.post_json("/api/admin/users/999/password", R"({"password": "second-pass"})").status ==
        404);
  }
  SECTION("a token is shown once, listed by its id and label, and revoked") {
    const std::string path = "/api/admin/users/" + std::to_string(id) + "/tokens";
    auto issued = admin.post_json(path, R"({"label": "报送脚本"})");
    REQUIRE(issued.status == 201);
    const std::string token = json_of(issued)->getValue<std::string>("token");
    ApiClient script(server.port());
    auto me = bearer_get(script, "/api/me", token);
    REQUIRE(me.status == 200);
    CHECK(json_of(me)->getObject("user")->getValue<std::string>("name") == "unit-c");
    auto users = json_of(admin.get("/api/admin/users"))->getArray("users");
    std::string token_id;
    for (unsigned i = 0; i < users->size(); ++i) {
      auto u = users->getObject(i);
      if (u->getValue<std::string>("name") != "unit-c") continue;
      auto tokens = u->getArray("tokens");
      REQUIRE(tokens->size() == 1);
      CHECK(tokens->getObject(0)->getValue<std::string>("label") == "报送脚本");
      token_id = tokens->getObject(0)->getValue<std::string>("id");
    }
    REQUIRE(token_id.size() == 12);
    CHECK(admin.get("/api/admin/users").body.find(token) == std::string::npos);  // never shown
    CHECK(admin.request("DELETE", "/api/admin/tokens/" + token_id, "", "").status == 200);
    CHECK(bearer_get(script, "/api/me", token).status == 401);
    CHECK(admin.request("DELETE", "/api/admin/tokens/" + token_id, "", "").status == 404);
    CHECK(admin.request("DELETE", "/api/admin/tokens/" + token_id.substr(0, 3), "", "").status ==
          404);  // no revoking by a prefix
  }
}

TEST_CASE("api: an admin adds and edits rounds with units as the forms write them",
          "[api][admin]") {
  ServerFixture server;
  ApiClient admin(server.port()), finance(server.port());
  REQUIRE(admin.login("admin", "pass-admin"));
  REQUIRE(finance.login("finance", "pass-f"));
  auto added =
      admin.post_json("/api/admin/rounds", R"({"name": "2024年度部门整体自评", "year": 2024,
      "deadline": "2025-03-31", "templates": ["project-2023"],
      "units": ["259001-晋城市商务局", "259005"]})");
  REQUIRE(added.status == 201);
  auto round = json_of(added)->getObject("round");
  const int id = round->getValue<int>("id");
  CHECK(round->getArray("units")->size() == 2);
  // The admin's list of rounds names the units as the board does.
  auto listed = json_of(admin.get("/api/admin/rounds"))->getArray("rounds");
  REQUIRE(listed->size() == 2);  // the fixture's round and this one
  for (unsigned i = 0; i < listed->size(); ++i) {
    if (listed->getObject(i)->getValue<int>("id") != id) continue;
    auto labels = listed->getObject(i)->getArray("unit_labels");
    REQUIRE(labels);
    REQUIRE(labels->size() == 2);
    CHECK(labels->getElement<std::string>(0) == "259001-晋城市商务局");
    CHECK(labels->getElement<std::string>(1) == "259005");
  }
  auto board = json_of(finance.get("/api/rounds/" + std::to_string(id) + "/board"));
  auto units = board->getArray("units");
  REQUIRE(units->size() == 2);
  CHECK(units->getObject(0)->getValue<std::string>("label") == "259001-晋城市商务局");
  CHECK(units->getObject(1)->getValue<std::string>("label") == "259005");

  auto edited = admin.request("PUT", "/api/admin/rounds/" + std::to_string(id),
                              R"({"name": "2024年度部门整体自评（补报）", "year": 2024,
      "deadline": "2025-04-30", "units": ["259005"]})",
                              "application/json");
  REQUIRE(edited.status == 200);
  auto after = json_of(finance.get("/api/rounds/" + std::to_string(id) + "/board"));
  CHECK(after->getObject("round")->getValue<std::string>("deadline") == "2025-04-30");
  CHECK(after->getArray("units")->size() == 1);

  CHECK(
      admin
          .post_json("/api/admin/rounds", R"({"name": "x", "year": 2024, "deadline": "31.3.2025"})")
          .status == 400);
  CHECK(admin
            .post_json("/api/admin/rounds",
                       R"({"name": "x", "year": 2024, "templates": ["no-such-template"]})")
            .status == 400);
  CHECK(admin
            .request("PUT", "/api/admin/rounds/999", R"({"name": "x", "year": 2024})",
                     "application/json")
            .status == 404);
}

TEST_CASE("api: every new endpoint checks who is asking", "[api][admin]") {
  ServerFixture server;
  const std::string round = "/api/rounds/" + std::to_string(server.round_id);
  ApiClient anonymous(server.port()), a(server.port()), b(server.port()), finance(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  REQUIRE(b.login("unit-b", "pass-b"));
  REQUIRE(finance.login("finance", "pass-f"));
  REQUIRE(a.upload(round + "/uploads",
                   {{"出口信用保险.xlsx", evalbook::test::sample_bytes("004_project_04_")}})
              .status == 201);
  const std::string finance_paths[] = {round + "/records.csv", round + "/board?q=x", "/api/jobs/1",
                                       "/api/jobs/1/summary.xlsx"};
  const std::string admin_paths[] = {"/api/admin/users", "/api/admin/rounds"};
  for (const auto& path : finance_paths) {
    CHECK(anonymous.get(path).status == 401);
    CHECK(error_code_of(a.get(path)) == "forbidden");
  }
  CHECK(anonymous.request("POST", round + "/summary-jobs", "", "").status == 401);
  CHECK(a.request("POST", round + "/summary-jobs", "", "").status == 403);
  for (const auto& path : admin_paths) {
    CHECK(anonymous.get(path).status == 401);
    CHECK(a.get(path).status == 403);
    CHECK(error_code_of(finance.get(path)) == "forbidden");
  }
  CHECK(finance
            .post_json("/api/admin/users",
                       R"({"name": "z", "role": "admin", "password": "long-enough"})")
            .status == 403);
  CHECK(a.post_json("/api/admin/rounds", R"({"name": "x", "year": 2024})").status == 403);
  CHECK(finance.request("DELETE", "/api/admin/tokens/000000000000", "", "").status == 403);
  // Unit B asking for unit A's submission's versions and difference: 404, as for the rest.
  CHECK(b.get("/api/submissions/1/diff?from=1&to=1").status == 404);
  CHECK(b.get("/api/submissions/1/versions").status == 404);
  CHECK(a.get("/api/submissions/1/diff?from=x").status == 400);
}
