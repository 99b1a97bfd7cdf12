#include <doctest.h>

#include "core/workspace.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

namespace {
RecurringTemplate monthly(Date start) {
    RecurringTemplate t;
    t.name = "Maintenance mensuelle";
    t.clientId = "cli-b2b";
    t.lines = {line("Maintenance du site", 10000, 2500000)};
    t.frequency = Frequency::Monthly;
    t.start = start;
    return t;
}
int documentsOf(const Workspace& ws, const std::string& templateId) {
    int n = 0;
    for (const auto& d : ws.documents) n += d.recurringId == templateId;
    return n;
}
}  // namespace

TEST_CASE("monthly occurrences from the 31st fall on the last day of shorter months and come back") {
    RecurringTemplate t = monthly(day(2026, 1, 31));
    CHECK(occurrenceDate(t, 1) == day(2026, 2, 28));
    CHECK(occurrenceDate(t, 2) == day(2026, 3, 31));
    CHECK(occurrenceDate(t, 3) == day(2026, 4, 30));
    t.frequency = Frequency::Weekly;
    t.interval = 2;
    CHECK(occurrenceDate(t, 3) == day(2026, 3, 14));
    t.frequency = Frequency::Quarterly;
    t.interval = 1;
    CHECK(occurrenceDate(t, 1) == day(2026, 4, 30));
    t.frequency = Frequency::Yearly;
    CHECK(occurrenceDate(t, 1) == day(2027, 1, 31));
}

TEST_CASE("catching up creates each missed occurrence exactly once, however often the app opens") {
    Workspace ws = workspace();
    auto added = addRecurring(ws, monthly(day(2026, 1, 15)));
    REQUIRE(added.ok);
    CatchUp first = catchUpRecurring(ws, day(2026, 4, 20));  // Jan, Feb, Mar, Apr
    CHECK(first.created.size() == 4);
    CHECK(documentsOf(ws, added.id) == 4);
    CHECK(ws.recurring[0].generated == 4);
    // Opening again the same day, or a day later, creates nothing.
    CHECK(catchUpRecurring(ws, day(2026, 4, 20)).created.empty());
    CHECK(catchUpRecurring(ws, day(2026, 4, 21)).created.empty());
    // A month later: one more.
    CatchUp may = catchUpRecurring(ws, day(2026, 5, 15));
    REQUIRE(may.created.size() == 1);
    const Document& d = *ws.findDocument(may.created[0]);
    CHECK(d.occurrence == 4);
    CHECK(d.periodStart == day(2026, 5, 15));
    CHECK(d.deliveryDate == day(2026, 6, 14));
    CHECK(d.status == Status::Draft);
    CHECK(d.lines == ws.recurring[0].lines);
}

TEST_CASE("a deleted draft of an occurrence is not made again") {
    Workspace ws = workspace();
    auto added = addRecurring(ws, monthly(day(2026, 3, 1)));
    CatchUp c = catchUpRecurring(ws, day(2026, 3, 1));
    REQUIRE(c.created.size() == 1);
    REQUIRE(deleteDraft(ws, c.created[0]).ok);
    CHECK(catchUpRecurring(ws, day(2026, 3, 31)).created.empty());
}

TEST_CASE("a document already carrying an occurrence is never duplicated, even with a stale cursor") {
    Workspace ws = workspace();
    auto added = addRecurring(ws, monthly(day(2026, 3, 1)));
    catchUpRecurring(ws, day(2026, 4, 1));
    ws.recurring[0].generated = 0;  // as if the template record were older than the documents
    CHECK(catchUpRecurring(ws, day(2026, 4, 1)).created.empty());
    CHECK(documentsOf(ws, added.id) == 2);
}

TEST_CASE("the end date stops the occurrences; a paused template creates nothing") {
    Workspace ws = workspace();
    RecurringTemplate t = monthly(day(2026, 1, 10));
    t.end = day(2026, 3, 10);
    auto a = addRecurring(ws, t);
    CHECK(catchUpRecurring(ws, day(2026, 12, 31)).created.size() == 3);
    RecurringTemplate paused = monthly(day(2026, 1, 10));
    paused.active = false;
    auto b = addRecurring(ws, paused);
    CHECK(catchUpRecurring(ws, day(2026, 12, 31)).created.empty());
    CHECK(documentsOf(ws, b.id) == 0);
}

TEST_CASE("automatic issue numbers the invoices of the missed periods in order") {
    Workspace ws = workspace();
    RecurringTemplate t = monthly(day(2026, 1, 5));
    t.autoIssue = true;
    REQUIRE(addRecurring(ws, t).ok);
    CatchUp c = catchUpRecurring(ws, day(2026, 3, 6));
    REQUIRE(c.issued.size() == 3);
    CHECK(c.failures.empty());
    CHECK(ws.findDocument(c.issued[0])->number == "F-2026-0001");
    CHECK(ws.findDocument(c.issued[2])->number == "F-2026-0003");
    CHECK(integrityProblems(ws).empty());
}

TEST_CASE("a template needs a name, a known client and lines") {
    Workspace ws = workspace();
    RecurringTemplate t = monthly(day(2026, 1, 5));
    t.clientId = "nobody";
    CHECK(addRecurring(ws, t).errorKey == "recurring.clientRequired");
    t = monthly(day(2026, 1, 5));
    t.lines.clear();
    CHECK(addRecurring(ws, t).errorKey == "recurring.linesRequired");
    t = monthly(day(2026, 1, 5));
    t.end = day(2025, 1, 1);
    CHECK(addRecurring(ws, t).errorKey == "recurring.endBeforeStart");
}

TEST_CASE("upcoming invoices list the next occurrences with their total") {
    Workspace ws = workspace();
    REQUIRE(addRecurring(ws, monthly(day(2026, 1, 15))).ok);
    catchUpRecurring(ws, day(2026, 3, 20));
    auto up = upcomingRecurring(ws, day(2026, 3, 20), day(2026, 6, 30));
    REQUIRE(up.size() == 3);
    CHECK(up[0].date == day(2026, 4, 15));
    CHECK(up[2].date == day(2026, 6, 15));
    CHECK(up[0].total == 30000);  // 250.00 + 20 %
}

TEST_CASE("an automatic issue that fails leaves a draft and says why") {
    Workspace ws = workspace();
    ws.seller.siren.clear();  // the profile cannot issue
    RecurringTemplate t = monthly(day(2026, 1, 5));
    t.autoIssue = true;
    REQUIRE(addRecurring(ws, t).ok);
    CatchUp c = catchUpRecurring(ws, day(2026, 1, 6));
    REQUIRE(c.created.size() == 1);
    CHECK(c.issued.empty());
    REQUIRE(c.failures.size() == 1);
    CHECK(c.failures[0].templateName == "Maintenance mensuelle");
    CHECK(c.failures[0].key.rfind("legal.", 0) == 0);
    CHECK(ws.findDocument(c.created[0])->status == Status::Draft);
}
