// Secrets: passwords hashed with PBKDF2-HMAC-SHA256 and a per-user random salt; session and API
// tokens as random text, stored only as their SHA-256.
#pragma once

#include <string>
#include <string_view>

namespace evalbook::store {

inline constexpr int kPasswordIterations = 120000;

// `bytes` random bytes from the kernel, as lowercase hex.
std::string random_hex(std::size_t bytes);

// SHA-256 of `data` as lowercase hex.
std::string sha256_hex(std::string_view data);

// PBKDF2-HMAC-SHA256 of the password with the (hex) salt, as hex.
std::string hash_password(std::string_view password, const std::string& salt_hex, int iterations);

// The one rule for a new password, for the admin API and `users add` alike: at least
// kMinPasswordCharacters characters (code points, so 8 Chinese characters are 8, not 24 bytes).
inline constexpr std::size_t kMinPasswordCharacters = 8;
bool password_long_enough(std::string_view password);
inline constexpr const char* kPasswordTooShort = "密码至少 8 个字符";

// Compares in time that does not depend on where two equal-length texts differ.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace evalbook::store
