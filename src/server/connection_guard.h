// Keeps clients from holding the request threads: a cap on the connections one address may
// hold open at once, and a deadline for each request's headers. Poco times every single read
// only, so without it a client sending one header byte every few seconds (slowloris) would hold
// a thread for ever, and a handful of such clients would hold them all.
#pragma once

#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace evalbook::server {

class ConnectionGuard {
 public:
  using Clock = std::chrono::steady_clock;

  ConnectionGuard(int max_per_address, std::chrono::seconds header_deadline);
  ~ConnectionGuard();
  ConnectionGuard(const ConnectionGuard&) = delete;
  ConnectionGuard& operator=(const ConnectionGuard&) = delete;

  // Registers a connection from `address`; nothing when that address already holds
  // `max_per_address` (or the server is stopping).
  std::optional<std::uint64_t> admit(const Poco::Net::StreamSocket& socket,
                                     const std::string& address);
  void leave(std::uint64_t ticket);
  // The next request's headers must have arrived `after` from now plus the header deadline;
  // when they have not, the connection's reading side is shut and `expired` tells why.
  void expect_headers(std::uint64_t ticket, std::chrono::seconds after = std::chrono::seconds(0));
  void headers_arrived(std::uint64_t ticket);
  bool expired(std::uint64_t ticket);
  // Shuts every connection (the server is stopping); admits none after.
  void close_all();

 private:
  struct Entry {
    Poco::Net::StreamSocket socket;
    std::string address;
    std::optional<Clock::time_point> deadline;
    bool expired = false;
  };
  void watch();

  const int max_per_address_;
  const std::chrono::seconds header_deadline_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::map<std::uint64_t, Entry> entries_;
  std::map<std::string, int> per_address_;
  std::uint64_t next_ticket_ = 1;
  bool stopping_ = false;
  std::thread watcher_;  // last: started once the rest exists
};

}  // namespace evalbook::server
