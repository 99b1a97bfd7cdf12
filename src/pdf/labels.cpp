// PDF wording per language.
#include "pdf/labels.h"

#include "core/units.h"

namespace facturier::pdf {

std::string Labels::title(DocumentType t) const {
    switch (t) {
        case DocumentType::Quote: return fr ? "Devis" : "Quote";
        case DocumentType::Invoice: return fr ? "Facture" : "Invoice";
        case DocumentType::CreditNote: return fr ? "Avoir" : "Credit note";
        case DocumentType::DepositInvoice: return fr ? "Facture d'acompte" : "Deposit invoice";
        case DocumentType::FinalInvoice: return fr ? "Facture de solde" : "Final invoice";
    }
    return "";
}

std::string Labels::keyValue(const std::string& key, const std::string& value) const {
    return key + (fr ? "\xC2\xA0: " : ": ") + value;
}

const char* Labels::deliveryDate(OperationNature n) const {
    switch (n) {
        case OperationNature::Goods: return fr ? "Date de livraison" : "Delivery date";
        case OperationNature::Services: return fr ? "Date de la prestation" : "Service date";
        case OperationNature::Both: break;
    }
    return fr ? "Date de livraison / de prestation" : "Delivery / service date";
}

std::string Labels::vatTreatment(VatCategory category, Decimal rate, bool brief) const {
    Locale loc = fr ? Locale::Fr : Locale::En;
    switch (category) {
        case VatCategory::Standard: return formatPercent(rate, loc);
        case VatCategory::ZeroRated: return brief ? formatPercent(Decimal{}, loc) : (fr ? "Taux zéro" : "Zero rated");
        case VatCategory::Exempt: return fr ? "Exonéré" : "Exempt";
        case VatCategory::ReverseCharge: return brief ? (fr ? "Autoliq." : "Rev. charge") : (fr ? "Autoliquidation" : "Reverse charge");
        case VatCategory::IntraEu: return brief ? (fr ? "Intracom." : "Intra-EU") : (fr ? "Livraison intracom." : "Intra-EU supply");
        case VatCategory::Export: return fr ? "Export" : "Export";
        case VatCategory::OutsideScope: return brief ? (fr ? "Hors champ" : "Out of scope") : (fr ? "Hors champ TVA" : "Out of scope");
    }
    return std::string(categoryCode(category));
}

std::string Labels::unitName(const std::string& code, Decimal quantity) const { return unitLabel(code, quantity, fr); }

std::string Labels::corrects(const std::string& number, Date issued) const {
    return fr ? "Avoir relatif à la facture " + number + " du " + date(issued)
              : "Credit note for invoice " + number + " dated " + date(issued);
}

std::string Labels::depositDeducted(const std::string& number, Date issued, const std::string& amount) const {
    return fr ? keyValue("Acompte déduit", "facture d'acompte " + number + " du " + date(issued) + ", " + amount + " TTC")
              : keyValue("Deposit deducted", "deposit invoice " + number + " dated " + date(issued) + ", " + amount + " incl. VAT");
}

std::string Labels::penaltyFor(const std::string& number, Date issued) const {
    return fr ? "Pénalités de retard et indemnité de recouvrement dues sur la facture " + number + " du " + date(issued)
              : "Late-payment interest and recovery charge due on invoice " + number + " dated " + date(issued);
}

}  // namespace facturier::pdf
