// The CSV files of `export` as Excel users open them: Chinese column names (or the record's
// field names for scripts), rates as 82.37%, no column that is empty on every row, and cells
// that Excel would run as formulas defused as OWASP advises.
#pragma once

#include <string>
#include <string_view>

#include "report/record_tables.h"

namespace evalbook::report {

enum class CsvHeaders { chinese, field };

// The column's Chinese name ("budget_full_year" → "全年预算数", "sections.投入" → "分项得分.投入",
// "tasks_total.fiscal" → "任务合计.财政拨款"); a part without one keeps its own name. Also the
// Chinese name of a list ("indicators" → "绩效指标"), written in 明细类别 under Chinese headers.
std::string chinese_column_name(std::string_view field);

// Rates (fields named *_rate, kept as fractions in JSON) as percentages with two decimals:
// "0.8237" → "82.37%". Cells that are no number are left as written.
void show_rates_as_percent(FlatTable& table);

// Removes every column no row has a value in, but `keep_first` leading (identity) columns.
void drop_empty_columns(FlatTable& table, std::size_t keep_first);

// A cell as CSV writes it: a text starting with = + - @ TAB or CR that is not a plain number
// gets a leading ' (so Excel shows it instead of running it); quoted when it holds , " CR LF.
std::string csv_field(std::string_view text);

// RFC 4180 CSV in UTF-8 with a byte-order mark, CRLF line ends, the header as asked (and, under
// Chinese headers, 明细类别's list names in Chinese).
std::string to_csv(const FlatTable& table, CsvHeaders headers);

}  // namespace evalbook::report
