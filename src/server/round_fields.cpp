#include "server/round_fields.h"

#include <Poco/String.h>

#include "base/error_code.h"
#include "server/route_support.h"

namespace evalbook::server {

store::Round checked_round(const RoundFields& fields, const app::AppContext& context) {
  store::Round round;
  round.name = Poco::trim(fields.name);
  round.year = fields.year;
  round.deadline = Poco::trim(fields.deadline);
  if (round.name.empty() || round.year < 1990 || round.year > 2200)
    throw Error(ErrorCode::bad_argument, "批次需要名称和年份（1990 至 2200 年）");
  if (!round.deadline.empty() && !valid_date(round.deadline))
    throw Error(ErrorCode::bad_argument, "截止日期应为 YYYY-MM-DD");
  for (const auto& t : fields.templates) {
    if (!context.find_template(t)) throw Error(ErrorCode::bad_argument, "没有模板“" + t + "”");
    round.templates.push_back(t);
  }
  for (const auto& text : fields.units) round.units.push_back(store::unit_from_text(text).code);
  return round;
}

void keep_unit_names(store::Store& store, const std::vector<std::string>& units) {
  for (const auto& text : units) {
    const store::Unit unit = store::unit_from_text(text);
    if (unit.name != unit.code) store.put_unit(unit.code, unit.name);
  }
}

}  // namespace evalbook::server
