// Access under attack: credentials used where they do not belong, forged or oversized ones,
// cross-site posts carrying the cookie, and a unit guessing the ids of another unit's uploads
// on every path that takes an id.
#include <catch2/catch.hpp>

#include "api_client.h"
#include "probe_support.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::error_code_of;
using evalbook::test::ServerFixture;
using evalbook::test::uploads_of;

}  // namespace

TEST_CASE("probe: a credential works only as what it is", "[api][probe]") {
  ServerFixture server;
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  const auto unit_a = server.store->user_by_name("unit-a");
  const std::string api_token = server.store->add_api_token(unit_a->id, "脚本");
  SECTION("a session token sent as an API token: 401") {
    ApiClient bearer(server.port());
    auto r =
        bearer.request("GET", "/api/rounds", "", "", {{"Authorization", "Bearer " + a.cookie()}});
    CHECK(r.status == 401);
  }
  SECTION("an API token sent as the session cookie: 401") {
    ApiClient cookie(server.port());
    cookie.set_cookie(api_token);
    CHECK(cookie.get("/api/rounds").status == 401);
  }
  SECTION("a bad Authorization header wins over a good cookie: 401") {
    auto r = a.request("GET", "/api/rounds", "", "", {{"Authorization", "Bearer x"}});
    CHECK(r.status == 401);
  }
  SECTION("forged cookies: SQL, 4,000 bytes, control bytes: 401") {
    for (const auto& forged : {std::string("' OR '1'='1"), std::string(4000, 'f'),
                               std::string("a%00b"), a.cookie().substr(0, a.cookie().size() - 1)}) {
      ApiClient f(server.port());
      f.set_cookie(forged);
      auto r = f.get("/api/me");
      INFO(forged.substr(0, 40));
      CHECK(r.status == 401);
      CHECK(error_code_of(r) == "unauthorized");
    }
  }
  SECTION("the session of a user whose password was changed ends") {
    ApiClient admin(server.port());
    REQUIRE(admin.login("admin", "pass-admin"));
    REQUIRE(admin
                .post_json("/api/admin/users/" + std::to_string(unit_a->id) + "/password",
                           R"({"password": "another-pass-1"})")
                .status == 200);
    CHECK(a.get("/api/rounds").status == 401);
  }
}

TEST_CASE("probe: a cross-site post carrying the cookie changes nothing", "[api][probe]") {
  ServerFixture server;
  ApiClient a(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  ApiClient admin(server.port());
  REQUIRE(admin.login("admin", "pass-admin"));
  const std::vector<std::map<std::string, std::string>> foreign = {
      {{"Origin", "http://evil.example"}},
      {{"Origin", "null"}},
      {{"Sec-Fetch-Site", "cross-site"}},
      {{"Sec-Fetch-Site", "same-site"}},
      {{"Origin", "http://127.0.0.1.evil.example"}}};
  for (const auto& headers : foreign) {
    INFO(headers.begin()->first << ": " << headers.begin()->second);
    // An upload as a cross-site form would send it (multipart with the cookie).
    auto up = a.request("POST", uploads_of(server),
                        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\""
                        "\r\n\r\nPK\x03\x04\r\n--b--\r\n",
                        "multipart/form-data; boundary=b", headers);
    CHECK(up.status == 403);
    CHECK(error_code_of(up) == "foreign_origin");
    auto user = admin.post_json(
        "/api/admin/users",
        R"({"name": "mallory", "role": "admin", "unit": "", "password": "mallory-pass"})", headers);
    CHECK(user.status == 403);
    CHECK(a.post_json("/api/logout", "{}", headers).status == 403);
    CHECK(ApiClient(server.port())
              .post_json("/api/login", R"({"username": "unit-a", "password": "pass-a"})", headers)
              .status == 403);
  }
  CHECK(server.store->latest_versions_of_round(server.round_id).empty());
  CHECK_FALSE(server.store->user_by_name("mallory"));
  CHECK(a.get("/api/rounds").status == 200);  // the logouts did not end the session
}

TEST_CASE("probe: a unit guessing ids sees nothing of another unit's uploads", "[api][probe]") {
  ServerFixture server;
  evalbook::test::upload_three_workbooks(server);  // unit-a: submissions 1, 2; unit-b: 3
  ApiClient finance(server.port());
  REQUIRE(finance.login("finance", "pass-f"));
  const auto job =
      finance.post_json("/api/rounds/" + std::to_string(server.round_id) + "/summary-jobs", "{}");
  REQUIRE(job.status == 202);
  ApiClient b(server.port());
  REQUIRE(b.login("unit-b", "pass-b"));
  // unit-a's submission 1 under every spelling of its id and on every path that takes one.
  for (const std::string id : {"1", "01", "+1", "1.", "0x1", "1%20", "%31"}) {
    for (const std::string tail :
         {"", "/original", "/corrected", "/versions", "/diff", "/diff?from=1&to=1"}) {
      const std::string path = "/api/submissions/" + id + tail;
      auto r = b.get(path);
      INFO(path << ": " << r.body.substr(0, 200));
      CHECK(r.status == 404);
      CHECK(r.body.find("出口信用保险") == std::string::npos);
      CHECK(r.body.find("PK") != 0);
    }
  }
  CHECK(b.post_json("/api/submissions/1/review", R"({"decision": "accept"})").status == 403);
  // Jobs and the round's downloads are finance's.
  for (const auto& path : {std::string("/api/jobs/1"), std::string("/api/jobs/1/summary.xlsx"),
                           "/api/rounds/" + std::to_string(server.round_id) + "/board",
                           "/api/rounds/" + std::to_string(server.round_id) + "/records.csv",
                           "/api/rounds/" + std::to_string(server.round_id) + "/originals.zip",
                           "/api/rounds/" + std::to_string(server.round_id) + "/summary.xlsx",
                           std::string("/api/admin/users"), std::string("/api/admin/rounds")}) {
    auto r = b.get(path);
    INFO(path);
    CHECK(r.status == 403);
  }
  CHECK(b.post_json("/api/rounds/" + std::to_string(server.round_id) + "/summary-jobs", "{}")
            .status == 403);
  // Its own list holds its own submission only.
  auto mine = b.get("/api/rounds/" + std::to_string(server.round_id) + "/mine");
  REQUIRE(mine.status == 200);
  auto list = evalbook::test::json_of(mine)->getArray("submissions");
  REQUIRE(list->size() == 1);
  CHECK(list->getObject(0)->getValue<std::string>("unit") == "259002");
  // Its own submission 3 is there: the 404s above are about whose, not about the path.
  CHECK(b.get("/api/submissions/3").status == 200);
  CHECK(b.get("/api/submissions/3/original").status == 200);
}
