#include <doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/archive.h"
#include "io/csv_import.h"
#include "io/json_codec.h"

using namespace facturier;

// Inputs kept from fuzzing (tests/io/regressions) and the fuzz seeds: decoding never crashes, and
// anything accepted encodes back to text that decodes to the same thing.
TEST_CASE("every kept fuzz input decodes without crashing and round-trips when accepted") {
    int files = 0, accepted = 0;
    for (const char* dir : {"/tests/io/regressions", "/tests/fuzz/seeds"}) {
        for (const auto& entry : std::filesystem::directory_iterator(std::string(FACTURIER_SOURCE_DIR) + dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream ss;
            ss << in.rdbuf();
            const std::string text = ss.str();
            ++files;
            auto ws = io::decodeWorkspace(text);
            if (ws.ok()) {
                ++accepted;
                std::string once = io::encodeWorkspace(ws.get());
                auto again = io::decodeWorkspace(once);
                REQUIRE_MESSAGE(again.ok(), entry.path().string());
                CHECK(io::encodeWorkspace(again.get()) == once);
            } else {
                CHECK_FALSE(ws.error().message.empty());
            }
            auto doc = io::decodeDocument(text);
            if (doc.ok()) CHECK(io::encodeDocument(io::decodeDocument(io::encodeDocument(doc.get())).get()) == io::encodeDocument(doc.get()));
            // The CSV import yields only valid UTF-8, and what it imports can be saved.
            io::CsvTable table = io::parseCsv(text);
            if (table.ok) {
                for (const auto& row : table.rows)
                    for (const auto& cell : row) CHECK(io::isValidUtf8(cell));
                Workspace w = Workspace::withDefaultSeries();
                for (auto kind : {io::ImportKind::Clients, io::ImportKind::Catalogue})
                    io::applyImport(w, io::previewImport(w, kind, table, io::guessMapping(kind, table.header)));
                CHECK_NOTHROW(io::encodeWorkspace(w));
            }
            CHECK_FALSE(io::verifyArchive(std::vector<std::uint8_t>(text.begin(), text.end())).ok);
        }
    }
    CHECK(files >= 3);
    CHECK(accepted >= 2);
}
