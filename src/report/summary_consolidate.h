// Which forms of a summary count, in which order: of the submissions of one form (same unit,
// project and year; same unit, year and table for department and 决算 forms) the newest file
// counts (SummaryFile::modified; the first added among equal times) and the others are
// duplicates; project rows are ordered by unit, project, year and file.
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

// Of two submissions of one form, whether `a` is the one that counts: the newer known
// modification time, and among equal (or unknown) times the one added first.
bool counts_over(const std::vector<SummaryFile>& files, FormRef a, FormRef b);

struct Consolidation {
  std::vector<FormRef> projects;                   // kept project forms, in row order
  std::vector<FormRef> departments;                // kept department forms, in file order
  std::vector<FormRef> accounts;                   // kept 决算 tables, in file order
  std::vector<FormRef> blanks;                     // blank standard forms, in file order
  std::vector<DuplicateForm> duplicates;           // in file order of the duplicate
  std::map<FormRef, std::vector<FormRef>> copies;  // kept form -> its duplicates
  std::map<FormRef, std::size_t> duplicate_of;     // duplicate -> index in `duplicates`
};

// Takes the files one by one, in their order: add(files, i) once file i is in `files` (its
// forms are told apart by the units they name themselves, before any is taken from the
// workbook), then finish(files) once every file is in.
class Consolidator {
 public:
  // Registers the forms of files[i]; every file before it must have been added.
  void add(const std::vector<SummaryFile>& files, std::size_t i);
  // Picks the submission that counts of each form and orders the rows. Returns the result (the
  // consolidator is spent).
  Consolidation finish(const std::vector<SummaryFile>& files);

 private:
  std::vector<std::pair<FormRef, std::string>> forms_;  // every form not blank, with its identity
  std::vector<FormRef> blanks_;
};

// A form that names no unit takes the unit the workbook's other forms name (the first one
// that does), with a note; only when none does is it left for （未填写单位）.
void take_unit_from_workbook(SummaryFile& file);

// A form that states no year takes the year the workbook's other forms state (a 决算公开
// workbook's 2023年度 for the project forms attached to it), with a note; only when they all
// agree, so that no form is given a year its workbook does not make certain.
void take_year_from_workbook(SummaryFile& file);

// One spelling per unit: names equal once blanks and letter case are set aside are one unit,
// and so is a name cut short ("晋中市招商引资服务中") when exactly one longer name starts with it.
// Every form gets its unit's most frequent spelling (the longer one among equals).
void normalise_unit_names(std::vector<SummaryFile>& files);

// The key text a form is grouped by: blanks removed, ASCII letters folded (as Excel's SUMIFS
// compares text case-insensitively).
std::string fold_key(const std::string& text);

}  // namespace evalbook::report
