// The JSON objects of the API: a submission (S of CLI-CONTRACT.md), its version list and the
// difference between two versions.
#pragma once

#include <string>
#include <vector>

#include "store/store.h"

namespace evalbook::server {

// missing (no submission), errors, clean, accepted or returned.
std::string status_of(const store::VersionInfo& version);

// S: {id, unit, file, sha256, version, uploaded_at, status, error, forms, ...}.
std::string submission_json(const store::VersionInfo& version,
                            const std::vector<std::string>& warnings = {});

std::string versions_json(const std::vector<store::VersionInfo>& versions);

// What changed from one version to another: findings gone and new, figures changed.
std::string difference_json(const store::VersionInfo& from, const store::VersionInfo& to);

// Seconds since 1970 as "2024-03-31T08:00:00Z".
std::string iso_time(std::int64_t seconds);

}  // namespace evalbook::server
