// `evalbook serve` as a process of its own on a free loopback port: for the tests that must kill
// it (SIGKILL) and start it again on the same database, and for the load benchmark, which
// measures the server's own peak memory.
#pragma once

#include <Poco/Pipe.h>
#include <Poco/Process.h>

#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace evalbook::test {

class ServeProcess {
 public:
  // Starts `BINARY serve --listen 127.0.0.1:0 --db URL [OPTIONS...]` and waits for the port it
  // prints. Throws std::runtime_error (with what the server said) when it ends before that.
  ServeProcess(const std::string& binary, const std::string& db_url,
               const std::vector<std::string>& options = {});
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  std::uint16_t port() const { return port_; }
  Poco::ProcessHandle::PID pid() const { return handle_->id(); }
  // SIGKILL: no handler runs, nothing is flushed or closed in order; waits for the process.
  void kill();

 private:
  Poco::Pipe stderr_;
  std::unique_ptr<Poco::ProcessHandle> handle_;
  std::thread drain_;  // reads what the server writes after its start line
  std::uint16_t port_ = 0;
  bool running_ = false;
};

}  // namespace evalbook::test
