// Mandatory mentions and business rules checked before issuing, and the mention texts to print.
#include "core/validation.h"

#include <set>

#include "core/einvoicing.h"
#include "core/identifiers.h"
#include "core/printable.h"
#include "core/totals.h"
#include "core/units.h"

namespace facturier {

namespace {
struct Collector {
    std::vector<ValidationIssue> issues;
    void error(const std::string& key, const std::string& path) { issues.push_back({key, path, Severity::Error}); }
    void warning(const std::string& key, const std::string& path) { issues.push_back({key, path, Severity::Warning}); }
};

// Every printed text holding a character the PDF fonts cannot draw: an error on its field.
void checkPrintable(std::vector<ValidationIssue>& issues, const std::string& path, const std::string& text) {
    std::u32string bad = unprintableCharacters(text);
    if (!bad.empty()) issues.push_back({"legal.unprintable", path, Severity::Error, describeCharacters(bad)});
}
auto printableChecker(std::vector<ValidationIssue>& issues) {
    return [&issues](const std::string& path, const std::string& text, bool) { checkPrintable(issues, path, text); };
}

bool addressComplete(const Address& a) { return !a.line1.empty() && !a.postcode.empty() && !a.city.empty(); }

void checkSeller(const Seller& s, Collector& c) {
    if (s.name.empty()) c.error("legal.sellerName", "seller.name");
    if (!addressComplete(s.address)) c.error("legal.sellerAddress", "seller.address");
    if (!isCountryCode(s.address.country)) c.error("legal.country", "seller.address.country");
    bool french = s.address.country == "FR";
    if (french && !isValidSiren(s.siren)) c.error("legal.sellerSiren", "seller.siren");
    if (!s.siret.empty() && (!isValidSiret(s.siret) || compactIdentifier(s.siret).rfind(compactIdentifier(s.siren), 0) != 0))
        c.error("legal.sellerSiret", "seller.siret");
    if (s.vatRegime == VatRegime::Registered) {
        if (s.vatNumber.empty()) c.error("legal.sellerVatMissing", "seller.vatNumber");
        else if (!isValidEuVat(s.vatNumber)) c.error("legal.sellerVatInvalid", "seller.vatNumber");
        else if (french && compactIdentifier(s.vatNumber).substr(4) != compactIdentifier(s.siren))
            c.error("legal.sellerVatSiren", "seller.vatNumber");
    }
    if (s.legalForm == LegalForm::Company) {
        if (s.legalFormName.empty()) c.error("legal.sellerLegalForm", "seller.legalFormName");
        if (s.capital.empty()) c.error("legal.sellerCapital", "seller.capital");
        if (s.rcs.empty()) c.error("legal.sellerRcs", "seller.rcs");
    }
    if (!s.iban.empty() && !isValidIban(s.iban)) c.error("payment.iban", "seller.iban");
    if (!s.bic.empty() && !isValidBic(s.bic)) c.error("payment.bic", "seller.bic");
    if (!s.email.empty() && !isValidEmail(s.email)) c.warning("legal.email", "seller.email");
}

void checkBuyer(const Document& d, Collector& c) {
    const Client& b = d.buyer;
    if (b.name.empty()) c.error("legal.buyerName", "buyer.name");
    if (!addressComplete(b.address)) c.error("legal.buyerAddress", "buyer.address");
    if (!isCountryCode(b.address.country)) c.error("legal.country", "buyer.address.country");
    if (b.kind == ClientKind::Business && b.isFrench() && !isValidSiren(b.siren)) c.error("legal.buyerSiren", "buyer.siren");
    if (!b.vatNumber.empty() && !isValidEuVat(b.vatNumber)) c.error("legal.buyerVatInvalid", "buyer.vatNumber");
    if (!b.email.empty() && !isValidEmail(b.email)) c.warning("legal.email", "buyer.email");
}

void checkLines(const Document& d, const Seller& s, Collector& c) {
    if (d.lines.empty()) c.error("legal.noLines", "lines");
    for (size_t i = 0; i < d.lines.size(); ++i) {
        const Line& l = d.lines[i];
        std::string p = "lines[" + std::to_string(i) + "]";
        if (l.description.empty()) c.error("legal.lineDescription", p + ".description");
        if (l.quantity.isZero()) c.error("legal.lineQuantity", p + ".quantity");
        // EN 16931 allows a negative quantity and line amount (goods taken back, a correction line);
        // only the item net price may not be negative (BR-27).
        if (l.unitPrice.scaled < 0) c.error("legal.lineNegativePrice", p + ".unitPrice");
        if (l.unitCode.empty()) c.error("legal.lineUnit", p + ".unitCode");
        else if (!unitByCode(l.unitCode)) c.issues.push_back({"legal.lineUnitUnknown", p + ".unitCode", Severity::Error, l.unitCode});
        if (l.discountKind == DiscountKind::Percent && (l.discountPercent.scaled < 0 || l.discountPercent.scaled > 100 * Decimal::kScale))
            c.error("legal.lineDiscount", p + ".discountPercent");
        if (l.discountKind == DiscountKind::Amount) {
            std::int64_t gross = 0;
            try { gross = computeLine(l, d.currency).gross; } catch (const MoneyError&) {}
            if (l.discountAmount < 0 || l.discountAmount > (gross < 0 ? -gross : gross))
                c.error("legal.lineDiscount", p + ".discountAmount");
            else if (l.discountAmount % amountStep(d.currency) != 0)  // 1.235 KWD: EN 16931 has 2 decimals
                c.error("legal.amountPrecision", p + ".discountAmount");
        }
        if (s.vatRegime == VatRegime::Franchise) {
            if (l.vatCategory != VatCategory::Exempt) c.error("legal.franchiseVat", p + ".vatCategory");
        } else if (l.vatCategory == VatCategory::Standard) {
            if (s.address.country == "FR" && !isFrenchVatRate(l.vatRate)) c.error("legal.vatRate", p + ".vatRate");
            if (l.vatRate.scaled <= 0) c.error("legal.vatRate", p + ".vatRate");
        } else if (!l.vatRate.isZero()) {
            c.error("legal.vatRateNotZero", p + ".vatRate");
        }
        if (l.vatCategory == VatCategory::ReverseCharge || l.vatCategory == VatCategory::IntraEu) {
            if (d.buyer.vatNumber.empty()) c.error("legal.buyerVatRequired", "buyer.vatNumber");
            if (d.buyer.kind != ClientKind::Business) c.error("legal.reverseChargeB2C", p + ".vatCategory");
        }
        if (l.vatCategory == VatCategory::IntraEu &&
            (!isEuCountry(d.buyer.address.country) || d.buyer.address.country == s.address.country))
            c.error("legal.intraEuBuyer", p + ".vatCategory");
        if (l.vatCategory == VatCategory::Export && isEuCountry(d.buyer.address.country))
            c.error("legal.exportBuyer", p + ".vatCategory");
    }
}
}  // namespace

std::vector<ValidationIssue> validate(const Document& d, const Seller& seller) {
    Collector c;
    checkSeller(seller, c);
    checkBuyer(d, c);
    checkLines(d, seller, c);
    if (d.issueDate.year() < 2000) c.error("legal.issueDate", "issueDate");
    // BR-O-11…14: a document outside the scope of VAT has no other VAT category.
    bool outside = false, other = false;
    for (const auto& l : d.lines) (l.vatCategory == VatCategory::OutsideScope ? outside : other) = true;
    for (const auto& a : d.adjustments) (a.vatCategory == VatCategory::OutsideScope ? outside : other) |= !a.isPercent;
    if (outside && other) c.error("legal.outsideScopeMixed", "lines");
    for (size_t i = 0; i < d.adjustments.size(); ++i)
        if (!d.adjustments[i].isPercent && d.adjustments[i].amount % amountStep(d.currency) != 0)
            c.error("legal.amountPrecision", "adjustments[" + std::to_string(i) + "].amount");
    bool invoiceLike = isInvoiceLike(d.type);
    bool b2b = d.buyer.kind == ClientKind::Business;
    if (invoiceLike) {
        if (!d.deliveryDate) c.error("legal.deliveryDate", "deliveryDate");
        if (d.periodStart && d.deliveryDate && *d.deliveryDate < *d.periodStart) c.error("legal.period", "periodStart");
        if (d.dueDate && *d.dueDate < d.issueDate) c.error("legal.dueBeforeIssue", "dueDate");
        if (d.terms.days < 0 || d.terms.days > 60 || (d.terms.endOfMonth && d.terms.days > 45))
            c.error("legal.termsTooLong", "terms.days");
        if (d.dueDate && daysBetween(d.issueDate, *d.dueDate) > 60) c.error("legal.termsTooLong", "dueDate");
        if (b2b && d.terms.penaltyRate.scaled <= 0) c.error("legal.penaltyRate", "terms.penaltyRate");
        if (d.terms.earlyPaymentDiscount && d.terms.earlyPaymentText.empty())
            c.error("legal.earlyPaymentText", "terms.earlyPaymentText");
    }
    // What a French platform rejects since 1 September 2026 (BR-FR), refused here before issuing.
    if (invoiceLike && seller.address.country == "FR")
        for (auto& issue : einvoicingIssues(d, seller)) c.issues.push_back(std::move(issue));
    if (d.type == DocumentType::CreditNote && d.correctsId.empty()) c.error("legal.creditNoteReference", "correctsId");
    if (d.type == DocumentType::Quote && d.validUntil && *d.validUntil < d.issueDate) c.error("legal.validUntil", "validUntil");
    if (d.type == DocumentType::Quote && !d.validUntil) c.warning("legal.validUntilMissing", "validUntil");
    visitSellerTexts(seller, "seller.", printableChecker(c.issues));
    visitDocumentTexts(d, printableChecker(c.issues));
    try {
        Totals t = computeTotals(d);
        if (!withinAmountLimit(d, t)) c.error("legal.amountOverflow", "lines");
        if (t.grandTotal < 0) c.error("legal.negativeTotal", "lines");
        if (t.prepaid > 0 && t.prepaid > t.grandTotal) c.error("legal.prepaidTooLarge", "prepaid");
    } catch (const MoneyError&) {
        c.error("legal.amountOverflow", "lines");
    }
    return c.issues;
}

bool hasErrors(const std::vector<ValidationIssue>& issues) {
    for (const auto& i : issues) if (i.severity == Severity::Error) return true;
    return false;
}

bool asksForPayment(const Document& d) { return isInvoiceLike(d.type) && d.type != DocumentType::CreditNote; }

LegalMentions legalMentions(const Document& d) {
    LegalMentions m;
    bool fr = d.language != "en";
    bool franchise = d.seller.vatRegime == VatRegime::Franchise;
    std::set<int> seen;
    for (const auto& l : d.lines) {
        if (!seen.insert(static_cast<int>(l.vatCategory)).second) continue;
        if (auto ex = exemptionFor(l.vatCategory, franchise)) m.vatExemptions.push_back(fr ? ex->textFr : ex->textEn);
    }
    if (!isInvoiceLike(d.type)) return m;
    const Seller& s = d.seller;
    std::string id;
    auto add = [&id](const std::string& part) { if (!part.empty()) id += (id.empty() ? "" : " - ") + part; };
    if (s.legalForm == LegalForm::Company) {
        add(s.legalFormName + (s.capital.empty() ? "" : (fr ? " au capital de " : " with a share capital of ") + s.capital));
        add(s.rcs);
    } else if (!s.legalFormName.empty()) {
        add(s.legalFormName);
    }
    if (!s.siret.empty()) add("SIRET " + s.siret);
    else if (!s.siren.empty()) add("SIREN " + s.siren);
    if (!s.vatNumber.empty()) add((fr ? "TVA " : "VAT ") + s.vatNumber);
    m.sellerIdentity = id;
    if (s.vatOnDebits) m.vatOnDebits = fr ? "Option pour le paiement de la taxe d'après les débits" : "VAT paid on debits (option pour le paiement de la taxe d'après les débits)";
    if (d.buyer.kind == ClientKind::Business) {
        std::string rate = formatPercent(d.terms.penaltyRate, fr ? Locale::Fr : Locale::En);
        m.penalties = fr ? "Pénalités de retard : " + rate + " par an, exigibles dès le lendemain de l'échéance (art. L441-10 du Code de commerce)"
                         : "Late payment penalties: " + rate + " per year from the day after the due date (art. L441-10 of the French Commercial Code)";
        m.recoveryIndemnity = fr ? "Indemnité forfaitaire pour frais de recouvrement : 40 €"
                                 : "Fixed compensation for recovery costs: €40";
    }
    if (d.terms.earlyPaymentDiscount) m.earlyPayment = d.terms.earlyPaymentText;
    else m.earlyPayment = fr ? "Pas d'escompte pour paiement anticipé" : "No discount for early payment";
    return m;
}

std::vector<ValidationIssue> validateClient(const Client& c) {
    std::vector<ValidationIssue> issues;
    if (c.name.empty()) issues.push_back({"legal.buyerName", "name"});
    if (!isCountryCode(c.address.country)) issues.push_back({"legal.country", "address.country"});
    bool sirenNeeded = c.kind == ClientKind::Business && c.isFrench();
    if ((sirenNeeded || !c.siren.empty()) && !isValidSiren(c.siren)) issues.push_back({"legal.buyerSiren", "siren"});
    if (!c.vatNumber.empty() && !isValidEuVat(c.vatNumber)) issues.push_back({"legal.buyerVatInvalid", "vatNumber"});
    if (!c.email.empty() && !isValidEmail(c.email)) issues.push_back({"legal.email", "email"});
    if (c.paymentTermDays < 0 || c.paymentTermDays > 60) issues.push_back({"legal.termsTooLong", "paymentTermDays"});
    if (!c.electronicAddress.empty() &&
        (!isValidElectronicAddress(c.electronicAddress, c.isFrench() ? c.siren : std::string()) ||
         (c.kind == ClientKind::Business && c.isFrench() && c.electronicAddress.scheme != "0225")))
        issues.push_back({"einvoice.buyerAddressInvalid", "electronicAddress"});
    visitClientTexts(c, "", printableChecker(issues));
    return issues;
}

}  // namespace facturier
