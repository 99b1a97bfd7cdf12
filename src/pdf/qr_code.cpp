// QR Code model 2, written from ISO/IEC 18004: Reed–Solomon over GF(256) (polynomial 0x11D), block
// interleaving, function patterns, zig-zag data placement, masking with the four penalty rules.
#include "pdf/qr_code.h"

#include <algorithm>
#include <cstdlib>

namespace facturier::pdf {

namespace {

// [SECTION] Error correction level M, versions 1–20: EC codewords per block, then
// (blocks, data codewords per block) of the two groups.
struct BlockSpec { int ecPerBlock, blocks1, data1, blocks2, data2; };
const BlockSpec kLevelM[21] = {
    {0, 0, 0, 0, 0},
    {10, 1, 16, 0, 0},  {16, 1, 28, 0, 0},  {26, 1, 44, 0, 0},  {18, 2, 32, 0, 0},  {24, 2, 43, 0, 0},
    {16, 4, 27, 0, 0},  {18, 4, 31, 0, 0},  {22, 2, 38, 2, 39}, {22, 3, 36, 2, 37}, {26, 4, 43, 1, 44},
    {30, 1, 50, 4, 51}, {22, 6, 36, 2, 37}, {22, 8, 37, 1, 38}, {24, 4, 40, 5, 41}, {24, 5, 41, 5, 42},
    {28, 7, 45, 3, 46}, {28, 10, 46, 1, 47}, {26, 9, 43, 4, 44}, {26, 3, 44, 11, 45}, {26, 3, 41, 13, 42},
};
int dataCapacity(int v) { const auto& s = kLevelM[v]; return s.blocks1 * s.data1 + s.blocks2 * s.data2; }

// [SECTION] Reed–Solomon
std::uint8_t gfMultiply(std::uint8_t a, std::uint8_t b) {
    int r = 0;
    for (int i = 7; i >= 0; --i) {
        r = (r << 1) ^ ((r >> 7) * 0x11D);
        r ^= ((b >> i) & 1) * a;
    }
    return static_cast<std::uint8_t>(r);
}
std::vector<std::uint8_t> rsDivisor(int degree) {
    std::vector<std::uint8_t> result(static_cast<std::size_t>(degree), 0);
    result.back() = 1;
    std::uint8_t root = 1;
    for (int i = 0; i < degree; ++i) {
        for (std::size_t j = 0; j < result.size(); ++j) {
            result[j] = gfMultiply(result[j], root);
            if (j + 1 < result.size()) result[j] ^= result[j + 1];
        }
        root = gfMultiply(root, 0x02);
    }
    return result;
}
std::vector<std::uint8_t> rsRemainder(const std::vector<std::uint8_t>& data, const std::vector<std::uint8_t>& divisor) {
    std::vector<std::uint8_t> result(divisor.size(), 0);
    for (std::uint8_t b : data) {
        std::uint8_t factor = b ^ result[0];
        result.erase(result.begin());
        result.push_back(0);
        for (std::size_t i = 0; i < result.size(); ++i) result[i] ^= gfMultiply(divisor[i], factor);
    }
    return result;
}

std::vector<int> alignmentPositions(int version) {
    if (version == 1) return {};
    int size = version * 4 + 17;
    int count = version / 7 + 2;
    int step = (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
    std::vector<int> result = {6};
    for (int pos = size - 7; static_cast<int>(result.size()) < count; pos -= step) result.insert(result.begin() + 1, pos);
    return result;
}
}  // namespace

// [SECTION] Encoding
QrCode QrCode::encodeBytes(const std::string& data) {
    QrCode q;
    int version = 0;
    for (int v = 1; v <= 20; ++v) {
        int countBits = v <= 9 ? 8 : 16;
        if (4 + countBits + static_cast<int>(data.size()) * 8 <= dataCapacity(v) * 8) { version = v; break; }
    }
    if (version == 0) return q;
    q.version_ = version;
    q.size_ = version * 4 + 17;
    q.modules_.assign(static_cast<std::size_t>(q.size_ * q.size_), 0);
    q.isFunction_.assign(q.modules_.size(), 0);

    // Bit stream: mode 0100, count, bytes, terminator, pad to bytes, pad codewords 0xEC 0x11.
    std::vector<bool> bits;
    auto put = [&](unsigned value, int n) { for (int i = n - 1; i >= 0; --i) bits.push_back((value >> i) & 1); };
    put(0x4, 4);
    put(static_cast<unsigned>(data.size()), version <= 9 ? 8 : 16);
    for (unsigned char c : data) put(c, 8);
    std::size_t capacityBits = static_cast<std::size_t>(dataCapacity(version)) * 8;
    put(0, static_cast<int>(std::min<std::size_t>(4, capacityBits - bits.size())));
    while (bits.size() % 8) bits.push_back(false);
    for (unsigned pad = 0xEC; bits.size() < capacityBits; pad ^= 0xEC ^ 0x11) put(pad, 8);
    std::vector<std::uint8_t> codewords(bits.size() / 8, 0);
    for (std::size_t i = 0; i < bits.size(); ++i) codewords[i / 8] |= static_cast<std::uint8_t>(bits[i] << (7 - i % 8));

    // Blocks with their EC codewords, interleaved.
    const BlockSpec& spec = kLevelM[version];
    auto divisor = rsDivisor(spec.ecPerBlock);
    std::vector<std::vector<std::uint8_t>> dataBlocks, ecBlocks;
    std::size_t at = 0;
    for (int b = 0; b < spec.blocks1 + spec.blocks2; ++b) {
        int len = b < spec.blocks1 ? spec.data1 : spec.data2;
        std::vector<std::uint8_t> block(codewords.begin() + static_cast<long>(at), codewords.begin() + static_cast<long>(at) + len);
        at += static_cast<std::size_t>(len);
        ecBlocks.push_back(rsRemainder(block, divisor));
        dataBlocks.push_back(std::move(block));
    }
    std::vector<std::uint8_t> interleaved;
    for (int i = 0; i < std::max(spec.data1, spec.data2); ++i)
        for (const auto& b : dataBlocks) if (i < static_cast<int>(b.size())) interleaved.push_back(b[static_cast<std::size_t>(i)]);
    for (int i = 0; i < spec.ecPerBlock; ++i)
        for (const auto& b : ecBlocks) interleaved.push_back(b[static_cast<std::size_t>(i)]);

    q.drawFunctionPatterns();
    q.placeData(interleaved);
    int best = 0;
    long bestPenalty = -1;
    for (int mask = 0; mask < 8; ++mask) {
        q.applyMask(mask);
        q.drawFormat(mask);
        long p = q.penalty();
        if (bestPenalty < 0 || p < bestPenalty) { bestPenalty = p; best = mask; }
        q.applyMask(mask);  // XOR again: undo
    }
    q.applyMask(best);
    q.drawFormat(best);
    return q;
}

void QrCode::set(int x, int y, bool dark, bool function) {
    std::size_t i = static_cast<std::size_t>(y * size_ + x);
    modules_[i] = dark;
    if (function) isFunction_[i] = 1;
}

void QrCode::drawFunctionPatterns() {
    for (int i = 0; i < size_; ++i) { set(6, i, i % 2 == 0); set(i, 6, i % 2 == 0); }
    auto finder = [&](int cx, int cy) {
        for (int dy = -4; dy <= 4; ++dy)
            for (int dx = -4; dx <= 4; ++dx) {
                int x = cx + dx, y = cy + dy;
                if (x < 0 || y < 0 || x >= size_ || y >= size_) continue;
                int dist = std::max(std::abs(dx), std::abs(dy));
                set(x, y, dist != 2 && dist != 4);
            }
    };
    finder(3, 3);
    finder(size_ - 4, 3);
    finder(3, size_ - 4);
    auto align = alignmentPositions(version_);
    for (std::size_t i = 0; i < align.size(); ++i)
        for (std::size_t j = 0; j < align.size(); ++j) {
            bool corner = (i == 0 && j == 0) || (i == 0 && j + 1 == align.size()) || (i + 1 == align.size() && j == 0);
            if (corner) continue;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx) set(align[i] + dx, align[j] + dy, std::max(std::abs(dx), std::abs(dy)) != 1);
        }
    drawFormat(0);  // reserves the format areas (rewritten once the mask is chosen)
    if (version_ >= 7) {
        int rem = version_;
        for (int i = 0; i < 12; ++i) rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
        long bits = static_cast<long>(version_) << 12 | rem;
        for (int i = 0; i < 18; ++i) {
            bool bit = (bits >> i) & 1;
            int a = size_ - 11 + i % 3, b = i / 3;
            set(a, b, bit);
            set(b, a, bit);
        }
    }
}

void QrCode::drawFormat(int mask) {
    int data = (0 << 3) | mask;  // level M = 00
    int rem = data;
    for (int i = 0; i < 10; ++i) rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    int bits = ((data << 10) | rem) ^ 0x5412;
    auto bit = [&](int i) { return ((bits >> i) & 1) != 0; };
    for (int i = 0; i <= 5; ++i) set(8, i, bit(i));
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for (int i = 9; i < 15; ++i) set(14 - i, 8, bit(i));
    for (int i = 0; i < 8; ++i) set(size_ - 1 - i, 8, bit(i));
    for (int i = 8; i < 15; ++i) set(8, size_ - 15 + i, bit(i));
    set(8, size_ - 8, true);  // the dark module
}

void QrCode::placeData(const std::vector<std::uint8_t>& codewords) {
    std::size_t i = 0, total = codewords.size() * 8;
    for (int right = size_ - 1; right >= 1; right -= 2) {
        if (right == 6) right = 5;
        for (int vert = 0; vert < size_; ++vert) {
            for (int j = 0; j < 2; ++j) {
                int x = right - j;
                bool upward = ((right + 1) & 2) == 0;
                int y = upward ? size_ - 1 - vert : vert;
                std::size_t idx = static_cast<std::size_t>(y * size_ + x);
                if (isFunction_[idx]) continue;
                modules_[idx] = i < total ? (codewords[i / 8] >> (7 - i % 8)) & 1 : 0;
                ++i;
            }
        }
    }
}

void QrCode::applyMask(int mask) {
    for (int y = 0; y < size_; ++y)
        for (int x = 0; x < size_; ++x) {
            std::size_t idx = static_cast<std::size_t>(y * size_ + x);
            if (isFunction_[idx]) continue;
            bool invert = false;
            switch (mask) {
                case 0: invert = (x + y) % 2 == 0; break;
                case 1: invert = y % 2 == 0; break;
                case 2: invert = x % 3 == 0; break;
                case 3: invert = (x + y) % 3 == 0; break;
                case 4: invert = (x / 3 + y / 2) % 2 == 0; break;
                case 5: invert = x * y % 2 + x * y % 3 == 0; break;
                case 6: invert = (x * y % 2 + x * y % 3) % 2 == 0; break;
                default: invert = ((x + y) % 2 + x * y % 3) % 2 == 0; break;
            }
            modules_[idx] ^= invert ? 1 : 0;
        }
}

long QrCode::penalty() const {
    long result = 0;
    const int n = size_;
    const std::uint8_t* m = modules_.data();
    // Rows (pass 0) and columns (pass 1) as one line of modules at a time.
    std::vector<std::uint8_t> line(static_cast<std::size_t>(n));
    for (int pass = 0; pass < 2; ++pass) {
        for (int a = 0; a < n; ++a) {
            for (int b = 0; b < n; ++b) line[static_cast<std::size_t>(b)] = pass ? m[b * n + a] : m[a * n + b];
            int run = 1;
            for (int b = 1; b <= n; ++b) {
                if (b < n && line[static_cast<std::size_t>(b)] == line[static_cast<std::size_t>(b - 1)]) { ++run; continue; }
                if (run >= 5) result += 3 + (run - 5);  // N1
                run = 1;
            }
            // N3: 1:1:3:1:1 finder-like patterns with four light modules on one side.
            static const std::uint8_t p1[11] = {1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0}, p2[11] = {0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1};
            for (int b = 0; b + 11 <= n; ++b) {
                const std::uint8_t* l = &line[static_cast<std::size_t>(b)];
                if (l[4] != 1 || l[6] != 1) continue;  // both patterns have dark modules there
                if (std::equal(l, l + 11, p1)) result += 40;
                if (std::equal(l, l + 11, p2)) result += 40;
            }
        }
    }
    long dark = 0;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            std::uint8_t v = m[y * n + x];
            dark += v;
            if (x + 1 < n && y + 1 < n && v == m[y * n + x + 1] && v == m[(y + 1) * n + x] && v == m[(y + 1) * n + x + 1])
                result += 3;  // N2
        }
    long total = static_cast<long>(n) * n;
    long k = (std::labs(dark * 20L - total * 10L) + total - 1) / total - 1;  // N4
    return result + k * 10;
}

}  // namespace facturier::pdf
