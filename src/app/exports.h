// What a user takes out of the workspace for one document: its Factur-X XML and its PDF, both made
// from the same computed totals.
#pragma once

#include <string>
#include <vector>

#include "core/workspace.h"
#include "io/cii_xml.h"
#include "pdf/invoice_pdf.h"

namespace facturier::app {

// The invoices a document refers to: the invoice a credit note corrects, the deposits a final deducts.
std::vector<io::ReferencedInvoice> referencesOf(const Workspace& ws, const Document& d);
// The documents d's links name, for its PDF: the invoice a credit note corrects (correctsId), the
// deposits a final invoice deducts (depositIds, with their totals), the invoice a penalty invoice is
// for (penaltyForId). Links to a document that is missing or not issued are left out.
std::vector<pdf::LinkedDocument> linkedDocuments(const Workspace& ws, const Document& d);
// factur-x.xml for an invoice-like document; empty for a quote.
std::string facturXml(const Workspace& ws, const Document& d);
// The PDF (PDF/A-3 with the Factur-X XML embedded for invoice-like documents), printing the
// references of linkedDocuments().
pdf::RenderResult documentPdf(const Workspace& ws, const Document& d, const pdf::RenderOptions& options = {});

}  // namespace facturier::app
