// Names and codes of document types, statuses and payment methods.
#include "core/document.h"

namespace facturier {

int typeCode(DocumentType t) {
    switch (t) {
        case DocumentType::CreditNote: return 381;
        case DocumentType::DepositInvoice: return 386;
        case DocumentType::Quote:
        case DocumentType::Invoice:
        case DocumentType::FinalInvoice: return 380;
    }
    return 380;
}

namespace {
struct TypeName { DocumentType t; const char* key; };
const TypeName kTypes[] = {{DocumentType::Quote, "quote"}, {DocumentType::Invoice, "invoice"},
                           {DocumentType::CreditNote, "creditNote"}, {DocumentType::DepositInvoice, "depositInvoice"},
                           {DocumentType::FinalInvoice, "finalInvoice"}};
struct StatusName { Status s; const char* key; };
const StatusName kStatuses[] = {{Status::Draft, "draft"}, {Status::Issued, "issued"}, {Status::Sent, "sent"},
                                {Status::PartlyPaid, "partlyPaid"}, {Status::Paid, "paid"},
                                {Status::Cancelled, "cancelled"}, {Status::Accepted, "accepted"},
                                {Status::Refused, "refused"}, {Status::Invoiced, "invoiced"}};
struct MethodName { PaymentMethod m; const char* key; };
const MethodName kMethods[] = {{PaymentMethod::Transfer, "transfer"}, {PaymentMethod::Card, "card"},
                               {PaymentMethod::Cheque, "cheque"}, {PaymentMethod::Cash, "cash"},
                               {PaymentMethod::DirectDebit, "directDebit"}, {PaymentMethod::Other, "other"}};
}  // namespace

const char* typeKey(DocumentType t) {
    for (const auto& n : kTypes) if (n.t == t) return n.key;
    return "invoice";
}
std::optional<DocumentType> typeFromKey(const std::string& key) {
    for (const auto& n : kTypes) if (key == n.key) return n.t;
    return std::nullopt;
}
bool isInvoiceLike(DocumentType t) { return t != DocumentType::Quote; }

const char* statusKey(Status s) {
    for (const auto& n : kStatuses) if (n.s == s) return n.key;
    return "draft";
}
std::optional<Status> statusFromKey(const std::string& key) {
    for (const auto& n : kStatuses) if (key == n.key) return n.s;
    return std::nullopt;
}

const char* methodKey(PaymentMethod m) {
    for (const auto& n : kMethods) if (n.m == m) return n.key;
    return "other";
}
std::optional<PaymentMethod> methodFromKey(const std::string& key) {
    for (const auto& n : kMethods) if (key == n.key) return n.m;
    return std::nullopt;
}

}  // namespace facturier
