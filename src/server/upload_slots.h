// The uploads processed at once: at most `limit` in all, and at most `per_address` for one
// address, so one client trickling bodies cannot hold every slot while others wait.
// A request past either limit waits for a slot (it has not read its body yet, so waiting costs no
// memory) and is refused with TooSoon (429 too_many_requests, Retry-After) only after `wait`: a
// rush of units before the deadline is served in turn instead of half of it being turned away.
#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>

namespace evalbook::server {

class UploadSlots {
 public:
  UploadSlots(int limit, int per_address);

  // One slot, held for the request's life.
  class Slot {
   public:
    Slot(UploadSlots& slots, std::string address, std::chrono::milliseconds wait);
    ~Slot();
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;

   private:
    UploadSlots& slots_;
    std::string address_;
  };

 private:
  const int limit_;
  const int per_address_;
  std::mutex mutex_;
  std::condition_variable freed_;
  int running_ = 0;
  std::map<std::string, int> by_address_;
};

}  // namespace evalbook::server
