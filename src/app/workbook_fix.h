// fix_workbook: the workbook with every arithmetic slip corrected in place (rule results too when
// the policy asks; docs/RULES-ONE-TRUTH.md), every finding marked on its cell, plus a sheet
// 校验结果 listing every finding (CLI-CONTRACT.md "fix"; report/result_sheet.h). Each correction is
// re-checked on a corrected copy before it is kept (report/corrector.h). The input is never
// changed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "app/app_context.h"
#include "app/workbook_check.h"
#include "report/corrector.h"
#include "xlsx/workbook.h"

namespace evalbook::app {

// How much of the input's sheet XML (inflated) a fix keeps from its check, so that the recheck
// passes and the written fix patch without inflating or tokenizing the sheets again: a form's
// sheets take kilobytes; the service fixes up to 8 uploads at once, which this keeps within
// 256 MiB. Sheets past it are inflated and tokenized again when patched.
inline constexpr std::uint64_t kFixKeptSheetBytes = 32ULL << 20;

struct FixResult {
  FileResult read;       // the forms as the input has them; error_code set when unreadable
  report::FixPlan plan;  // empty when the input could not be read
  // The input as opened for the plan, every sheet read: writing the fix reuses it instead of
  // reading the sheets again. Null when the input could not be read.
  std::shared_ptr<const xlsx::Workbook> workbook;
};

// Reads `input` and decides its corrections. An unreadable input comes back with
// read.error_code set; throws XlsxError when a corrected copy cannot be written or re-read.
// `policy` says which classes of finding may be written (docs/RULES-ONE-TRUTH.md).
FixResult plan_workbook_fix(const AppContext& context, const std::string& input,
                            const report::FixPolicy& policy,
                            const tmpl::TemplateSpec* forced = nullptr);

// Writes `input` with the plan's corrections and the 校验结果 sheet to `output` (which must not
// be the input). `opened`: FixResult::workbook of the same input (its sheets are not read
// again), or null to open the input afresh. Throws XlsxError.
void write_fixed_workbook(const std::string& input, const report::FixPlan& plan,
                          const std::string& output,
                          std::shared_ptr<const xlsx::Workbook> opened = nullptr);
// The same written over `input` itself once complete (fix --in-place): a read-only input is
// refused (io_error) and the new file keeps the input's permission bits. Throws XlsxError.
void write_fixed_workbook_over_input(const std::string& input, const report::FixPlan& plan,
                                     std::shared_ptr<const xlsx::Workbook> opened = nullptr);

// Both: plans and, when the input could be read, writes `output`.
FixResult fix_workbook(const AppContext& context, const std::string& input,
                       const std::string& output, const report::FixPolicy& policy,
                       const tmpl::TemplateSpec* forced = nullptr);

}  // namespace evalbook::app
