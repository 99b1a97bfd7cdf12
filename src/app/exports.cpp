// Per-document exports.
#include "app/exports.h"

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

}  // namespace facturier::app
