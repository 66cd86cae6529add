// Finance's downloads of a round: export's CSV records, and the consolidation workbook made by
// a background job whose progress the page polls.
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <sstream>
#include <thread>

#include "api_client.h"
#include "server_fixture.h"
#include "xlsx/workbook.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::error_code_of;
using evalbook::test::json_of;
using evalbook::test::ServerFixture;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

struct UploadedRound {
  ServerFixture server;
  std::string round = "/api/rounds/" + std::to_string(server.round_id);
  ApiClient finance{server.port()};
  UploadedRound() {
    evalbook::test::upload_three_workbooks(server);
    REQUIRE(finance.login("finance", "pass-f"));
  }
};

}  // namespace

TEST_CASE("api: the round's records as export's CSV", "[api][downloads]") {
  UploadedRound r;
  auto reply = r.finance.get(r.round + "/records.csv");
  REQUIRE(reply.status == 200);
  CHECK(reply.headers["Content-Type"].find("text/csv") == 0);
  CHECK(reply.headers["Content-Disposition"].find("filename*=UTF-8''") != std::string::npos);
  CHECK(reply.body.rfind("\xEF\xBB\xBF", 0) == 0);  // the BOM Excel needs for UTF-8
  const auto lines = lines_of(reply.body.substr(3));
  REQUIRE(lines.size() == 4);  // the header and one row per form
  CHECK(lines[0].rfind("文件,工作表,模板,项目名称", 0) == 0);
  std::string relief;
  for (const auto& line : lines)
    if (line.find("2023年遗属补助") != std::string::npos) relief = line;
  REQUIRE(!relief.empty());
  CHECK(relief.rfind("259001/遗属补助.xlsx,", 0) == 0);  // named unit/file, as the zip is
  // 全年预算数 F5 = 8.853, 全年执行数 G5 = 8.853: 执行率 = 8.853 ÷ 8.853 = 100.00%.
  CHECK(relief.find(",8.853,8.853,") != std::string::npos);
  CHECK(relief.find(",100.00%,") != std::string::npos);

  SECTION("field names for scripts, the indicators table, and a bad table name") {
    auto fields = r.finance.get(r.round + "/records.csv?headers=field");
    CHECK(lines_of(fields.body.substr(3))[0].rfind("file,sheet,template,", 0) == 0);
    auto indicators = r.finance.get(r.round + "/records.csv?table=indicators");
    REQUIRE(indicators.status == 200);
    CHECK(lines_of(indicators.body.substr(3)).size() > 4);  // every form has indicators
    CHECK(r.finance.get(r.round + "/records.csv?table=users").status == 400);
  }
}

TEST_CASE("api: the consolidation workbook as a job with progress", "[api][downloads]") {
  UploadedRound r;
  auto started = r.finance.request("POST", r.round + "/summary-jobs", "", "");
  REQUIRE(started.status == 202);
  auto job = json_of(started)->getObject("job");
  const std::string path = "/api/jobs/" + std::to_string(job->getValue<int>("id"));
  CHECK(job->getValue<int>("total") == 3);  // three workbooks in the round
  std::string status = job->getValue<std::string>("status");
  evalbook::test::Reply last;
  for (int i = 0; i < 600 && status == "running"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    last = r.finance.get(path);
    REQUIRE(last.status == 200);
    status = json_of(last)->getValue<std::string>("status");
  }
  REQUIRE(status == "done");
  CHECK(json_of(last)->getValue<int>("done") == 3);
  auto result = r.finance.get(path + "/summary.xlsx");
  REQUIRE(result.status == 200);
  auto workbook = evalbook::xlsx::Workbook::open_memory(result.body);
  bool has_projects = false;
  for (const auto& sheet : workbook->sheets()) has_projects |= sheet.name == "项目汇总";
  CHECK(has_projects);
  CHECK(r.finance.get("/api/jobs/999").status == 404);
}
