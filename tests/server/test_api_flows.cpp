// The unit's and finance's flows through the API, against a server started on loopback.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "../unit/test_support.h"
#include "api_client.h"
#include "server_fixture.h"
#include "store/credentials.h"
#include "xlsx/workbook.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::error_code_of;
using evalbook::test::ServerFixture;
using Object = Poco::JSON::Object::Ptr;

Object parse(const std::string& body) {
  Poco::JSON::Parser parser;
  return parser.parse(body).extract<Object>();
}

// The first finding with this rule in the S object's forms.
Object finding(const Object& s, const std::string& rule) {
  auto forms = s->getArray("forms");
  for (unsigned i = 0; i < forms->size(); ++i) {
    auto findings = forms->getObject(i)->getArray("findings");
    for (unsigned k = 0; k < findings->size(); ++k) {
      if (findings->getObject(k)->getValue<std::string>("rule") == rule)
        return findings->getObject(k);
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("api: a unit uploads, downloads, resubmits and sees what changed", "[api]") {
  ServerFixture server;
  ApiClient unit(server.port());
  REQUIRE(unit.login("unit-a", "pass-a"));
  const std::string uploads = "/api/rounds/" + std::to_string(server.round_id) + "/uploads";
  const std::string original = evalbook::test::sample_bytes("002_project_招商引资工作经费");

  auto reply = unit.upload(uploads, {{"招商引资工作经费.xlsx", original}});
  REQUIRE(reply.status == 201);
  auto s = parse(reply.body)->getArray("submissions")->getObject(0);
  CHECK(s->getValue<std::string>("unit") == "259001");
  CHECK(s->getValue<std::string>("file") == "招商引资工作经费.xlsx");
  CHECK(s->getValue<int>("version") == 1);
  CHECK(s->getValue<std::string>("sha256") == evalbook::store::sha256_hex(original));
  CHECK(s->getValue<std::string>("status") == "errors");
  CHECK(s->isNull("error"));
  // 引进企业质量: target 不少于10家, actual 18: 完成进度 = 18 ÷ 10 = 180%; the form says 118% in
  // F23.
  auto slip = finding(s, "completion_progress");
  REQUIRE(slip);
  CHECK(slip->getValue<std::string>("cell") == "F23");
  CHECK(slip->getValue<std::string>("severity") == "error");
  const std::string sid = std::to_string(s->getValue<int>("id"));

  auto again = unit.get("/api/submissions/" + sid);
  REQUIRE(again.status == 200);
  CHECK(parse(again.body)->getValue<int>("version") == 1);

  auto bytes = unit.get("/api/submissions/" + sid + "/original");
  REQUIRE(bytes.status == 200);
  CHECK(bytes.body == original);  // byte for byte

  auto corrected = unit.get("/api/submissions/" + sid + "/corrected");
  REQUIRE(corrected.status == 200);
  auto workbook = evalbook::xlsx::Workbook::open_memory(corrected.body);
  CHECK(evalbook::test::display_cells(*workbook, 0).at("F23") == "180%");
  bool has_results = false;
  for (const auto& sheet : workbook->sheets()) has_results |= sheet.name == "校验结果";
  CHECK(has_results);

  // The corrected workbook sent again under the same name: version 2, version 1 kept.
  auto second = unit.upload(uploads, {{"招商引资工作经费.xlsx", corrected.body}});
  REQUIRE(second.status == 201);
  auto s2 = parse(second.body)->getArray("submissions")->getObject(0);
  CHECK(std::to_string(s2->getValue<int>("id")) == sid);
  CHECK(s2->getValue<int>("version") == 2);
  CHECK_FALSE(finding(s2, "completion_progress"));
  auto versions = parse(unit.get("/api/submissions/" + sid + "/versions").body);
  REQUIRE(versions->getArray("versions")->size() == 2);
  CHECK(unit.get("/api/submissions/" + sid + "/original").body == corrected.body);

  auto diff = parse(unit.get("/api/submissions/" + sid + "/diff?from=1&to=2").body);
  bool slip_gone = false;
  auto gone = diff->getArray("findings_gone");
  for (unsigned i = 0; i < gone->size(); ++i)
    slip_gone |= gone->getObject(i)->getObject("finding")->getValue<std::string>("rule") ==
                 "completion_progress";
  CHECK(slip_gone);
  CHECK(diff->getArray("findings_new")->size() == 0);
}

TEST_CASE("api: finance sees the board, returns a submission, downloads the round", "[api]") {
  ServerFixture server;
  ApiClient unit(server.port());
  REQUIRE(unit.login("unit-a", "pass-a"));
  const std::string round = "/api/rounds/" + std::to_string(server.round_id);
  auto up = unit.upload(round + "/uploads",
                        {{"出口信用保险.xlsx", evalbook::test::sample_bytes("004_project_04_")},
                         {"爱心消费券.xlsx", evalbook::test::sample_bytes("004_project_01_")}});
  REQUIRE(up.status == 201);
  auto subs = parse(up.body)->getArray("submissions");
  REQUIRE(subs->size() == 2);
  CHECK(subs->getObject(1)->getValue<std::string>("status") == "clean");
  const std::string sid = std::to_string(subs->getObject(0)->getValue<int>("id"));

  ApiClient finance(server.port());
  REQUIRE(finance.login("finance", "pass-f"));
  auto board = parse(finance.get(round + "/board").body);
  auto units = board->getArray("units");
  REQUIRE(units->size() == 3);
  CHECK(units->getObject(0)->getValue<std::string>("unit") == "259001");
  CHECK(units->getObject(0)->getValue<std::string>("status") == "errors");
  CHECK(units->getObject(0)->getValue<int>("submissions") == 2);
  CHECK(units->getObject(1)->getValue<std::string>("status") == "missing");
  CHECK(board->getObject("counts")->getValue<int>("missing") == 2);

  auto returned = finance.post_json("/api/submissions/" + sid + "/review",
                                    R"({"decision": "return", "note": "总分有误，请更正后重报"})");
  REQUIRE(returned.status == 200);
  CHECK(parse(returned.body)->getValue<std::string>("status") == "returned");
  auto seen = parse(unit.get("/api/submissions/" + sid).body);
  CHECK(seen->getValue<std::string>("status") == "returned");
  CHECK(seen->getValue<std::string>("review_note") == "总分有误，请更正后重报");
  board = parse(finance.get(round + "/board").body);
  CHECK(board->getArray("units")->getObject(0)->getValue<std::string>("status") == "returned");

  auto summary = finance.get(round + "/summary.xlsx");
  REQUIRE(summary.status == 200);
  auto workbook = evalbook::xlsx::Workbook::open_memory(summary.body);
  bool has_projects = false;
  for (const auto& sheet : workbook->sheets()) has_projects |= sheet.name == "项目汇总";
  CHECK(has_projects);
  auto originals = finance.get(round + "/originals.zip");
  REQUIRE(originals.status == 200);
  auto zip = evalbook::xlsx::ZipReader::open_memory(originals.body);
  REQUIRE(zip->find("259001/出口信用保险.xlsx"));
  CHECK(zip->read(*zip->find("259001/出口信用保险.xlsx")) ==
        evalbook::test::sample_bytes("004_project_04_"));
}
