// The words printed on a PDF, in French and English.
#pragma once

#include <string>

#include "core/document.h"

namespace facturier::pdf {

struct Labels {
    bool fr = true;
    std::string title(DocumentType t) const;
    const char* number() const { return fr ? "N°" : "No."; }
    const char* issueDate() const { return fr ? "Date d'émission" : "Issue date"; }
    const char* deliveryDate() const { return fr ? "Date de livraison / fin de prestation" : "Delivery / service date"; }
    const char* dueDate() const { return fr ? "Échéance" : "Due date"; }
    const char* validUntil() const { return fr ? "Valable jusqu'au" : "Valid until"; }
    const char* billTo() const { return fr ? "Facturé à" : "Bill to"; }
    const char* quoteTo() const { return fr ? "Client" : "Customer"; }
    const char* deliverTo() const { return fr ? "Adresse de livraison" : "Delivery address"; }
    const char* description() const { return fr ? "Désignation" : "Description"; }
    const char* quantity() const { return fr ? "Qté" : "Qty"; }
    const char* unit() const { return fr ? "Unité" : "Unit"; }
    const char* unitPrice() const { return fr ? "PU HT" : "Unit price"; }
    const char* vat() const { return fr ? "TVA" : "VAT"; }
    const char* lineTotal() const { return fr ? "Total HT" : "Net amount"; }
    const char* discount() const { return fr ? "Remise" : "Discount"; }
    const char* totalNet() const { return fr ? "Total HT" : "Total excl. VAT"; }
    const char* totalVat() const { return fr ? "Total TVA" : "Total VAT"; }
    const char* totalGross() const { return fr ? "Total TTC" : "Total incl. VAT"; }
    const char* prepaid() const { return fr ? "Acomptes versés" : "Deposits paid"; }
    const char* amountDue() const { return fr ? "Net à payer" : "Amount due"; }
    const char* vatBase() const { return fr ? "Base HT" : "Taxable base"; }
    const char* allowance() const { return fr ? "Remise" : "Allowance"; }
    const char* charge() const { return fr ? "Frais" : "Charge"; }
    const char* payment() const { return fr ? "Paiement par virement" : "Payment by bank transfer"; }
    const char* purchaseOrder() const { return fr ? "Votre commande" : "Your order"; }
    const char* corrects() const { return fr ? "Avoir sur la facture" : "Credit note for invoice"; }
    const char* page() const { return "Page"; }
    const char* vatNumber() const { return fr ? "N° TVA" : "VAT no."; }
    const char* siren() const { return "SIREN"; }
    const char* scanToPay() const { return fr ? "Scanner pour payer" : "Scan to pay"; }
    std::string unitName(const std::string& code) const;
};

}  // namespace facturier::pdf
