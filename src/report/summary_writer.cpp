// Rendering the consolidation with libxlsxwriter. Every sheet: a frozen header row, an
// autofilter over its table, #,##0.00 for money, 0.00% for rates, column widths from the widest
// text (a Chinese character counts two), rows in a fixed order. Formulas carry their computed
// value, so readers that do not recalculate (openpyxl, viewers) show the figures too.
#include "report/summary_writer.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <stdexcept>

#include "report/summary_context.h"
#include "report/workbook_error_text.h"
#include "xlsx/output_file.h"

namespace evalbook::report {

using namespace summary;

struct SummaryWriter::State {
  Context ctx;
  std::string path;  // the workbook
  // libxlsxwriter's workbook, before 问题清单's rows are spliced in; removed with the writer.
  std::unique_ptr<xlsx::ScratchFile> built;
};

SummaryWriter::SummaryWriter(const std::string& path, SummaryOptions summary_options)
    : state_(std::make_unique<State>()) {
  Context& ctx = state_->ctx;
  ctx.options = std::move(summary_options);
  state_->path = path;
  state_->built = std::make_unique<xlsx::ScratchFile>(path);
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = nullptr;
  options.use_zip64 = LXW_TRUE;  // a province's findings can pass 4 GB of XML
  ctx.wb = workbook_new_opt(state_->built->path().c_str(), &options);
  if (!ctx.wb) throw std::runtime_error(fmt::format("无法创建 {}", path));
  try {
    ctx.formats = std::make_unique<Formats>(ctx.wb);
    // The sheets in their order; 问题清单's findings are kept as the files are read.
    ctx.projects_sheet = add_sheet(ctx.wb, kProjects);
    ctx.units_sheet = add_sheet(ctx.wb, kUnits);
    ctx.grades_sheet = add_sheet(ctx.wb, kGrades);
    start_findings(ctx);
  } catch (...) {
    workbook_close(ctx.wb);
    ctx.wb = nullptr;
    throw;
  }
}

SummaryWriter::~SummaryWriter() {
  if (!state_) return;
  if (state_->ctx.wb) workbook_close(state_->ctx.wb);  // unfinished: nothing reaches `path`
}

void SummaryWriter::add(SummaryFile file) {
  Context& ctx = state_->ctx;
  if (!ctx.wb) throw std::logic_error("SummaryWriter::add after finish");
  ctx.files.push_back(std::move(file));
  const std::size_t i = ctx.files.size() - 1;
  // Copies are recognised by the unit the form itself names; the unit taken from the workbook's
  // other forms is for the rows and the unit totals.
  ctx.consolidator.add(ctx.files, i);
  take_unit_from_workbook(ctx.files[i]);
  take_year_from_workbook(ctx.files[i]);
  spool_findings_of(ctx, i);
}

SummaryCounts SummaryWriter::finish() {
  Context& ctx = state_->ctx;
  if (!ctx.wb) throw std::logic_error("SummaryWriter::finish twice");
  normalise_unit_names(ctx.files);
  ctx.cons = ctx.consolidator.finish(ctx.files);
  judge_money_units(ctx);
  write_findings(ctx);
  write_projects(ctx);
  write_units(ctx);
  write_grades(ctx);
  write_accounts(ctx);
  write_duplicates(ctx);
  write_unreadable(ctx);
  write_blanks(ctx);
  lxw_doc_properties props{};
  props.title = const_cast<char*>("预算绩效自评汇总");
  props.comments = const_cast<char*>("evalbook summary");
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    props.created = static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
  }
  workbook_set_properties(ctx.wb, &props);
  // The rows were compressed on their own thread while the other sheets were written; this
  // waits for the last of them.
  const xlsx::DeflatedPiece rows = ctx.findings_rows->finish();
  lxw_workbook* wb = ctx.wb;
  ctx.wb = nullptr;
  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(fmt::format("写入汇总表失败：{}", workbook_error_text(err)));
  }
  const std::string dimension =
      fmt::format("A1:{}{}", column_name(ctx.findings->column_count() - 1),
                  std::max<lxw_row_t>(ctx.findings_row, 1));
  splice_rows(state_->built->path(), state_->path, kFindings, rows, dimension);
  state_->built.reset();
  return ctx.counts;
}

SummaryCounts write_summary(const std::string& path, std::vector<SummaryFile> files,
                            SummaryOptions options) {
  SummaryWriter writer(path, std::move(options));
  for (auto& f : files) writer.add(std::move(f));
  return writer.finish();
}

}  // namespace evalbook::report
