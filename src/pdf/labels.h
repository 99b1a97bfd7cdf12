// The words printed on a PDF, in French and English: labels, the "key: value" punctuation of each
// language, VAT treatments and units by name (never a raw code), and the references a document's links
// make (corrected invoice, deducted deposits, the invoice a penalty invoice is for).
#pragma once

#include <cstdint>
#include <string>

#include "core/date.h"
#include "core/document.h"

namespace facturier::pdf {

struct Labels {
    bool fr = true;
    std::string title(DocumentType t) const;
    // "Échéance : 07/02/2026" (no-break space before the colon) / "Due date: 7 Feb 2026".
    std::string keyValue(const std::string& key, const std::string& value) const;
    std::string date(Date d) const { return formatDate(d, fr); }
    const char* number() const { return fr ? "N°" : "No."; }
    const char* draft() const { return fr ? "Brouillon" : "Draft"; }
    const char* issueDate() const { return fr ? "Date d'émission" : "Issue date"; }
    // The date of the sale: of the delivery for goods, of the service, or both.
    const char* deliveryDate(OperationNature n) const;
    const char* servicePeriod() const { return fr ? "Période de prestation" : "Service period"; }
    const char* dueDate() const { return fr ? "Échéance" : "Due date"; }
    std::string validUntil(Date d) const { return (fr ? "Valable jusqu'au " : "Valid until ") + date(d); }
    const char* billTo() const { return fr ? "Facturé à" : "Bill to"; }
    const char* quoteTo() const { return fr ? "Client" : "Customer"; }
    const char* deliverTo() const { return fr ? "Adresse de livraison" : "Delivery address"; }
    const char* description() const { return fr ? "Désignation" : "Description"; }
    const char* quantity() const { return fr ? "Qté" : "Qty"; }
    const char* unit() const { return fr ? "Unité" : "Unit"; }
    const char* unitPrice() const { return fr ? "PU HT" : "Unit price"; }
    const char* vat() const { return fr ? "TVA" : "VAT"; }
    const char* vatRate() const { return fr ? "Taux de TVA" : "VAT rate"; }
    const char* lineTotal() const { return fr ? "Total HT" : "Net amount"; }
    const char* discount() const { return fr ? "Remise" : "Discount"; }
    const char* totalNet() const { return fr ? "Total HT" : "Total excl. VAT"; }
    const char* totalVat() const { return fr ? "Total TVA" : "Total VAT"; }
    const char* totalGross() const { return fr ? "Total TTC" : "Total incl. VAT"; }
    const char* prepaid() const { return fr ? "Acomptes versés" : "Deposits paid"; }
    const char* amountDue() const { return fr ? "Net à payer" : "Amount due"; }
    const char* vatInEuros() const { return fr ? "TVA en euros" : "VAT in euros"; }
    const char* exchangeRate() const { return fr ? "Taux de change" : "Exchange rate"; }
    const char* paidOn() const { return fr ? "Facture acquittée le" : "Paid on"; }
    const char* vatBase() const { return fr ? "Base HT" : "Taxable base"; }
    const char* allowance() const { return fr ? "Remise" : "Allowance"; }
    const char* charge() const { return fr ? "Frais" : "Charge"; }
    const char* payment() const { return fr ? "Paiement par virement" : "Payment by bank transfer"; }
    const char* paymentReference() const { return fr ? "Référence à indiquer" : "Payment reference"; }
    const char* purchaseOrder() const { return fr ? "Votre commande" : "Your order"; }
    const char* page() const { return "Page"; }
    const char* vatNumber() const { return fr ? "N° TVA" : "VAT no."; }
    const char* siren() const { return "SIREN"; }
    const char* scanToPay() const { return fr ? "Scanner pour payer" : "Scan to pay"; }
    // A VAT treatment by name: "20 %" for a rate, "Autoliquidation" / "Reverse charge" … for the
    // others; `brief` for the narrow column of the lines table.
    std::string vatTreatment(VatCategory category, Decimal rate, bool brief) const;
    // The unit after a quantity: "3 jours" / "3 days", "1 pièce" / "1 piece"; an unknown code as is.
    std::string unitName(const std::string& code, Decimal quantity) const;
    // References made by links (amount already formatted in the document's currency).
    std::string corrects(const std::string& number, Date issued) const;
    std::string depositDeducted(const std::string& number, Date issued, const std::string& amount) const;
    std::string penaltyFor(const std::string& number, Date issued) const;
};

}  // namespace facturier::pdf
