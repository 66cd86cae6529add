// The store (src/store) on a fresh database: migrations, accounts, sessions, versions and blobs.
#include <Poco/Data/Session.h>

#include <catch2/catch.hpp>

#include "base/error_code.h"
#include "store/credentials.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store_test_support.h"

namespace {

using evalbook::store::NewVersion;
using evalbook::store::Role;
using evalbook::store::Store;

NewVersion upload(std::int64_t round, const std::string& unit, const std::string& file,
                  const std::string& bytes, std::int64_t user) {
  NewVersion v;
  v.round_id = round;
  v.unit_code = unit;
  v.file_name = file;
  v.uploaded_by = user;
  v.original = bytes;
  v.forms_json = "[]";
  return v;
}

}  // namespace

TEST_CASE("store: SHA-256 and PBKDF2 give the published test vectors", "[store]") {
  // FIPS 180-2 appendix B.1.
  CHECK(evalbook::store::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // RFC 7914 section 11: PBKDF2-HMAC-SHA256(P="passwd", S="salt", c=1), its first 32 bytes.
  CHECK(evalbook::store::hash_password("passwd", "salt", 1) ==
        "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
  const auto a = evalbook::store::hash_password("passwd", "73616c74", 1000);
  CHECK(a.size() == 64);
  CHECK(a != evalbook::store::hash_password("passwd", "73616c75", 1000));
  CHECK(a != evalbook::store::hash_password("passwe", "73616c74", 1000));
  CHECK(a != evalbook::store::hash_password("passwd", "73616c74", 1001));
  CHECK(a == evalbook::store::hash_password("passwd", "73616c74", 1000));
}

TEST_CASE("store: a fresh database is migrated; a newer schema is refused by name", "[store]") {
  evalbook::test::FreshDatabase fresh;
  {
    Store store(fresh.url());
    CHECK(evalbook::store::schema_version(store.database()) ==
          evalbook::store::latest_schema_version());
  }
  {
    Store again(fresh.url());  // opening twice migrates nothing more
    CHECK(evalbook::store::schema_version(again.database()) ==
          evalbook::store::latest_schema_version());
    again.database().write([&](Poco::Data::Session& s) {
      s << "INSERT INTO schema_migrations (version, applied_at) VALUES (999, 0)",
          Poco::Data::Keywords::now;
    });
  }
  try {
    Store newer(fresh.url());
    FAIL("a database of schema 999 was opened");
  } catch (const evalbook::Error& e) {
    CHECK(e.code() == evalbook::ErrorCode::schema_too_new);
  }
}

TEST_CASE("store: passwords, sessions and API tokens", "[store]") {
  evalbook::test::FreshDatabase fresh;
  Store store(fresh.url());
  const auto id = store.add_user("jc-shangwu", Role::unit, "259001", "密码 secret");
  store.add_user("caizheng", Role::finance, "", "另一个");
  CHECK_THROWS_AS(store.add_user("nounit", Role::unit, "", "x"), evalbook::Error);
  CHECK_THROWS(store.add_user("jc-shangwu", Role::unit, "259001", "again"));  // names are unique

  auto user = store.check_password("jc-shangwu", "密码 secret");
  REQUIRE(user);
  CHECK(user->id == id);
  CHECK(user->role == Role::unit);
  CHECK(user->unit_code == "259001");
  CHECK_FALSE(store.check_password("jc-shangwu", "密码 secreT"));
  CHECK_FALSE(store.check_password("nobody", "密码 secret"));

  const std::string token = store.open_session(id, 3600);
  CHECK(token.size() == 64);
  REQUIRE(store.user_of_session(token));
  CHECK(store.user_of_session(token)->name == "jc-shangwu");
  CHECK_FALSE(store.user_of_session(token + "0"));
  store.close_session(token);
  CHECK_FALSE(store.user_of_session(token));
  const std::string expired = store.open_session(id, -1);
  CHECK_FALSE(store.user_of_session(expired));

  const std::string api = store.add_api_token(id);
  REQUIRE(store.user_of_api_token(api));
  CHECK_FALSE(store.user_of_session(api));  // a script's token is no browser session

  CHECK(store.login_failures("ip:127.0.0.1", 60).count == 0);
  const auto never_wait = [](const auto&, std::int64_t) { return std::int64_t{0}; };
  store.reserve_login_attempt({"ip:127.0.0.1"}, 60, never_wait);
  const auto second = store.reserve_login_attempt({"ip:127.0.0.1", "user:x"}, 60, never_wait);
  CHECK(second.before[0].count == 1);  // the first attempt, seen by the second
  CHECK(second.before[1].count == 0);
  const auto failures = store.login_failures("ip:127.0.0.1", 60);
  CHECK(failures.count == 2);
  CHECK(failures.last_ms == second.at_ms);  // the time the doubling delay counts from
  // Refused: nothing is counted.
  const auto refused = store.reserve_login_attempt(
      {"ip:127.0.0.1"}, 60, [](const auto&, std::int64_t) { return std::int64_t{500}; });
  CHECK(refused.wait_ms == 500);
  CHECK(store.login_failures("ip:127.0.0.1", 60).count == 2);
  // Given back: the count and the time of the last failure as before the second attempt.
  store.give_back_login_attempt("ip:127.0.0.1", second, 0);
  CHECK(store.login_failures("ip:127.0.0.1", 60).count == 1);
  CHECK(store.login_failures("ip:127.0.0.1", 60).last_ms == second.before[0].last_ms);
  store.clear_failures("ip:127.0.0.1");
  CHECK(store.login_failures("ip:127.0.0.1", 60).count == 0);
}

TEST_CASE("store: a resubmission is a new version; bytes come back unchanged", "[store]") {
  evalbook::test::FreshDatabase fresh;
  Store store(fresh.url());
  evalbook::store::Round round;
  round.name = "2023年度项目支出绩效自评";
  round.year = 2023;
  round.deadline = "2024-03-31";
  round.units = {"259001", "259002"};
  const auto rid = store.add_round(round);
  const auto uid = store.add_user("u1", Role::unit, "259001", "pw");
  const auto fid = store.add_user("f1", Role::finance, "", "pw");

  std::string bytes("PK\x03\x04\x00\xff\xfe binary\x00 tail", 20);
  auto [sid, v1] = store.add_version(upload(rid, "259001", "出口信用保险.xlsx", bytes, uid));
  CHECK(v1 == 1);
  auto second = upload(rid, "259001", "出口信用保险.xlsx", bytes + "x", uid);
  second.error_count = 2;
  auto [sid2, v2] = store.add_version(second);
  CHECK(sid2 == sid);
  CHECK(v2 == 2);

  auto versions = store.versions(sid);
  REQUIRE(versions.size() == 2);
  CHECK(versions[0].sha256 == evalbook::store::sha256_hex(bytes));
  CHECK(*store.blob(versions[0].sha256) == bytes);  // the first upload is still there
  CHECK(*store.blob(versions[1].sha256) == bytes + "x");
  CHECK_FALSE(store.blob(std::string(64, '0')));
  CHECK(store.latest_version(sid)->version == 2);
  CHECK(store.latest_version(sid)->file_name == "出口信用保险.xlsx");

  auto board = store.board(rid);
  REQUIRE(board.size() == 2);
  CHECK(board[0].unit_code == "259001");
  CHECK(board[0].submissions == 1);  // one submission, its latest version counted
  CHECK(board[0].errors == 2);
  CHECK(board[1].unit_code == "259002");
  CHECK(board[1].submissions == 0);

  store.review(sid, 2, "return", "请核对总分", fid);
  CHECK(store.latest_version(sid)->review == "return");
  CHECK(store.latest_version(sid)->review_note == "请核对总分");
  CHECK(store.board(rid)[0].any_returned);
  store.review(sid, 2, "accept", "", fid);
  CHECK(store.board(rid)[0].all_accepted);
}

TEST_CASE("store: a database password never appears in a message", "[store]") {
  // Port 1 on loopback refuses at once, so the connection fails and says which address it tried.
  for (const std::string url : {"postgresql://evalbook:s3cret-pw@127.0.0.1:1/evalbook",
                                "postgresql://evalbook:s3cret-pw@/no-host-given"}) {
    try {
      evalbook::store::Database db(url, 1);
      FAIL("a connection to " << url << " was expected to fail");
    } catch (const evalbook::Error& e) {
      const std::string message = e.what();
      CHECK(message.find("s3cret-pw") == std::string::npos);
      CHECK(message.find("evalbook:***@") != std::string::npos);
    }
  }
}
