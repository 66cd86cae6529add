#include "store/credentials.h"

#include <Poco/DigestEngine.h>
#include <Poco/HMACEngine.h>
#include <Poco/PBKDF2Engine.h>
#include <Poco/SHA2Engine.h>
#include <sys/random.h>

#include <cerrno>
#include <vector>

#include "base/error_code.h"
#include "xlsx/utf8.h"

namespace evalbook::store {

namespace {

// Poco's HMACEngine needs the block and digest sizes as static members.
class SHA256Engine : public Poco::SHA2Engine {
 public:
  enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
  SHA256Engine() : Poco::SHA2Engine(Poco::SHA2Engine::SHA_256) {}
};

}  // namespace

std::string random_hex(std::size_t bytes) {
  std::vector<unsigned char> buffer(bytes);
  std::size_t got = 0;
  while (got < bytes) {
    ssize_t n = ::getrandom(buffer.data() + got, bytes - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(ErrorCode::internal_error, "无法取得随机数");
    got += static_cast<std::size_t>(n);
  }
  return Poco::DigestEngine::digestToHex(buffer);
}

std::string sha256_hex(std::string_view data) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(data.data(), static_cast<unsigned>(data.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string hash_password(std::string_view password, const std::string& salt_hex, int iterations) {
  Poco::PBKDF2Engine<Poco::HMACEngine<SHA256Engine>> engine(salt_hex,
                                                            static_cast<unsigned>(iterations), 32);
  engine.update(password.data(), static_cast<unsigned>(password.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

bool password_long_enough(std::string_view password) {
  return xlsx::code_point_count(password) >= kMinPasswordCharacters;
}

}  // namespace evalbook::store
