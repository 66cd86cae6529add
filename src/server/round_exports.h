// The round's downloads for finance: the consolidation workbook (the summary writer over the
// latest version of every submission), export's CSV tables and all originals in one zip,
// named unit/file.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/workbook_check.h"
#include "report/csv_table.h"
#include "store/store.h"

namespace evalbook::server {

// Called after each file with (files done, files in all).
using Progress = std::function<void(int done, int total)>;

// The check result of the latest version of every submission of the round (unreadable files
// with their stored error).
std::vector<app::FileResult> latest_results(const app::AppContext& context, store::Store& store,
                                            std::int64_t round_id, const Progress& progress);

std::string round_summary_workbook(const app::AppContext& context, store::Store& store,
                                   std::int64_t round_id, const Progress& progress = {});

// export's CSV tables over the round: one row per form, or one per indicator (items of the
// forms' lists), or the 决算 tables' rows.
enum class RecordTable { forms, indicators, final_accounts };
std::string round_records_csv(const app::AppContext& context, store::Store& store,
                              std::int64_t round_id, RecordTable table, report::CsvHeaders headers);

std::string round_originals_zip(store::Store& store, std::int64_t round_id);

}  // namespace evalbook::server
