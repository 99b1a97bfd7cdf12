// A user's whole workspace (seller profile, clients, catalogue, documents, series, journal) and the
// lifecycle operations on it: issue, send, pay, credit, convert, duplicate. Issued documents are
// immutable: every mutation of one is refused with "lifecycle.immutable".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/document_list.h"
#include "core/journal.h"
#include "core/numbering.h"
#include "core/recurring.h"
#include "core/reminders.h"
#include "core/totals.h"
#include "core/validation.h"

namespace facturier {

constexpr int kSchemaVersion = 1;

struct CatalogueItem {
    std::string id;
    std::string name;
    std::string description;
    std::string unitCode = "C62";
    Decimal unitPrice;
    VatCategory vatCategory = VatCategory::Standard;
    Decimal vatRate = Decimal::fromInt(20);
    bool operator==(const CatalogueItem&) const = default;
};

struct Settings {
    std::string documentLanguage = "fr";
    std::string interfaceLanguage = "fr";
    PaymentTerms defaultTerms;
    int quoteValidityDays = 30;
    std::string currency = "EUR";
    DunningSettings dunning;
    bool operator==(const Settings&) const = default;
};

struct Workspace {
    Seller seller;
    Settings settings;
    std::vector<Client> clients;
    std::vector<CatalogueItem> catalogue;
    std::vector<RecurringTemplate> recurring;
    DocumentList documents;       // copy-on-write: copies of the workspace share unchanged documents
    std::vector<Series> series;   // "invoice" (also deposits and finals), "credit", "quote"
    Journal journal;
    long long nextId = 1;

    static Workspace withDefaultSeries();
    Document* findDocument(const std::string& id);
    const Document* findDocument(const std::string& id) const;
    Client* findClient(const std::string& id);
    const Client* findClient(const std::string& id) const;
    Series* findSeries(const std::string& id);
    std::string newId(const char* prefix);
};

// Outcome of an operation: ok, or a message key (+ detail) saying why nothing changed.
struct OpResult {
    bool ok = true;
    std::string errorKey;
    std::string detail;
    std::string id;  // id of the document or payment created
    std::vector<ValidationIssue> issues;
    static OpResult fail(std::string key, std::string detail = {}) { return OpResult{false, std::move(key), std::move(detail), {}, {}}; }
    static OpResult success(std::string id = {}) { return OpResult{true, {}, {}, std::move(id), {}}; }
};

// [SECTION] Drafts
// A new draft of `type` for `clientId`, with the seller's defaults (terms, language, VAT of the regime).
Document newDraft(Workspace& ws, DocumentType type, const std::string& clientId, Date today);
OpResult addDraft(Workspace& ws, Document draft);
OpResult updateDraft(Workspace& ws, const Document& edited);   // refused unless the stored one is a draft
OpResult deleteDraft(Workspace& ws, const std::string& id);    // refused unless draft

// [SECTION] Issuing and after
// Validates against the current seller profile, freezes seller and buyer, gives the next number of
// the series, sets the due date, appends to the journal. Nothing changes when it fails.
OpResult issueDocument(Workspace& ws, const std::string& id, Date issueDate);
std::string seriesIdFor(DocumentType t);
OpResult markSent(Workspace& ws, const std::string& id);
OpResult recordPayment(Workspace& ws, const std::string& id, Payment p);
OpResult setQuoteDecision(Workspace& ws, const std::string& id, bool accepted);

// [SECTION] Derived documents (each returns the new draft's id)
// A credit note for the whole remaining amount of an invoice, or for `amount` (minor units, incl. VAT)
// when given: a single line per VAT group scaled to that amount.
OpResult createCreditNote(Workspace& ws, const std::string& invoiceId, std::optional<std::int64_t> amount, Date today);
// Whether lines in the invoice's VAT groups can total exactly `amount` (VAT is rounded per rate, so at
// 20 % no basis gives 100.05), and otherwise the nearest totals that can, below and above (within what
// remains creditable). createCreditNote refuses an amount that is not exact with
// "lifecycle.creditAmountNotExact"; the whole remaining amount is always exact.
struct AmountFit {
    bool exact = false;
    std::optional<std::int64_t> below, above;  // minor units incl. VAT
};
AmountFit creditAmountFit(const Workspace& ws, const std::string& invoiceId, std::int64_t amount);
OpResult convertQuoteToInvoice(Workspace& ws, const std::string& quoteId, Date today);
// A deposit of `percent` of the quote (per VAT group), or of `amount` incl. VAT spread over the groups.
OpResult createDepositInvoice(Workspace& ws, const std::string& quoteId, std::optional<Decimal> percent,
                              std::optional<std::int64_t> amount, Date today);
OpResult duplicateDocument(Workspace& ws, const std::string& id, Date today);

// [SECTION] Derived figures
std::int64_t paidAmount(const Document& d);
std::int64_t creditedAmount(const Workspace& ws, const Document& invoice);   // issued credit notes against it
std::int64_t creditableRemaining(const Workspace& ws, const Document& invoice);
std::int64_t balanceDue(const Workspace& ws, const Document& d);             // due − paid − credited
// What the client owes in the workspace currency (documents in other currencies are not added in).
std::int64_t clientBalance(const Workspace& ws, const std::string& clientId);

// Every document's grand total and balance due, in the order of ws.documents, from one pass over
// the credit notes: lists and dashboards use it instead of calling balanceDue() (which scans every
// document to find the credit notes of one) once per document.
struct DocumentFigures {
    std::int64_t taxBasis = 0;  // BT-109
    std::int64_t total = 0;     // BT-112
    std::int64_t due = 0;       // BT-115: total less what deposits prepaid
    std::int64_t credited = 0;  // issued credit notes against it
    std::int64_t balance = 0;   // due − paid − credited (invoice-like documents once issued; 0 otherwise)
};
std::vector<DocumentFigures> documentFigures(const Workspace& ws);
bool isOverdue(const Document& d, std::int64_t balance, Date today);
bool isOverdue(const Workspace& ws, const Document& d, Date today);
bool isQuoteExpired(const Document& d, Date today);
bool isIssued(const Document& d);
// A stable text of what was issued, hashed into the journal.
std::string documentFingerprint(const Document& d);

// Everything that does not hold together: a broken journal chain, an issued document whose content
// no longer matches the hash journaled when it was issued (edited afterwards), an issued document or
// payment with no journal entry (an entry removed, even the last one), a journaled document that is
// gone, and numbers used twice or missing in a series (numberingProblems). Empty when all is well.
struct IntegrityIssue {
    std::string key;                // translation key: "integrity.changedAfterIssue", "numbering.duplicate" …
    std::vector<std::string> args;  // its arguments in order (numbers, counts), for the key's "%s"
    std::string text;               // the same in English (CLI, logs)
};
std::vector<IntegrityIssue> integrityIssues(const Workspace& ws);
// The texts of integrityIssues().
std::vector<std::string> integrityProblems(const Workspace& ws);
// The numbering part alone, from the issued documents (cheap enough for every change).
std::vector<NumberingProblem> numberingProblems(const Workspace& ws);

}  // namespace facturier
