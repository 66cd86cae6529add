#include "serve_process.h"

#include <Poco/PipeStream.h>

#include <istream>
#include <regex>
#include <stdexcept>

namespace evalbook::test {

ServeProcess::ServeProcess(const std::string& binary, const std::string& db_url,
                           const std::vector<std::string>& options) {
  Poco::Process::Args args = {"serve", "--listen", "127.0.0.1:0", "--db", db_url};
  args.insert(args.end(), options.begin(), options.end());
  handle_ = std::make_unique<Poco::ProcessHandle>(
      Poco::Process::launch(binary, args, nullptr, nullptr, &stderr_));
  running_ = true;
  auto in = std::make_shared<Poco::PipeInputStream>(stderr_);
  // "evalbook serve: http://127.0.0.1:PORT/ ..." once it listens.
  static const std::regex started(R"(http://127\.0\.0\.1:(\d+)/)");
  std::string line;
  std::string seen;
  while (std::getline(*in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, started)) {
      port_ = static_cast<std::uint16_t>(std::stoi(m[1].str()));
      break;
    }
    seen += line + "\n";
  }
  if (port_ == 0) {
    kill();
    throw std::runtime_error("evalbook serve did not start: " + seen);
  }
  drain_ = std::thread([in] {
    std::string rest;
    while (std::getline(*in, rest)) {
    }
  });
}

void ServeProcess::kill() {
  if (!running_) return;
  running_ = false;
  Poco::Process::kill(*handle_);  // SIGKILL on POSIX
  handle_->wait();
  if (drain_.joinable()) drain_.join();
}

ServeProcess::~ServeProcess() { kill(); }

}  // namespace evalbook::test
