// Legacy .xls/.et through the service: one inside an uploaded zip is read and checked as when
// uploaded on its own; its corrected download is converted by LibreOffice (as `fix` does) and
// served as .xlsx; a server without LibreOffice answers a JSON error with its code.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/URI.h>
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../unit/test_support.h"
#include "api_client.h"
#include "server_fixture.h"
#include "xlsx/workbook.h"
#include "xlsx/zip_writer.h"

namespace {

using evalbook::test::ApiClient;
using evalbook::test::error_code_of;
using evalbook::test::ServerFixture;
using Object = Poco::JSON::Object::Ptr;

Object only_submission(const evalbook::test::Reply& reply) {
  Poco::JSON::Parser parser;
  auto list = parser.parse(reply.body).extract<Object>()->getArray("submissions");
  REQUIRE(list->size() == 1);
  return list->getObject(0);
}

std::string forms_text(const Object& s) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(s->getArray("forms"), out);
  return out.str();
}

}  // namespace

TEST_CASE("an .xls in a zip is checked as on its own; its corrected copy is an .xlsx",
          "[upload][legacy]") {
  if (std::system("command -v soffice >/dev/null 2>&1") != 0) {
    WARN("LibreOffice (soffice) is not installed: the legacy upload test cannot run");
    return;
  }
  // The .xls: LibreOffice's own save of a sample, as a unit re-saving in Excel 97-2003 format.
  evalbook::test::TempDir dir;
  const std::string xlsx = dir.file("legacy-form.xlsx");
  {
    const std::string bytes = evalbook::test::sample_bytes("000_project_");
    std::ofstream(xlsx, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  const std::string convert = "soffice -env:UserInstallation=file://" + dir.file("profile") +
                              " --headless --convert-to xls --outdir " + dir.file(".") + " " +
                              xlsx + " >/dev/null 2>&1";
  REQUIRE(std::system(convert.c_str()) == 0);
  const std::string xls = evalbook::test::file_bytes(dir.file("legacy-form.xls"));
  REQUIRE(xls.compare(0, 4, "\xD0\xCF\x11\xE0") == 0);
  const std::string zip_path = dir.file("forms.zip");
  {
    evalbook::xlsx::ZipWriter zip(zip_path);
    zip.add_entry("legacy-form.xls", xls);
    zip.commit();
  }

  ServerFixture fx;
  ApiClient unit(fx.port());
  REQUIRE(unit.login("unit-a", "pass-a"));
  const std::string uploads = "/api/rounds/" + std::to_string(fx.round_id) + "/uploads";
  const auto alone = unit.upload(uploads, {{"alone.xls", xls}});
  REQUIRE(alone.status == 201);
  const auto zipped = unit.upload(uploads, {{"forms.zip", evalbook::test::file_bytes(zip_path)}});
  REQUIRE(zipped.status == 201);
  const Object from_zip = only_submission(zipped);
  CHECK(from_zip->getValue<std::string>("file") == "legacy-form.xls");
  CHECK(from_zip->isNull("error"));
  REQUIRE(from_zip->getArray("forms")->size() == 1);
  CHECK(from_zip->getArray("forms")->getObject(0)->getValue<std::string>("template") ==
        "project-jinzhong-2020");  // the sample is a 晋中市 project form
  // The very same forms, findings and figures as the .xls uploaded on its own.
  CHECK(forms_text(from_zip) == forms_text(only_submission(alone)));

  const std::string corrected =
      "/api/submissions/" + std::to_string(from_zip->getValue<Poco::Int64>("id")) + "/corrected";
  const auto download = unit.get(corrected);
  REQUIRE(download.status == 200);
  std::string encoded;
  Poco::URI::encode("更正_legacy-form.xlsx", "", encoded);
  CHECK(download.headers.at("Content-Disposition").find("filename*=UTF-8''" + encoded) !=
        std::string::npos);
  auto workbook = evalbook::xlsx::Workbook::open_memory(download.body);
  REQUIRE(workbook->package().find("[Content_Types].xml"));  // an .xlsx, not the .xls
  bool has_result_sheet = false;
  for (const auto& sheet : workbook->sheets()) has_result_sheet |= sheet.name == "校验结果";
  CHECK(has_result_sheet);

  // The same download on a server without LibreOffice: a JSON error naming why.
  ::setenv("EVALBOOK_SOFFICE", dir.file("no-such-soffice").c_str(), 1);
  const auto missing = unit.get(corrected);
  ::unsetenv("EVALBOOK_SOFFICE");
  CHECK(missing.status == 503);
  CHECK(error_code_of(missing) == "converter_missing");
  CHECK(missing.body.find("LibreOffice") != std::string::npos);
}
