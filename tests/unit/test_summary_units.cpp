// The summary's consolidation: a form that names no unit (or year) takes its workbook's;
// spellings that differ by blanks, letter case or a name cut short are one unit; of two
// submissions of one form the newest counts; 问题清单's findings come back errors first.
#include <catch2/catch.hpp>
#include <cstdint>

#include "report/summary_consolidate.h"
#include "report/summary_finding_spool.h"
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

TEST_CASE("of two submissions of one form the newest file counts", "[summary]") {
  using evalbook::report::Consolidator;
  using evalbook::report::FormRef;
  constexpr std::int64_t kSecond = 1'000'000'000;
  // Three files, in the order they are listed: the second is the newest.
  std::vector<SummaryFile> files(3);
  files[0].modified = 100 * kSecond;
  files[1].modified = 300 * kSecond;
  files[2].modified = 200 * kSecond;
  for (auto& f : files) f.forms = {form("晋中市工业和信息化局", "新动能专项资金")};
  files[2].forms.push_back(form("晋中市工业和信息化局", "企业技术创新奖励补助"));
  Consolidator c;
  for (std::size_t i = 0; i < files.size(); ++i) c.add(files, i);
  const auto cons = c.finish(files);
  REQUIRE(cons.projects.size() == 2);
  CHECK(cons.projects[0] == FormRef{2, 1});  // 企业技术创新奖励补助 sorts before 新动能专项资金
  CHECK(cons.projects[1] == FormRef{1, 0});  // the newest copy, not the first one listed
  REQUIRE(cons.duplicates.size() == 2);
  CHECK(cons.duplicates[0].kept == FormRef{1, 0});
  CHECK(cons.duplicates[0].duplicate == FormRef{0, 0});
  CHECK(cons.duplicates[1].duplicate == FormRef{2, 0});
  CHECK(cons.copies.at(FormRef{1, 0}).size() == 2);

  // Equal or unknown times: the first listed counts; a known time beats an unknown one.
  std::vector<SummaryFile> same(2);
  for (auto& f : same) f.forms = {form("甲单位", "项目")};
  CHECK(evalbook::report::counts_over(same, FormRef{0, 0}, FormRef{1, 0}));
  CHECK_FALSE(evalbook::report::counts_over(same, FormRef{1, 0}, FormRef{0, 0}));
  same[1].modified = 0;
  CHECK(evalbook::report::counts_over(same, FormRef{1, 0}, FormRef{0, 0}));
}

TEST_CASE("a form without a year takes its workbook's when the other forms agree", "[summary]") {
  SummaryFile file;
  file.forms = {form("259001-晋城市商务局"), form("259001-晋城市商务局", "变压器更换")};
  file.forms[0].year = "2023";
  evalbook::report::take_year_from_workbook(file);
  CHECK(file.forms[1].year == "2023");
  CHECK(file.forms[1].note == "年度取自同一工作簿的其他表");

  SummaryFile mixed;  // two years stated: none is certain for the third form
  mixed.forms = {form("甲", "一"), form("甲", "二"), form("甲", "三")};
  mixed.forms[0].year = "2022";
  mixed.forms[1].year = "2023";
  evalbook::report::take_year_from_workbook(mixed);
  CHECK(mixed.forms[2].year.empty());
}

TEST_CASE("the finding spool reads errors first, then warnings, then the rest", "[summary]") {
  using evalbook::report::FormRef;
  using evalbook::report::SummaryFinding;
  evalbook::report::FindingSpool spool;
  auto finding = [](std::string severity, std::string message) {
    SummaryFinding f;
    f.severity = std::move(severity);
    f.message = std::move(message);
    f.cell = "F6";
    return f;
  };
  spool.add(FormRef{0, 0}, finding("info", "一"));
  spool.add(FormRef{0, 1}, finding("warning", "二"));
  spool.add(FormRef{1, 0}, finding("error", "三"));
  spool.add(FormRef{2, 0}, finding("warning", std::string(70'000, 'x')));
  spool.add(FormRef{2, 1}, finding("error", ""));
  std::vector<std::pair<FormRef, std::string>> got;
  spool.for_each([&](FormRef ref, const SummaryFinding& f) {
    CHECK(f.cell == "F6");
    got.emplace_back(
        ref,
        f.severity + ":" + (f.message.size() > 100 ? std::to_string(f.message.size()) : f.message));
  });
  const std::vector<std::pair<FormRef, std::string>> want = {{FormRef{1, 0}, "error:三"},
                                                             {FormRef{2, 1}, "error:"},
                                                             {FormRef{0, 1}, "warning:二"},
                                                             {FormRef{2, 0}, "warning:70000"},
                                                             {FormRef{0, 0}, "info:一"}};
  CHECK(got == want);
}
