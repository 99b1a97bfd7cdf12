// What the French e-invoicing reform asks of a document, derived from it rather than typed: the billing
// mode BT-23 (BR-FR-08), the treatment note BAR (BR-FR-20), the electronic addresses BT-34 / BT-49
// (BR-FR-12, -13, -21, -23, -25), and the VAT in euros of a document in another currency (BT-6, BT-111,
// BR-FR-CO-12). Rule ids are those of the French package BR-FR v1.4 (FATAL).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/document.h"
#include "core/validation.h"

namespace facturier {

// BT-23, the billing mode ("cadre de facturation"): B goods, S services, M both; 1 an invoice to be
// paid, 2 already paid when issued (BR-FR-CO-09: BT-113 = BT-112, BT-115 = 0), 4 a final invoice after
// deposits (never on a deposit invoice, BR-FR-CO-08).
std::string billingMode(const Document& d);

// The BAR note (BT-22 with subject code BAR): "B2B" for a French business buyer, "B2BINT" for a
// business abroad, "B2C" for a consumer.
std::string treatment(const Document& d);

// BT-34: the seller's address as set, else 0225 + SIREN (the directory's SIREN-based address).
ElectronicAddress sellerElectronicAddress(const Seller& s);
// BT-49: the client's address as set, else 0225 + SIREN for a French business, else EM + e-mail;
// empty when there is nothing to derive it from.
ElectronicAddress buyerElectronicAddress(const Client& c);
// BR-FR-23/25: a 0225 address is 1–125 characters of A-Z a-z 0-9 - _ . and starts with the SIREN for a
// French business (BR-FR-21/22); an e-mail address is one; other schemes need 1–125 characters.
bool isValidElectronicAddress(const ElectronicAddress& a, const std::string& siren);

// BT-111: the document's VAT total in euros, from its exchange rate (units of its currency per euro),
// rounded half away from zero to the cent ("VAT in accounting currency"); nullopt for a euro document
// or one without a rate. `vatTotalMinor` is in the document currency's minor units.
std::optional<std::int64_t> vatInEuros(const Document& d, std::int64_t vatTotalMinor);
// Any amount of the document converted the same way (the FEC books foreign documents in euros).
std::optional<std::int64_t> toEuros(const Document& d, std::int64_t minor);

// BT-113 as the e-invoice states it: what deposits prepaid, or the whole total for an invoice paid when
// issued (BT-23 x2, BR-FR-CO-09: BT-113 = BT-112, BT-115 = 0; its payment is recorded at issue).
// `prepaid` and `grandTotal` are the document's computed BT-113 and BT-112.
std::int64_t einvoicePaidAmount(const Document& d, std::int64_t prepaid, std::int64_t grandTotal);

// What a French platform would reject (BR-FR v1.4, FATAL) that the document's data decides, as
// validation issues (message key, field path): the electronic addresses (BR-FR-12, -13, -21, -23, -25),
// the exchange rate of a document not in euros (BR-FR-CO-12), unit prices that must be strictly positive
// (BR-FR-DEC-03). validate() adds them for the invoice-like documents of a French seller. A consumer
// (B2C) is not asked for an electronic address: B2C sales are e-reported, not e-invoiced.
std::vector<ValidationIssue> einvoicingIssues(const Document& d, const Seller& seller);

}  // namespace facturier
