// The 10-year archive of a workspace, ready to download or write: every issued document's PDF (with
// its Factur-X XML for invoices and credit notes), the FEC, the CSV exports, the JSON, the journal.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/workspace.h"
#include "pdf/invoice_pdf.h"

namespace facturier::app {

struct ArchiveResult {
    bool ok = true;
    std::string error;                 // the document that could not be rendered, and why
    std::vector<std::uint8_t> bytes;
    std::string fileName;
    std::size_t documents = 0;
};
ArchiveResult buildArchive(const Workspace& ws, Date today, const pdf::RenderOptions& options = {});

}  // namespace facturier::app
