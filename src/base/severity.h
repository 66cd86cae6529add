// How serious a finding is. Findings carry the contract's names ("error", "warning", "info");
// code that decides on them (exit codes, counts, the service's statuses) uses this enum.
#pragma once

#include <optional>
#include <string_view>

namespace evalbook {

enum class Severity { error, warning, info };

// "error", "warning" or "info" (CLI-CONTRACT.md).
std::string_view severity_name(Severity severity);

// The severity of a contract name; nullopt for any other text.
std::optional<Severity> severity_from_name(std::string_view name);

}  // namespace evalbook
