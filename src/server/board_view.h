// The finance board of a round with its filters and sort order, all applied on the server
// (docs/SERVICE-API.md lists the query parameters): every expected unit with its status, the
// counts of each status over the whole round, and under each unit the forms that matched.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "store/store.h"

namespace evalbook::server {

struct BoardFilter {
  std::string unit;         // a code or part of the unit's code or name
  std::string template_id;  // exactly
  std::string grade;        // exactly (优, 良, 中, 差)
  std::string project;      // part of a project's name
  std::string status;       // missing, errors, clean, accepted, returned
  bool errors_only = false;
  bool late_only = false;
  std::string sort = "unit";  // unit, name, status, submissions, errors, latest_at
  bool descending = false;
};

// The filter of `?unit=&template=&grade=&q=&status=&errors=1&late=1&sort=&order=asc|desc`;
// HttpError 400 for a sort key, order or status it does not know.
BoardFilter board_filter_of(const std::map<std::string, std::string>& query);

// {"round", "counts" (whole round), "shown", "templates", "grades", "units": [{unit, name,
// label, status, submissions, errors, latest, latest_at, late, forms: [...]}]}.
std::string board_json(const store::Round& round, const std::vector<store::BoardUnit>& units,
                       const std::vector<store::RoundForm>& forms, const BoardFilter& filter);

// "259001-晋城市商务局": the name when it leads with the code, else code-name.
std::string unit_label(const std::string& code, const std::string& name);

}  // namespace evalbook::server
