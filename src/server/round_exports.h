// The round's downloads for finance: the consolidation workbook (the summary writer over the
// latest version of every submission) and all originals in one zip, named unit/file.
#pragma once

#include <cstdint>
#include <string>

#include "app/app_context.h"
#include "store/store.h"

namespace evalbook::server {

std::string round_summary_workbook(const app::AppContext& context, store::Store& store,
                                   std::int64_t round_id);

std::string round_originals_zip(store::Store& store, std::int64_t round_id);

}  // namespace evalbook::server
