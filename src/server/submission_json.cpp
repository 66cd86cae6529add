#include "server/submission_json.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Timestamp.h>

#include <ctime>
#include <map>
#include <sstream>

#include "base/error_code.h"
#include "base/severity.h"
#include "server/http_reply.h"

namespace evalbook::server {

namespace {

std::string error_json(const std::string& code, const std::string& message) {
  if (code.empty()) return "null";
  return "{\"code\": " + json_string(code) + ", \"message\": " + json_string(message) + "}";
}

// A finding as the difference compares it: its severity (the enum, read from the stored JSON
// here, at the boundary) first, so that lists come errors first, then where and what it says.
struct FindingKey {
  Severity severity = Severity::info;
  std::string sheet, cell, rule, message;
  auto operator<=>(const FindingKey&) const = default;
};

// Each finding of a version, and each form's key figures.
struct Digest {
  std::map<FindingKey, Poco::JSON::Object::Ptr> findings;
  std::map<std::string, std::string> figures;  // "sheet/field" -> value text
};

Severity severity_of(const Poco::JSON::Object::Ptr& finding) {
  const std::string name = finding->optValue<std::string>("severity", "");
  const auto severity = severity_from_name(name);
  if (!severity)
    throw Error(ErrorCode::internal_error, "已保存的检查结果中有未知的级别“" + name + "”");

  return *severity;
}

Digest digest_of(const std::string& forms_json) {
  Digest d;
  Poco::JSON::Parser parser;
  auto forms = parser.parse(forms_json).extract<Poco::JSON::Array::Ptr>();
  for (std::size_t i = 0; i < forms->size(); ++i) {
    auto form = forms->getObject(static_cast<unsigned>(i));
    const std::string sheet = form->optValue<std::string>("sheet", "");
    // The second and later forms stacked on a sheet: "SHEET#2/record.total_score".
    const int index = form->optValue<int>("form_index", 1);
    const std::string place = index > 1 ? sheet + "#" + std::to_string(index) : sheet;
    auto findings = form->getArray("findings");
    for (std::size_t k = 0; findings && k < findings->size(); ++k) {
      auto f = findings->getObject(static_cast<unsigned>(k));
      FindingKey key{severity_of(f), sheet, f->optValue<std::string>("cell", ""),
                     f->optValue<std::string>("rule", ""), f->optValue<std::string>("message", "")};
      d.findings.emplace(std::move(key), f);
    }
    for (const char* part : {"record", "recomputed"}) {
      auto obj = form->getObject(part);
      if (!obj) continue;
      for (const char* field :
           {"budget_full_year", "executed", "execution_rate", "total_score", "grade"}) {
        if (!obj->has(field) || obj->isNull(field)) continue;
        d.figures[place + "/" + part + "." + field] = obj->get(field).toString();
      }
    }
  }
  return d;
}

// The findings of `from` that `to` does not have, errors first.
std::string findings_not_in(const Digest& from, const Digest& to) {
  std::string out = "[";
  for (const auto& [key, finding] : from.findings) {
    if (to.findings.count(key)) continue;
    if (out.size() > 1) out += ", ";
    std::ostringstream s;
    finding->stringify(s);
    out += "{\"sheet\": " + json_string(key.sheet) + ", \"finding\": " + s.str() + "}";
  }
  return out + "]";
}

}  // namespace

std::string iso_time(std::int64_t seconds) {
  return Poco::DateTimeFormatter::format(
      Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(seconds)),
      Poco::DateTimeFormat::ISO8601_FORMAT);
}

std::string status_of(const store::VersionInfo& v) {
  if (v.review == "accept") return "accepted";
  if (v.review == "return") return "returned";
  if (!v.error_code.empty() || v.error_count > 0) return "errors";
  return "clean";
}

std::string submission_json(const store::VersionInfo& v, const std::vector<std::string>& warnings) {
  std::string out = "{\"id\": " + std::to_string(v.submission_id);
  out += ", \"round\": " + std::to_string(v.round_id);
  out += ", \"unit\": " + json_string(v.unit_code);
  out += ", \"file\": " + json_string(v.file_name);
  out += ", \"sha256\": " + json_string(v.sha256);
  out += ", \"version\": " + std::to_string(v.version);
  out += ", \"uploaded_at\": " + json_string(iso_time(v.uploaded_at));
  out += ", \"status\": " + json_string(status_of(v));
  out += ", \"review_note\": " + json_string(v.review_note);
  out += ", \"errors\": " + std::to_string(v.error_count);
  out += ", \"warnings\": " + std::to_string(v.warning_count);
  out += ", \"corrected\": ";
  out += v.corrected_sha256.empty() ? "false" : "true";
  out += ", \"notices\": [";
  for (std::size_t i = 0; i < warnings.size(); ++i)
    out += (i ? ", " : "") + json_string(warnings[i]);
  out += "], \"error\": " + error_json(v.error_code, v.error_message);
  out += ", \"forms\": " + v.forms_json + "}";
  return out;
}

std::string versions_json(const std::vector<store::VersionInfo>& versions) {
  std::string out = "{\"versions\": [";
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const auto& v = versions[i];
    if (i) out += ", ";
    out += "{\"version\": " + std::to_string(v.version) + ", \"sha256\": " + json_string(v.sha256) +
           ", \"uploaded_at\": " + json_string(iso_time(v.uploaded_at)) +
           ", \"status\": " + json_string(status_of(v)) +
           ", \"errors\": " + std::to_string(v.error_count) +
           ", \"error\": " + error_json(v.error_code, v.error_message) + "}";
  }
  return out + "]}";
}

std::string difference_json(const store::VersionInfo& from, const store::VersionInfo& to) {
  const Digest a = digest_of(from.forms_json);
  const Digest b = digest_of(to.forms_json);
  std::string figures;
  std::set<std::string> keys;
  for (const auto& [k, v] : a.figures) keys.insert(k);
  for (const auto& [k, v] : b.figures) keys.insert(k);
  for (const auto& k : keys) {
    auto x = a.figures.find(k);
    auto y = b.figures.find(k);
    const std::string before = x == a.figures.end() ? "" : x->second;
    const std::string after = y == b.figures.end() ? "" : y->second;
    if (before == after) continue;
    if (!figures.empty()) figures += ", ";
    figures += "{\"field\": " + json_string(k) + ", \"from\": " + json_string(before) +
               ", \"to\": " + json_string(after) + "}";
  }
  return "{\"from\": " + std::to_string(from.version) + ", \"to\": " + std::to_string(to.version) +
         ", \"findings_gone\": " + findings_not_in(a, b) +
         ", \"findings_new\": " + findings_not_in(b, a) + ", \"figures_changed\": [" + figures +
         "]}";
}

}  // namespace evalbook::server
