// A request of several workbooks is one transaction (docs/DATA-MODEL.md, "Uploads"): when the
// database refuses one of them, the answer is an error and none of the request is stored, so
// sending it again gives each file its version 1, never a second copy of half of it.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

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
