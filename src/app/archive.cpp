// Gathers the files of the 10-year archive and packs them (io/archive).
#include "app/archive.h"

#include <algorithm>
#include <set>

#include "app/exports.h"
#include "io/csv_export.h"
#include "io/fec.h"

namespace facturier::app {

namespace {
std::vector<std::uint8_t> bytesOf(const std::string& s) { return {s.begin(), s.end()}; }
}  // namespace

ArchiveBuilder::ArchiveBuilder(Workspace ws, Date today, pdf::RenderOptions options, std::optional<int> year)
    : ws_(std::move(ws)), today_(today), options_(std::move(options)), year_(year), names_(documentFileNames(ws_, "pdf")) {
    for (std::size_t i = 0; i < ws_.documents.size(); ++i) {
        const Document& d = ws_.documents[i];
        if (isIssued(d) && (!year_ || d.issueDate.year() == *year_)) pending_.push_back(i);
    }
}

bool ArchiveBuilder::step(std::size_t count) {
    for (; count > 0 && next_ < pending_.size() && error_.empty(); --count, ++next_) {
        const Document& d = ws_.documents[pending_[next_]];
        pdf::RenderResult pdfBytes = documentPdf(ws_, d, options_);
        if (!pdfBytes.ok) {
            error_ = d.number + ": " + pdfBytes.error;
            break;
        }
        files_.push_back({"documents/" + names_[pending_[next_]], std::move(pdfBytes.bytes)});
    }
    return next_ >= pending_.size() || !error_.empty();
}

ArchiveResult ArchiveBuilder::finish() {
    ArchiveResult result;
    if (!error_.empty()) {
        result.ok = false;
        result.error = error_;
        return result;
    }
    Date closing = today_;
    if (year_ && *year_ < today_.year()) closing = Date::fromYmd(*year_, 12, 31);
    result.documents = files_.size();
    files_.push_back({"comptabilite/" + io::fecFileName(ws_, closing), bytesOf(io::fecText(ws_, closing))});
    files_.push_back({"comptabilite/documents.csv", bytesOf(io::documentsCsv(ws_))});
    files_.push_back({"comptabilite/lignes.csv", bytesOf(io::linesCsv(ws_))});
    files_.push_back({"comptabilite/paiements.csv", bytesOf(io::paymentsCsv(ws_))});
    files_.push_back({"comptabilite/clients.csv", bytesOf(io::clientsCsv(ws_))});
    result.bytes = io::packArchive(ws_, std::move(files_), today_, year_);
    result.fileName = io::archiveFileName(ws_, today_, year_);
    files_.clear();
    return result;
}

ArchiveResult buildArchive(const Workspace& ws, Date today, const pdf::RenderOptions& options, std::optional<int> year) {
    ArchiveBuilder builder(ws, today, options, year);
    while (!builder.step(64)) {
    }
    return builder.finish();
}

std::vector<int> issueYears(const Workspace& ws) {
    std::set<int> years;
    for (const auto& d : ws.documents)
        if (isIssued(d)) years.insert(d.issueDate.year());
    return {years.rbegin(), years.rend()};
}

}  // namespace facturier::app
