#include "server_fixture.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "api_client.h"

namespace evalbook::test {

const app::AppContext& shared_app_context() {
  static const app::AppContext context(EVALBOOK_SOURCE_DIR "/templates");
  return context;
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string sample_bytes(const std::string& prefix) {
  for (const auto& e : std::filesystem::directory_iterator(EVALBOOK_SOURCE_DIR "/samples")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return file_bytes(e.path().string());
  }
  FAIL("no sample " << prefix);
  return {};
}

const std::string& hostile_fixtures() {
  static TempDir dir;
  static const std::string path = [] {
    const std::string out = dir.file("hostile");
    const std::string command = "python3 " EVALBOOK_SOURCE_DIR "/tests/hostile/make_fixtures.py '" +
                                out + "' --samples " EVALBOOK_SOURCE_DIR "/samples >/dev/null";
    REQUIRE(std::system(command.c_str()) == 0);
    return out;
  }();
  return path;
}

ServerFixture::ServerFixture(server::ServerConfig config) {
  store = std::make_unique<store::Store>(db.url());
  store->add_user("unit-a", store::Role::unit, "259001", "pass-a");
  store->add_user("unit-b", store::Role::unit, "259002", "pass-b");
  store->add_user("finance", store::Role::finance, "", "pass-f");
  store->add_user("admin", store::Role::admin, "", "pass-admin");
  store::Round round;
  round.name = "2023年度项目支出绩效自评";
  round.year = 2023;
  round.deadline = "2099-12-31";
  round.units = {"259001", "259002", "259003"};
  round_id = store->add_round(round);
  config.host = "127.0.0.1";
  config.port = 0;
  config.web_dir = EVALBOOK_SOURCE_DIR "/web";
  service = std::make_unique<server::Service>(config, shared_app_context(), *store);
  service->start();
}

std::int64_t add_unit_a_and_round(store::Store& store) {
  const auto unit = store.add_user("unit-a", store::Role::unit, "259001", "pass-a");
  store::Round round;
  round.name = "2023年度项目支出绩效自评";
  round.year = 2023;
  round.units = {"259001"};
  REQUIRE(store.add_round(round) == 1);
  return unit;
}

void upload_three_workbooks(const ServerFixture& server) {
  const std::string uploads = "/api/rounds/" + std::to_string(server.round_id) + "/uploads";
  ApiClient a(server.port()), b(server.port());
  REQUIRE(a.login("unit-a", "pass-a"));
  REQUIRE(b.login("unit-b", "pass-b"));
  REQUIRE(a.upload(uploads, {{"出口信用保险.xlsx", sample_bytes("004_project_04_")},
                             {"遗属补助.xlsx", sample_bytes("004_project_02_")}})
              .status == 201);
  REQUIRE(
      b.upload(uploads, {{"招商引资工作经费.xlsx", sample_bytes("002_project_招商引资工作经费")}})
          .status == 201);
}

}  // namespace evalbook::test
