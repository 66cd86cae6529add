// 部门决算公开01–10表 identities (RULES.md §4) on the real sample of 晋城市商务局 2023, read
// through the library, and on records changed by hand so an identity breaks.
//
// Cells: the sample has one sheet per table, built from the seed text one line per sheet row
// (tests/golden/final_accounts.py): sheet row = seed line − 80 (01), − 128 (02), − 170 (03),
// − 212 (04), − 261 (05), − 303 (06). So 02/03/05 row 208 (seed lines 151, 193, 284) is sheet
// row 23, 201 is row 15, 20113 row 16; 03/05 合计 row 14; 06 301 is C13, 303 C27, 302 F13,
// 人员经费合计 C42, 公用经费合计 L42; 05 21011 (line 292) C31; 01 本年支出合计 (line 121) F41.
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "model/record.h"
#include "recompute/recompute.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "xlsx/workbook.h"

namespace {

using evalbook::model::Finding;
using evalbook::model::FormRecord;
using evalbook::model::Node;
namespace tmpl = evalbook::tmpl;

const char* kSample = EVALBOOK_SOURCE_DIR "/samples/004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx";

std::vector<FormRecord> read_sample() {
  static const auto specs = tmpl::load_templates(EVALBOOK_SOURCE_DIR "/templates");
  auto wb = evalbook::xlsx::Workbook::open_file(kSample);
  std::vector<FormRecord> forms;
  for (std::size_t i = 0; i < wb->sheets().size(); ++i) {
    auto grid = tmpl::SheetGrid::load(*wb, i);
    if (const auto* spec = tmpl::detect_template(grid, specs)) forms.push_back(tmpl::extract_record(grid, *spec));
  }
  return forms;
}

void recompute(std::vector<FormRecord>& forms) {
  evalbook::recompute::recompute_workbook(forms, EVALBOOK_SOURCE_DIR "/templates/rules");
}

FormRecord& table(std::vector<FormRecord>& forms, int n) {
  char id[32];
  std::snprintf(id, sizeof id, "final-accounts-%02d", n);
  for (auto& f : forms) {
    if (f.template_id == id) return f;
  }
  FAIL("no form " << id);
  throw std::logic_error("unreachable");
}

// (rule, severity, cell) of every finding of a form.
std::set<std::tuple<std::string, std::string, std::string>> summary(const FormRecord& form) {
  std::set<std::tuple<std::string, std::string, std::string>> out;
  for (const auto& f : form.findings) out.emplace(f.rule, f.severity, f.cell);
  return out;
}

const Finding* finding(const FormRecord& form, const std::string& rule, const std::string& cell) {
  for (const auto& f : form.findings) {
    if (f.rule == rule && f.cell == cell) return &f;
  }
  return nullptr;
}

double recomputed(const FormRecord& form, const std::string& name) {
  const Node* n = form.recomputed.get(name);
  REQUIRE(n != nullptr);
  REQUIRE(n->scalar().number.has_value());
  return *n->scalar().number;
}

// Sets the number at a record path ("rows[38].amount", "total.basic", "public_total").
void set_number(Node& node, std::string_view path, double value) {
  auto end = path.find_first_of(".[");
  std::string key(path.substr(0, end));
  const Node* child = node.get(key);
  REQUIRE(child != nullptr);
  if (end == std::string_view::npos) {
    auto s = child->scalar();
    char raw[32];
    std::snprintf(raw, sizeof raw, "%.2f", value);
    s.number = value;
    s.raw = raw;
    node.set(key, Node(s));
    return;
  }
  if (path[end] == '[') {
    auto close = path.find(']', end);
    std::size_t index = std::stoul(std::string(path.substr(end + 1, close - end - 1)));
    std::string_view rest = path.substr(close + 1);
    if (!rest.empty() && rest[0] == '.') rest.remove_prefix(1);
    Node rebuilt = Node::array();
    for (std::size_t i = 0; i < child->items().size(); ++i) {
      Node item = child->items()[i];
      if (i == index) set_number(item, rest, value);
      rebuilt.push(std::move(item));
    }
    node.set(key, std::move(rebuilt));
  } else {
    Node copy = *child;
    set_number(copy, path.substr(end + 1), value);
    node.set(key, std::move(copy));
  }
}

std::size_t row_named(const FormRecord& form, const std::string& name, std::size_t from = 0) {
  const Node* rows = form.record.get("rows");
  REQUIRE(rows != nullptr);
  for (std::size_t i = from; i < rows->items().size(); ++i) {
    const Node* n = rows->items()[i].get("name");
    if (n && n->scalar().raw == name) return i;
  }
  FAIL("no row " << name);
  return 0;
}

std::string path(std::size_t row, const std::string& col) { return "rows[" + std::to_string(row) + "]." + col; }

}  // namespace

TEST_CASE("recompute: 决算 sample has no error, and what RULES §4.3 lists as passing gives nothing") {
  auto forms = read_sample();
  REQUIRE(forms.size() == 10);
  recompute(forms);
  for (const auto& form : forms) {
    for (const auto& f : form.findings) {
      INFO(form.sheet << " " << f.rule << " " << f.cell << " " << f.message);
      CHECK(f.severity == "info");
      // No identity between tables (X1–X9) differs at all: 01 = 02 = 03, 04 = 01, 05 ≡ 04,
      // 06 人员 + 公用 = 985.30 + 122.06 = 1107.36 = 05 基本, 09 ≥ 06 items, 10 = 06 公用.
      CHECK(f.rule.rfind("final_accounts.X", 0) != 0);
    }
  }
  // 01: 本年收入合计 2384.38 = row 1; 本年支出合计 = 1914.07 + 239.70 + 53.92 + 107.41 + 69.28 = 2384.38;
  // 总计 2384.38 on both sides.
  CHECK(table(forms, 1).findings.empty());
  CHECK(recomputed(table(forms, 1), "income_total") == Approx(2384.38));
  CHECK(recomputed(table(forms, 1), "expenditure_total") == Approx(2384.38));
  CHECK(recomputed(table(forms, 1), "income_grand_total") == Approx(2384.38));
  CHECK(recomputed(table(forms, 1), "expenditure_grand_total") == Approx(2384.38));
  // 04 = 01, every row 合计 = 一般公共预算 column; 07/08 are empty; 09: 0.39 = 0 + 0.15 + 0.24 and
  // 0.15 = 0 + 0.15 for 预算 and 决算; 10: 采购 24.60 = 服务 24.60, 车辆 1 = 1.
  for (int n : {4, 7, 8, 9, 10}) {
    INFO("table " << n);
    CHECK(table(forms, n).findings.empty());
  }
  CHECK(recomputed(table(forms, 9), "actual_total") == Approx(0.39));
  CHECK(recomputed(table(forms, 9), "budget_vehicles") == Approx(0.15));
  CHECK(recomputed(table(forms, 10), "procurement_total") == Approx(24.60));
  CHECK(recomputed(table(forms, 10), "vehicle_total") == Approx(1));
  CHECK(recomputed(table(forms, 10), "office_running_cost") == Approx(122.06));
  // 03 column totals 基本 1107.36 and 项目 1277.02 are the sums of their 类.
  CHECK(finding(table(forms, 3), "final_accounts.03-hierarchy", "D14") == nullptr);
  CHECK(finding(table(forms, 3), "final_accounts.03-hierarchy", "E14") == nullptr);
  CHECK(finding(table(forms, 3), "final_accounts.03-columns", "C14") == nullptr);
  // 06 公用经费合计 122.06 = 302 (06-c), and the soft pairs 2080501 = 13.77 + 139.94 = 153.71,
  // 2080505 = 70.93, 2080506 = 5.32, 2210201 = 69.28 hold.
  CHECK(finding(table(forms, 6), "final_accounts.06-c", "L42") == nullptr);
  CHECK(recomputed(table(forms, 6), "basic_total") == Approx(1107.36));
}

TEST_CASE("recompute: 决算 sample 尾差 differences are info at the cell of the printed total") {
  auto forms = read_sample();
  recompute(forms);
  using S = std::set<std::tuple<std::string, std::string, std::string>>;
  // 02: 208 = 20805 + 20899 = 229.96 + 9.73 = 239.69 vs 239.70 (+0.01 ≤ (2+1) × 0.005 = 0.015), in
  // 本年收入合计 (C) and 财政拨款收入 (D).
  CHECK(summary(table(forms, 2)) == S{{"final_accounts.02-hierarchy", "info", "C23"},
                                      {"final_accounts.02-hierarchy", "info", "D23"}});
  // 03 and 05 alike:
  // - 208 = 239.69 vs 239.70 (hierarchy, C23) and 基本 + 项目 = 230.84 + 8.85 = 239.69 (columns, C23);
  // - 201 and 20113: 753.32 + 1160.76 = 1914.08 vs 1914.07 (−0.01 ≤ 0.015; C15, C16);
  // - 20113 项目 = 99.52 + 526.26 + 183.20 + 131.63 + 220.14 = 1160.75 vs 1160.76 (+0.01 ≤ 6 × 0.005 = 0.03; E16).
  CHECK(summary(table(forms, 3)) == S{{"final_accounts.03-hierarchy", "info", "C23"},
                                      {"final_accounts.03-hierarchy", "info", "E16"},
                                      {"final_accounts.03-columns", "info", "C15"},
                                      {"final_accounts.03-columns", "info", "C16"},
                                      {"final_accounts.03-columns", "info", "C23"}});
  // 05 also has the soft pair 21011 = 30110 + 30111 = 53.82 + 0.09 = 53.91 vs 53.92 (C31: the row's 小计,
  // all of it 基本支出).
  CHECK(summary(table(forms, 5)) == S{{"final_accounts.05-hierarchy", "info", "C23"},
                                      {"final_accounts.05-hierarchy", "info", "E16"},
                                      {"final_accounts.05", "info", "C15"},
                                      {"final_accounts.05", "info", "C16"},
                                      {"final_accounts.05", "info", "C23"},
                                      {"final_accounts.soft", "info", "C31"}});
  // 06: 301 items 207.28 + 85.14 + 125.87 + 125.08 + 70.93 + 5.32 + 53.82 + 0.09 + 2.44 + 69.28 + 27.93
  // = 773.18 vs 773.17 (−0.01 ≤ 12 × 0.005 = 0.06); 303 items 13.77 + 139.94 + 5.97 + 3.92 + 48.51 = 212.11
  // vs 212.12; 302 items (15) = 122.05 vs 122.06; 人员经费合计 = 301 + 303 = 773.17 + 212.12 = 985.29 vs 985.30.
  CHECK(summary(table(forms, 6)) == S{{"final_accounts.06-a", "info", "C13"},
                                      {"final_accounts.06-a", "info", "C27"},
                                      {"final_accounts.06-a", "info", "F13"},
                                      {"final_accounts.06-b", "info", "C42"}});

  const Finding* f208 = finding(table(forms, 2), "final_accounts.02-hierarchy", "C23");
  REQUIRE(f208);
  CHECK(f208->field == "rows[8].total");
  CHECK(f208->expected == "239.69");
  CHECK(f208->message.find("20805 + 20899 = 229.96 + 9.73 = 239.69") != std::string::npos);
  CHECK(f208->message.find("表中为 239.70，差 0.01，在尾差范围内（≤ 0.015）") != std::string::npos);

  const Finding* f201 = finding(table(forms, 5), "final_accounts.05", "C15");
  REQUIRE(f201);
  CHECK(f201->expected == "1914.08");
  CHECK(f201->message.find("753.32 + 1160.76 = 1914.08，表中为 1914.07，差 -0.01") != std::string::npos);

  const Finding* f20113 = finding(table(forms, 3), "final_accounts.03-hierarchy", "E16");
  REQUIRE(f20113);
  CHECK(f20113->field == "rows[1].project");
  CHECK(f20113->expected == "1160.75");
  CHECK(f20113->message.find("≤ 0.03") != std::string::npos);

  const Finding* f301 = finding(table(forms, 6), "final_accounts.06-a", "C13");
  REQUIRE(f301);
  CHECK(f301->expected == "773.18");
  CHECK(f301->message.find("≤ 0.06") != std::string::npos);
  CHECK(finding(table(forms, 6), "final_accounts.06-a", "C27")->expected == "212.11");
  CHECK(finding(table(forms, 6), "final_accounts.06-a", "F13")->expected == "122.05");
  const Finding* personnel = finding(table(forms, 6), "final_accounts.06-b", "C42");
  REQUIRE(personnel);
  CHECK(personnel->field == "personnel_total");
  CHECK(personnel->expected == "985.29");

  const Finding* soft = finding(table(forms, 5), "final_accounts.soft", "C31");
  REQUIRE(soft);
  CHECK(soft->expected == "53.91");
  CHECK(soft->message.find("53.82 + 0.09 = 53.91，表中为 53.92") != std::string::npos);
  CHECK(recomputed(table(forms, 6), "personnel_total") == Approx(985.29));
}

TEST_CASE("recompute: a changed 01 本年支出合计 is an error at its cell and against 03/04") {
  auto forms = read_sample();
  FormRecord& t01 = table(forms, 1);
  std::size_t row = row_named(t01, "本年支出合计");
  set_number(t01.record, path(row, "amount"), 2394.38);  // printed 2384.38
  recompute(forms);
  // 01-b: Σ 类 = 2384.38, printed 2394.38: 10.00 off, far beyond 6 × 0.005 = 0.03.
  const Finding* f = finding(t01, "final_accounts.01-b", "F41");
  REQUIRE(f);
  CHECK(f->severity == "error");
  CHECK(f->field == path(row, "amount"));
  CHECK(f->reported == "2394.38");
  CHECK(f->expected == "2384.38");
  CHECK(f->message.find("超出尾差范围") != std::string::npos);
  // 01-d: 支出总计 (F45) 2384.38 = 本年支出合计 2394.38 + blanks.
  REQUIRE(finding(t01, "final_accounts.01-d", "F45"));
  CHECK(finding(t01, "final_accounts.01-d", "F45")->severity == "error");
  // X2: 03 合计 (C14) against 01 本年支出合计; X3: 04 本年支出合计 (F41) against it (all money is
  // 财政拨款: both 收入总计 are 2384.38, so they must be equal).
  REQUIRE(finding(table(forms, 3), "final_accounts.X2", "C14"));
  CHECK(finding(table(forms, 3), "final_accounts.X2", "C14")->severity == "error");
  REQUIRE(finding(table(forms, 4), "final_accounts.X3", "F41"));
  CHECK(finding(table(forms, 4), "final_accounts.X3", "F41")->severity == "error");
}

TEST_CASE("recompute: the 尾差 envelope is (n + 1) × 0.005") {
  auto forms = read_sample();
  FormRecord& t02 = table(forms, 2);
  FormRecord& t06 = table(forms, 6);
  // 02 208 本年收入合计: 239.71 is 0.02 off 229.96 + 9.73 = 239.69, beyond (2 + 1) × 0.005 = 0.015.
  set_number(t02.record, "rows[8].total", 239.71);
  // 06 301: 773.12 is 0.06 off 773.18 = 12 × 0.005 exactly (info); 303: 212.15 is 0.04 off 212.11,
  // beyond 6 × 0.005 = 0.03 (error).
  set_number(t06.record, "rows[0].amount", 773.12);
  set_number(t06.record, "rows[14].amount", 212.15);
  recompute(forms);
  REQUIRE(finding(t02, "final_accounts.02-hierarchy", "C23"));
  CHECK(finding(t02, "final_accounts.02-hierarchy", "C23")->severity == "error");
  CHECK(finding(t02, "final_accounts.02-hierarchy", "D23")->severity == "info");  // 财政拨款 column unchanged
  // 239.71 = 财政拨款 239.70 + blanks: one item, 0.01 ≤ (1 + 1) × 0.005 = 0.01: still 尾差.
  CHECK(finding(t02, "final_accounts.02-columns", "C23")->severity == "info");
  REQUIRE(finding(t06, "final_accounts.06-a", "C13"));
  CHECK(finding(t06, "final_accounts.06-a", "C13")->severity == "info");
  REQUIRE(finding(t06, "final_accounts.06-a", "C27"));
  CHECK(finding(t06, "final_accounts.06-a", "C27")->severity == "error");
  // 人员经费合计 985.30 vs 773.12 + 212.15 = 985.27: 0.03 off, beyond 0.015.
  CHECK(finding(t06, "final_accounts.06-b", "C42")->severity == "error");
}

TEST_CASE("recompute: 06 公用经费合计 changed breaks 06-c and X5; 10 机关运行经费 below it is info (X9)") {
  auto forms = read_sample();
  FormRecord& t06 = table(forms, 6);
  set_number(t06.record, "public_total", 123.06);  // printed 122.06 = 302
  recompute(forms);
  const Finding* c = finding(t06, "final_accounts.06-c", "L42");
  REQUIRE(c);
  CHECK(c->severity == "error");
  CHECK(c->expected == "122.06");
  // X5 at 05 合计 基本支出 (D14): 985.30 + 123.06 = 1108.36 vs 1107.36.
  const Finding* x5 = finding(table(forms, 5), "final_accounts.X5", "D14");
  REQUIRE(x5);
  CHECK(x5->severity == "error");
  CHECK(x5->expected == "1108.36");
  // X9: 10 行政单位 122.06 (seed line 423 − 404 = C19) ≤ 123.06: allowed, noted as info since a
  // department of 行政 units only would have them equal.
  bool x9 = false;
  for (const auto& f : table(forms, 10).findings) {
    if (f.rule == "final_accounts.X9") {
      x9 = true;
      CHECK(f.severity == "info");
      CHECK(f.field == "rows[4].value");
      CHECK(f.cell == "C19");
    }
  }
  CHECK(x9);
}

TEST_CASE("recompute: 04 年初财政拨款结转和结余 is the sum of its parts by fund (04-b, 04-d)") {
  auto forms = read_sample();
  FormRecord& t04 = table(forms, 4);
  std::size_t parent = row_named(t04, "年初财政拨款结转和结余");
  std::size_t part = row_named(t04, "一般公共预算财政拨款", parent);
  set_number(t04.record, path(part, "amount"), 10.0);  // the parent (C42, seed line 254) stays blank
  recompute(forms);
  // 04-b: 年初 = 10.00 + blank + blank, printed blank: error at C42.
  const Finding* b = finding(t04, "final_accounts.04-b", "C42");
  REQUIRE(b);
  CHECK(b->severity == "error");
  CHECK(b->expected == "10.00");
  // 04-d: 收入总计 (C46, line 258) 2384.38 = 本年收入合计 2384.38 + the parts 10.00 = 2394.38.
  const Finding* d = finding(t04, "final_accounts.04-d", "C46");
  REQUIRE(d);
  CHECK(d->severity == "error");
  CHECK(d->expected == "2394.38");
}
