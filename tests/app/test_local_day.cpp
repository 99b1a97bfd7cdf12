// "Today" is the user's local calendar day: the CLI's and the app's defaults, overdue, reminders,
// recurring catch-up and archives, under several time zones at fixed instants.
#include <doctest.h>

#include <cstdlib>
#include <ctime>
#include <string>

#include "app/archive.h"
#include "app/clock.h"
#include "app/session.h"
#include "io/fec.h"
#include "io/zip.h"

using namespace facturier;

namespace {
// Sets TZ for the C library for the scope of a test, then puts back what was there.
struct TimeZone {
    std::string previous;
    bool had = false;
    explicit TimeZone(const char* zone) {
        if (const char* p = std::getenv("TZ")) { previous = p; had = true; }
        setenv("TZ", zone, 1);
        tzset();
    }
    ~TimeZone() {
        if (had) setenv("TZ", previous.c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }
};
std::int64_t instant(const char* iso) {
    auto t = parseIsoInstant(iso);
    REQUIRE_MESSAGE(t, iso);
    return *t;
}
std::string text(const std::vector<std::uint8_t>& b) { return {b.begin(), b.end()}; }
}  // namespace

TEST_CASE("the local day is the wall-clock day in Paris, Kiritimati and Los Angeles, winter and summer") {
    struct Case {
        const char* zone;
        const char* at;
        const char* day;
    };
    const Case cases[] = {
        {"Europe/Paris", "2026-11-29T23:30:00Z", "2026-11-30"},         // 00:30 in Paris (UTC+1)
        {"Europe/Paris", "2026-11-29T22:59:59Z", "2026-11-29"},         // 23:59:59 in Paris
        {"Europe/Paris", "2026-06-30T22:30:00Z", "2026-07-01"},         // 00:30 in summer time (UTC+2)
        {"Europe/Paris", "2026-06-30T21:30:00Z", "2026-06-30"},         // 23:30 in summer time
        {"Pacific/Kiritimati", "2026-11-29T10:30:00Z", "2026-11-30"},   // UTC+14: 00:30 the next day
        {"Pacific/Kiritimati", "2026-11-29T09:30:00Z", "2026-11-29"},
        {"America/Los_Angeles", "2026-11-29T23:30:00Z", "2026-11-29"},  // 15:30 the same day (UTC−8)
        {"America/Los_Angeles", "2026-11-30T07:59:00Z", "2026-11-29"},  // 23:59 (the UTC day is the 30th)
        {"America/Los_Angeles", "2026-11-30T08:00:00Z", "2026-11-30"},
        {"UTC", "2026-11-29T23:30:00Z", "2026-11-29"},
    };
    for (const auto& c : cases) {
        TimeZone tz(c.zone);
        std::string zone = c.zone, at = c.at;
        CAPTURE(zone);
        CAPTURE(at);
        CHECK(app::localDayAt(instant(c.at)).iso() == c.day);
    }
}

TEST_CASE("archive near midnight in Paris is dated the local day") {
    // Reported: `facturier archive` at 00:30 in Paris on 30 November was dated the 29th (the UTC day)
    // and its FEC, closing that day, left out the invoice of the 30th that the archive held.
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 12, 5));  // its last invoice: 30 November
    const Document* last = nullptr;
    for (const auto& d : ws.documents)
        if (d.number == "F-2026-0004") last = &d;
    REQUIRE(last);
    REQUIRE(last->issueDate == Date::fromYmd(2026, 11, 30));

    std::int64_t at = instant("2026-11-29T23:30:00Z");
    CHECK(localDay(at, 0).iso() == "2026-11-29");  // the UTC day the archive used to get
    TimeZone paris("Europe/Paris");
    Date today = app::localDayAt(at);
    CHECK(today.iso() == "2026-11-30");

    app::ArchiveResult r = app::buildArchive(ws, today);
    REQUIRE(r.ok);
    CHECK(r.fileName == "facturier-archive-732829320-2026-11-30.zip");
    io::ZipContents zip = io::readZip(r.bytes);
    REQUIRE(zip.ok);
    const io::ZipEntry* manifest = zip.find("manifest.json");
    REQUIRE(manifest);
    CHECK(text(manifest->data).find("\"created\": \"2026-11-30\"") != std::string::npos);
    const io::ZipEntry* fec = zip.find("comptabilite/732829320FEC20261130.txt");
    REQUIRE(fec);
    CHECK(text(fec->data).find("F-2026-0004") != std::string::npos);
    // The UTC day's FEC is the one that missed it.
    CHECK(io::fecText(ws, localDay(at, 0)).find("F-2026-0004") == std::string::npos);
}

TEST_CASE("overdue, reminders, recurring catch-up and new drafts follow the local day in every time zone") {
    // One instant, three zones: it is already 30 November in Paris and Kiritimati, still the 29th in
    // Los Angeles. An invoice due on the 29th is overdue only where the 29th is over; a monthly
    // template starting on the 30th falls due only there.
    struct Case {
        const char* zone;
        int day;
    };
    const Case cases[] = {{"Europe/Paris", 30}, {"Pacific/Kiritimati", 30}, {"America/Los_Angeles", 29}};
    std::int64_t at = instant("2026-11-29T23:30:00Z");
    for (const auto& c : cases) {
        TimeZone tz(c.zone);
        std::string zone = c.zone;
        CAPTURE(zone);
        Date today = app::localDayAt(at);
        CHECK(today == Date::fromYmd(2026, 11, c.day));

        Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
        ws.recurring.clear();
        Document d = newDraft(ws, DocumentType::Invoice, ws.clients[0].id, Date::fromYmd(2026, 11, 23));
        d.lines = ws.documents[0].lines;
        std::string id = addDraft(ws, d).id;
        REQUIRE(issueDocument(ws, id, Date::fromYmd(2026, 11, 23)).ok);
        ws.findDocument(id)->dueDate = Date::fromYmd(2026, 11, 29);
        CHECK(isOverdue(ws, *ws.findDocument(id), today) == (c.day == 30));

        ws.settings.dunning.friendlyDays = 1;
        bool reminded = false;
        for (const auto& due : remindersDue(ws, today)) reminded |= due.documentId == id;
        CHECK(reminded == (c.day == 30));  // a day late only where the 29th is over

        RecurringTemplate t;
        t.name = "Maintenance";
        t.clientId = ws.clients[0].id;
        t.lines = ws.documents[0].lines;
        t.start = Date::fromYmd(2026, 11, 30);
        REQUIRE(addRecurring(ws, t).ok);
        CHECK(catchUpRecurring(ws, today).created.size() == (c.day == 30 ? 1u : 0u));

        Document draft = newDraft(ws, DocumentType::Invoice, ws.clients[0].id, today);
        CHECK(draft.issueDate.day() == c.day);
    }
}

TEST_CASE("a new session's today is the local day, not the UTC day") {
    TimeZone kiritimati("Pacific/Kiritimati");  // 10 to 14 hours ahead of UTC: the days differ half the time
    std::int64_t before = app::nowEpochSeconds();
    store::MemoryStore store;
    app::Session s(store);
    std::int64_t after = app::nowEpochSeconds();
    // Kiritimati is UTC+14 all year; the two readings differ only if its midnight passed meanwhile.
    CHECK((s.today() == localDay(before, 14 * 3600) || s.today() == localDay(after, 14 * 3600)));
}
