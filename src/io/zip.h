// A ZIP writer and reader of our own (APPNOTE 6.3.x): entries are stored uncompressed with their
// CRC-32 and UTF-8 names, so any unzip tool opens the archive and every byte can be checked. The
// reader walks the central directory and checks each entry's local header, sizes and CRC-32.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"

namespace facturier::io {

std::uint32_t crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc = 0);

class ZipWriter {
public:
    // `modified` is stored as the entries' DOS date (a calendar day; the time is midnight).
    explicit ZipWriter(Date modified) : modified_(modified) {}
    void add(const std::string& name, const std::vector<std::uint8_t>& data);
    void add(const std::string& name, const std::string& text) { add(name, std::vector<std::uint8_t>(text.begin(), text.end())); }
    std::vector<std::uint8_t> finish();  // the central directory and its end record

private:
    struct Central {
        std::string name;
        std::uint32_t crc = 0, size = 0, offset = 0;
    };
    Date modified_;
    std::vector<std::uint8_t> out_;
    std::vector<Central> entries_;
};

struct ZipEntry {
    std::string name;
    std::vector<std::uint8_t> data;
    bool crcOk = true;
};
struct ZipContents {
    bool ok = true;
    std::string error;               // what made the archive unreadable
    std::vector<ZipEntry> entries;   // in central directory order
    const ZipEntry* find(const std::string& name) const;
};
// Reads an archive written by ZipWriter (stored entries). A damaged structure is an error; a damaged
// entry's data is read and flagged (crcOk = false) so the caller can name it.
ZipContents readZip(const std::vector<std::uint8_t>& bytes);

}  // namespace facturier::io
