// Renders a document of the core into the PDF a client receives (libharu), in the document's language.
// Knows nothing of files beyond the font paths it is given, nor of the browser.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"

namespace facturier::pdf {

// A document this one names through its links, resolved by the caller (app::documentPdf) from the
// workspace: the PDF prints its references from these, never from an editable note.
struct LinkedDocument {
    enum class Kind { Corrected /* the invoice a credit note corrects */, Deposit /* a deposit a final
        invoice deducts */, PenaltyFor /* the late invoice a penalty invoice charges for */ };
    Kind kind = Kind::Corrected;
    std::string number;
    Date issueDate;
    std::int64_t total = 0;  // grand total incl. VAT, minor units of the document's currency
};

struct RenderOptions {
    std::string regularFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    std::string boldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    std::string iccProfile = "/usr/share/color/icc/sRGB.icc";  // sRGB OutputIntent of PDF/A
    bool compress = true;
    // Every PDF is PDF/A-3b; when set, this CII XML is embedded as factur-x.xml (Factur-X EN 16931).
    std::string facturXml;
    // The documents the links of the one rendered name (set by app::documentPdf).
    std::vector<LinkedDocument> linked;
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
