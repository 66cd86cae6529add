// Units in the summary: a form that names no unit takes the one its workbook's other forms name;
// spellings that differ by blanks, letter case or a name cut short are one unit.
#include <catch2/catch.hpp>

#include "report/summary_consolidate.h"
#include "report/summary_writer.h"

using evalbook::report::FormKind;
using evalbook::report::SummaryFile;
using evalbook::report::SummaryForm;

namespace {

SummaryForm form(std::string unit, std::string project = "") {
  SummaryForm f;
  f.kind = project.empty() ? FormKind::department : FormKind::project;
  f.unit = std::move(unit);
  f.project_name = std::move(project);
  return f;
}

}  // namespace

TEST_CASE("a form without a unit takes the unit of its workbook's other forms", "[summary]") {
  // 003_all: the 部门整体 form names 晋中市工业和信息化局, its project forms name no unit.
  SummaryFile file;
  file.forms = {form("", "企业技术创新奖励补助"), form("晋中市工业和信息化局"),
                form("  ", "新动能专项资金")};
  evalbook::report::take_unit_from_workbook(file);
  CHECK(file.forms[0].unit == "晋中市工业和信息化局");
  CHECK(file.forms[2].unit == "晋中市工业和信息化局");
  CHECK(file.forms[0].note.find("单位取自同一工作簿的其他表") != std::string::npos);
  CHECK(file.forms[1].note.empty());

  SummaryFile alone;
  alone.forms = {form("", "出口信用保险保费补助资金")};
  evalbook::report::take_unit_from_workbook(alone);
  CHECK(alone.forms[0].unit.empty());  // nothing to take: left for （未填写单位）
}

TEST_CASE("unit spellings are grouped by their normalised name", "[summary]") {
  // 002's two project forms: 晋中市招商 引资服务中 (a blank inside, the last character cut off)
  // and 晋中市招商引资服务中心; the 部门整体 form writes the full name too.
  std::vector<SummaryFile> files(3);
  files[0].forms = {form("晋中市招商 引资服务中", "招商引资工作经费")};
  files[1].forms = {form("晋中市招商引资服务中心", "招商引资专项经费")};
  files[2].forms = {form("晋中市招商引资服务中心"), form("259001-晋城市商务局", "变压器更换"),
                    form("259001-晋城市商务局", "出口信用保险"),
                    form("259001-晋城市 商务局", "进博会专项资金")};
  evalbook::report::normalise_unit_names(files);
  CHECK(files[0].forms[0].unit == "晋中市招商引资服务中心");
  CHECK(files[0].forms[0].note.find("表中写作“晋中市招商 引资服务中”") != std::string::npos);
  CHECK(files[1].forms[0].unit == "晋中市招商引资服务中心");
  CHECK(files[1].forms[0].note.empty());
  // A blank inside is no other unit; the spelling written more often is shown.
  CHECK(files[2].forms[3].unit == "259001-晋城市商务局");
}

TEST_CASE("a short prefix or one shared by two units merges nothing", "[summary]") {
  std::vector<SummaryFile> files(1);
  files[0].forms = {form("晋中市", "甲"),
                    form("晋中市财政局", "乙"),
                    form("晋中市商务局", "丙"),
                    form("晋中市招商引资服务", "丁"),
                    form("晋中市招商引资服务中心", "戊"),
                    form("晋中市招商引资服务站", "己")};
  evalbook::report::normalise_unit_names(files);
  CHECK(files[0].forms[0].unit == "晋中市");  // 3 characters: never taken for a unit's name
  CHECK(files[0].forms[1].unit == "晋中市财政局");
  CHECK(files[0].forms[3].unit == "晋中市招商引资服务");  // two longer names begin with it
  CHECK(files[0].forms[4].unit == "晋中市招商引资服务中心");
}
