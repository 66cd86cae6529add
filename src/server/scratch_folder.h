// The server's temporary folders are the application's (app/scratch_folder.h).
#pragma once

#include <string>

#include "app/scratch_folder.h"

namespace evalbook::server {

using app::ScratchFolder;

// The whole content of a file.
std::string read_whole_file(const std::string& path);

}  // namespace evalbook::server
