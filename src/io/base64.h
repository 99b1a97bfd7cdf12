// Base64 (RFC 4648) for the logo stored in the seller profile.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace facturier::io {

std::string encodeBase64(const std::vector<std::uint8_t>& bytes);
// Ignores whitespace; nullopt for any other character outside the alphabet or a bad length.
std::optional<std::vector<std::uint8_t>> decodeBase64(const std::string& text);

}  // namespace facturier::io
