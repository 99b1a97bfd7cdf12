// CII D16B writer. Element order follows the CrossIndustryInvoice_100pD16B schema; each amount is
// one of core's computed totals printed with the currency's minor digits.
#include "io/cii_xml.h"

#include <algorithm>

#include "core/einvoicing.h"
#include "core/identifiers.h"
#include "core/text.h"
#include "core/validation.h"

namespace facturier::io {

std::string xmlEscape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    // Character by character, so nothing is ever cut inside a UTF-8 sequence: invalid bytes become
    // U+FFFD; characters XML 1.0 forbids (C0 controls but TAB, LF, CR; U+FFFE, U+FFFF) are dropped.
    for (char32_t cp : decodeUtf8(s)) {
        switch (cp) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if ((cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF) break;
                appendUtf8(out, cp);
        }
    }
    return out;
}

namespace {

// [SECTION] A minimal indenting XML writer
class Xml {
public:
    void open(const std::string& tag, const std::string& attrs = "") {
        indent();
        out_ += "<" + tag + (attrs.empty() ? "" : " " + attrs) + ">\n";
        ++depth_;
    }
    void close(const std::string& tag) {
        --depth_;
        indent();
        out_ += "</" + tag + ">\n";
    }
    void leaf(const std::string& tag, const std::string& text, const std::string& attrs = "") {
        indent();
        out_ += "<" + tag + (attrs.empty() ? "" : " " + attrs) + ">" + xmlEscape(text) + "</" + tag + ">\n";
    }
    void date(const std::string& tag, Date d, const char* ns = "udt") {
        open(tag);
        leaf(std::string(ns) + ":DateTimeString", d.compact(), "format=\"102\"");
        close(tag);
    }
    std::string& text() { return out_; }

private:
    void indent() { out_.append(static_cast<size_t>(depth_) * 2, ' '); }
    std::string out_;
    int depth_ = 0;
};

// EN 16931 amounts: at most 2 decimals (BR-DEC), exact since document amounts are multiples of amountStep.
std::string amount(const Totals& t, std::int64_t minor) { return t.money(minor).toAmountString(); }
std::string attrId(const char* scheme) { return std::string("schemeID=\"") + scheme + "\""; }

void address(Xml& x, const Address& a) {
    x.open("ram:PostalTradeAddress");
    if (!a.postcode.empty()) x.leaf("ram:PostcodeCode", a.postcode);
    if (!a.line1.empty()) x.leaf("ram:LineOne", a.line1);
    if (!a.line2.empty()) x.leaf("ram:LineTwo", a.line2);
    if (!a.city.empty()) x.leaf("ram:CityName", a.city);
    x.leaf("ram:CountryID", a.country);
    x.close("ram:PostalTradeAddress");
}

void electronicAddress(Xml& x, const ElectronicAddress& a) {
    if (a.empty()) return;
    x.open("ram:URIUniversalCommunication");
    x.leaf("ram:URIID", a.id, attrId(a.scheme.c_str()));
    x.close("ram:URIUniversalCommunication");
}

void sellerParty(Xml& x, const Seller& s, bool outsideScope) {
    x.open("ram:SellerTradeParty");
    x.leaf("ram:Name", s.name);
    if (!s.siren.empty()) {
        x.open("ram:SpecifiedLegalOrganization");
        x.leaf("ram:ID", compactIdentifier(s.siren), attrId("0002"));  // BT-30, ICD 0002 = SIRENE
        x.close("ram:SpecifiedLegalOrganization");
    }
    address(x, s.address);
    electronicAddress(x, sellerElectronicAddress(s));  // BT-34 (BR-FR-13)
    if (outsideScope) {
        // BR-O-02: an invoice not subject to VAT carries no VAT identifier (the SIREN identifies the seller).
    } else if (!s.vatNumber.empty()) {
        x.open("ram:SpecifiedTaxRegistration");
        x.leaf("ram:ID", compactIdentifier(s.vatNumber), attrId("VA"));  // BT-31
        x.close("ram:SpecifiedTaxRegistration");
    } else if (!s.siren.empty()) {
        // A franchise seller has no VAT number: its tax registration (BT-32) is the SIREN (BR-E-02).
        x.open("ram:SpecifiedTaxRegistration");
        x.leaf("ram:ID", compactIdentifier(s.siren), attrId("FC"));
        x.close("ram:SpecifiedTaxRegistration");
    }
    x.close("ram:SellerTradeParty");
}

void buyerParty(Xml& x, const Client& b, bool outsideScope) {
    x.open("ram:BuyerTradeParty");
    x.leaf("ram:Name", b.name);
    if (!b.siren.empty()) {
        x.open("ram:SpecifiedLegalOrganization");
        x.leaf("ram:ID", compactIdentifier(b.siren), attrId("0002"));
        x.close("ram:SpecifiedLegalOrganization");
    }
    address(x, b.address);
    electronicAddress(x, buyerElectronicAddress(b));  // BT-49 (BR-FR-12, BR-FR-21)
    if (!b.vatNumber.empty() && !outsideScope) {  // BR-O-02
        x.open("ram:SpecifiedTaxRegistration");
        x.leaf("ram:ID", compactIdentifier(b.vatNumber), attrId("VA"));
        x.close("ram:SpecifiedTaxRegistration");
    }
    x.close("ram:BuyerTradeParty");
}

// Rate element: every category but O carries a rate (0 for the exempt ones, BR-AE-05, BR-E-05 …).
void rate(Xml& x, VatCategory c, Decimal r) {
    if (c != VatCategory::OutsideScope) x.leaf("ram:RateApplicablePercent", r.toPlainString());
}

void note(Xml& x, const std::string& content, const char* subject) {
    if (content.empty()) return;
    x.open("ram:IncludedNote");
    x.leaf("ram:Content", content);
    if (subject) x.leaf("ram:SubjectCode", subject);
    x.close("ram:IncludedNote");
}

void lineItem(Xml& x, const Document& d, const Totals& t, size_t i) {
    const Line& l = d.lines[i];
    const LineTotal& lt = t.lines[i];
    x.open("ram:IncludedSupplyChainTradeLineItem");
    x.open("ram:AssociatedDocumentLineDocument");
    x.leaf("ram:LineID", std::to_string(i + 1));
    x.close("ram:AssociatedDocumentLineDocument");
    x.open("ram:SpecifiedTradeProduct");
    if (!l.itemReference.empty()) x.leaf("ram:SellerAssignedID", l.itemReference);
    // BT-153 is the item name; the full description follows in BT-154 when it is long.
    // Cut on a character boundary (a byte cut inside "é" made the whole XML invalid UTF-8).
    std::string name = ellipsizeUtf8(l.description, 200);
    x.leaf("ram:Name", name);
    if (l.description.size() > 200) x.leaf("ram:Description", l.description);
    x.close("ram:SpecifiedTradeProduct");
    x.open("ram:SpecifiedLineTradeAgreement");
    x.open("ram:NetPriceProductTradePrice");
    x.leaf("ram:ChargeAmount", l.unitPrice.toPlainString(2));
    x.close("ram:NetPriceProductTradePrice");
    x.close("ram:SpecifiedLineTradeAgreement");
    x.open("ram:SpecifiedLineTradeDelivery");
    x.leaf("ram:BilledQuantity", l.quantity.toPlainString(), "unitCode=\"" + xmlEscape(l.unitCode) + "\"");
    x.close("ram:SpecifiedLineTradeDelivery");
    x.open("ram:SpecifiedLineTradeSettlement");
    x.open("ram:ApplicableTradeTax");
    x.leaf("ram:TypeCode", "VAT");
    x.leaf("ram:CategoryCode", std::string(categoryCode(l.vatCategory)));
    rate(x, l.vatCategory, l.vatRate);
    x.close("ram:ApplicableTradeTax");
    if (lt.allowance != 0) {
        x.open("ram:SpecifiedTradeAllowanceCharge");
        x.open("ram:ChargeIndicator");
        x.leaf("udt:Indicator", "false");
        x.close("ram:ChargeIndicator");
        if (l.discountKind == DiscountKind::Percent) {
            x.leaf("ram:CalculationPercent", l.discountPercent.toPlainString());
            x.leaf("ram:BasisAmount", amount(t, lt.gross));
        }
        x.leaf("ram:ActualAmount", amount(t, lt.allowance));
        x.leaf("ram:Reason", d.language == "en" ? "Discount" : "Remise");
        x.close("ram:SpecifiedTradeAllowanceCharge");
    }
    x.open("ram:SpecifiedTradeSettlementLineMonetarySummation");
    x.leaf("ram:LineTotalAmount", amount(t, lt.net));
    x.close("ram:SpecifiedTradeSettlementLineMonetarySummation");
    x.close("ram:SpecifiedLineTradeSettlement");
    x.close("ram:IncludedSupplyChainTradeLineItem");
}

void referencedInvoice(Xml& x, const ReferencedInvoice& r) {
    x.open("ram:InvoiceReferencedDocument");
    x.leaf("ram:IssuerAssignedID", r.number);
    x.date("ram:FormattedIssueDateTime", r.issueDate, "qdt");
    x.close("ram:InvoiceReferencedDocument");
}

}  // namespace

std::string writeCii(const Document& d, const Totals& t, const std::vector<ReferencedInvoice>& references) {
    Xml x;
    bool fr = d.language != "en";
    bool franchise = d.seller.vatRegime == VatRegime::Franchise;
    LegalMentions mentions = legalMentions(d);
    x.text() = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    x.open("rsm:CrossIndustryInvoice",
           "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
           "xmlns:qdt=\"urn:un:unece:uncefact:data:standard:QualifiedDataType:100\" "
           "xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\" "
           "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\"");

    // [SECTION] Context and document header
    x.open("rsm:ExchangedDocumentContext");
    x.open("ram:BusinessProcessSpecifiedDocumentContextParameter");
    x.leaf("ram:ID", billingMode(d));  // BT-23, the French billing mode (BR-FR-08)
    x.close("ram:BusinessProcessSpecifiedDocumentContextParameter");
    x.open("ram:GuidelineSpecifiedDocumentContextParameter");
    x.leaf("ram:ID", kEn16931Guideline);
    x.close("ram:GuidelineSpecifiedDocumentContextParameter");
    x.close("rsm:ExchangedDocumentContext");

    x.open("rsm:ExchangedDocument");
    x.leaf("ram:ID", d.number);
    x.leaf("ram:TypeCode", std::to_string(typeCode(d.type)));
    x.date("ram:IssueDateTime", d.issueDate);
    note(x, d.notes, nullptr);
    // Each subject once (BR-FR-06): the tax mentions (exemptions, VAT on debits) share one TXD note.
    std::string tax;
    for (const auto& e : mentions.vatExemptions) tax += (tax.empty() ? "" : " ; ") + e;
    if (!mentions.vatOnDebits.empty()) tax += (tax.empty() ? "" : " ; ") + mentions.vatOnDebits;
    note(x, tax, "TXD");
    note(x, mentions.sellerIdentity, "ABL");
    // PMD, PMT and AAB are in every document (BR-FR-05), saying so where they do not apply.
    const bool consumer = d.buyer.kind == ClientKind::Consumer;
    note(x, !mentions.penalties.empty() ? mentions.penalties
            : consumer ? (fr ? "Pénalités de retard : néant (client particulier)" : "Late payment penalties: none (consumer)")
                       : (fr ? "Pénalités de retard : sans objet (avoir)" : "Late payment penalties: not applicable (credit note)"), "PMD");
    note(x, !mentions.recoveryIndemnity.empty() ? mentions.recoveryIndemnity
            : consumer ? (fr ? "Indemnité forfaitaire pour frais de recouvrement : non applicable (client particulier)"
                             : "Fixed compensation for recovery costs: not applicable (consumer)")
                       : (fr ? "Indemnité forfaitaire pour frais de recouvrement : sans objet (avoir)"
                             : "Fixed compensation for recovery costs: not applicable (credit note)"), "PMT");
    note(x, !mentions.earlyPayment.empty() ? mentions.earlyPayment
                                           : (fr ? "Pas d'escompte pour paiement anticipé" : "No discount for early payment"), "AAB");
    note(x, treatment(d), "BAR");  // BR-FR-20: B2B, B2BINT or B2C
    x.close("rsm:ExchangedDocument");

    x.open("rsm:SupplyChainTradeTransaction");
    for (size_t i = 0; i < d.lines.size(); ++i) lineItem(x, d, t, i);

    // [SECTION] Agreement: parties and references
    x.open("ram:ApplicableHeaderTradeAgreement");
    bool outsideScope = !t.vat.empty() && std::all_of(t.vat.begin(), t.vat.end(), [](const VatBreakdown& g) {
        return g.category == VatCategory::OutsideScope;
    });
    sellerParty(x, d.seller, outsideScope);
    buyerParty(x, d.buyer, outsideScope);
    if (!d.purchaseOrder.empty()) {
        x.open("ram:BuyerOrderReferencedDocument");
        x.leaf("ram:IssuerAssignedID", d.purchaseOrder);
        x.close("ram:BuyerOrderReferencedDocument");
    }
    x.close("ram:ApplicableHeaderTradeAgreement");

    // [SECTION] Delivery
    x.open("ram:ApplicableHeaderTradeDelivery");
    bool intraEu = false;
    for (const auto& l : d.lines) intraEu |= l.vatCategory == VatCategory::IntraEu;
    if ((d.deliveryAddress && !d.deliveryAddress->isEmpty()) || intraEu) {
        x.open("ram:ShipToTradeParty");
        x.leaf("ram:Name", d.buyer.name);
        address(x, d.deliveryAddress && !d.deliveryAddress->isEmpty() ? *d.deliveryAddress : d.buyer.address);
        x.close("ram:ShipToTradeParty");
    }
    if (d.deliveryDate) {
        x.open("ram:ActualDeliverySupplyChainEvent");
        x.date("ram:OccurrenceDateTime", *d.deliveryDate);
        x.close("ram:ActualDeliverySupplyChainEvent");
    }
    x.close("ram:ApplicableHeaderTradeDelivery");

    // [SECTION] Settlement: payment, VAT breakdown, adjustments, terms, totals
    x.open("ram:ApplicableHeaderTradeSettlement");
    x.leaf("ram:PaymentReference", d.number);
    auto vatEur = vatInEuros(d, t.vatTotal);
    if (vatEur) x.leaf("ram:TaxCurrencyCode", "EUR");  // BT-6 (BR-FR-CO-12)
    x.leaf("ram:InvoiceCurrencyCode", d.currency.code);
    if (!d.seller.iban.empty() && d.type != DocumentType::CreditNote) {
        x.open("ram:SpecifiedTradeSettlementPaymentMeans");
        x.leaf("ram:TypeCode", "58");  // SEPA credit transfer
        x.open("ram:PayeePartyCreditorFinancialAccount");
        x.leaf("ram:IBANID", compactIdentifier(d.seller.iban));
        x.close("ram:PayeePartyCreditorFinancialAccount");
        if (!d.seller.bic.empty()) {
            x.open("ram:PayeeSpecifiedCreditorFinancialInstitution");
            x.leaf("ram:BICID", compactIdentifier(d.seller.bic));
            x.close("ram:PayeeSpecifiedCreditorFinancialInstitution");
        }
        x.close("ram:SpecifiedTradeSettlementPaymentMeans");
    }
    for (const auto& g : t.vat) {
        x.open("ram:ApplicableTradeTax");
        x.leaf("ram:CalculatedAmount", amount(t, g.vat));
        x.leaf("ram:TypeCode", "VAT");
        auto exemption = exemptionFor(g.category, franchise);
        if (exemption) x.leaf("ram:ExemptionReason", fr ? exemption->textFr : exemption->textEn);
        x.leaf("ram:BasisAmount", amount(t, g.basis));
        x.leaf("ram:CategoryCode", std::string(categoryCode(g.category)));
        if (exemption) x.leaf("ram:ExemptionReasonCode", exemption->code);
        if (d.seller.vatOnDebits && g.category == VatCategory::Standard) x.leaf("ram:DueDateTypeCode", "5");
        rate(x, g.category, g.rate);
        x.close("ram:ApplicableTradeTax");
    }
    if (d.periodStart && d.deliveryDate) {
        x.open("ram:BillingSpecifiedPeriod");
        x.date("ram:StartDateTime", *d.periodStart);
        x.date("ram:EndDateTime", *d.deliveryDate);
        x.close("ram:BillingSpecifiedPeriod");
    }
    for (const auto& a : t.adjustments) {
        x.open("ram:SpecifiedTradeAllowanceCharge");
        x.open("ram:ChargeIndicator");
        x.leaf("udt:Indicator", a.isCharge ? "true" : "false");
        x.close("ram:ChargeIndicator");
        if (a.isPercent) {
            x.leaf("ram:CalculationPercent", a.percent.toPlainString());
            x.leaf("ram:BasisAmount", amount(t, a.base));
        }
        x.leaf("ram:ActualAmount", amount(t, a.amount));
        std::string reason = a.reason.empty() ? (a.isCharge ? (fr ? "Frais" : "Charge") : (fr ? "Remise" : "Discount")) : a.reason;
        x.leaf("ram:Reason", reason);
        x.open("ram:CategoryTradeTax");
        x.leaf("ram:TypeCode", "VAT");
        x.leaf("ram:CategoryCode", std::string(categoryCode(a.vatCategory)));
        rate(x, a.vatCategory, a.vatRate);
        x.close("ram:CategoryTradeTax");
        x.close("ram:SpecifiedTradeAllowanceCharge");
    }
    if (d.type != DocumentType::CreditNote && (d.dueDate || d.terms.days > 0)) {
        x.open("ram:SpecifiedTradePaymentTerms");
        std::string terms = fr ? "Paiement à " + std::to_string(d.terms.days) + " jours" + (d.terms.endOfMonth ? " fin de mois" : "")
                               : "Payment within " + std::to_string(d.terms.days) + " days" + (d.terms.endOfMonth ? " end of month" : "");
        x.leaf("ram:Description", terms);
        if (d.dueDate) x.date("ram:DueDateDateTime", *d.dueDate);
        x.close("ram:SpecifiedTradePaymentTerms");
    }
    x.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation");
    x.leaf("ram:LineTotalAmount", amount(t, t.lineNetSum));
    if (t.chargeSum) x.leaf("ram:ChargeTotalAmount", amount(t, t.chargeSum));
    if (t.allowanceSum) x.leaf("ram:AllowanceTotalAmount", amount(t, t.allowanceSum));
    x.leaf("ram:TaxBasisTotalAmount", amount(t, t.taxBasis));
    x.leaf("ram:TaxTotalAmount", amount(t, t.vatTotal), "currencyID=\"" + d.currency.code + "\"");
    if (vatEur) x.leaf("ram:TaxTotalAmount", Money{*vatEur, euro()}.toAmountString(), "currencyID=\"EUR\"");  // BT-111
    x.leaf("ram:GrandTotalAmount", amount(t, t.grandTotal));
    // Already paid when issued (BT-23 x2, BR-FR-CO-09): BT-113 = BT-112 and nothing is due.
    std::int64_t prepaid = einvoicePaidAmount(d, t.prepaid, t.grandTotal);
    if (prepaid) x.leaf("ram:TotalPrepaidAmount", amount(t, prepaid));
    x.leaf("ram:DuePayableAmount", amount(t, t.grandTotal - prepaid));
    x.close("ram:SpecifiedTradeSettlementHeaderMonetarySummation");
    for (const auto& r : references) referencedInvoice(x, r);
    x.close("ram:ApplicableHeaderTradeSettlement");
    x.close("rsm:SupplyChainTradeTransaction");
    x.close("rsm:CrossIndustryInvoice");
    return x.text();
}

}  // namespace facturier::io
