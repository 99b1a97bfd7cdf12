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

// The file name of every document of the workspace (in the order of ws.documents), ending in ".ext":
// the suggested name (number and client: "F-2026-0001_Societe_Generale.pdf"), or with `numberOnly`
// the number alone ("F-2026-0001.pdf"), made safe for any file system. Documents whose names would be
// the same — a number used twice, or two names equal once made safe or when case is ignored — each
// get their internal id added ("F-2026-0120_doc-17.pdf"): no two documents ever share a file name,
// in a batch, an archive or the downloads folder.
std::vector<std::string> documentFileNames(const Workspace& ws, const std::string& ext, bool numberOnly = false);
// The same name for one document of `ws` (a download).
std::string documentFileName(const Workspace& ws, const Document& d, const std::string& ext);

}  // namespace facturier::app
