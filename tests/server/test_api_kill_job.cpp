// A consolidation job whose server is killed (SIGKILL) half-way is taken over by the server
// started next on the same database once the dead one's lease has run out, and finished there;
// a job is claimed by one server only.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "api_client.h"
#include "serve_process.h"
#include "server_fixture.h"
#include "store/database.h"
#include "store/store.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::FreshDatabase;
using evalbook::test::json_of;
using evalbook::test::ServeProcess;

// Enough workbooks that the job is far from its end when its first progress (after one
// workbook) is seen.
constexpr int kWorkbooks = 400;

// A round of kWorkbooks stored uploads of one sample for unit 259001, and a finance account.
void fill_round(const std::string& url) {
  evalbook::store::Store store(url);
  store.add_user("finance", evalbook::store::Role::finance, "", "pass-f");
  const auto unit = evalbook::test::add_unit_a_and_round(store);
  const std::string bytes = evalbook::test::sample_bytes("000_project_");
  std::vector<evalbook::store::NewVersion> uploads;
  for (int i = 0; i < kWorkbooks; ++i) {
    evalbook::store::NewVersion v;
    v.round_id = 1;
    v.unit_code = "259001";
    v.file_name = "项目" + std::to_string(i) + ".xlsx";
    v.uploaded_by = unit;
    v.original = bytes;
    v.forms_json = "[]";
    uploads.push_back(std::move(v));
  }
  store.add_versions(uploads);
}

Poco::JSON::Object::Ptr poll(ApiClient& api, const std::string& path) {
  const auto r = api.get(path);
  REQUIRE(r.status == 200);
  return json_of(r);
}

}  // namespace

TEST_CASE("a consolidation job whose server was killed is finished by the next server",
          "[kill][jobs]") {
  FreshDatabase db;
  fill_round(db.url());
  const std::vector<std::string> short_lease = {"--job-lease", "2"};
  std::string job_path;
  int done_when_killed = 0;
  {
    ServeProcess first(EVALBOOK_BINARY, db.url(), short_lease);
    ApiClient finance(first.port());
    REQUIRE(finance.login("finance", "pass-f"));
    const auto started = finance.request("POST", "/api/rounds/1/summary-jobs", "", "");
    REQUIRE(started.status == 202);
    job_path =
        "/api/jobs/" + std::to_string(json_of(started)->getObject("job")->getValue<int>("id"));
    // Wait until the page would show progress...
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      const auto job = poll(finance, job_path);
      if (job->getValue<int>("done") > 0 || job->getValue<std::string>("status") != "running")
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // ...then kill the server while the job's row is locked here: the job can write neither
    // its next progress nor its result meanwhile, so what is read under the lock is what the
    // next server finds, however fast this machine checks workbooks.
    evalbook::store::Database database(db.url(), 1);
    std::string status_when_killed;
    database.write([&](Poco::Data::Session& s) {
      using Poco::Data::Keywords::into;
      using Poco::Data::Keywords::now;
      const std::string lock = db.postgres() ? " FOR UPDATE" : "";  // SQLite: BEGIN IMMEDIATE
      s << "SELECT done, status FROM jobs WHERE id = 1" + lock, into(done_when_killed),
          into(status_when_killed), now;
      first.kill();
    });
    REQUIRE(status_when_killed == "running");
  }
  evalbook::store::Store store(db.url());
  const auto orphan = store.job(1);
  REQUIRE(orphan);
  // The kill fell in the middle of the job: running, part done, one run so far.
  REQUIRE(orphan->status == "running");
  CHECK(orphan->done > 0);
  CHECK(orphan->done == done_when_killed);  // nothing was written after the kill
  CHECK(orphan->done < kWorkbooks);
  CHECK(orphan->attempts == 1);
  const std::string dead_owner = orphan->owner;

  ServeProcess second(EVALBOOK_BINARY, db.url(), short_lease);
  ApiClient finance(second.port());
  REQUIRE(finance.login("finance", "pass-f"));
  // The dead server's lease runs out within 2 s of the kill; the second server claims the job
  // on its own (its lease thread looks every 2/3 s) or when asked about it.
  std::string status = "running";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (status == "running" && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    status = poll(finance, job_path)->getValue<std::string>("status");
  }
  REQUIRE(status == "done");
  const auto finished = poll(finance, job_path);
  CHECK(finished->getValue<int>("done") == kWorkbooks);
  CHECK(finished->getValue<int>("total") == kWorkbooks);
  const auto taken_over = store.job(1);
  CHECK(taken_over->attempts == 2);  // run once by the dead server, once by the second
  CHECK(taken_over->owner != dead_owner);
  const auto workbook = finance.get(job_path + "/summary.xlsx");
  CHECK(workbook.status == 200);
  CHECK(workbook.body.rfind("PK", 0) == 0);  // an .xlsx (a zip)
}

TEST_CASE("store: an orphaned job is claimed by one server only, and failed after 3 runs",
          "[store][jobs]") {
  FreshDatabase db;
  evalbook::store::Store store(db.url());
  const auto user = store.add_user("finance", evalbook::store::Role::finance, "", "pass-f");
  evalbook::store::Round round;
  round.name = "批次";
  round.year = 2023;
  const auto round_id = store.add_round(round);
  // A lease of -1 s: already run out, as a killed server leaves it.
  const evalbook::store::JobLease dead{"dead", -1};
  const auto id = store.add_job(round_id, "summary", user, 0, dead);
  REQUIRE(store.orphaned_jobs().size() == 1);
  const evalbook::store::JobLease a{"a", -1};  // run out at once too, to be claimed again
  const evalbook::store::JobLease b{"b", 60};
  CHECK(store.claim_job(id, a, 3, "x"));              // run 2
  CHECK_FALSE(store.job_progress(id, "dead", 1, 1));  // the dead owner no longer writes
  CHECK(store.claim_job(id, b, 3, "x"));              // run 3
  CHECK_FALSE(store.claim_job(id, a, 3, "x"));        // b holds it: nobody else claims it
  CHECK_FALSE(store.finish_job(id, "a", "result"));
  CHECK(store.orphaned_jobs().empty());
  CHECK(store.job(id)->owner == "b");
  CHECK(store.job(id)->status == "running");

  // Three runs, each ended by its server dying: the next claim fails it instead.
  const auto again = store.add_job(round_id, "summary", user, 0, dead);
  CHECK(store.claim_job(again, a, 3, "x"));
  CHECK(store.claim_job(again, a, 3, "x"));
  CHECK_FALSE(store.claim_job(again, a, 3, "多次中断"));
  CHECK(store.job(again)->status == "failed");
  CHECK(store.job(again)->error_message == "多次中断");
}
