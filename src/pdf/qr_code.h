// A QR Code encoder (ISO/IEC 18004): byte mode, error correction level M (as EPC069-12 requires),
// versions 1 to 20, all eight masks scored and the best kept.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace facturier::pdf {

class QrCode {
public:
    // Encodes `data`; an empty code (size 0) when it does not fit version 20-M (1,273 bytes).
    static QrCode encodeBytes(const std::string& data);
    int size() const { return size_; }
    int version() const { return version_; }
    bool dark(int x, int y) const { return modules_[static_cast<std::size_t>(y * size_ + x)] != 0; }

private:
    void drawFunctionPatterns();
    void placeData(const std::vector<std::uint8_t>& codewords);
    void applyMask(int mask);
    void drawFormat(int mask);
    long penalty() const;
    void set(int x, int y, bool dark, bool function = true);

    int version_ = 0, size_ = 0;
    std::vector<std::uint8_t> modules_, isFunction_;
};

}  // namespace facturier::pdf
