// The service's data (docs/DATA-MODEL.md) on one database: rounds and their expected units,
// accounts with hashed passwords and tokens, and submissions whose every version keeps its
// original bytes (content-addressed blobs), results and review. Thread-safe: every call takes
// its own pooled session. Nothing here overwrites or deletes an upload.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace evalbook::store {

enum class Role { unit, finance, admin };
std::string_view role_name(Role role);
std::optional<Role> role_from_name(std::string_view name);

struct User {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::unit;
  std::string unit_code;  // for a unit user
};

struct Round {
  std::int64_t id = 0;
  std::string name;
  int year = 0;
  std::string deadline;  // YYYY-MM-DD, empty for none
  std::vector<std::string> templates;
  std::vector<std::string> units;  // codes expected to report
};

// The key figures of one form, for the dashboards' filters.
struct FormRow {
  std::string sheet, template_id, unit, project, grade;
  std::optional<double> budget_full_year, executed, execution_rate, total_reported,
      total_recomputed;
  int error_count = 0;
};

// What one upload adds: a version of the (round, unit, file) submission.
struct NewVersion {
  std::int64_t round_id = 0;
  std::string unit_code;
  std::string file_name;
  std::int64_t uploaded_by = 0;
  std::string original;    // the bytes as received
  std::string corrected;   // the fix workbook, empty when none was made
  std::string error_code;  // empty when the file was read
  std::string error_message;
  int error_count = 0;
  int warning_count = 0;
  std::string forms_json;  // the `forms` array of check --format json
  std::vector<FormRow> forms;
};

struct VersionInfo {
  std::int64_t submission_id = 0;
  std::int64_t round_id = 0;
  std::string unit_code;
  std::string file_name;
  int version = 0;
  std::string sha256;
  std::string corrected_sha256;
  std::int64_t uploaded_at = 0;  // seconds since 1970, UTC
  std::string error_code, error_message;
  int error_count = 0;
  int warning_count = 0;
  std::string forms_json;
  std::string review;  // "", "accept" or "return" (of this version)
  std::string review_note;
};

// A unit as the forms write it: the code and the name ("259001" and "259001-晋城市商务局").
struct Unit {
  std::string code;
  std::string name;
};

// "259001-晋城市商务局" (or "259001 晋城市商务局", "259001－…") → code 259001, the whole text as
// its name; a bare code names itself.
Unit unit_from_text(std::string_view text);

// An API token as the admin sees it: never the token, a short id made from its hash.
struct TokenInfo {
  std::string id;
  std::int64_t user_id = 0;
  std::string label;
  std::int64_t created_at = 0;
};

struct UserInfo {
  User user;
  std::int64_t created_at = 0;
};

// Failed logins under one key (a user or an address) inside the window.
struct LoginFailures {
  int count = 0;
  std::int64_t last_ms = 0;  // milliseconds since 1970
};

// A login attempt as reserve_login_attempt counted it (or refused to).
struct LoginAttempt {
  std::int64_t wait_ms = 0;           // > 0: refused for this long, nothing was counted
  std::int64_t at_ms = 0;             // when it was counted
  std::vector<LoginFailures> before;  // each key's failures before it, in the keys' order
};

// One form of the latest version of a round's submission, for the board's filters.
struct RoundForm {
  std::int64_t submission_id = 0;
  std::string unit_code;
  std::string file_name;
  FormRow form;
};

// A round's consolidation made in the background, its progress visible to every server.
struct Job {
  std::int64_t id = 0;
  std::int64_t round_id = 0;
  std::string kind;
  std::string status;  // running, done, failed
  int done = 0;
  int total = 0;
  std::string error_message;
  std::int64_t created_by = 0;
  std::int64_t updated_at = 0;
  std::string owner;             // the server running it (JobLease::owner)
  std::int64_t lease_until = 0;  // seconds since 1970: past it, another server may claim it
  int attempts = 0;              // runs started, the first included
};

// A server's hold on the jobs it runs: renewed while it lives, claimed by another when not.
struct JobLease {
  std::string owner;  // unique to one server process
  std::int64_t seconds = 30;
};

struct BoardUnit {
  std::string unit_code;
  std::string unit_name;
  int submissions = 0;
  int errors = 0;  // error findings and unreadable files in latest versions
  std::int64_t latest_submission = 0;
  std::int64_t latest_at = 0;
  bool all_accepted = false;  // every submission's latest version accepted
  bool any_returned = false;  // some latest version returned
};

class Store {
 public:
  // Opens and migrates the database (`url` as Database takes it).
  explicit Store(const std::string& url);

  Database& database() { return db_; }

  // Units.
  void put_unit(const std::string& code, const std::string& name);
  // While a unit is known only by its code, names it as its forms' 预算单位 write it.
  void name_unit_from_forms(const std::string& code);
  // Every known unit's name by its code.
  std::map<std::string, std::string> unit_names();

  // Accounts.
  std::int64_t add_user(const std::string& name, Role role, const std::string& unit_code,
                        const std::string& password);
  std::optional<User> user_by_name(const std::string& name);
  // The user when the password is right (PBKDF2, compared in constant time).
  std::optional<User> check_password(const std::string& name, const std::string& password);
  // A new session token (returned once; stored as its SHA-256) valid for `seconds`.
  std::string open_session(std::int64_t user_id, std::int64_t seconds);
  std::optional<User> user_of_session(const std::string& token);
  void close_session(const std::string& token);
  std::string add_api_token(std::int64_t user_id, const std::string& label = "");
  std::optional<User> user_of_api_token(const std::string& token);
  // Failed logins under `key` (a user name or an address) in the last `window` seconds.
  LoginFailures login_failures(const std::string& key, std::int64_t window);
  // One transaction with the rows of `keys` locked: their failures in the last `window` seconds
  // go to `wait_for` (with the time now, in ms), and unless it says to wait, the attempt counts
  // as one more failure under every key before its password is looked at. Attempts sent at the
  // same instant are so counted one after another, however many servers take them.
  LoginAttempt reserve_login_attempt(
      const std::vector<std::string>& keys, std::int64_t window,
      const std::function<std::int64_t(const std::vector<LoginFailures>&, std::int64_t)>& wait_for);
  // The password was right: the attempt counted under keys[index] is taken back (the failures
  // and the time of the last one as they were, unless another attempt came in since).
  void give_back_login_attempt(const std::string& key, const LoginAttempt& attempt,
                               std::size_t index);
  void clear_failures(const std::string& key);

  // Administration.
  std::vector<UserInfo> users();
  std::optional<User> user_by_id(std::int64_t id);
  // A new password; the user's open sessions end.
  void set_password(std::int64_t user_id, const std::string& password);
  std::vector<TokenInfo> api_tokens();
  // False when no token has this id.
  bool revoke_api_token(const std::string& token_id);
  // Name, year, templates, deadline and expected units of an existing round.
  void update_round(const Round& round);

  // Rounds.
  std::int64_t add_round(const Round& round);
  std::vector<Round> rounds();
  std::optional<Round> round(std::int64_t id);

  // Submissions. One transaction: blobs, the submission (made on first upload), the version, its
  // forms. Returns the new version's submission id and number.
  std::pair<std::int64_t, int> add_version(const NewVersion& upload);
  // Several versions in one transaction: every one of them is stored, or (on an exception)
  // none. Returns (submission id, version number) of each, in order.
  std::vector<std::pair<std::int64_t, int>> add_versions(const std::vector<NewVersion>& uploads);
  std::optional<VersionInfo> latest_version(std::int64_t submission_id);
  std::optional<VersionInfo> version(std::int64_t submission_id, int version);
  std::vector<VersionInfo> versions(std::int64_t submission_id);
  std::vector<VersionInfo> latest_versions_of_round(std::int64_t round_id);
  std::optional<std::string> blob(const std::string& sha256);
  void review(std::int64_t submission_id, int version, const std::string& decision,
              const std::string& note, std::int64_t reviewer_id);
  std::vector<BoardUnit> board(std::int64_t round_id);
  std::vector<RoundForm> round_forms(std::int64_t round_id);

  // Jobs. A running job is held by one server's lease; the calls that change a job take the
  // owner and do nothing (false) once another server has claimed it.
  std::int64_t add_job(std::int64_t round_id, const std::string& kind, std::int64_t created_by,
                       int total, const JobLease& lease);
  // Renews the lease of every running job of `lease.owner`; returns their ids.
  std::vector<std::int64_t> renew_job_leases(const JobLease& lease);
  // Running jobs whose lease has run out (their server is gone), oldest first.
  std::vector<Job> orphaned_jobs();
  // Takes an orphaned job over for `lease` and counts the run: of servers claiming it at once
  // one gets true. One already run `max_attempts` times is failed with `exhausted` instead.
  bool claim_job(std::int64_t id, const JobLease& lease, int max_attempts,
                 const std::string& exhausted);
  bool job_progress(std::int64_t id, const std::string& owner, int done, int total);
  bool finish_job(std::int64_t id, const std::string& owner, const std::string& result);
  bool fail_job(std::int64_t id, const std::string& owner, const std::string& message);
  std::optional<Job> job(std::int64_t id);
  std::optional<std::string> job_result(std::int64_t id);

 private:
  Database db_;
};

}  // namespace evalbook::store
