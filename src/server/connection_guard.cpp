#include "server/connection_guard.h"

#include <Poco/Exception.h>

namespace evalbook::server {

ConnectionGuard::ConnectionGuard(int max_per_address, std::chrono::seconds header_deadline)
    : max_per_address_(max_per_address),
      header_deadline_(header_deadline),
      watcher_([this] { watch(); }) {}

ConnectionGuard::~ConnectionGuard() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  watcher_.join();
}

std::optional<std::uint64_t> ConnectionGuard::admit(const Poco::Net::StreamSocket& socket,
                                                    const std::string& address) {
  const std::lock_guard lock(mutex_);
  int& held = per_address_[address];
  if (stopping_ || held >= max_per_address_) {
    if (held == 0) per_address_.erase(address);
    return std::nullopt;
  }
  ++held;
  const std::uint64_t ticket = next_ticket_++;
  entries_.emplace(ticket, Entry{socket, address, std::nullopt, false});
  return ticket;
}

void ConnectionGuard::leave(std::uint64_t ticket) {
  const std::lock_guard lock(mutex_);
  auto it = entries_.find(ticket);
  if (it == entries_.end()) return;
  if (--per_address_[it->second.address] <= 0) per_address_.erase(it->second.address);
  entries_.erase(it);
}

void ConnectionGuard::expect_headers(std::uint64_t ticket, std::chrono::seconds after) {
  const std::lock_guard lock(mutex_);
  auto it = entries_.find(ticket);
  if (it != entries_.end()) it->second.deadline = Clock::now() + after + header_deadline_;
}

void ConnectionGuard::headers_arrived(std::uint64_t ticket) {
  const std::lock_guard lock(mutex_);
  auto it = entries_.find(ticket);
  if (it != entries_.end()) it->second.deadline.reset();
}

bool ConnectionGuard::expired(std::uint64_t ticket) {
  const std::lock_guard lock(mutex_);
  auto it = entries_.find(ticket);
  return it != entries_.end() && it->second.expired;
}

void ConnectionGuard::close_all() {
  const std::lock_guard lock(mutex_);
  stopping_ = true;
  for (auto& [ticket, entry] : entries_) {
    try {
      entry.socket.shutdown();
    } catch (const Poco::Exception&) {  // already closed by the client
    }
  }
}

void ConnectionGuard::watch() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    // A tenth of a second is fine enough for deadlines counted in seconds.
    wake_.wait_for(lock, std::chrono::milliseconds(100));
    const auto now = Clock::now();
    for (auto& [ticket, entry] : entries_) {
      if (!entry.deadline || *entry.deadline > now) continue;
      entry.deadline.reset();
      entry.expired = true;
      try {
        // Only the reading side: the connection's thread wakes from its read and can still
        // write its 408 answer.
        entry.socket.shutdownReceive();
      } catch (const Poco::Exception&) {
      }
    }
  }
}

}  // namespace evalbook::server
