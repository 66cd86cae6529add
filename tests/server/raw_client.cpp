#include "raw_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace evalbook::test {

namespace {

sockaddr_in address_of(const std::string& host, std::uint16_t port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  if (inet_pton(AF_INET, host.c_str(), &a.sin_addr) != 1)
    throw std::runtime_error("bad address " + host);
  return a;
}

}  // namespace

RawConnection::RawConnection(std::uint16_t port, const std::string& from_address) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd_ < 0) throw std::runtime_error("socket() failed");
  const sockaddr_in from = address_of(from_address, 0);
  const sockaddr_in to = address_of("127.0.0.1", port);
  if (::bind(fd_, reinterpret_cast<const sockaddr*>(&from), sizeof from) != 0 ||
      ::connect(fd_, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0) {
    ::close(fd_);
    throw std::runtime_error("cannot connect from " + from_address);
  }
}

RawConnection::~RawConnection() {
  if (fd_ >= 0) ::close(fd_);
}

bool RawConnection::send(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

std::string RawConnection::receive(std::chrono::milliseconds within) {
  std::string out = std::move(pending_);
  pending_.clear();
  const auto until = std::chrono::steady_clock::now() + within;
  char buffer[16384];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n <= 0) break;  // closed (or reset) by the server
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

bool RawConnection::closed_by_server(std::chrono::milliseconds within) {
  const auto until = std::chrono::steady_clock::now() + within;
  char buffer[4096];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return false;
    const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n <= 0) return true;
    pending_.append(buffer, static_cast<std::size_t>(n));
  }
}

RawConnection::Ending RawConnection::ending(std::chrono::milliseconds within) {
  const auto until = std::chrono::steady_clock::now() + within;
  char buffer[4096];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
    if (left.count() <= 0) return Ending::still_open;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return Ending::still_open;
    const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n == 0) return Ending::closed;
    if (n < 0) return errno == ECONNRESET ? Ending::reset : Ending::still_open;
    pending_.append(buffer, static_cast<std::size_t>(n));
  }
}

std::string raw_exchange(std::uint16_t port, const std::string& request,
                         std::chrono::milliseconds within) {
  RawConnection c(port);
  c.send(request);
  return c.receive(within);
}

int raw_status(const std::string& answer) {
  if (answer.rfind("HTTP/1.", 0) != 0 || answer.size() < 12) return 0;
  try {
    return std::stoi(answer.substr(9, 3));
  } catch (const std::exception&) {
    return 0;
  }
}

std::string raw_body(const std::string& answer) {
  const auto end = answer.find("\r\n\r\n");
  return end == std::string::npos ? std::string() : answer.substr(end + 4);
}

}  // namespace evalbook::test
