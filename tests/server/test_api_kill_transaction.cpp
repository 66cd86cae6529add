// A request of several workbooks is one transaction (docs/DATA-MODEL.md, "Uploads"): when the
// database refuses one of them, the answer is an error and none of the request is stored, so
// sending it again gives each file its version 1, never a second copy of half of it.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "api_client.h"
#include "server_fixture.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::error_code_of;
using evalbook::test::ServerFixture;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

// A real failure in the middle of the request's transaction: the database itself refuses the
// version of the file named "b-refused.xlsx" (a trigger), after "a.xlsx" was written.
void refuse_second_file(evalbook::store::Database& db) {
  auto s = db.session();
  if (db.dialect() == evalbook::store::Dialect::sqlite) {
    s << "CREATE TRIGGER refuse_b BEFORE INSERT ON versions WHEN (SELECT file_name FROM "
         "submissions WHERE id = NEW.submission_id) = 'b-refused.xlsx' BEGIN SELECT "
         "RAISE(ABORT, 'refused by the test'); END",
        now;
  } else {
    s << "CREATE FUNCTION refuse_b() RETURNS trigger AS $$ BEGIN IF (SELECT file_name FROM "
         "submissions WHERE id = NEW.submission_id) = 'b-refused.xlsx' THEN RAISE EXCEPTION "
         "'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
        now;
    s << "CREATE TRIGGER refuse_b BEFORE INSERT ON versions FOR EACH ROW EXECUTE FUNCTION "
         "refuse_b()",
        now;
  }
}

std::int64_t stored_rows(evalbook::store::Database& db, const std::string& table) {
  auto s = db.session();
  Poco::Int64 n = -1;
  s << "SELECT COUNT(*) FROM " + table, into(n), now;
  return n;
}

}  // namespace

TEST_CASE("a request that fails half-way stores none of its workbooks", "[upload][transaction]") {
  ServerFixture fx;
  auto& db = fx.store->database();
  refuse_second_file(db);
  ApiClient unit(fx.port());
  REQUIRE(unit.login("unit-a", "pass-a"));
  const std::string bytes = evalbook::test::sample_bytes("000_project_");
  const std::string rounds = "/api/rounds/" + std::to_string(fx.round_id);

  const auto refused = unit.upload(
      rounds + "/uploads", {{"a.xlsx", bytes}, {"b-refused.xlsx", bytes}, {"c.xlsx", bytes}});
  CHECK(refused.status == 500);
  CHECK(error_code_of(refused) == "database_error");
  CHECK(refused.body.find("均未保存") != std::string::npos);
  // The database's own words ("refused by the test", the driver's English) go to the server's
  // log; the clerk reads Chinese only, with what to do.
  const std::string message = evalbook::test::error_message_of(refused);
  INFO(message);
  CHECK(evalbook::test::english_words(message).empty());
  CHECK(message.find("请稍后重新上传") != std::string::npos);
  // Nothing of it: not a.xlsx (written before the refusal), not its blobs, not its forms.
  CHECK(stored_rows(db, "submissions") == 0);
  CHECK(stored_rows(db, "versions") == 0);
  CHECK(stored_rows(db, "forms") == 0);
  CHECK(stored_rows(db, "blobs") == 0);
  const auto mine = unit.get(rounds + "/mine");
  CHECK(mine.status == 200);
  CHECK(mine.body.find("a.xlsx") == std::string::npos);

  // The same request without the refused file: every file stored, each as its version 1.
  const auto accepted = unit.upload(rounds + "/uploads", {{"a.xlsx", bytes}, {"c.xlsx", bytes}});
  REQUIRE(accepted.status == 201);
  Poco::JSON::Parser parser;
  auto list =
      parser.parse(accepted.body).extract<Poco::JSON::Object::Ptr>()->getArray("submissions");
  REQUIRE(list->size() == 2);
  for (unsigned i = 0; i < list->size(); ++i)
    CHECK(list->getObject(i)->getValue<int>("version") == 1);
  CHECK(stored_rows(db, "submissions") == 2);
  CHECK(stored_rows(db, "versions") == 2);
  // One original (both files are the same bytes) and its one corrected workbook.
  CHECK(stored_rows(db, "blobs") == 2);
}

TEST_CASE("a database failure in any request or job is told in Chinese, the driver's words logged",
          "[upload][transaction]") {
  ServerFixture fx;
  auto& db = fx.store->database();
  ApiClient unit(fx.port()), finance(fx.port());
  REQUIRE(unit.login("unit-a", "pass-a"));
  REQUIRE(finance.login("finance", "pass-f"));
  const std::string rounds = "/api/rounds/" + std::to_string(fx.round_id);
  REQUIRE(
      unit.upload(rounds + "/uploads", {{"a.xlsx", evalbook::test::sample_bytes("000_")}}).status ==
      201);

  SECTION("a request: 500 database_error") {
    {
      auto s = db.session();
      s << "ALTER TABLE jobs RENAME TO jobs_gone", now;  // the job's INSERT now fails
    }
    const auto refused = finance.request("POST", rounds + "/summary-jobs", "", "");
    CHECK(refused.status == 500);
    CHECK(error_code_of(refused) == "database_error");
    const std::string message = evalbook::test::error_message_of(refused);
    INFO(message);
    CHECK(evalbook::test::english_words(message).empty());
    CHECK(message.find("请稍后重试") != std::string::npos);
  }
  SECTION("a job: failed, with the reason in Chinese") {
    {
      auto s = db.session();
      s << "ALTER TABLE blobs RENAME TO blobs_gone", now;  // the job cannot read the workbooks
    }
    const auto started = finance.request("POST", rounds + "/summary-jobs", "", "");
    REQUIRE(started.status == 202);
    Poco::JSON::Parser parser;
    const int id = parser.parse(started.body)
                       .extract<Poco::JSON::Object::Ptr>()
                       ->getObject("job")
                       ->getValue<int>("id");
    Poco::JSON::Object::Ptr job;
    for (int i = 0; i < 600; ++i) {  // a minute at most
      job = parser.parse(finance.get("/api/jobs/" + std::to_string(id)).body)
                .extract<Poco::JSON::Object::Ptr>();
      if (job->getValue<std::string>("status") != "running") break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    REQUIRE(job->getValue<std::string>("status") == "failed");
    const std::string message = job->getValue<std::string>("error");
    INFO(message);
    CHECK(evalbook::test::english_words(message).empty());
    CHECK(message.find("生成汇总表时出错") != std::string::npos);
  }
}
