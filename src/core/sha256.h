// SHA-256 (FIPS 180-4), for the integrity journal and the archive manifest.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace facturier {

class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size);
    void update(std::string_view s) { update(s.data(), s.size()); }
    std::array<std::uint8_t, 32> finish();

private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> h_;
    std::array<std::uint8_t, 64> buf_{};
    size_t bufLen_ = 0;
    std::uint64_t totalBits_ = 0;
};

std::string sha256Hex(std::string_view data);
std::string toHex(const std::uint8_t* data, size_t size);

}  // namespace facturier
