// ZIP (stored entries) writer and reader.
#include "io/zip.h"

#include <array>

namespace facturier::io {

namespace {
const std::array<std::uint32_t, 256>& crcTable() {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}
void put16(std::vector<std::uint8_t>& o, std::uint32_t v) { o.push_back(v & 0xFF); o.push_back((v >> 8) & 0xFF); }
void put32(std::vector<std::uint8_t>& o, std::uint32_t v) { put16(o, v & 0xFFFF); put16(o, v >> 16); }
std::uint32_t get16(const std::vector<std::uint8_t>& b, std::size_t at) { return b[at] | (b[at + 1] << 8); }
std::uint32_t get32(const std::vector<std::uint8_t>& b, std::size_t at) { return get16(b, at) | (get16(b, at + 2) << 16); }
constexpr std::uint16_t kUtf8Names = 1u << 11;
constexpr std::uint32_t kLocal = 0x04034b50, kCentral = 0x02014b50, kEnd = 0x06054b50;
}  // namespace

std::uint32_t crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc) {
    const auto& t = crcTable();
    crc = ~crc;
    for (std::size_t i = 0; i < size; ++i) crc = t[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void ZipWriter::add(const std::string& name, const std::vector<std::uint8_t>& data) {
    Central c{name, crc32(data.data(), data.size()), static_cast<std::uint32_t>(data.size()),
              static_cast<std::uint32_t>(out_.size())};
    std::uint32_t dosDate = ((modified_.year() - 1980) << 9) | (modified_.month() << 5) | modified_.day();
    put32(out_, kLocal);
    put16(out_, 20);           // version needed: 2.0
    put16(out_, kUtf8Names);   // flags
    put16(out_, 0);            // method: stored
    put16(out_, 0);            // time 00:00
    put16(out_, dosDate);
    put32(out_, c.crc);
    put32(out_, c.size);       // compressed size
    put32(out_, c.size);
    put16(out_, static_cast<std::uint32_t>(name.size()));
    put16(out_, 0);            // extra field length
    out_.insert(out_.end(), name.begin(), name.end());
    out_.insert(out_.end(), data.begin(), data.end());
    entries_.push_back(std::move(c));
}

std::vector<std::uint8_t> ZipWriter::finish() {
    std::uint32_t dirStart = static_cast<std::uint32_t>(out_.size());
    std::uint32_t dosDate = ((modified_.year() - 1980) << 9) | (modified_.month() << 5) | modified_.day();
    for (const auto& c : entries_) {
        put32(out_, kCentral);
        put16(out_, 0x0314);   // made by: UNIX, 2.0
        put16(out_, 20);
        put16(out_, kUtf8Names);
        put16(out_, 0);
        put16(out_, 0);
        put16(out_, dosDate);
        put32(out_, c.crc);
        put32(out_, c.size);
        put32(out_, c.size);
        put16(out_, static_cast<std::uint32_t>(c.name.size()));
        put16(out_, 0);        // extra
        put16(out_, 0);        // comment
        put16(out_, 0);        // disk
        put16(out_, 0);        // internal attributes
        put32(out_, 0100644u << 16);  // external: a regular file, rw-r--r--
        put32(out_, c.offset);
        out_.insert(out_.end(), c.name.begin(), c.name.end());
    }
    std::uint32_t dirSize = static_cast<std::uint32_t>(out_.size()) - dirStart;
    put32(out_, kEnd);
    put16(out_, 0);
    put16(out_, 0);
    put16(out_, static_cast<std::uint32_t>(entries_.size()));
    put16(out_, static_cast<std::uint32_t>(entries_.size()));
    put32(out_, dirSize);
    put32(out_, dirStart);
    put16(out_, 0);
    std::vector<std::uint8_t> result;
    result.swap(out_);
    entries_.clear();
    return result;
}

const ZipEntry* ZipContents::find(const std::string& name) const {
    for (const auto& e : entries)
        if (e.name == name) return &e;
    return nullptr;
}

ZipContents readZip(const std::vector<std::uint8_t>& b) {
    ZipContents z;
    auto fail = [&](std::string why) { z.ok = false; z.error = std::move(why); z.entries.clear(); return z; };
    if (b.size() < 22) return fail("too short to be a ZIP archive");
    std::size_t end = std::string::npos;
    for (std::size_t at = b.size() - 22;; --at) {  // the end record, before an optional comment
        if (get32(b, at) == kEnd) { end = at; break; }
        if (at == 0 || b.size() - at > 22 + 65535) break;
    }
    if (end == std::string::npos) return fail("no end of central directory (truncated archive?)");
    std::uint32_t count = get16(b, end + 10), dirSize = get32(b, end + 12), dirStart = get32(b, end + 16);
    if (static_cast<std::uint64_t>(dirStart) + dirSize > end) return fail("central directory out of bounds");
    std::size_t at = dirStart;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (at + 46 > end || get32(b, at) != kCentral) return fail("central directory entry " + std::to_string(i + 1) + " is damaged");
        std::uint32_t method = get16(b, at + 10), crc = get32(b, at + 16), csize = get32(b, at + 20), size = get32(b, at + 24);
        std::uint32_t nameLen = get16(b, at + 28), extraLen = get16(b, at + 30), commentLen = get16(b, at + 32);
        std::uint32_t offset = get32(b, at + 42);
        if (at + 46 + nameLen > end) return fail("central directory entry " + std::to_string(i + 1) + " is damaged");
        ZipEntry e;
        e.name.assign(b.begin() + at + 46, b.begin() + at + 46 + nameLen);
        at += 46 + nameLen + extraLen + commentLen;
        if (method != 0 || csize != size) return fail(e.name + ": compressed entries are not ours");
        if (static_cast<std::uint64_t>(offset) + 30 > dirStart || get32(b, offset) != kLocal)
            return fail(e.name + ": local header is damaged");
        std::size_t data = offset + 30 + get16(b, offset + 26) + get16(b, offset + 28);
        if (static_cast<std::uint64_t>(data) + size > dirStart) return fail(e.name + ": data out of bounds");
        e.data.assign(b.begin() + data, b.begin() + data + size);
        e.crcOk = crc32(e.data.data(), e.data.size()) == crc && get32(b, offset + 14) == crc;
        z.entries.push_back(std::move(e));
    }
    return z;
}

}  // namespace facturier::io
