// Legal completeness of a document before it is issued: every missing or wrong mandatory mention
// (CGI annexe II art. 242 nonies A, Code de commerce L441-9, EN 16931 business rules) as a message key
// and the path of the field to fix.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"

namespace facturier {

enum class Severity { Error, Warning };

struct ValidationIssue {
    std::string key;    // translation key, e.g. "legal.sellerSiren"
    std::string path;   // field path, e.g. "seller.siren", "lines[2].vatRate"
    Severity severity = Severity::Error;
    std::string detail{};  // what the message names, e.g. the characters a PDF cannot print ("😀 (U+1F600)")
};

// Checks `doc` as it would be issued by `seller` (the profile a draft would freeze). A document with
// at least one Error cannot be issued. A text field holding a character the PDF cannot draw (an emoji,
// CJK… see core/printable.h) is an error "legal.unprintable" on that field, naming the characters.
std::vector<ValidationIssue> validate(const Document& doc, const Seller& seller);
bool hasErrors(const std::vector<ValidationIssue>& issues);
// Field problems of a client record (the form, the CSV import), paths relative to the client
// (unprintable characters included: its documents would print them).
std::vector<ValidationIssue> validateClient(const Client& c);

// False for a quote and a credit note: a credit note owes nothing, so it prints no due date and none
// of the late-payment mentions (its XML keeps the PMD/PMT/AAB notes BR-FR asks of every invoice).
bool asksForPayment(const Document& d);

// The mentions a document prints, in its language, decided by the core so the PDF and the screen agree.
struct LegalMentions {
    std::vector<std::string> vatExemptions;   // verbatim texts, one per exempt category used
    std::string penalties;                    // B2B late-payment penalty sentence
    std::string recoveryIndemnity;            // « Indemnité forfaitaire pour frais de recouvrement : 40 € »
    std::string earlyPayment;                 // escompte conditions or « Pas d'escompte… »
    std::string vatOnDebits;                  // « Option pour le paiement de la taxe d'après les débits »
    std::string sellerIdentity;               // "SAS au capital de 10 000 € — RCS Lyon — SIRET …"
};
LegalMentions legalMentions(const Document& doc);

}  // namespace facturier
