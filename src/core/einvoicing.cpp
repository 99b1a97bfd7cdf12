// French e-invoicing data derived from a document (see einvoicing.h).
#include "core/einvoicing.h"

#include "core/identifiers.h"

namespace facturier {

std::string billingMode(const Document& d) {
    char nature = d.nature == OperationNature::Goods ? 'B' : d.nature == OperationNature::Both ? 'M' : 'S';
    char situation = '1';
    if (d.type == DocumentType::FinalInvoice && !d.depositIds.empty()) situation = '4';
    else if (d.paidAtIssue && d.type != DocumentType::CreditNote) situation = '2';
    return std::string{nature, situation};
}

std::int64_t einvoicePaidAmount(const Document& d, std::int64_t prepaid, std::int64_t grandTotal) {
    return billingMode(d)[1] == '2' ? grandTotal : prepaid;
}

std::string treatment(const Document& d) {
    if (d.buyer.kind == ClientKind::Consumer) return "B2C";
    return d.buyer.isFrench() ? "B2B" : "B2BINT";
}

ElectronicAddress sellerElectronicAddress(const Seller& s) {
    if (!s.electronicAddress.empty()) return s.electronicAddress;
    std::string siren = compactIdentifier(s.siren);
    if (isValidSiren(siren)) return {"0225", siren};
    if (!s.email.empty()) return {"EM", s.email};
    return {};
}

ElectronicAddress buyerElectronicAddress(const Client& c) {
    if (!c.electronicAddress.empty()) return c.electronicAddress;
    std::string siren = compactIdentifier(c.siren);
    if (c.kind == ClientKind::Business && c.isFrench() && isValidSiren(siren)) return {"0225", siren};
    if (!c.email.empty()) return {"EM", c.email};
    return {};
}

bool isValidElectronicAddress(const ElectronicAddress& a, const std::string& siren) {
    if (a.id.empty() || a.id.size() > 125 || a.scheme.empty()) return false;
    if (a.scheme == "0225") {
        for (char ch : a.id) {
            bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.';
            if (!ok) return false;
        }
        std::string s = compactIdentifier(siren);
        return s.empty() || a.id.rfind(s, 0) == 0;
    }
    if (a.scheme == "EM") return isValidEmail(a.id);
    return true;
}

std::optional<std::int64_t> toEuros(const Document& d, std::int64_t minor) {
    if (d.currency.code == "EUR") return minor;
    if (!d.exchangeRate || d.exchangeRate->perEuro.scaled <= 0) return std::nullopt;
    // cents = minor × 10^(2 − digits) / perEuro; perEuro is scaled by 10^4.
    Wide num = static_cast<Wide>(minor) * Decimal::kScale * 100;
    Wide den = static_cast<Wide>(d.exchangeRate->perEuro.scaled);
    for (int i = 0; i < d.currency.minorDigits; ++i) den *= 10;
    return divideRounded(num, den, Rounding::HalfAwayFromZero);
}

std::optional<std::int64_t> vatInEuros(const Document& d, std::int64_t vatTotalMinor) {
    if (d.currency.code == "EUR") return std::nullopt;
    return toEuros(d, vatTotalMinor);
}

std::vector<ValidationIssue> einvoicingIssues(const Document& d, const Seller& seller) {
    std::vector<ValidationIssue> issues;
    auto error = [&](const char* key, std::string path) { issues.push_back({key, std::move(path), Severity::Error}); };
    ElectronicAddress own = sellerElectronicAddress(seller);
    if (own.empty()) error("einvoice.sellerAddressMissing", "seller.electronicAddress");
    else if (!isValidElectronicAddress(own, seller.siren)) error("einvoice.sellerAddressInvalid", "seller.electronicAddress");
    if (d.buyer.kind == ClientKind::Business) {
        ElectronicAddress theirs = buyerElectronicAddress(d.buyer);
        if (theirs.empty()) error("einvoice.buyerAddressMissing", "buyer.electronicAddress");
        else if (!isValidElectronicAddress(theirs, d.buyer.isFrench() ? d.buyer.siren : std::string()) ||
                 (d.buyer.isFrench() && theirs.scheme != "0225"))  // BR-FR-21: 0225 + SIREN for B2B
            error("einvoice.buyerAddressInvalid", "buyer.electronicAddress");
    }
    if (d.currency.code != "EUR" && (!d.exchangeRate || d.exchangeRate->perEuro.scaled <= 0))
        error("einvoice.exchangeRate", "exchangeRate");
    for (size_t i = 0; i < d.lines.size(); ++i)
        if (d.lines[i].unitPrice.scaled == 0) error("einvoice.linePriceZero", "lines[" + std::to_string(i) + "].unitPrice");
    return issues;
}

}  // namespace facturier
