// A client that speaks raw bytes to the server, for the requests an HTTP library refuses to
// send (lying Content-Length, bad chunk sizes, malformed paths, headers trickled byte by byte),
// optionally from another loopback address (127.0.0.2) so one test can play both a hostile
// client and an honest one at 127.0.0.1.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace evalbook::test {

class RawConnection {
 public:
  RawConnection(std::uint16_t port, const std::string& from_address = "127.0.0.1");
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // Sends every byte; false once the server has closed the connection.
  bool send(const std::string& bytes);
  // Reads until the server closes the connection or `within` has passed; what arrived.
  std::string receive(std::chrono::milliseconds within);
  // Whether the server has closed its side (waits at most `within` for it).
  bool closed_by_server(std::chrono::milliseconds within);
  // How the server ended the connection, within `within`: still open, closed in order (FIN) or
  // reset (RST, which may have wiped an answer the client had not yet read).
  enum class Ending { still_open, closed, reset };
  Ending ending(std::chrono::milliseconds within);

 private:
  int fd_ = -1;
  std::string pending_;  // bytes read while checking for the close
};

// Sends `request` on a fresh connection and returns everything the server answers before it
// closes the connection (at most `within`).
std::string raw_exchange(std::uint16_t port, const std::string& request,
                         std::chrono::milliseconds within = std::chrono::seconds(5));

// The status of an answer's first line ("HTTP/1.1 400 Bad Request" → 400), 0 when none.
int raw_status(const std::string& answer);
// The answer's body (after the blank line).
std::string raw_body(const std::string& answer);

}  // namespace evalbook::test
