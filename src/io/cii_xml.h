// The Factur-X / ZUGFeRD e-invoice: UN/CEFACT CII D16B XML, profile EN 16931, written from the same
// Totals object the PDF prints (type codes 380 / 381 / 386, exemption reasons, reverse charge,
// prepaid amounts, document allowances and charges, payment means and terms).
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/totals.h"

namespace facturier::io {

// BT-24 of the EN 16931 profile.
inline const char* kEn16931Guideline = "urn:cen.eu:en16931:2017";

// A preceding invoice (BG-3): the invoice a credit note corrects, or the deposits a final invoice deducts.
struct ReferencedInvoice {
    std::string number;
    Date issueDate;
};

// The factur-x.xml of an issued invoice-like document (quotes have no e-invoice).
std::string writeCii(const Document& doc, const Totals& totals, const std::vector<ReferencedInvoice>& references = {});

// XML text escaping (&, <, >, ", ') and removal of characters XML 1.0 forbids.
std::string xmlEscape(const std::string& text);

}  // namespace facturier::io
