// libFuzzer target: the workspace and document decoders must never crash, hang or half-apply on any
// input, and whatever they accept must encode and decode back to the same text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "io/json_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    auto ws = facturier::io::decodeWorkspace(text);
    if (ws.ok()) {
        std::string once = facturier::io::encodeWorkspace(ws.get());
        auto again = facturier::io::decodeWorkspace(once);
        if (!again.ok() || facturier::io::encodeWorkspace(again.get()) != once) std::abort();
    }
    auto doc = facturier::io::decodeDocument(text);
    if (doc.ok()) {
        std::string once = facturier::io::encodeDocument(doc.get());
        auto again = facturier::io::decodeDocument(once);
        if (!again.ok() || facturier::io::encodeDocument(again.get()) != once) std::abort();
    }
    return 0;
}
