#include <doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

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
            ++files;
            auto ws = io::decodeWorkspace(ss.str());
            if (ws.ok()) {
                ++accepted;
                std::string once = io::encodeWorkspace(ws.get());
                auto again = io::decodeWorkspace(once);
                REQUIRE_MESSAGE(again.ok(), entry.path().string());
                CHECK(io::encodeWorkspace(again.get()) == once);
            } else {
                CHECK_FALSE(ws.error().message.empty());
            }
            auto doc = io::decodeDocument(ss.str());
            if (doc.ok()) CHECK(io::encodeDocument(io::decodeDocument(io::encodeDocument(doc.get())).get()) == io::encodeDocument(doc.get()));
        }
    }
    CHECK(files >= 3);
    CHECK(accepted >= 2);
}
