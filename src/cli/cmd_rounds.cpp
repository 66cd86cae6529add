// evalbook rounds add|edit: the service's rounds on its database (--db as for serve), with the
// fields and checks of the admin API (server/round_fields.h). Prints the round's id.
#include <fmt/format.h>

#include <charconv>
#include <optional>
#include <string>

#include "cli/cli_common.h"
#include "cli/form_reading.h"
#include "server/round_fields.h"
#include "store/store.h"

namespace evalbook::cli {

namespace {

constexpr const char* kDefaultDb = "sqlite:evalbook.db";
constexpr const char* kAddUsage =
    "用法：evalbook rounds add 名称 --year YYYY [--units 代码[-单位名称],...] "
    "[--templates 模板,...] [--deadline YYYY-MM-DD] [--db DB]";
constexpr const char* kEditUsage =
    "用法：evalbook rounds edit 编号 [--name 名称] [--year YYYY] [--units 代码[-单位名称],...] "
    "[--templates 模板,...] [--deadline YYYY-MM-DD] [--db DB]";

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::string item;
  for (char c : text + ",") {
    if (c != ',') {
      item += c;
    } else if (!item.empty()) {
      out.push_back(item);
      item.clear();
    }
  }
  return out;
}

std::optional<std::int64_t> whole_number(const std::string& text) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

// What the command line gave: each option only when given (edit keeps the rest as they are).
struct RoundOptions {
  std::string db = kDefaultDb;
  std::string target;  // add: the name; edit: the round's id
  std::optional<std::string> name, deadline, year;
  std::optional<std::vector<std::string>> templates, units;
};

// False (reported) on an unknown option or a second bare word.
bool parse_options(const Args& args, RoundOptions& o) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool v = i + 1 < args.size();
    if (a == "--name" && v) {
      o.name = args[++i];
    } else if (a == "--year" && v) {
      o.year = args[++i];
    } else if (a == "--units" && v) {
      o.units = split_list(args[++i]);
    } else if (a == "--templates" && v) {
      o.templates = split_list(args[++i]);
    } else if (a == "--deadline" && v) {
      o.deadline = args[++i];
    } else if (a == "--db" && v) {
      o.db = args[++i];
    } else if (o.target.empty() && !a.empty() && a[0] != '-') {
      o.target = a;
    } else {
      report_error("rounds", "bad_argument", fmt::format("未知选项 {}", a));
      return false;
    }
  }
  return true;
}

// The options laid over `fields`; false (reported) when the year is not a whole number.
bool apply_options(const RoundOptions& o, server::RoundFields& fields) {
  if (o.name) fields.name = *o.name;
  if (o.deadline) fields.deadline = *o.deadline;
  if (o.templates) fields.templates = *o.templates;
  if (o.units) fields.units = *o.units;
  if (o.year) {
    const auto year = whole_number(*o.year);
    if (!year || *year < 0 || *year > 9999) {
      report_error("rounds", "bad_argument", fmt::format("年份应为整数，而不是“{}”", *o.year));
      return false;
    }
    fields.year = static_cast<int>(*year);
  }
  return true;
}

// Checks the fields against the templates and saves them with `save`; prints the id.
template <class Save>
int checked_and_saved(const std::string& db, const server::RoundFields& fields, Save&& save) {
  const tmpl::TemplateSpec* forced = nullptr;
  const auto context = load_context("", forced);
  if (!context) return kExitUnreadable;
  store::Round round;
  try {
    round = server::checked_round(fields, *context);
  } catch (const Error& e) {
    report_error("rounds", "bad_argument", e.what());
    return kExitUnreadable;
  }
  return guarded(db, [&] {
    store::Store store(db);
    server::keep_unit_names(store, fields.units);
    std::printf("%lld\n", static_cast<long long>(save(store, round)));
    return kExitOk;
  });
}

int rounds_add(const Args& args) {
  RoundOptions o;
  if (!parse_options(args, o)) return kExitUnreadable;
  if (o.target.empty() || o.name) {
    report_error("rounds", "bad_argument", kAddUsage);
    return kExitUnreadable;
  }
  server::RoundFields fields;
  fields.name = o.target;
  if (!apply_options(o, fields)) return kExitUnreadable;
  return checked_and_saved(o.db, fields, [](store::Store& store, store::Round& round) {
    return store.add_round(round);
  });
}

int rounds_edit(const Args& args) {
  RoundOptions o;
  if (!parse_options(args, o)) return kExitUnreadable;
  const auto id = whole_number(o.target);
  if (!id) {
    report_error("rounds", "bad_argument", kEditUsage);
    return kExitUnreadable;
  }
  std::optional<store::Round> current;
  const int read = guarded(o.db, [&] {
    current = store::Store(o.db).round(*id);
    return kExitOk;
  });
  if (read != kExitOk) return read;
  if (!current) {
    report_error("rounds", "not_found", fmt::format("没有编号为 {} 的批次", *id));
    return kExitUnreadable;
  }
  server::RoundFields fields{current->name, current->year, current->deadline, current->templates,
                             current->units};
  if (!apply_options(o, fields)) return kExitUnreadable;
  return checked_and_saved(o.db, fields, [&](store::Store& store, store::Round& round) {
    round.id = *id;
    store.update_round(round);
    return round.id;
  });
}

}  // namespace

int run_rounds(const Args& args) {
  if (!args.empty() && args[0] == "add") return rounds_add(Args(args.begin() + 1, args.end()));
  if (!args.empty() && args[0] == "edit") return rounds_edit(Args(args.begin() + 1, args.end()));
  report_error("rounds", "bad_argument",
               "用法：evalbook rounds add|edit ...（evalbook rounds --help 查看说明）");
  return kExitUnreadable;
}

}  // namespace evalbook::cli
