// The settings of `evalbook serve`, with the limits every request is held to.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace evalbook::server {

struct ServerConfig {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port (tests)
  std::string web_dir;        // the page's files; empty: the API only
  bool behind_tls = false;    // the session cookie is Secure
  int threads = 32;           // request threads (bounded pool), one per open connection
  int queued = 64;            // connections waiting for a thread
  // Connections one address may hold open at once (a thread each): past it a new one is
  // answered 429 at once, so one client cannot take every thread. An office behind one
  // address (or every client, behind a proxy) shares it.
  int max_connections_per_address = 16;
  int max_concurrent_uploads = 8;
  int max_uploads_per_address = 4;  // of those, one address's: a trickler holds no more
  int max_running_jobs = 2;         // consolidations in the background, per server
  // A server holds the jobs it runs this long, renewing every third of it; a job whose server
  // died is taken over by another once its lease has run out.
  std::int64_t job_lease_seconds = 30;
  std::size_t max_file_bytes = 20u << 20;
  std::size_t max_request_bytes = 100u << 20;
  int max_files = 200;               // workbooks in one request (zip members included)
  int request_timeout_seconds = 60;  // the whole body must arrive within this
  int idle_timeout_seconds = 10;     // no byte for this long ends the connection
  int header_timeout_seconds = 10;   // a request's headers must all arrive within this
  std::int64_t session_seconds = 8 * 3600;
  // Failed logins: this many are free, then each doubles the wait (1 s, 2 s, 4 s...) up to the
  // cap; failures older than the window are forgotten. An office behind one address gets more.
  int login_free_failures_per_user = 3;
  int login_free_failures_per_address = 20;
  std::int64_t login_delay_cap_seconds = 15 * 60;
  std::int64_t login_first_delay_ms = 1000;  // the first wait; tests lengthen it to rule out timing
  std::int64_t login_failure_window = 60 * 60;
};

}  // namespace evalbook::server
