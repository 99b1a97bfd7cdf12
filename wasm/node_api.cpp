// The renderer as a WebAssembly module for Node (benchmarks, and the native/wasm byte-for-byte
// comparison). Reads the fonts and the ICC profile from the real file system (NODERAWFS).
#include <emscripten.h>

#include <string>
#include <vector>

#include "app/exports.h"
#include "io/json_codec.h"
#include "pdf/invoice_pdf.h"

using namespace facturier;

namespace {
std::vector<std::uint8_t> g_result;
std::string g_error;
Workspace g_workspace;
}  // namespace

extern "C" {
// Loads a workspace (JSON); 1 on success, 0 with fct_error().
EMSCRIPTEN_KEEPALIVE int fct_load_workspace(const char* json) {
    auto decoded = io::decodeWorkspace(json);
    if (!decoded.ok()) { g_error = decoded.error().text(); return 0; }
    g_workspace = std::move(decoded.get());
    return 1;
}
// Renders a document of the loaded workspace by id or number: PDF/A-3 with its Factur-X XML.
EMSCRIPTEN_KEEPALIVE int fct_render_workspace_document(const char* idOrNumber) {
    for (const auto& d : g_workspace.documents) {
        if (d.id != idOrNumber && d.number != idOrNumber) continue;
        auto r = app::documentPdf(g_workspace, d);
        if (!r.ok) { g_error = r.error; return -1; }
        g_result = std::move(r.bytes);
        return static_cast<int>(g_result.size());
    }
    g_error = std::string("no document ") + idOrNumber;
    return -1;
}
// Renders one document given as JSON (no workspace needed): the benchmark's path.
EMSCRIPTEN_KEEPALIVE int fct_render_document(const char* json) {
    auto decoded = io::decodeDocument(json);
    if (!decoded.ok()) { g_error = decoded.error().text(); return -1; }
    Workspace none;
    auto r = app::documentPdf(none, decoded.get());
    if (!r.ok) { g_error = r.error; return -1; }
    g_result = std::move(r.bytes);
    return static_cast<int>(g_result.size());
}
EMSCRIPTEN_KEEPALIVE const std::uint8_t* fct_result() { return g_result.data(); }
EMSCRIPTEN_KEEPALIVE const char* fct_error() { return g_error.c_str(); }
}
