// Gathers the files of the 10-year archive and packs them (io/archive).
#include "app/archive.h"

#include <set>

#include "app/exports.h"
#include "io/archive.h"
#include "io/csv_export.h"
#include "io/fec.h"

namespace facturier::app {

namespace {
std::vector<std::uint8_t> bytesOf(const std::string& s) { return {s.begin(), s.end()}; }
}  // namespace

ArchiveResult buildArchive(const Workspace& ws, Date today, const pdf::RenderOptions& options) {
    ArchiveResult result;
    std::vector<io::ArchiveFile> files;
    std::set<std::string> names;
    for (const auto& d : ws.documents) {
        if (!isIssued(d)) continue;
        pdf::RenderResult pdfBytes = documentPdf(ws, d, options);
        if (!pdfBytes.ok) {
            result.ok = false;
            result.error = d.number + ": " + pdfBytes.error;
            return result;
        }
        std::string name = "documents/" + pdf::suggestedFileName(d, "pdf");
        for (int n = 2; names.count(name); ++n) name = "documents/" + d.number + "-" + std::to_string(n) + ".pdf";
        names.insert(name);
        files.push_back({name, std::move(pdfBytes.bytes)});
        ++result.documents;
    }
    files.push_back({"comptabilite/" + io::fecFileName(ws, today), bytesOf(io::fecText(ws, today))});
    files.push_back({"comptabilite/documents.csv", bytesOf(io::documentsCsv(ws))});
    files.push_back({"comptabilite/lignes.csv", bytesOf(io::linesCsv(ws))});
    files.push_back({"comptabilite/paiements.csv", bytesOf(io::paymentsCsv(ws))});
    files.push_back({"comptabilite/clients.csv", bytesOf(io::clientsCsv(ws))});
    result.bytes = io::packArchive(ws, std::move(files), today);
    result.fileName = io::archiveFileName(ws, today);
    return result;
}

}  // namespace facturier::app
