// A round's fields as an admin gives them, on the page (the API) or on the command line
// (`evalbook rounds add|edit`), checked the same way for both.
#pragma once

#include <string>
#include <vector>

#include "app/app_context.h"
#include "store/store.h"

namespace evalbook::server {

struct RoundFields {
  std::string name;
  int year = 0;
  std::string deadline;                // YYYY-MM-DD or empty
  std::vector<std::string> templates;  // template ids
  std::vector<std::string> units;      // as the forms write them: "259001-名称" or "259001"
};

// The round the fields describe, units as codes. Throws Error(bad_argument) with the reason in
// Chinese: no name, a year outside 1990–2200, a deadline not YYYY-MM-DD, an unknown template.
store::Round checked_round(const RoundFields& fields, const app::AppContext& context);

// Keeps the names the units were written with ("259001-晋城市商务局"), for the board and lists.
void keep_unit_names(store::Store& store, const std::vector<std::string>& units);

}  // namespace evalbook::server
