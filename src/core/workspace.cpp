// Lifecycle of documents: drafts, issuing with gapless numbers, payments, credit notes, conversions.
// Every operation checks everything first and changes the workspace only when it succeeds.
#include "core/workspace.h"

#include <algorithm>
#include <map>

#include "core/sha256.h"

namespace facturier {

// [SECTION] Workspace lookups
Workspace Workspace::withDefaultSeries() {
    Workspace ws;
    ws.series = {Series{"invoice", "F-{YYYY}-{SEQ:4}", true, 0, 0, std::nullopt},
                 Series{"credit", "AV-{YYYY}-{SEQ:4}", true, 0, 0, std::nullopt},
                 Series{"quote", "D-{YYYY}-{SEQ:4}", true, 0, 0, std::nullopt}};
    return ws;
}

Document* Workspace::findDocument(const std::string& id) {
    for (std::size_t i = 0; i < documents.size(); ++i)
        if (documents[i].id == id) return &documents.mutableAt(i);
    return nullptr;
}
const Document* Workspace::findDocument(const std::string& id) const {
    for (const auto& d : documents) if (d.id == id) return &d;
    return nullptr;
}
Client* Workspace::findClient(const std::string& id) {
    for (auto& c : clients) if (c.id == id) return &c;
    return nullptr;
}
const Client* Workspace::findClient(const std::string& id) const {
    for (const auto& c : clients) if (c.id == id) return &c;
    return nullptr;
}
Series* Workspace::findSeries(const std::string& id) {
    for (auto& s : series) if (s.id == id) return &s;
    return nullptr;
}
std::string Workspace::newId(const char* prefix) { return std::string(prefix) + "-" + std::to_string(nextId++); }

bool isIssued(const Document& d) { return d.status != Status::Draft; }

std::string seriesIdFor(DocumentType t) {
    switch (t) {
        case DocumentType::Quote: return "quote";
        case DocumentType::CreditNote: return "credit";
        default: return "invoice";  // deposit and final invoices share the invoice series
    }
}

// [SECTION] Drafts
Document newDraft(Workspace& ws, DocumentType type, const std::string& clientId, Date today) {
    Document d;
    d.id = ws.newId("doc");
    d.type = type;
    d.seriesId = seriesIdFor(type);
    d.seller = ws.seller;
    d.clientId = clientId;
    if (const Client* c = ws.findClient(clientId)) {
        d.buyer = *c;
        d.language = c->language;
        d.terms = ws.settings.defaultTerms;
        d.terms.days = c->paymentTermDays;
    } else {
        d.language = ws.settings.documentLanguage;
        d.terms = ws.settings.defaultTerms;
    }
    if (auto cur = currencyByCode(ws.settings.currency)) d.currency = *cur;
    d.issueDate = today;
    if (type == DocumentType::Quote) d.validUntil = today.addDays(ws.settings.quoteValidityDays);
    else d.deliveryDate = today;
    return d;
}

OpResult addDraft(Workspace& ws, Document draft) {
    if (draft.id.empty()) draft.id = ws.newId("doc");
    if (ws.findDocument(draft.id)) return OpResult::fail("lifecycle.duplicateId", draft.id);
    draft.status = Status::Draft;
    draft.number.clear();
    draft.payments.clear();
    std::string id = draft.id;
    ws.documents.push_back(std::move(draft));
    return OpResult::success(id);
}

OpResult updateDraft(Workspace& ws, const Document& edited) {
    Document* d = ws.findDocument(edited.id);
    if (!d) return OpResult::fail("lifecycle.unknownDocument", edited.id);
    if (isIssued(*d)) return OpResult::fail("lifecycle.immutable", d->number);
    if (edited.status != Status::Draft || !edited.number.empty() || edited.type != d->type)
        return OpResult::fail("lifecycle.draftOnlyFields", edited.id);
    *d = edited;
    return OpResult::success(d->id);
}

OpResult deleteDraft(Workspace& ws, const std::string& id) {
    auto it = std::find_if(ws.documents.begin(), ws.documents.end(), [&](const Document& d) { return d.id == id; });
    if (it == ws.documents.end()) return OpResult::fail("lifecycle.unknownDocument", id);
    if (isIssued(*it)) return OpResult::fail("lifecycle.immutable", it->number);
    ws.documents.erase(it);
    return OpResult::success(id);
}

// [SECTION] Issuing
std::string documentFingerprint(const Document& d) {
    Totals t = computeTotals(d);
    std::string s = std::string(typeKey(d.type)) + "|" + d.number + "|" + d.issueDate.iso() + "|" + d.currency.code +
                    "|" + d.seller.name + "|" + d.seller.siren + "|" + d.buyer.name + "|" + d.buyer.siren + "|";
    for (const auto& l : d.lines)
        s += l.description + "|" + l.quantity.toPlainString() + "|" + l.unitPrice.toPlainString() + "|" +
             std::string(categoryCode(l.vatCategory)) + l.vatRate.toPlainString() + "|";
    s += std::to_string(t.taxBasis) + "|" + std::to_string(t.vatTotal) + "|" + std::to_string(t.grandTotal) + "|" +
         std::to_string(t.prepaid);
    return s;
}

namespace {
void journalEvent(Workspace& ws, const char* kind, const Document& d, Date date, std::int64_t amount) {
    JournalEntry e;
    e.kind = kind;
    e.documentId = d.id;
    e.number = d.number;
    e.date = date.iso();
    e.amount = amount;
    e.currency = d.currency.code;
    e.contentHash = sha256Hex(documentFingerprint(d));
    ws.journal.append(std::move(e));
}
}  // namespace

OpResult issueDocument(Workspace& ws, const std::string& id, Date issueDate) {
    Document* stored = ws.findDocument(id);
    if (!stored) return OpResult::fail("lifecycle.unknownDocument", id);
    if (isIssued(*stored)) return OpResult::fail("lifecycle.alreadyIssued", stored->number);

    Document d = *stored;  // work on a copy: nothing changes unless everything succeeds
    d.issueDate = issueDate;
    d.seller = ws.seller;
    if (const Client* c = ws.findClient(d.clientId)) d.buyer = *c;
    if (d.type == DocumentType::FinalInvoice) {
        std::int64_t prepaid = 0;
        for (const auto& depId : d.depositIds)
            if (const Document* dep = ws.findDocument(depId); dep && isIssued(*dep)) prepaid += computeTotals(*dep).grandTotal;
        d.prepaid = prepaid;
    }
    OpResult r;
    r.issues = validate(d, ws.seller);
    if (hasErrors(r.issues)) { r.ok = false; r.errorKey = "lifecycle.invalid"; return r; }

    if (d.type == DocumentType::CreditNote) {
        const Document* inv = ws.findDocument(d.correctsId);
        if (!inv || !isIssued(*inv) || !isInvoiceLike(inv->type) || inv->type == DocumentType::CreditNote)
            return OpResult::fail("lifecycle.creditNoteTarget", d.correctsId);
        if (computeTotals(d).grandTotal > creditableRemaining(ws, *inv))
            return OpResult::fail("lifecycle.creditExceedsInvoice", inv->number);
        if (d.currency.code != inv->currency.code) return OpResult::fail("lifecycle.currencyMismatch", inv->number);
    }
    Series* series = ws.findSeries(d.seriesId.empty() ? seriesIdFor(d.type) : d.seriesId);
    if (!series) return OpResult::fail("numbering.unknownSeries", d.seriesId);
    NextNumber next = peekNextNumber(*series, issueDate);
    if (!next.allocation) return OpResult::fail(next.errorKey, series->lastIssueDate ? series->lastIssueDate->iso() : "");

    // Two series with one pattern would give a number twice: refused, never issued (numbering integrity).
    for (const auto& other : ws.documents)
        if (isIssued(other) && other.number == next.allocation->number)
            return OpResult::fail("numbering.collision", next.allocation->number);
    // Everything checked: commit.
    d.number = next.allocation->number;
    d.seriesId = series->id;
    d.status = Status::Issued;
    const bool paidNow = d.paidAtIssue && isInvoiceLike(d.type) && d.type != DocumentType::CreditNote;
    if (paidNow) d.dueDate = issueDate;  // BR-FR-CO-09: the due date is the payment date
    if (!d.dueDate && isInvoiceLike(d.type)) {
        Date due = issueDate.addDays(d.terms.days);
        d.dueDate = d.terms.endOfMonth ? due.endOfMonth() : due;
    }
    commitNumber(*series, *next.allocation, issueDate);
    *stored = d;
    journalEvent(ws, d.type == DocumentType::CreditNote ? "credit" : "issue", *stored, issueDate,
                 computeTotals(*stored).grandTotal);
    if (d.type == DocumentType::CreditNote) {
        Document* inv = ws.findDocument(d.correctsId);
        if (creditableRemaining(ws, *inv) == 0) inv->status = Status::Cancelled;
        else if (balanceDue(ws, *inv) <= 0 && inv->status != Status::Cancelled) inv->status = Status::Paid;
    }
    if (!d.quoteId.empty() && d.type != DocumentType::DepositInvoice)
        if (Document* q = ws.findDocument(d.quoteId)) q->status = Status::Invoiced;
    // Paid when issued (at the counter): the payment of what is due is recorded on the same day.
    if (paidNow && balanceDue(ws, *stored) > 0) {
        Payment p;
        p.date = issueDate;
        p.amount = balanceDue(ws, *stored);
        p.reference = d.number;
        recordPayment(ws, d.id, p);
    }
    r.id = d.id;
    return r;
}

std::vector<NumberingProblem> numberingProblems(const Workspace& ws) {
    std::vector<NumberedDocument> issued;
    for (const auto& d : ws.documents)
        if (isIssued(d)) issued.push_back({d.number, d.seriesId.empty() ? seriesIdFor(d.type) : d.seriesId, d.issueDate});
    return numberingProblems(ws.series, issued);
}

std::vector<IntegrityIssue> integrityIssues(const Workspace& ws) {
    std::vector<IntegrityIssue> issues;
    const auto& entries = ws.journal.entries();
    if (auto p = verifyJournal(entries)) {
        std::string at = std::to_string(p->index + 1);
        const char* key = p->reason == "sequence gap" ? "integrity.journalSequence"
                          : p->reason == "broken chain" ? "integrity.journalChain" : "integrity.journalHash";
        issues.push_back({key, {at}, "journal[" + std::to_string(p->index) + "]: " + p->reason});
    }
    // Each document's issue entry and payment count, in one pass over the journal.
    struct Journaled {
        const JournalEntry* issued = nullptr;
        std::size_t payments = 0;
    };
    std::map<std::string, Journaled> byDocument;
    for (const auto& e : entries) {
        if (e.kind == "issue" || e.kind == "credit") byDocument[e.documentId].issued = &e;
        if (e.kind == "payment") ++byDocument[e.documentId].payments;
    }
    std::map<std::string, const Document*> present;
    for (const auto& d : ws.documents) {
        present.emplace(d.id, &d);
        if (!isIssued(d)) continue;
        auto found = byDocument.find(d.id);
        Journaled j = found == byDocument.end() ? Journaled{} : found->second;
        if (!j.issued) issues.push_back({"integrity.notJournaled", {d.number}, d.number + ": no journal entry for its issue"});
        else if (j.issued->contentHash != sha256Hex(documentFingerprint(d)))
            issues.push_back({"integrity.changedAfterIssue", {d.number}, d.number + ": changed after it was issued"});
        if (j.payments != d.payments.size())
            issues.push_back({"integrity.paymentsMismatch", {d.number}, d.number + ": payments do not match the journal"});
    }
    // An issued document never leaves the workspace (drafts only are deleted): one the journal
    // names that is gone is a number missing, even the last of its series.
    for (const auto& e : entries) {
        if (e.kind != "issue" && e.kind != "credit") continue;
        auto d = present.find(e.documentId);
        if (d == present.end() || !isIssued(*d->second))
            issues.push_back({"integrity.documentMissing", {e.number, std::to_string(e.seq)},
                              e.number + ": issued (journal entry " + std::to_string(e.seq) + ") but missing from the documents"});
    }
    for (const auto& p : numberingProblems(ws)) issues.push_back({p.key(), p.args(), p.text()});
    return issues;
}

std::vector<std::string> integrityProblems(const Workspace& ws) {
    std::vector<std::string> texts;
    for (auto& i : integrityIssues(ws)) texts.push_back(std::move(i.text));
    return texts;
}

OpResult markSent(Workspace& ws, const std::string& id) {
    Document* d = ws.findDocument(id);
    if (!d) return OpResult::fail("lifecycle.unknownDocument", id);
    if (d->status != Status::Issued) return OpResult::fail("lifecycle.notIssued", d->number);
    d->status = Status::Sent;
    return OpResult::success(id);
}

OpResult setQuoteDecision(Workspace& ws, const std::string& id, bool accepted) {
    Document* d = ws.findDocument(id);
    if (!d || d->type != DocumentType::Quote) return OpResult::fail("lifecycle.notAQuote", id);
    if (d->status != Status::Issued && d->status != Status::Sent) return OpResult::fail("lifecycle.quoteNotOpen", d->number);
    d->status = accepted ? Status::Accepted : Status::Refused;
    return OpResult::success(id);
}

// [SECTION] Payments
OpResult recordPayment(Workspace& ws, const std::string& id, Payment p) {
    Document* d = ws.findDocument(id);
    if (!d) return OpResult::fail("lifecycle.unknownDocument", id);
    if (!isIssued(*d) || !isInvoiceLike(d->type) || d->type == DocumentType::CreditNote)
        return OpResult::fail("payment.notPayable", d->number);
    if (d->status == Status::Cancelled) return OpResult::fail("payment.cancelled", d->number);
    if (p.amount <= 0) return OpResult::fail("payment.amountPositive");
    if (p.date < d->issueDate) return OpResult::fail("payment.beforeIssue", d->issueDate.iso());
    std::int64_t balance = balanceDue(ws, *d);
    if (p.amount > balance && !p.asCredit) return OpResult::fail("payment.overpayment", std::to_string(balance));
    if (p.id.empty()) p.id = ws.newId("pay");
    d->payments.push_back(p);
    d->status = balanceDue(ws, *d) <= 0 ? Status::Paid : Status::PartlyPaid;
    journalEvent(ws, "payment", *d, p.date, p.amount);
    return OpResult::success(p.id);
}

std::int64_t paidAmount(const Document& d) {
    std::int64_t sum = 0;
    for (const auto& p : d.payments) sum = checkedAdd(sum, p.amount);
    return sum;
}

std::int64_t creditedAmount(const Workspace& ws, const Document& invoice) {
    std::int64_t sum = 0;
    for (const auto& d : ws.documents)
        if (d.type == DocumentType::CreditNote && isIssued(d) && d.correctsId == invoice.id)
            sum = checkedAdd(sum, computeTotals(d).grandTotal);
    return sum;
}

std::int64_t creditableRemaining(const Workspace& ws, const Document& invoice) {
    return computeTotals(invoice).grandTotal - creditedAmount(ws, invoice);
}

std::int64_t balanceDue(const Workspace& ws, const Document& d) {
    if (!isIssued(d) || !isInvoiceLike(d.type) || d.type == DocumentType::CreditNote) return 0;
    return computeTotals(d).dueAmount - paidAmount(d) - creditedAmount(ws, d);
}

std::vector<DocumentFigures> documentFigures(const Workspace& ws) {
    std::map<std::string, std::int64_t> credited;
    std::vector<DocumentFigures> out(ws.documents.size());
    std::vector<Totals> totals;
    totals.reserve(ws.documents.size());
    for (const auto& d : ws.documents) {
        totals.push_back(computeTotals(d));
        if (d.type == DocumentType::CreditNote && isIssued(d))
            credited[d.correctsId] = checkedAdd(credited[d.correctsId], totals.back().grandTotal);
    }
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        const Document& d = ws.documents[i];
        out[i].taxBasis = totals[i].taxBasis;
        out[i].total = totals[i].grandTotal;
        out[i].due = totals[i].dueAmount;
        if (auto c = credited.find(d.id); c != credited.end()) out[i].credited = c->second;
        if (isIssued(d) && isInvoiceLike(d.type) && d.type != DocumentType::CreditNote) {
            out[i].balance = totals[i].dueAmount - paidAmount(d) - out[i].credited;
        }
    }
    return out;
}

std::int64_t clientBalance(const Workspace& ws, const std::string& clientId) {
    std::int64_t sum = 0;
    auto figures = documentFigures(ws);
    for (std::size_t i = 0; i < ws.documents.size(); ++i)
        if (ws.documents[i].clientId == clientId && ws.documents[i].currency.code == ws.settings.currency)
            sum = checkedAdd(sum, figures[i].balance);
    return sum;
}

bool isOverdue(const Document& d, std::int64_t balance, Date today) {
    return isIssued(d) && d.dueDate && today > *d.dueDate && balance > 0;
}

bool isOverdue(const Workspace& ws, const Document& d, Date today) { return isOverdue(d, balanceDue(ws, d), today); }

bool isQuoteExpired(const Document& d, Date today) {
    return d.type == DocumentType::Quote && (d.status == Status::Issued || d.status == Status::Sent) && d.validUntil &&
           today > *d.validUntil;
}

// [SECTION] Derived documents
namespace {
Document derivedDraft(Workspace& ws, const Document& from, DocumentType type, Date today) {
    Document d = newDraft(ws, type, from.clientId, today);
    d.language = from.language;
    d.currency = from.currency;
    d.exchangeRate = from.exchangeRate;  // the rate of the document it derives from
    d.deliveryAddress = from.deliveryAddress;
    d.nature = from.nature;
    d.purchaseOrder = from.purchaseOrder;
    d.terms = from.terms;
    if (!ws.findClient(from.clientId)) d.buyer = from.buyer;
    return d;
}

// One line of `basis` minor units in a VAT group: quantity 1, or −1 for a negative basis so that the
// net price stays positive (BR-27).
Line groupLine(const std::string& label, std::int64_t basis, VatCategory category, Decimal rate, const Currency& cur) {
    std::int64_t factor = Decimal::kScale;
    for (int i = 0; i < cur.minorDigits; ++i) factor /= 10;
    Line l;
    l.description = label;
    l.quantity = Decimal::fromInt(basis < 0 ? -1 : 1);
    l.unitPrice = Decimal::fromScaled(narrow(static_cast<Wide>(basis < 0 ? -basis : basis) * factor));
    l.vatCategory = category;
    l.vatRate = rate;
    return l;
}

// The signed net of a line made by groupLine().
std::int64_t groupBasis(const Line& l, const Currency& cur) { return computeLine(l, cur).net; }

// Lines that carry `numerator/denominator` of each VAT group of `t`, rounded half away from zero.
std::vector<Line> proportionalLines(const Totals& t, Wide numerator, Wide denominator, const std::string& label,
                                    const Currency& cur) {
    std::vector<Line> lines;
    for (const auto& g : t.vat) {
        if (g.basis == 0) continue;
        std::int64_t step = amountStep(cur);  // bases in hundredths at most (BR-DEC)
        std::int64_t basis = narrow(static_cast<Wide>(divideRounded(static_cast<Wide>(g.basis) * numerator, static_cast<Wide>(denominator) * step,
                                                                    Rounding::HalfAwayFromZero)) * step);
        if (basis != 0) lines.push_back(groupLine(label, basis, g.category, g.rate, cur));  // no 0-priced line (BR-FR-DEC-03)
    }
    return lines;
}

std::int64_t grandTotalOf(const std::vector<Line>& lines, const Currency& cur) {
    Document d;
    d.currency = cur;
    d.lines = lines;
    return computeTotals(d).grandTotal;
}

// Moves the lines' bases by a few minor units (one line, then two) until their grand total is exactly
// `target`; VAT rounded per rate makes some totals impossible (at 20 %, a basis of 83.37 gives 100.04
// and 83.38 gives 100.06: nothing gives 100.05). Returns the nearest totals seen on either side when
// no basis gives `target` (the lines are then left as they came).
AmountFit fitGrandTotal(std::vector<Line>& lines, std::int64_t target, const Currency& cur) {
    AmountFit fit;
    if (lines.empty()) return fit;
    std::vector<std::int64_t> bases;
    for (const auto& l : lines) bases.push_back(groupBasis(l, cur));
    auto rebuild = [&](const std::vector<std::int64_t>& b) {
        std::vector<Line> out;
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (b[i] != 0) out.push_back(groupLine(lines[i].description, b[i], lines[i].vatCategory, lines[i].vatRate, cur));
        return out;
    };
    auto consider = [&](const std::vector<std::int64_t>& b) {
        std::vector<Line> candidate = rebuild(b);
        std::int64_t total = grandTotalOf(candidate, cur);
        if (total == target) { lines = candidate; fit.exact = true; return true; }
        if (total < target && (!fit.below || total > *fit.below)) fit.below = total;
        if (total > target && (!fit.above || total < *fit.above)) fit.above = total;
        return false;
    };
    if (consider(bases)) return fit;
    const int reach = 3;  // each move shifts a total by one amount unit plus its VAT rounding
    const std::int64_t unit = amountStep(cur);
    for (std::size_t i = 0; i < bases.size(); ++i)
        for (int step = -reach; step <= reach; ++step) {
            auto b = bases;
            b[i] += step * unit;
            if (consider(b)) return fit;
        }
    for (std::size_t i = 0; i < bases.size(); ++i)
        for (std::size_t j = i + 1; j < bases.size(); ++j)
            for (int si = -reach; si <= reach; ++si)
                for (int sj = -reach; sj <= reach; ++sj) {
                    auto b = bases;
                    b[i] += si * unit;
                    b[j] += sj * unit;
                    if (consider(b)) return fit;
                }
    return fit;
}

// What the invoice still holds per VAT group once the issued credit notes against it are taken off:
// the lines of a credit note "for the rest", with the remaining VAT carried where basis × rate would
// round differently (so the invoice is credited exactly).
void restLines(const Workspace& ws, const Document& inv, const std::string& label, Document& cn) {
    using Key = std::pair<int, std::int64_t>;
    std::map<Key, VatBreakdown> rest;
    auto key = [](const VatBreakdown& g) { return Key{static_cast<int>(g.category), g.rate.scaled}; };
    for (const auto& g : computeTotals(inv).vat) rest[key(g)] = g;
    for (const auto& other : ws.documents) {
        if (other.type != DocumentType::CreditNote || !isIssued(other) || other.correctsId != inv.id) continue;
        for (const auto& g : computeTotals(other).vat) {
            VatBreakdown& r = rest.try_emplace(key(g), VatBreakdown{g.category, g.rate, 0, 0}).first->second;
            r.basis = checkedSub(r.basis, g.basis);
            r.vat = checkedSub(r.vat, g.vat);
        }
    }
    for (const auto& [k, g] : rest) {
        if (g.basis == 0) continue;  // nothing left to credit there (a lone VAT cent cannot be carried on a 0 line)
        cn.lines.push_back(groupLine(label, g.basis, g.category, g.rate, inv.currency));
        bool hasRate = categoryHasRate(g.category);
        if (hasRate && percentOf(g.basis, g.rate, Rounding::HalfAwayFromZero, amountStep(inv.currency)) != g.vat)
            cn.carriedVat.push_back(CarriedVat{g.category, g.rate, g.basis, g.vat});
    }
}
}  // namespace

OpResult createCreditNote(Workspace& ws, const std::string& invoiceId, std::optional<std::int64_t> amount, Date today) {
    const Document* inv = ws.findDocument(invoiceId);
    if (!inv) return OpResult::fail("lifecycle.unknownDocument", invoiceId);
    if (!isIssued(*inv) || inv->type == DocumentType::Quote || inv->type == DocumentType::CreditNote)
        return OpResult::fail("lifecycle.creditNoteTarget", inv->number);
    std::int64_t remaining = creditableRemaining(ws, *inv);
    if (remaining <= 0) return OpResult::fail("lifecycle.nothingToCredit", inv->number);
    if (amount && (*amount <= 0 || *amount > remaining)) return OpResult::fail("lifecycle.creditExceedsInvoice", inv->number);
    // The whole rest (asked for or typed) is always credited exactly, below.
    const bool rest = !amount || *amount == remaining;
    const std::int64_t target = rest ? remaining : *amount;

    Document cn = derivedDraft(ws, *inv, DocumentType::CreditNote, today);
    cn.buyer = inv->buyer;
    cn.correctsId = inv->id;
    cn.deliveryDate = inv->deliveryDate;  // it corrects that sale: same delivery date or service period
    cn.periodStart = inv->periodStart;
    bool fr = inv->language != "en";
    Totals t = computeTotals(*inv);
    std::string label = (fr ? "Avoir sur la facture " : "Credit on invoice ") + inv->number;
    if (rest && remaining == t.grandTotal) {
        cn.lines = inv->lines;
        cn.adjustments = inv->adjustments;
    } else if (rest) {
        restLines(ws, *inv, label, cn);
        if (computeTotals(cn).grandTotal != remaining) {  // credit notes in VAT groups the invoice lacks
            cn.lines = proportionalLines(t, remaining, t.grandTotal, label, inv->currency);
            cn.carriedVat.clear();
            if (!fitGrandTotal(cn.lines, remaining, inv->currency).exact)
                return OpResult::fail("lifecycle.creditAmountNotExact", inv->number);
        }
    } else {
        cn.lines = proportionalLines(t, target, t.grandTotal, label, inv->currency);
        if (!fitGrandTotal(cn.lines, target, inv->currency).exact)
            return OpResult::fail("lifecycle.creditAmountNotExact", inv->number);
    }
    // No note naming the invoice: the PDF prints it from correctsId (app::linkedDocuments).
    return addDraft(ws, cn);
}

AmountFit creditAmountFit(const Workspace& ws, const std::string& invoiceId, std::int64_t amount) {
    AmountFit fit;
    const Document* inv = ws.findDocument(invoiceId);
    if (!inv || amount <= 0) return fit;
    std::int64_t remaining = creditableRemaining(ws, *inv);
    if (amount == remaining) { fit.exact = true; return fit; }
    Totals t = computeTotals(*inv);
    if (t.grandTotal <= 0) return fit;
    auto lines = proportionalLines(t, amount, t.grandTotal, "", inv->currency);
    fit = fitGrandTotal(lines, amount, inv->currency);
    if (fit.above && *fit.above > remaining) fit.above.reset();
    return fit;
}

OpResult convertQuoteToInvoice(Workspace& ws, const std::string& quoteId, Date today) {
    const Document* q = ws.findDocument(quoteId);
    if (!q || q->type != DocumentType::Quote) return OpResult::fail("lifecycle.notAQuote", quoteId);
    if (!isIssued(*q)) return OpResult::fail("lifecycle.quoteNotIssued", quoteId);
    if (q->status == Status::Refused || q->status == Status::Invoiced) return OpResult::fail("lifecycle.quoteNotOpen", q->number);
    std::vector<std::string> deposits;
    for (const auto& d : ws.documents)
        if (d.type == DocumentType::DepositInvoice && d.quoteId == q->id && isIssued(d)) deposits.push_back(d.id);
    Document inv = derivedDraft(ws, *q, deposits.empty() ? DocumentType::Invoice : DocumentType::FinalInvoice, today);
    inv.lines = q->lines;
    inv.adjustments = q->adjustments;
    inv.notes = q->notes;
    inv.quoteId = q->id;
    inv.depositIds = deposits;
    for (const auto& id : deposits) inv.prepaid += computeTotals(*ws.findDocument(id)).grandTotal;
    Document* quote = ws.findDocument(quoteId);
    if (quote->status == Status::Issued || quote->status == Status::Sent) quote->status = Status::Accepted;
    return addDraft(ws, inv);
}

OpResult createDepositInvoice(Workspace& ws, const std::string& quoteId, std::optional<Decimal> percent,
                              std::optional<std::int64_t> amount, Date today) {
    const Document* q = ws.findDocument(quoteId);
    if (!q || q->type != DocumentType::Quote) return OpResult::fail("lifecycle.notAQuote", quoteId);
    if (!isIssued(*q)) return OpResult::fail("lifecycle.quoteNotIssued", quoteId);
    if (q->status == Status::Refused || q->status == Status::Invoiced) return OpResult::fail("lifecycle.quoteNotOpen", q->number);
    if (percent.has_value() == amount.has_value()) return OpResult::fail("deposit.percentOrAmount");
    Totals t = computeTotals(*q);
    std::int64_t already = 0;
    for (const auto& d : ws.documents)
        if (d.type == DocumentType::DepositInvoice && d.quoteId == q->id) already += computeTotals(d).grandTotal;
    bool fr = q->language != "en";
    std::string label;
    Document dep = derivedDraft(ws, *q, DocumentType::DepositInvoice, today);
    if (percent) {
        if (percent->scaled <= 0 || percent->scaled > 100 * Decimal::kScale) return OpResult::fail("deposit.percentRange");
        label = (fr ? "Acompte de " : "Deposit of ") + formatPercent(*percent, fr ? Locale::Fr : Locale::En) +
                (fr ? " sur le devis " : " on quote ") + q->number;
        dep.lines = proportionalLines(t, percent->scaled, 100 * Decimal::kScale, label, q->currency);
    } else {
        if (*amount <= 0 || t.grandTotal <= 0) return OpResult::fail("deposit.amountRange");
        label = (fr ? "Acompte sur le devis " : "Deposit on quote ") + q->number;
        dep.lines = proportionalLines(t, *amount, t.grandTotal, label, q->currency);
        if (!fitGrandTotal(dep.lines, *amount, q->currency).exact) return OpResult::fail("deposit.amountNotExact", q->number);
    }
    dep.quoteId = q->id;
    if (already + computeTotals(dep).grandTotal > t.grandTotal) return OpResult::fail("deposit.exceedsQuote", q->number);
    Document* quote = ws.findDocument(quoteId);
    if (quote->status == Status::Issued || quote->status == Status::Sent) quote->status = Status::Accepted;
    return addDraft(ws, dep);
}

OpResult duplicateDocument(Workspace& ws, const std::string& id, Date today) {
    const Document* src = ws.findDocument(id);
    if (!src) return OpResult::fail("lifecycle.unknownDocument", id);
    DocumentType type = src->type == DocumentType::Quote ? DocumentType::Quote : DocumentType::Invoice;
    if (src->type == DocumentType::CreditNote) return OpResult::fail("lifecycle.cannotDuplicateCredit", src->number);
    Document d = derivedDraft(ws, *src, type, today);
    d.lines = src->lines;
    d.adjustments = src->adjustments;
    d.notes = src->notes;
    return addDraft(ws, d);
}

}  // namespace facturier
