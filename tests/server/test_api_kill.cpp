// Nothing lost (issue 10, point 8): `evalbook serve` killed with SIGKILL while clients upload,
// then started again on the same database. Every upload that was answered 201 is there and its
// original re-hashes to its SHA-256; a request that was not answered is there whole or not at
// all; no version lacks its blobs, no form its version, no submission every version.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <thread>

#include "api_client.h"
#include "serve_process.h"
#include "server_fixture.h"
#include "store/credentials.h"
#include "store/store.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::FreshDatabase;
using evalbook::test::ServeProcess;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

struct StoredFile {
  std::string name;
  std::string sha256;  // of the bytes sent
  std::int64_t submission = 0;
  int version = 0;
};

// One request of one client: its files and how the server answered (0: it did not).
struct SentRequest {
  std::vector<StoredFile> files;
  int status = 0;
  bool acknowledged = false;  // 201 with one S per file, each naming the bytes sent
};

std::int64_t count(evalbook::store::Database& db, const std::string& sql) {
  auto s = db.session();
  Poco::Int64 n = -1;
  s << db.sql(sql), into(n), now;
  return n;
}

// Uploads until `stop`: requests of one and of two workbooks in turn, each file name new.
void upload_until_stopped(std::uint16_t port, int client, const std::string& bytes,
                          std::atomic<bool>& stop, std::atomic<int>& acknowledged,
                          std::mutex& mutex, std::vector<SentRequest>& sent) {
  ApiClient api(port);
  if (!api.login("unit-a", "pass-a")) return;
  const std::string sha = evalbook::store::sha256_hex(bytes);
  for (int j = 0; !stop; ++j) {
    SentRequest request;
    std::vector<std::pair<std::string, std::string>> files;
    for (int k = 0; k < 1 + j % 2; ++k) {
      const std::string name = "c" + std::to_string(client) + "-r" + std::to_string(j) + "-" +
                               std::to_string(k) + ".xlsx";
      files.emplace_back(name, bytes);
      request.files.push_back({name, sha, 0, 0});
    }
    // No Catch2 assertions here (they are not thread-safe): what came back is judged later.
    try {
      const auto reply = api.upload("/api/rounds/1/uploads", files);
      request.status = reply.status;
      if (reply.status == 201) {
        Poco::JSON::Parser parser;
        auto list =
            parser.parse(reply.body).extract<Poco::JSON::Object::Ptr>()->getArray("submissions");
        bool whole = list->size() == request.files.size();
        for (unsigned i = 0; whole && i < list->size(); ++i) {
          auto s = list->getObject(i);
          request.files[i].submission = s->getValue<Poco::Int64>("id");
          request.files[i].version = s->getValue<int>("version");
          whole = s->getValue<std::string>("sha256") == sha;
        }
        request.acknowledged = whole;
        if (whole) ++acknowledged;
      }
    } catch (const std::exception&) {  // the server died under this request
      stop = true;
    }
    std::lock_guard<std::mutex> lock(mutex);
    sent.push_back(std::move(request));
    if (!sent.back().acknowledged) return;
  }
}

}  // namespace

TEST_CASE("a server killed with SIGKILL mid-upload keeps every acknowledged upload whole",
          "[kill]") {
  FreshDatabase db;
  {
    evalbook::store::Store store(db.url());
    evalbook::test::add_unit_a_and_round(store);
  }
  const std::string bytes = evalbook::test::sample_bytes("000_project_");

  std::vector<SentRequest> sent;
  {
    ServeProcess server(EVALBOOK_BINARY, db.url());
    std::atomic<bool> stop{false};
    std::atomic<int> acknowledged{0};
    std::mutex mutex;
    std::vector<std::thread> clients;
    constexpr int kClients = 6;
    for (int c = 0; c < kClients; ++c) {
      clients.emplace_back(upload_until_stopped, server.port(), c, std::cref(bytes), std::ref(stop),
                           std::ref(acknowledged), std::ref(mutex), std::ref(sent));
    }
    // Killed once some uploads are acknowledged, while the six clients are sending more.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (acknowledged < 20 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    server.kill();
    stop = true;
    for (auto& t : clients) t.join();
    REQUIRE(acknowledged >= 20);
  }
  int unanswered = 0;
  for (const auto& r : sent) {
    unanswered += r.status == 0 ? 1 : 0;
    INFO("a request was answered " << r.status);
    CHECK((r.status == 0 || r.acknowledged));  // before the kill every answer is a whole 201
  }
  INFO("requests: " << sent.size() << ", unanswered when killed: " << unanswered);
  CHECK(unanswered >= 1);  // the kill did fall in the middle of uploads

  ServeProcess restarted(EVALBOOK_BINARY, db.url());
  evalbook::store::Store store(db.url());
  auto& database = store.database();

  for (const auto& r : sent) {
    if (r.acknowledged) {
      for (const auto& f : r.files) {
        auto v = store.version(f.submission, f.version);
        REQUIRE(v);
        CHECK(v->file_name == f.name);
        CHECK(v->sha256 == f.sha256);
        auto original = store.blob(v->sha256);
        REQUIRE(original);
        CHECK(evalbook::store::sha256_hex(*original) == f.sha256);
      }
    } else {  // unanswered: all of its files or none
      std::int64_t present = 0;
      for (const auto& f : r.files) {
        auto s = database.session();
        Poco::Int64 n = 0;
        s << database.sql("SELECT COUNT(*) FROM submissions WHERE file_name = ?"), bind(f.name),
            into(n), now;
        present += n;
      }
      INFO(r.files.front().name);
      CHECK((present == 0 || present == static_cast<std::int64_t>(r.files.size())));
    }
  }

  // No half-written rows anywhere.
  CHECK(count(database,
              "SELECT COUNT(*) FROM versions v LEFT JOIN blobs b ON b.sha256 = v.original_sha256 "
              "WHERE b.sha256 IS NULL") == 0);
  CHECK(count(database,
              "SELECT COUNT(*) FROM versions v LEFT JOIN blobs b ON b.sha256 = v.corrected_sha256 "
              "WHERE v.corrected_sha256 IS NOT NULL AND b.sha256 IS NULL") == 0);
  CHECK(count(database,
              "SELECT COUNT(*) FROM forms f LEFT JOIN versions v ON v.id = f.version_id "
              "WHERE v.id IS NULL") == 0);
  CHECK(count(database,
              "SELECT COUNT(*) FROM submissions s WHERE NOT EXISTS "
              "(SELECT 1 FROM versions v WHERE v.submission_id = s.id)") == 0);
  CHECK(count(database,
              "SELECT COUNT(*) FROM versions v WHERE v.forms_json = '' OR NOT EXISTS (SELECT 1 "
              "FROM forms f WHERE f.version_id "
              "= v.id)") == 0);  // every upload of this sample has its forms
  {
    auto s = database.session();
    std::vector<std::string> hashes;
    s << "SELECT sha256 FROM blobs", into(hashes), now;
    REQUIRE(!hashes.empty());
    for (const auto& h : hashes) {
      auto content = store.blob(h);
      REQUIRE(content);
      CHECK(evalbook::store::sha256_hex(*content) == h);
    }
  }

  // The restarted server serves what was acknowledged and takes new uploads.
  ApiClient api(restarted.port());
  REQUIRE(api.login("unit-a", "pass-a"));
  for (const auto& r : sent) {
    if (!r.acknowledged) continue;
    const auto original =
        api.get("/api/submissions/" + std::to_string(r.files.front().submission) + "/original");
    CHECK(original.status == 200);
    CHECK(original.body == bytes);
    break;
  }
  CHECK(api.upload("/api/rounds/1/uploads", {{"after-restart.xlsx", bytes}}).status == 201);
}
