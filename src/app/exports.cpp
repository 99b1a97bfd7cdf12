// Per-document exports, and their file names (never two documents to one name).
#include "app/exports.h"

#include <cctype>
#include <map>
#include <set>

namespace facturier::app {

std::vector<io::ReferencedInvoice> referencesOf(const Workspace& ws, const Document& d) {
    std::vector<io::ReferencedInvoice> refs;
    auto add = [&](const std::string& id) {
        if (const Document* r = ws.findDocument(id); r && isIssued(*r)) refs.push_back({r->number, r->issueDate});
    };
    if (d.type == DocumentType::CreditNote) add(d.correctsId);
    for (const auto& id : d.depositIds) add(id);
    return refs;
}

std::vector<pdf::LinkedDocument> linkedDocuments(const Workspace& ws, const Document& d) {
    using Kind = pdf::LinkedDocument::Kind;
    std::vector<pdf::LinkedDocument> out;
    auto add = [&](Kind kind, const std::string& id) {
        if (id.empty()) return;
        const Document* r = ws.findDocument(id);
        if (r && isIssued(*r)) out.push_back({kind, r->number, r->issueDate, computeTotals(*r).grandTotal});
    };
    if (d.type == DocumentType::CreditNote) add(Kind::Corrected, d.correctsId);
    for (const auto& id : d.depositIds) add(Kind::Deposit, id);
    add(Kind::PenaltyFor, d.penaltyForId);
    return out;
}

std::string facturXml(const Workspace& ws, const Document& d) {
    if (!isInvoiceLike(d.type)) return "";
    return io::writeCii(d, computeTotals(d), referencesOf(ws, d));
}

pdf::RenderResult documentPdf(const Workspace& ws, const Document& d, const pdf::RenderOptions& options) {
    pdf::RenderOptions o = options;
    o.facturXml = facturXml(ws, d);
    o.linked = linkedDocuments(ws, d);
    return pdf::renderDocument(d, o);
}

namespace {
// Letters, digits, "-", "_" and "+" are kept; anything else ("/" of "F/2026/1", spaces) becomes "-".
std::string safeStem(const std::string& text) {
    std::string out;
    for (unsigned char c : text) out += (std::isalnum(c) && c < 0x80) || c == '-' || c == '_' || c == '+' ? static_cast<char>(c) : '-';
    return out.empty() ? "document" : out;
}
std::string folded(const std::string& name) {
    std::string out = name;
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
}  // namespace

std::vector<std::string> documentFileNames(const Workspace& ws, const std::string& ext, bool numberOnly) {
    std::vector<std::string> stems;
    stems.reserve(ws.documents.size());
    std::map<std::string, int> uses;
    for (const auto& d : ws.documents) {
        std::string stem;
        if (numberOnly) stem = safeStem(d.number.empty() ? "brouillon-" + d.id : d.number);
        else {
            stem = pdf::suggestedFileName(d, ext);
            stem.resize(stem.size() - ext.size() - 1);
        }
        ++uses[folded(stem)];
        stems.push_back(std::move(stem));
    }
    std::vector<std::string> names;
    names.reserve(stems.size());
    std::set<std::string> taken;
    for (std::size_t i = 0; i < stems.size(); ++i) {
        std::string stem = stems[i];
        if (uses[folded(stem)] > 1) stem += "_" + safeStem(ws.documents[i].id);
        std::string name = stem + "." + ext;
        for (int n = 2; !taken.insert(folded(name)).second; ++n) name = stem + "-" + std::to_string(n) + "." + ext;
        names.push_back(std::move(name));
    }
    return names;
}

std::string documentFileName(const Workspace& ws, const Document& d, const std::string& ext) {
    auto names = documentFileNames(ws, ext);
    for (std::size_t i = 0; i < ws.documents.size(); ++i)
        if (ws.documents[i].id == d.id) return names[i];
    return pdf::suggestedFileName(d, ext);  // not (yet) in the workspace
}

}  // namespace facturier::app
