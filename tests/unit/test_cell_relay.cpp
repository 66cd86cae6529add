// The cell relay: the target visitor, on its thread, must see exactly the calls it sees when
// reading directly (real samples, every sheet), and an error of the target must come back.
#include <catch2/catch.hpp>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "xlsx/cell_relay.h"
#include "xlsx/workbook.h"

using evalbook::xlsx::Cell;
using evalbook::xlsx::CellRelay;
using evalbook::xlsx::CellVisitor;
using evalbook::xlsx::Workbook;

namespace {

// Every call as a line of text (a cell's display text included: the workbook formats it).
class Recorder : public CellVisitor {
 public:
  explicit Recorder(const Workbook& workbook) : workbook_(workbook) {}
  void on_row_begin(std::uint32_t row) override { calls.push_back("begin " + std::to_string(row)); }
  void on_row_end(std::uint32_t row) override { calls.push_back("end " + std::to_string(row)); }
  void on_cell(const Cell& c) override {
    calls.push_back(std::to_string(c.ref.row) + "," + std::to_string(c.ref.column) + " t" +
                    std::to_string(static_cast<int>(c.type)) + " s" + std::to_string(c.style) +
                    " [" + std::string(c.text) + "] [" + std::string(c.formula) + "] " +
                    workbook_.display_text(c));
  }
  std::vector<std::string> calls;

 private:
  const Workbook& workbook_;
};

class FailAtRow : public CellVisitor {
 public:
  explicit FailAtRow(std::uint32_t row) : row_(row) {}
  void on_cell(const Cell& c) override {
    if (c.ref.row == row_) throw std::runtime_error("row " + std::to_string(row_));
    ++cells;
  }
  int cells = 0;

 private:
  std::uint32_t row_;
};

}  // namespace

TEST_CASE("cell relay: the target sees every sample's cells as a direct read shows them") {
  int sheets = 0;
  for (const auto& e : std::filesystem::directory_iterator(EVALBOOK_SOURCE_DIR "/samples")) {
    if (e.path().extension() != ".xlsx") continue;
    auto workbook = Workbook::open_file(e.path().string());
    for (std::size_t i = 0; i < workbook->sheets().size(); ++i) {
      Recorder direct(*workbook), relayed(*workbook);
      workbook->read_sheet(i, direct);
      {
        CellRelay relay(relayed);
        workbook->read_sheet(i, relay);
        relay.finish();
      }
      INFO(e.path().filename().string() << " sheet " << i + 1);
      REQUIRE(!direct.calls.empty());
      CHECK(relayed.calls == direct.calls);
      ++sheets;
    }
  }
  CHECK(sheets >= 10);
}

TEST_CASE("cell relay: the target's exception comes back from finish, the cells before it seen") {
  auto workbook =
      Workbook::open_file(EVALBOOK_SOURCE_DIR "/samples/000_project_出口信用保险保费补助资金.xlsx");
  FailAtRow direct(5);
  CHECK_THROWS_WITH(workbook->read_sheet(0, direct), "row 5");
  REQUIRE(direct.cells > 0);

  FailAtRow relayed(5);
  bool thrown = false;
  try {
    CellRelay relay(relayed);
    workbook->read_sheet(0, relay);  // may already meet the error at a hand-over
    relay.finish();
  } catch (const std::runtime_error& e) {
    thrown = std::string(e.what()) == "row 5";
  }
  CHECK(thrown);
  CHECK(relayed.cells == direct.cells);
}
