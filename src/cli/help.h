// The usage texts: the clerk's overview (`evalbook --help`), each command's own (`evalbook
// check --help`), and the command names the dispatcher and its did-you-mean know.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace evalbook::cli {

std::string_view main_help();

// The usage of one command; nullopt for a name that is no command.
std::optional<std::string_view> command_help(std::string_view command);

// Every command, in the order of the overview.
std::span<const std::string_view> command_names();

}  // namespace evalbook::cli
