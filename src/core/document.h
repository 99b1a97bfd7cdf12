// The documents a user makes: quotes, invoices, credit notes, deposit and final invoices, with their
// parties (frozen at issue), lines, adjustments, dates, terms and payments.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/tax.h"

namespace facturier {

// [SECTION] Parties
struct Address {
    std::string line1, line2, postcode, city;
    std::string country = "FR";  // ISO 3166-1 alpha-2
    bool isEmpty() const { return line1.empty() && line2.empty() && postcode.empty() && city.empty(); }
    bool operator==(const Address&) const = default;
};

// An electronic invoicing address (BT-34 seller, BT-49 buyer): an EAS scheme of the CEF code list and
// the identifier in it. French businesses use 0225 (SIREN-based address of the directory, the SIREN
// then an optional suffix their platform gives); others EM (e-mail), 0088 (GLN), 9957 (French VAT)…
// Empty = derived (see core/einvoicing.h).
struct ElectronicAddress {
    std::string scheme;  // EAS code, e.g. "0225", "EM", "0088"
    std::string id;      // e.g. "732829320", "732829320_FACTURES", "compta@example.org"
    bool empty() const { return id.empty(); }
    bool operator==(const ElectronicAddress&) const = default;
};

enum class LegalForm { Individual /* EI, micro-entrepreneur */, Company /* SARL, SAS, … */ };

struct Seller {
    std::string name;              // trade or legal name
    LegalForm legalForm = LegalForm::Individual;
    std::string legalFormName;     // "SAS", "SARL", "EI", …
    std::string capital;           // share capital as printed, e.g. "10 000 €" (companies)
    std::string rcs;               // "RCS Lyon" / "RM 69" (companies, craftsmen)
    std::string siren, siret;      // 9 and 14 digits
    std::string vatNumber;         // FR + key + SIREN
    VatRegime vatRegime = VatRegime::Registered;
    bool vatOnDebits = false;      // « Option pour le paiement de la taxe d'après les débits »
    Address address;
    std::string email, phone;
    std::string iban, bic;
    std::string logoMime;          // "image/png" or "image/jpeg"; empty = no logo
    std::string logoBase64;
    ElectronicAddress electronicAddress;  // BT-34; empty: 0225 + SIREN
    bool operator==(const Seller&) const = default;
};

enum class ClientKind { Business, Consumer };

struct Client {
    std::string id;
    ClientKind kind = ClientKind::Business;
    std::string name;
    std::string siren;             // French businesses: required on invoices (reform)
    std::string vatNumber;         // intra-EU B2B, reverse charge
    Address address;
    std::string email;
    std::string language = "fr";   // document language for this client
    int paymentTermDays = 30;
    ElectronicAddress electronicAddress;  // BT-49; empty: derived (0225 + SIREN, else e-mail)
    bool isFrench() const { return address.country == "FR"; }
    bool operator==(const Client&) const = default;
};

// [SECTION] Lines and adjustments
enum class DiscountKind { None, Percent, Amount };

struct Line {
    std::string description;
    std::string itemReference;     // optional seller item id (BT-155)
    Decimal quantity = Decimal::fromInt(1);
    std::string unitCode = "C62";  // UN/ECE rec. 20: C62 unit, HUR hour, DAY day, KGM kg, …
    Decimal unitPrice;             // net unit price excl. VAT, up to 4 decimals
    DiscountKind discountKind = DiscountKind::None;
    Decimal discountPercent;       // when Percent
    std::int64_t discountAmount = 0;  // minor units, when Amount
    VatCategory vatCategory = VatCategory::Standard;
    Decimal vatRate = Decimal::fromInt(20);  // percent; 0 for non-S categories
    bool operator==(const Line&) const = default;
};

// A document-level allowance (discount) or charge. A percentage applies to each VAT group of the
// lines; a fixed amount carries its own VAT category and rate.
struct Adjustment {
    bool isCharge = false;
    std::string reason;
    bool isPercent = true;
    Decimal percent;
    std::int64_t amount = 0;  // minor units, when !isPercent
    VatCategory vatCategory = VatCategory::Standard;
    Decimal vatRate = Decimal::fromInt(20);
    bool operator==(const Adjustment&) const = default;
};

// The VAT a credit note "for the rest" carries for one VAT group: what the corrected invoice still holds
// (its BT-117 less the BT-117 of the credit notes already issued against it), so that the invoice is
// credited to the cent. It replaces basis × rate only while the group's basis is still `basis` (an
// edited line drops it); BR-CO-17 lets BT-117 differ from basis × rate by up to one currency unit.
struct CarriedVat {
    VatCategory category = VatCategory::Standard;
    Decimal rate;
    std::int64_t basis = 0;  // BT-116 the VAT was carried for, minor units
    std::int64_t vat = 0;    // BT-117, minor units
    bool operator==(const CarriedVat&) const = default;
};

// [SECTION] Documents
enum class DocumentType { Quote, Invoice, CreditNote, DepositInvoice, FinalInvoice };

// BT-3 type code: 380, 381, 386 (quotes have no e-invoice type; the final invoice is a 380).
int typeCode(DocumentType t);
const char* typeKey(DocumentType t);  // "quote", "invoice", "creditNote", "depositInvoice", "finalInvoice"
std::optional<DocumentType> typeFromKey(const std::string& key);
bool isInvoiceLike(DocumentType t);   // everything but a quote

enum class Status { Draft, Issued, Sent, PartlyPaid, Paid, Cancelled, Accepted, Refused, Invoiced };
const char* statusKey(Status s);
std::optional<Status> statusFromKey(const std::string& key);

enum class PaymentMethod { Transfer, Card, Cheque, Cash, DirectDebit, Other };
const char* methodKey(PaymentMethod m);
std::optional<PaymentMethod> methodFromKey(const std::string& key);

struct Payment {
    std::string id;
    Date date;
    std::int64_t amount = 0;  // minor units
    PaymentMethod method = PaymentMethod::Transfer;
    std::string reference;
    bool asCredit = false;    // an overpayment recorded explicitly as a credit to the client
    bool operator==(const Payment&) const = default;
};

struct PaymentTerms {
    int days = 30;                 // due date = issue + days (≤ 60, FR)
    bool endOfMonth = false;       // 45 days end of month style
    Decimal penaltyRate = Decimal::fromScaled(121500);  // % per year (ECB rate + 10 points by default)
    bool earlyPaymentDiscount = false;
    std::string earlyPaymentText;  // conditions when there is a discount
    bool operator==(const PaymentTerms&) const = default;
};

enum class OperationNature { Services, Goods, Both };

// The exchange rate of a document not in euros (CGI ann. II art. 242 nonies A: the VAT is also stated
// in euros): units of the document's currency for one euro, as the ECB publishes them (1 EUR = 1.0823
// USD), with the date and the source the user took it from.
struct ExchangeRate {
    Decimal perEuro;       // e.g. 1.0823 (USD), 161.23 (JPY); > 0
    Date date;
    std::string source;    // "BCE", "Banque de France", …
    bool operator==(const ExchangeRate&) const = default;
};

struct Reminder {
    Date date;
    int level = 1;      // 1 friendly, 2 firm, 3 formal notice
    std::string note;
    bool operator==(const Reminder&) const = default;
};

struct Document {
    std::string id;                 // stable internal id
    DocumentType type = DocumentType::Invoice;
    Status status = Status::Draft;
    std::string number;             // empty until issued
    std::string seriesId;
    std::string language = "fr";
    Currency currency = euro();

    std::string clientId;
    Seller seller;                  // frozen snapshot at issue (current profile while draft)
    Client buyer;                   // frozen snapshot at issue
    std::optional<Address> deliveryAddress;
    OperationNature nature = OperationNature::Services;

    Date issueDate;
    std::optional<Date> deliveryDate;   // or end of the service period
    std::optional<Date> periodStart;
    std::optional<Date> dueDate;        // computed from terms at issue when absent
    std::optional<Date> validUntil;     // quotes
    PaymentTerms terms;
    std::optional<ExchangeRate> exchangeRate;  // documents not in euros
    bool paidAtIssue = false;       // already paid when issued (cash, card at the counter): BT-23 x2

    std::vector<Line> lines;
    std::vector<Adjustment> adjustments;
    std::vector<CarriedVat> carriedVat;     // credit note for the rest of an invoice (see CarriedVat)
    std::string notes;
    std::string purchaseOrder;      // BT-13

    // Links between documents
    std::string correctsId;                 // credit note → invoice
    std::string quoteId;                    // invoice / deposit / final → quote
    std::vector<std::string> depositIds;    // final invoice → deposit invoices deducted
    std::int64_t prepaid = 0;               // minor units deducted as already paid (deposits)
    std::string penaltyForId;               // penalty invoice → the late invoice it charges for
    std::string recurringId;                // made from this recurring template …
    int occurrence = -1;                    // … as its occurrence number (0, 1, …); -1 otherwise

    std::vector<Payment> payments;
    std::vector<Reminder> reminders;
    std::int64_t createdAt = 0;             // ms since epoch, for ordering drafts
    bool operator==(const Document&) const = default;
};

}  // namespace facturier
