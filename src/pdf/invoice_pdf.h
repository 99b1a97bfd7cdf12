// Renders a document of the core into the PDF a client receives (libharu), in the document's language.
// Knows nothing of files beyond the font paths it is given, nor of the browser.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"

namespace facturier::pdf {

struct RenderOptions {
    std::string regularFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    std::string boldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    bool compress = true;
};

struct RenderResult {
    bool ok = true;
    std::string error;
    std::vector<std::uint8_t> bytes;
    int pages = 0;
};

RenderResult renderDocument(const Document& doc, const RenderOptions& options = {});

// "F-2026-0042_Societe_Generale.pdf": the number and the buyer's name, ASCII-safe.
std::string suggestedFileName(const Document& doc, const std::string& extension);

}  // namespace facturier::pdf
