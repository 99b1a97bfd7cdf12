// Recurring invoices: a template (client, lines, every N weeks / months / quarters / years, start,
// optional end) whose occurrences become drafts (or issued invoices) when they fall due. Catching up
// is idempotent: each occurrence index is created exactly once, however often the app opens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/document.h"

namespace facturier {

struct Workspace;
struct OpResult;

enum class Frequency { Weekly, Monthly, Quarterly, Yearly };
const char* frequencyKey(Frequency f);  // "weekly", "monthly", "quarterly", "yearly"
std::optional<Frequency> frequencyFromKey(const std::string& key);

struct RecurringTemplate {
    std::string id;
    std::string name;                 // "Maintenance mensuelle"
    std::string clientId;
    std::vector<Line> lines;
    std::string notes;
    Frequency frequency = Frequency::Monthly;
    int interval = 1;                 // every `interval` weeks / months / quarters / years
    Date start;                       // date of the first occurrence
    std::optional<Date> end;          // last possible occurrence date (inclusive)
    bool autoIssue = false;           // issue the invoice at once instead of leaving a draft
    bool active = true;               // paused templates create nothing
    int generated = 0;                // occurrences already created (0, 1, 2 …): the catch-up cursor
    bool operator==(const RecurringTemplate&) const = default;
};

// Date of occurrence `index` (0 = start). Months are counted from the start date, so the 31st gives
// the last day of shorter months and comes back to the 31st after.
Date occurrenceDate(const RecurringTemplate& t, int index);
// Occurrences from `from` to `until` inclusive (at most `limit`), with their index.
struct Occurrence {
    std::string templateId;
    int index = 0;
    Date date;
};
std::vector<Occurrence> occurrencesBetween(const RecurringTemplate& t, Date from, Date until, int limit = 1000);

// [SECTION] Operations
OpResult addRecurring(Workspace& ws, RecurringTemplate t);     // gives it an id; checks client and lines
OpResult updateRecurring(Workspace& ws, const RecurringTemplate& t);  // keeps the catch-up cursor
OpResult removeRecurring(Workspace& ws, const std::string& id);  // documents made from it stay

// Creates every occurrence that fell due up to `today` and was not created yet (each index once:
// the template's cursor moves in the same change, and a document already carrying the index is never
// made again). With autoIssue the invoice is issued on `today`. Failures leave a draft and are listed.
struct CatchUpFailure {
    std::string templateName;
    std::string key;                   // why: the add or issue error, or the first validation issue
};
struct CatchUp {
    std::vector<std::string> created;  // document ids
    std::vector<std::string> issued;   // document ids issued automatically
    std::vector<CatchUpFailure> failures;
};
CatchUp catchUpRecurring(Workspace& ws, Date today);

// What the templates will create from tomorrow to `until` (the "upcoming" list, the cash forecast).
struct UpcomingInvoice {
    std::string templateId;
    std::string name;
    std::string clientId;
    Date date;
    std::int64_t total = 0;  // incl. VAT, in the workspace currency
};
std::vector<UpcomingInvoice> upcomingRecurring(const Workspace& ws, Date today, Date until);
// The grand total an occurrence of `t` would have (lines as they are now).
std::int64_t recurringTotal(const Workspace& ws, const RecurringTemplate& t);

}  // namespace facturier
