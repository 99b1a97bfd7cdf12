// PDF wording per language.
#include "pdf/labels.h"

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

std::string Labels::unitName(const std::string& code) const {
    struct U { const char* code; const char* fr; const char* en; };
    static const U units[] = {{"C62", "u.", "pc"}, {"HUR", "h", "h"}, {"DAY", "j", "day"}, {"MON", "mois", "month"},
                              {"KGM", "kg", "kg"}, {"MTR", "m", "m"}, {"LTR", "l", "l"}, {"MTK", "m²", "m²"},
                              {"WEE", "sem.", "week"}, {"ANN", "an", "year"}, {"MIN", "min", "min"}, {"SET", "lot", "set"}};
    for (const auto& u : units) if (code == u.code) return fr ? u.fr : u.en;
    return code;
}

}  // namespace facturier::pdf
