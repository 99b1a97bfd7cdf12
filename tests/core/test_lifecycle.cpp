#include <doctest.h>

#include "core/workspace.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

TEST_CASE("a draft has no number; issuing gives the next number of its series") {
    Workspace ws = workspace();
    std::string a = draftInvoice(ws), b = draftInvoice(ws);
    CHECK(ws.findDocument(a)->number.empty());
    auto r = issueDocument(ws, a, day(2026, 3, 2));
    REQUIRE_MESSAGE(r.ok, r.errorKey, " ", (r.issues.empty() ? "" : r.issues[0].key));
    CHECK(ws.findDocument(a)->number == "F-2026-0001");
    REQUIRE(issueDocument(ws, b, day(2026, 3, 5)).ok);
    CHECK(ws.findDocument(b)->number == "F-2026-0002");
    CHECK(ws.findDocument(b)->dueDate == day(2026, 4, 4));
}

TEST_CASE("a failed issue leaves no gap in the numbering") {
    Workspace ws = workspace();
    std::string bad = draftInvoice(ws);
    ws.findDocument(bad)->lines.clear();               // invalid: no lines
    std::string good = draftInvoice(ws);
    auto r = issueDocument(ws, bad, day(2026, 3, 2));
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "lifecycle.invalid");
    CHECK(ws.findDocument(bad)->status == Status::Draft);
    REQUIRE(issueDocument(ws, good, day(2026, 3, 2)).ok);
    CHECK(ws.findDocument(good)->number == "F-2026-0001");
}

TEST_CASE("an issue date earlier than the last one of the series is refused") {
    Workspace ws = workspace();
    std::string a = draftInvoice(ws), b = draftInvoice(ws);
    REQUIRE(issueDocument(ws, a, day(2026, 3, 10)).ok);
    auto r = issueDocument(ws, b, day(2026, 3, 9));
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "numbering.dateBeforeLast");
    CHECK(ws.findDocument(b)->number.empty());
}

TEST_CASE("the series restarts each year when it resets yearly") {
    Workspace ws = workspace();
    std::string a = draftInvoice(ws), b = draftInvoice(ws);
    REQUIRE(issueDocument(ws, a, day(2026, 12, 31)).ok);
    REQUIRE(issueDocument(ws, b, day(2027, 1, 2)).ok);
    CHECK(ws.findDocument(b)->number == "F-2027-0001");
}

TEST_CASE("an issued invoice cannot be edited or deleted") {
    Workspace ws = workspace();
    std::string id = draftInvoice(ws);
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    Document edited = *ws.findDocument(id);
    edited.lines[0].unitPrice = Decimal::fromInt(1);
    auto r = updateDraft(ws, edited);
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "lifecycle.immutable");
    CHECK(ws.findDocument(id)->lines[0].unitPrice.scaled == 4500000);
    CHECK(deleteDraft(ws, id).errorKey == "lifecycle.immutable");
    CHECK(issueDocument(ws, id, day(2026, 3, 3)).errorKey == "lifecycle.alreadyIssued");
}

TEST_CASE("issuing freezes the seller and buyer as they were") {
    Workspace ws = workspace();
    std::string id = draftInvoice(ws);
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    ws.seller.address.city = "Marseille";
    ws.findClient("cli-b2b")->name = "Autre nom";
    CHECK(ws.findDocument(id)->seller.address.city == "Lyon");
    CHECK(ws.findDocument(id)->buyer.name == "Société Générale des Œuvres");
}

TEST_CASE("partial payments lead to paid, and an overpayment is refused unless recorded as a credit") {
    Workspace ws = workspace();
    std::string id = draftInvoice(ws);
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    std::int64_t due = computeTotals(*ws.findDocument(id)).dueAmount;  // 540.00 + 39.56 = 579.56
    CHECK(due == 57956);
    REQUIRE(recordPayment(ws, id, Payment{"", day(2026, 3, 10), 20000, PaymentMethod::Transfer, "VIR 1", false}).ok);
    CHECK(ws.findDocument(id)->status == Status::PartlyPaid);
    CHECK(balanceDue(ws, *ws.findDocument(id)) == 37956);
    auto over = recordPayment(ws, id, Payment{"", day(2026, 3, 11), 40000, PaymentMethod::Card, "", false});
    CHECK(over.errorKey == "payment.overpayment");
    CHECK(ws.findDocument(id)->payments.size() == 1);
    REQUIRE(recordPayment(ws, id, Payment{"", day(2026, 3, 12), 37956, PaymentMethod::Cheque, "CHQ", false}).ok);
    CHECK(ws.findDocument(id)->status == Status::Paid);
    CHECK(recordPayment(ws, id, Payment{"", day(2026, 3, 13), 100, PaymentMethod::Cash, "", true}).ok);
    CHECK(balanceDue(ws, *ws.findDocument(id)) == -100);
    CHECK(clientBalance(ws, "cli-b2b") == -100);
}

TEST_CASE("overdue is derived from the due date and today") {
    Workspace ws = workspace();
    std::string id = draftInvoice(ws);
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    CHECK_FALSE(isOverdue(ws, *ws.findDocument(id), day(2026, 4, 1)));
    CHECK(isOverdue(ws, *ws.findDocument(id), day(2026, 4, 5)));
}

TEST_CASE("a credit note cannot exceed the invoice it corrects") {
    Workspace ws = workspace();
    std::string inv = draftInvoice(ws);
    REQUIRE(issueDocument(ws, inv, day(2026, 3, 2)).ok);
    CHECK(createCreditNote(ws, inv, 57957, day(2026, 3, 3)).errorKey == "lifecycle.creditExceedsInvoice");
    auto part = createCreditNote(ws, inv, 10000, day(2026, 3, 3));
    REQUIRE(part.ok);
    REQUIRE(issueDocument(ws, part.id, day(2026, 3, 3)).ok);
    const Document* cn = ws.findDocument(part.id);
    CHECK(cn->number == "AV-2026-0001");
    CHECK(cn->correctsId == inv);
    CHECK(computeTotals(*cn).grandTotal == 10000);
    CHECK(creditableRemaining(ws, *ws.findDocument(inv)) == 47956);
    // A second credit note bigger than what remains is refused at issue, even if edited by hand.
    auto rest = createCreditNote(ws, inv, std::nullopt, day(2026, 3, 4));
    REQUIRE(rest.ok);
    Document edited = *ws.findDocument(rest.id);
    edited.lines[0].unitPrice.scaled += 10000 * 100;  // +100 €
    REQUIRE(updateDraft(ws, edited).ok);
    CHECK(issueDocument(ws, rest.id, day(2026, 3, 4)).errorKey == "lifecycle.creditExceedsInvoice");
}

TEST_CASE("a full credit note cancels the invoice") {
    Workspace ws = workspace();
    std::string inv = draftInvoice(ws);
    REQUIRE(issueDocument(ws, inv, day(2026, 3, 2)).ok);
    auto cn = createCreditNote(ws, inv, std::nullopt, day(2026, 3, 3));
    REQUIRE(cn.ok);
    CHECK(ws.findDocument(cn.id)->lines.size() == 2);
    REQUIRE(issueDocument(ws, cn.id, day(2026, 3, 3)).ok);
    CHECK(ws.findDocument(inv)->status == Status::Cancelled);
    CHECK(balanceDue(ws, *ws.findDocument(inv)) == 0);
    CHECK(createCreditNote(ws, inv, std::nullopt, day(2026, 3, 4)).errorKey == "lifecycle.nothingToCredit");
}

TEST_CASE("quote to deposit to final invoice keeps the links and deducts the deposit") {
    Workspace ws = workspace();
    Document q = newDraft(ws, DocumentType::Quote, "cli-b2b", day(2026, 2, 1));
    q.lines = {line("Rénovation cuisine", 10000, 100000000, 100000), line("Plans", 10000, 5000000)};
    std::string qid = addDraft(ws, q).id;
    REQUIRE(issueDocument(ws, qid, day(2026, 2, 1)).ok);
    CHECK(ws.findDocument(qid)->number == "D-2026-0001");
    CHECK_FALSE(isQuoteExpired(*ws.findDocument(qid), day(2026, 3, 3)));
    CHECK(isQuoteExpired(*ws.findDocument(qid), day(2026, 3, 4)));

    auto dep = createDepositInvoice(ws, qid, Decimal::fromInt(30), std::nullopt, day(2026, 2, 5));
    REQUIRE(dep.ok);
    REQUIRE(issueDocument(ws, dep.id, day(2026, 2, 5)).ok);
    const Document* deposit = ws.findDocument(dep.id);
    CHECK(deposit->type == DocumentType::DepositInvoice);
    CHECK(deposit->quoteId == qid);
    CHECK(deposit->number == "F-2026-0001");
    std::int64_t depositTotal = computeTotals(*deposit).grandTotal;
    CHECK(depositTotal == 348000);  // 30 % of (11 000 + 600) TTC

    auto fin = convertQuoteToInvoice(ws, qid, day(2026, 3, 1));
    REQUIRE(fin.ok);
    REQUIRE(issueDocument(ws, fin.id, day(2026, 3, 1)).ok);
    const Document* final = ws.findDocument(fin.id);
    CHECK(final->type == DocumentType::FinalInvoice);
    CHECK(final->depositIds == std::vector<std::string>{dep.id});
    Totals t = computeTotals(*final);
    CHECK(t.prepaid == depositTotal);
    CHECK(t.dueAmount == t.grandTotal - depositTotal);
    CHECK(ws.findDocument(qid)->status == Status::Invoiced);
    CHECK(convertQuoteToInvoice(ws, qid, day(2026, 3, 2)).errorKey == "lifecycle.quoteNotOpen");
}

TEST_CASE("deposits cannot add up to more than the quote") {
    Workspace ws = workspace();
    Document q = newDraft(ws, DocumentType::Quote, "cli-b2b", day(2026, 2, 1));
    q.lines = {line("Mission", 10000, 10000000)};
    std::string qid = addDraft(ws, q).id;
    REQUIRE(issueDocument(ws, qid, day(2026, 2, 1)).ok);
    REQUIRE(createDepositInvoice(ws, qid, Decimal::fromInt(80), std::nullopt, day(2026, 2, 2)).ok);
    CHECK(createDepositInvoice(ws, qid, Decimal::fromInt(30), std::nullopt, day(2026, 2, 2)).errorKey == "deposit.exceedsQuote");
}

TEST_CASE("any document can be duplicated as a new draft") {
    Workspace ws = workspace();
    std::string id = draftInvoice(ws);
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    auto dup = duplicateDocument(ws, id, day(2026, 4, 1));
    REQUIRE(dup.ok);
    const Document* d = ws.findDocument(dup.id);
    CHECK(d->status == Status::Draft);
    CHECK(d->number.empty());
    CHECK(d->lines.size() == 2);
    CHECK(d->issueDate == day(2026, 4, 1));
}

TEST_CASE("issue, payments and credits are chained in the journal and any tampering is found") {
    Workspace ws = workspace();
    std::string a = draftInvoice(ws), b = draftInvoice(ws);
    REQUIRE(issueDocument(ws, a, day(2026, 3, 2)).ok);
    REQUIRE(issueDocument(ws, b, day(2026, 3, 2)).ok);
    REQUIRE(recordPayment(ws, a, Payment{"", day(2026, 3, 5), 1000, PaymentMethod::Transfer, "", false}).ok);
    auto entries = ws.journal.entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].kind == "payment");
    CHECK_FALSE(verifyJournal(entries));

    auto altered = entries;
    altered[1].amount += 1;
    REQUIRE(verifyJournal(altered));
    CHECK(verifyJournal(altered)->index == 1);
    CHECK(verifyJournal(altered)->reason == "hash mismatch");

    auto removed = entries;
    removed.erase(removed.begin() + 1);
    REQUIRE(verifyJournal(removed));
    CHECK(verifyJournal(removed)->index == 1);

    auto reordered = entries;
    std::swap(reordered[0], reordered[1]);
    REQUIRE(verifyJournal(reordered));
    CHECK(verifyJournal(reordered)->index == 0);
}

TEST_CASE("an issued invoice edited behind the app's back, or a journal cut short, is detected") {
    Workspace ws = workspace();
    std::string a = draftInvoice(ws), b = draftInvoice(ws);
    REQUIRE(issueDocument(ws, a, day(2026, 3, 2)).ok);
    REQUIRE(issueDocument(ws, b, day(2026, 3, 3)).ok);
    REQUIRE(recordPayment(ws, b, Payment{"", day(2026, 3, 5), 1000, PaymentMethod::Transfer, "", false}).ok);
    CHECK(integrityProblems(ws).empty());

    Workspace edited = ws;
    edited.findDocument(a)->lines[0].unitPrice.scaled += 10000;
    REQUIRE(integrityProblems(edited).size() == 1);
    CHECK(integrityProblems(edited)[0] == "F-2026-0001: changed after it was issued");

    Workspace truncated = ws;
    auto entries = truncated.journal.entries();
    entries.pop_back();  // the last entry (the payment) removed: the chain alone cannot tell
    truncated.journal.assign(entries);
    CHECK_FALSE(verifyJournal(truncated.journal.entries()));
    REQUIRE(integrityProblems(truncated).size() == 1);
    CHECK(integrityProblems(truncated)[0] == "F-2026-0002: payments do not match the journal");
}

TEST_CASE("document figures in one pass equal balanceDue document by document") {
    Workspace ws = workspace();
    std::string a = draftInvoice(ws), b = draftInvoice(ws), c = draftInvoice(ws);
    REQUIRE(issueDocument(ws, a, day(2026, 3, 2)).ok);
    REQUIRE(issueDocument(ws, b, day(2026, 3, 2)).ok);
    REQUIRE(recordPayment(ws, a, Payment{"", day(2026, 3, 5), 1000, PaymentMethod::Transfer, "", false}).ok);
    auto cn = createCreditNote(ws, b, 2500, day(2026, 3, 6));
    REQUIRE(cn.ok);
    REQUIRE(issueDocument(ws, cn.id, day(2026, 3, 6)).ok);
    auto figures = documentFigures(ws);
    REQUIRE(figures.size() == ws.documents.size());
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        CHECK(figures[i].balance == balanceDue(ws, ws.documents[i]));
        CHECK(figures[i].total == computeTotals(ws.documents[i]).grandTotal);
        CHECK(figures[i].due == computeTotals(ws.documents[i]).dueAmount);
        CHECK(figures[i].taxBasis == computeTotals(ws.documents[i]).taxBasis);
        CHECK(figures[i].credited == creditedAmount(ws, ws.documents[i]));
    }
    CHECK(figures[1].balance == 57956 - 2500);
    CHECK(ws.findDocument(c)->status == Status::Draft);
    CHECK(clientBalance(ws, "cli-b2b") == (57956 - 1000) + (57956 - 2500));
}
