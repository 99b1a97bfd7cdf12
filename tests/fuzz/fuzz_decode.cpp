// libFuzzer target: every reader of outside input must never crash or hang on any bytes — the
// workspace, document and recurring-template JSON decoders (and what they accept must encode and
// decode back to the same text), the CSV import (every cell it yields is valid UTF-8, so nothing
// unsaveable reaches the store) and the archive verification (ZIP reader, manifest, journal).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "io/archive.h"
#include "io/csv_import.h"
#include "io/json_codec.h"

using namespace facturier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    auto ws = io::decodeWorkspace(text);
    if (ws.ok()) {
        std::string once = io::encodeWorkspace(ws.get());
        auto again = io::decodeWorkspace(once);
        if (!again.ok() || io::encodeWorkspace(again.get()) != once) std::abort();
    }
    auto doc = io::decodeDocument(text);
    if (doc.ok()) {
        std::string once = io::encodeDocument(doc.get());
        auto again = io::decodeDocument(once);
        if (!again.ok() || io::encodeDocument(again.get()) != once) std::abort();
    }
    auto tpl = io::decodeRecurring(text);
    if (tpl.ok()) {
        std::string once = io::encodeRecurring(tpl.get());
        auto again = io::decodeRecurring(once);
        if (!again.ok() || io::encodeRecurring(again.get()) != once) std::abort();
    }
    io::CsvTable table = io::parseCsv(text);
    if (table.ok) {
        for (const auto& row : table.rows)
            for (const auto& cell : row)
                if (!io::isValidUtf8(cell)) std::abort();
        Workspace empty = Workspace::withDefaultSeries();
        for (auto kind : {io::ImportKind::Clients, io::ImportKind::Catalogue}) {
            auto preview = io::previewImport(empty, kind, table, io::guessMapping(kind, table.header));
            io::applyImport(empty, preview);
            io::encodeWorkspace(empty);  // would throw on invalid UTF-8
        }
    }
    io::verifyArchive(std::vector<std::uint8_t>(data, data + size));
    return 0;
}
