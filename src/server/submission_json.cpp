#include "server/submission_json.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Timestamp.h>

#include <ctime>
#include <set>

#include "server/http_reply.h"

namespace evalbook::server {

namespace {

std::string error_json(const std::string& code, const std::string& message) {
  if (code.empty()) return "null";
  return "{\"code\": " + json_string(code) + ", \"message\": " + json_string(message) + "}";
}

// Each finding of a version as one comparable line, and each form's key figures.
struct Digest {
  std::set<std::string> findings;
  std::map<std::string, std::string> figures;  // "sheet/field" -> value text
  std::map<std::string, Poco::JSON::Object::Ptr> finding_objects;
};

Digest digest_of(const std::string& forms_json) {
  Digest d;
  Poco::JSON::Parser parser;
  auto forms = parser.parse(forms_json).extract<Poco::JSON::Array::Ptr>();
  for (std::size_t i = 0; i < forms->size(); ++i) {
    auto form = forms->getObject(static_cast<unsigned>(i));
    const std::string sheet = form->optValue<std::string>("sheet", "");
    auto findings = form->getArray("findings");
    for (std::size_t k = 0; findings && k < findings->size(); ++k) {
      auto f = findings->getObject(static_cast<unsigned>(k));
      std::string key = sheet + "\x1f" + f->optValue<std::string>("cell", "") + "\x1f" +
                        f->optValue<std::string>("rule", "") + "\x1f" +
                        f->optValue<std::string>("message", "");
      d.findings.insert(key);
      d.finding_objects[key] = f;
    }
    for (const char* part : {"record", "recomputed"}) {
      auto obj = form->getObject(part);
      if (!obj) continue;
      for (const char* field :
           {"budget_full_year", "executed", "execution_rate", "total_score", "grade"}) {
        if (!obj->has(field) || obj->isNull(field)) continue;
        d.figures[sheet + "/" + part + "." + field] = obj->get(field).toString();
      }
    }
  }
  return d;
}

std::string findings_list(const std::set<std::string>& keys, const Digest& source) {
  std::string out = "[";
  for (const auto& key : keys) {
    if (out.size() > 1) out += ", ";
    std::ostringstream s;
    source.finding_objects.at(key)->stringify(s);
    const std::string sheet = key.substr(0, key.find('\x1f'));
    out += "{\"sheet\": " + json_string(sheet) + ", \"finding\": " + s.str() + "}";
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
  std::set<std::string> gone, added;
  for (const auto& k : a.findings)
    if (!b.findings.count(k)) gone.insert(k);
  for (const auto& k : b.findings)
    if (!a.findings.count(k)) added.insert(k);
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
         ", \"findings_gone\": " + findings_list(gone, a) +
         ", \"findings_new\": " + findings_list(added, b) + ", \"figures_changed\": [" + figures +
         "]}";
}

}  // namespace evalbook::server
