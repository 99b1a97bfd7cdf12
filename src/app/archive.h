// The 10-year archive of a workspace, ready to download or write: every issued document's PDF (with
// its Factur-X XML for invoices and credit notes), the FEC, the CSV exports, the JSON, the journal —
// for all years or for the documents of one year. The builder renders a few documents at a time so
// the browser can draw a progress bar in between.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/workspace.h"
#include "io/archive.h"
#include "pdf/invoice_pdf.h"

namespace facturier::app {

struct ArchiveResult {
    bool ok = true;
    std::string error;                 // the document that could not be rendered, and why
    std::vector<std::uint8_t> bytes;
    std::string fileName;
    std::size_t documents = 0;
};

class ArchiveBuilder {
public:
    // `year`: only the documents issued that year (the FEC then closes on 31 December of it, or today).
    ArchiveBuilder(Workspace ws, Date today, pdf::RenderOptions options, std::optional<int> year = std::nullopt);
    // Renders up to `count` more documents; true when there is nothing left to render (or it failed).
    bool step(std::size_t count);
    std::size_t total() const { return pending_.size(); }
    std::size_t rendered() const { return next_; }
    // Packs everything rendered; call once step() returned true.
    ArchiveResult finish();

private:
    Workspace ws_;
    Date today_;
    pdf::RenderOptions options_;
    std::optional<int> year_;
    std::vector<std::size_t> pending_;  // indexes of the documents to render
    std::size_t next_ = 0;
    std::vector<std::string> names_;    // every document's file name, none shared (documentFileNames)
    std::vector<io::ArchiveFile> files_;
    std::string error_;
};

ArchiveResult buildArchive(const Workspace& ws, Date today, const pdf::RenderOptions& options = {},
                           std::optional<int> year = std::nullopt);
// Years in which documents were issued, most recent first.
std::vector<int> issueYears(const Workspace& ws);

}  // namespace facturier::app
