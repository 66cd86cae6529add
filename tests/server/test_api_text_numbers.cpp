// Numbers stored as text reach the service's submission JSON as one value_reading finding with
// every cell in `cells` (docs/CLI-CONTRACT-EXTENSIONS.md §4), counted as one warning.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <catch2/catch.hpp>

#include "../unit/test_support.h"
#include "api_client.h"
#include "server_fixture.h"
#include "xlsx/patcher.h"

TEST_CASE("api: numbers stored as text are one finding listing its cells", "[api]") {
  evalbook::test::ServerFixture server;
  evalbook::test::TempDir dir;
  // 变压器更换 (004 #3) with its 资金总额 row as an export writes it: D5 目标申报数 35, E5
  // 预算编制数 35, F5 全年预算数 0, G5 全年执行数 0, each stored as text.
  const std::string path = dir.file("变压器更换.xlsx");
  {
    evalbook::xlsx::Patcher patcher(EVALBOOK_SOURCE_DIR "/samples/004_project_03_变压器更换.xlsx");
    for (const auto& [ref, text] : {std::pair{"D5", "35"}, {"E5", "35"}, {"F5", "0"}, {"G5", "0"}})
      patcher.set_cell(0, *evalbook::xlsx::parse_cell_ref(ref),
                       evalbook::xlsx::CellValue::of_text(text));
    patcher.write(path);
  }
  evalbook::test::ApiClient unit(server.port());
  REQUIRE(unit.login("unit-a", "pass-a"));
  auto reply = unit.upload("/api/rounds/" + std::to_string(server.round_id) + "/uploads",
                           {{"变压器更换.xlsx", evalbook::test::file_bytes(path)}});
  REQUIRE(reply.status == 201);
  auto s = evalbook::test::json_of(reply)->getArray("submissions")->getObject(0);
  // The form's own two warnings at F5 (全年预算数 0: 执行率 按 0 计; 调减到与执行数相同) and the
  // gathered one: 3, not 2 + 4.
  CHECK(s->getValue<int>("warnings") == 3);
  auto findings = s->getArray("forms")->getObject(0)->getArray("findings");
  Poco::JSON::Object::Ptr gathered;
  int readings = 0;
  for (unsigned k = 0; k < findings->size(); ++k) {
    auto f = findings->getObject(k);
    if (f->getValue<std::string>("rule") != "value_reading") continue;
    ++readings;
    gathered = f;
  }
  REQUIRE(readings == 1);
  CHECK(gathered->getValue<std::string>("cell") == "D5");
  auto cells = gathered->getArray("cells");
  REQUIRE(cells);
  std::vector<std::string> listed;
  for (unsigned i = 0; i < cells->size(); ++i) listed.push_back(cells->getElement<std::string>(i));
  CHECK(listed == std::vector<std::string>{"D5", "E5", "F5", "G5"});
}
