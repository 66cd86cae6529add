#include "server/upload_slots.h"

#include <algorithm>

#include "server/http_reply.h"

namespace evalbook::server {

UploadSlots::UploadSlots(int limit, int per_address)
    : limit_(limit), per_address_(std::max(1, per_address)) {}

UploadSlots::Slot::Slot(UploadSlots& slots, std::string address, std::chrono::milliseconds wait)
    : slots_(slots), address_(std::move(address)) {
  std::unique_lock lock(slots_.mutex_);
  const bool free = slots_.freed_.wait_for(lock, wait, [&] {
    auto it = slots_.by_address_.find(address_);
    const int mine = it == slots_.by_address_.end() ? 0 : it->second;
    return slots_.running_ < slots_.limit_ && mine < slots_.per_address_;
  });
  if (!free) throw TooSoon(2, "同时上传的人数过多，请稍后重试");
  ++slots_.running_;
  ++slots_.by_address_[address_];
}

UploadSlots::Slot::~Slot() {
  {
    const std::lock_guard lock(slots_.mutex_);
    --slots_.running_;
    if (--slots_.by_address_[address_] <= 0) slots_.by_address_.erase(address_);
  }
  slots_.freed_.notify_all();
}

}  // namespace evalbook::server
