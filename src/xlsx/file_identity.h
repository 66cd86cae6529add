// Whether two paths name one file, decided by the file itself (device and inode), not by the
// text of the paths: "./a.xlsx", "dir/../a.xlsx", a hard link and a symbolic link to a.xlsx are
// all a.xlsx. Every command that writes uses this to refuse an output that is one of its inputs.
#pragma once

#include <string>
#include <vector>

namespace evalbook::xlsx {

// True when both paths name the same existing file (symbolic links followed).
bool same_file(const std::string& a, const std::string& b);

// Throws bad_argument, naming both, when `output` exists and is the same file as one of
// `inputs` (a folder's member, a zip archive holding members, a data file...).
void refuse_output_among_inputs(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace evalbook::xlsx
