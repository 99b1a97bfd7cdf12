#include <doctest.h>

#include "core/workspace.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

namespace {
// An invoice issued on 2 March 2026, due 1 April (30 days), 2,850.00 + VAT, for `client`.
std::string issuedInvoice(Workspace& ws, const std::string& client = "cli-b2b") {
    std::string id = draftInvoice(ws, client);
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    return id;
}
}  // namespace

TEST_CASE("the schedule reaches friendly, firm and formal levels at 3, 15 and 30 days after the due date") {
    DunningSettings s;
    CHECK(dunningLevel(s, -5) == 0);
    CHECK(dunningLevel(s, 2) == 0);
    CHECK(dunningLevel(s, 3) == 1);
    CHECK(dunningLevel(s, 14) == 1);
    CHECK(dunningLevel(s, 15) == 2);
    CHECK(dunningLevel(s, 30) == 3);
    CHECK(dunningLevel(s, 400) == 3);
}

TEST_CASE("an unpaid invoice is to remind once per level, and leaves the list when the level is logged") {
    Workspace ws = workspace();
    std::string id = issuedInvoice(ws);
    Date due = *ws.findDocument(id)->dueDate;
    CHECK(remindersDue(ws, due.addDays(2)).empty());
    auto today = remindersDue(ws, due.addDays(3));
    REQUIRE(today.size() == 1);
    CHECK(today[0].documentId == id);
    CHECK(today[0].level == 1);
    CHECK(today[0].balance == balanceDue(ws, *ws.findDocument(id)));
    REQUIRE(logReminder(ws, id, 1, due.addDays(3), "").ok);
    CHECK(ws.findDocument(id)->reminders.size() == 1);
    CHECK(remindersDue(ws, due.addDays(10)).empty());
    auto firm = remindersDue(ws, due.addDays(16));
    REQUIRE(firm.size() == 1);
    CHECK(firm[0].level == 2);
    CHECK(firm[0].daysOverdue == 16);
    // Logging leaves the issued content and the integrity journal intact.
    CHECK(integrityProblems(ws).empty());
}

TEST_CASE("a paid invoice is never to remind, and a reminder on it is refused") {
    Workspace ws = workspace();
    std::string id = issuedInvoice(ws);
    std::int64_t due = balanceDue(ws, *ws.findDocument(id));
    REQUIRE(recordPayment(ws, id, Payment{"", day(2026, 3, 20), due}).ok);
    CHECK(remindersDue(ws, day(2026, 6, 1)).empty());
    auto r = logReminder(ws, id, 1, day(2026, 6, 1), "");
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "reminder.nothingDue");
}

TEST_CASE("late penalties are balance × rate × days / 365 rounded once, plus 40 € for a business client") {
    Workspace ws = workspace();
    std::string id = issuedInvoice(ws);
    const Document& d = *ws.findDocument(id);
    std::int64_t balance = balanceDue(ws, d);
    Date today = d.dueDate->addDays(45);
    LatePenalty p = latePenalty(d, balance, today);
    CHECK(p.daysOverdue == 45);
    // Recomputed with plain integers: cents × 12.15 % × 45 / 365, half away from zero.
    long double exact = static_cast<long double>(balance) * 12.15L / 100.0L * 45.0L / 365.0L;
    CHECK(p.penalty == static_cast<std::int64_t>(exact + 0.5L));
    CHECK(p.indemnity == 4000);
    CHECK(latePenalty(d, balance, *d.dueDate).penalty == 0);
}

TEST_CASE("a consumer owes no recovery indemnity") {
    Workspace ws = workspace();
    std::string id = issuedInvoice(ws, "cli-b2c");
    const Document& d = *ws.findDocument(id);
    LatePenalty p = latePenalty(d, balanceDue(ws, d), d.dueDate->addDays(10));
    CHECK(p.penalty > 0);
    CHECK(p.indemnity == 0);
}

TEST_CASE("the formal notice states the penalties, the indemnity and the total claimed in the client's language") {
    Workspace ws = workspace();
    std::string id = issuedInvoice(ws);
    const Document& d = *ws.findDocument(id);
    ReminderMessage m = composeReminder(ws, d, 3, d.dueDate->addDays(30));
    CHECK(m.subject.find("Mise en demeure") != std::string::npos);
    CHECK(m.subject.find(d.number) != std::string::npos);
    LatePenalty p = latePenalty(d, balanceDue(ws, d), d.dueDate->addDays(30));
    CHECK(m.body.find(formatMoney(Money{p.penalty, euro()}, Locale::Fr)) != std::string::npos);
    CHECK(m.body.find("40,00") != std::string::npos);
    CHECK(m.body.find(formatMoney(Money{p.balance + p.total(), euro()}, Locale::Fr)) != std::string::npos);
    CHECK(m.body.find('{') == std::string::npos);  // every placeholder filled

    std::string en = issuedInvoice(ws, "cli-de");
    ReminderMessage e = composeReminder(ws, *ws.findDocument(en), 1, ws.findDocument(en)->dueDate->addDays(3));
    CHECK(e.subject.find("friendly reminder") != std::string::npos);
}

TEST_CASE("a template the user wrote replaces the default, placeholders included") {
    Workspace ws = workspace();
    ws.settings.dunning.templates.push_back({1, "fr", "Rappel {number}", "Bonjour {client}, reste {balance}. {inconnu}"});
    std::string id = issuedInvoice(ws);
    const Document& d = *ws.findDocument(id);
    ReminderMessage m = composeReminder(ws, d, 1, d.dueDate->addDays(3));
    CHECK(m.subject == "Rappel " + d.number);
    CHECK(m.body == "Bonjour Société Générale des Œuvres, reste " + formatMoney(Money{balanceDue(ws, d), euro()}, Locale::Fr) +
                        ". {inconnu}");
}

TEST_CASE("the mailto link percent-encodes UTF-8 and uses CRLF line breaks") {
    ReminderMessage m{"compta@œuvres.example", "Facture F-1 : rappel", "Bonjour,\nmerci & à bientôt"};
    std::string url = mailtoUrl(m);
    CHECK(url.rfind("mailto:compta@%C5%93uvres.example?subject=", 0) == 0);
    CHECK(url.find("subject=Facture%20F-1%20%3A%20rappel") != std::string::npos);
    CHECK(url.find("body=Bonjour%2C%0D%0Amerci%20%26%20%C3%A0%20bient%C3%B4t") != std::string::npos);
}

TEST_CASE("late penalties become a draft invoice outside the scope of VAT, once per late invoice") {
    Workspace ws = workspace();
    std::string id = issuedInvoice(ws);
    const Document& inv = *ws.findDocument(id);
    Date today = inv.dueDate->addDays(40);
    LatePenalty p = latePenalty(inv, balanceDue(ws, inv), today);
    auto r = createPenaltyInvoice(ws, id, today);
    REQUIRE_MESSAGE(r.ok, r.errorKey);
    const Document& pen = *ws.findDocument(r.id);
    CHECK(pen.status == Status::Draft);
    CHECK(pen.penaltyForId == id);
    REQUIRE(pen.lines.size() == 2);
    CHECK(pen.lines[0].vatCategory == VatCategory::OutsideScope);
    Totals t = computeTotals(pen);
    CHECK(t.grandTotal == p.total());
    CHECK(t.vatTotal == 0);
    CHECK(validate(pen, ws.seller).empty() == !hasErrors(validate(pen, ws.seller)));
    CHECK_FALSE(hasErrors(validate(pen, ws.seller)));
    REQUIRE(issueDocument(ws, r.id, today).ok);
    auto again = createPenaltyInvoice(ws, id, today);
    CHECK_FALSE(again.ok);
    CHECK(again.errorKey == "reminder.penaltyExists");
}

TEST_CASE("no penalty invoice before the due date") {
    Workspace ws = workspace();
    std::string id = issuedInvoice(ws);
    auto r = createPenaltyInvoice(ws, id, day(2026, 3, 10));
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "reminder.noPenalty");
}
