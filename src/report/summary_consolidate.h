// Which forms of a summary count, in which order: the first submission of a form is kept and
// later ones (same unit, project and year; same unit, year and table for department and 决算
// forms) are duplicates; project rows are ordered by unit, project, year and file.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "report/summary_writer.h"

namespace evalbook::report {

struct FormRef {
  std::size_t file = 0;
  std::size_t form = 0;
  auto operator<=>(const FormRef&) const = default;
};

struct DuplicateForm {
  FormRef kept;
  FormRef duplicate;
  std::string differences;  // "" when the figures agree, else what differs
};

struct Consolidation {
  std::vector<FormRef> projects;      // kept project forms, in row order
  std::vector<FormRef> departments;   // kept department forms, in file order
  std::vector<FormRef> accounts;      // kept 决算 tables, in file order
  std::vector<FormRef> blanks;        // blank standard forms, in file order
  std::vector<DuplicateForm> duplicates;         // in file order of the duplicate
  std::map<FormRef, std::vector<FormRef>> copies;  // kept form -> its duplicates
  std::map<FormRef, std::size_t> duplicate_of;     // duplicate -> index in `duplicates`
};

// Takes the files one by one, in their order (so a summary can be written while later files are
// still being read): add(files, i) once file i is in `files`, then finish(files).
class Consolidator {
 public:
  // Registers the forms of files[i]; every file before it must have been added.
  void add(const std::vector<SummaryFile>& files, std::size_t i);
  // Orders the project rows. Returns the result (the consolidator is spent).
  Consolidation finish(const std::vector<SummaryFile>& files);
  const Consolidation& so_far() const { return cons_; }

 private:
  Consolidation cons_;
  std::map<std::string, FormRef> first_;
};

// A form that names no unit takes the unit the workbook's other forms name (the first one
// that does), with a note; only when none does is it left for （未填写单位）.
void take_unit_from_workbook(SummaryFile& file);

// One spelling per unit: names equal once blanks and letter case are set aside are one unit,
// and so is a name cut short ("晋中市招商引资服务中") when exactly one longer name starts with it.
// Every form gets its unit's most frequent spelling (the longer one among equals).
void normalise_unit_names(std::vector<SummaryFile>& files);

// The key text a form is grouped by: blanks removed, ASCII letters folded (as Excel's SUMIFS
// compares text case-insensitively).
std::string fold_key(const std::string& text);

}  // namespace evalbook::report
