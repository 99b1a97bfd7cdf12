// Recurring templates and their idempotent catch-up.
#include "core/recurring.h"

#include <algorithm>

#include "core/workspace.h"

namespace facturier {

const char* frequencyKey(Frequency f) {
    switch (f) {
    case Frequency::Weekly: return "weekly";
    case Frequency::Monthly: return "monthly";
    case Frequency::Quarterly: return "quarterly";
    case Frequency::Yearly: return "yearly";
    }
    return "monthly";
}

std::optional<Frequency> frequencyFromKey(const std::string& key) {
    for (Frequency f : {Frequency::Weekly, Frequency::Monthly, Frequency::Quarterly, Frequency::Yearly})
        if (key == frequencyKey(f)) return f;
    return std::nullopt;
}

Date occurrenceDate(const RecurringTemplate& t, int index) {
    int n = std::max(1, t.interval) * index;
    switch (t.frequency) {
    case Frequency::Weekly: return t.start.addDays(7 * n);
    case Frequency::Monthly: return t.start.addMonths(n);
    case Frequency::Quarterly: return t.start.addMonths(3 * n);
    case Frequency::Yearly: return t.start.addMonths(12 * n);
    }
    return t.start;
}

std::vector<Occurrence> occurrencesBetween(const RecurringTemplate& t, Date from, Date until, int limit) {
    std::vector<Occurrence> out;
    if (!t.active) return out;
    for (int i = t.generated; static_cast<int>(out.size()) < limit; ++i) {
        Date d = occurrenceDate(t, i);
        if (d > until || (t.end && d > *t.end)) break;
        if (d >= from) out.push_back({t.id, i, d});
    }
    return out;
}

// [SECTION] Operations
namespace {
OpResult checkTemplate(const Workspace& ws, const RecurringTemplate& t) {
    if (t.name.empty()) return OpResult::fail("recurring.nameRequired");
    if (!ws.findClient(t.clientId)) return OpResult::fail("recurring.clientRequired");
    if (t.lines.empty()) return OpResult::fail("recurring.linesRequired");
    if (t.interval < 1 || t.interval > 52) return OpResult::fail("recurring.interval");
    if (t.end && *t.end < t.start) return OpResult::fail("recurring.endBeforeStart");
    return OpResult::success(t.id);
}
RecurringTemplate* findTemplate(Workspace& ws, const std::string& id) {
    for (auto& t : ws.recurring)
        if (t.id == id) return &t;
    return nullptr;
}
}  // namespace

OpResult addRecurring(Workspace& ws, RecurringTemplate t) {
    if (t.id.empty()) t.id = ws.newId("rec");
    if (findTemplate(ws, t.id)) return OpResult::fail("lifecycle.duplicateId", t.id);
    t.generated = 0;
    if (OpResult r = checkTemplate(ws, t); !r.ok) return r;
    std::string id = t.id;
    ws.recurring.push_back(std::move(t));
    return OpResult::success(id);
}

OpResult updateRecurring(Workspace& ws, const RecurringTemplate& t) {
    RecurringTemplate* stored = findTemplate(ws, t.id);
    if (!stored) return OpResult::fail("recurring.unknown", t.id);
    if (OpResult r = checkTemplate(ws, t); !r.ok) return r;
    int generated = stored->generated;
    *stored = t;
    stored->generated = generated;
    return OpResult::success(t.id);
}

OpResult removeRecurring(Workspace& ws, const std::string& id) {
    auto it = std::find_if(ws.recurring.begin(), ws.recurring.end(), [&](const auto& t) { return t.id == id; });
    if (it == ws.recurring.end()) return OpResult::fail("recurring.unknown", id);
    ws.recurring.erase(it);
    return OpResult::success(id);
}

namespace {
Document occurrenceDraft(Workspace& ws, const RecurringTemplate& t, int index, Date date) {
    Document d = newDraft(ws, DocumentType::Invoice, t.clientId, date);
    d.lines = t.lines;
    d.notes = t.notes;
    d.recurringId = t.id;
    d.occurrence = index;
    // The period the invoice covers: from this occurrence to the day before the next one.
    d.periodStart = date;
    d.deliveryDate = occurrenceDate(t, index + 1).addDays(-1);
    return d;
}
bool occurrenceExists(const Workspace& ws, const std::string& templateId, int index) {
    for (const auto& d : ws.documents)
        if (d.recurringId == templateId && d.occurrence == index) return true;
    return false;
}
}  // namespace

CatchUp catchUpRecurring(Workspace& ws, Date today) {
    CatchUp result;
    for (std::size_t ti = 0; ti < ws.recurring.size(); ++ti) {
        RecurringTemplate t = ws.recurring[ti];
        if (!t.active || !ws.findClient(t.clientId)) continue;
        for (const Occurrence& o : occurrencesBetween(t, t.start, today)) {
            ws.recurring[ti].generated = o.index + 1;  // the cursor moves in the same change as the draft
            if (occurrenceExists(ws, t.id, o.index)) continue;
            OpResult added = addDraft(ws, occurrenceDraft(ws, t, o.index, o.date));
            if (!added.ok) {
                result.failures.push_back({t.name, added.errorKey});
                continue;
            }
            result.created.push_back(added.id);
            if (!t.autoIssue) continue;
            OpResult issued = issueDocument(ws, added.id, std::max(today, o.date));
            if (issued.ok) result.issued.push_back(added.id);
            else result.failures.push_back({t.name, issued.issues.empty() ? issued.errorKey : issued.issues.front().key});
        }
    }
    return result;
}

std::int64_t recurringTotal(const Workspace& ws, const RecurringTemplate& t) {
    Document d;
    d.lines = t.lines;
    if (auto cur = currencyByCode(ws.settings.currency)) d.currency = *cur;
    try {
        return computeTotals(d).grandTotal;
    } catch (const MoneyError&) {
        return 0;
    }
}

std::vector<UpcomingInvoice> upcomingRecurring(const Workspace& ws, Date today, Date until) {
    std::vector<UpcomingInvoice> out;
    for (const auto& t : ws.recurring) {
        std::int64_t total = recurringTotal(ws, t);
        for (const Occurrence& o : occurrencesBetween(t, today.addDays(1), until))
            out.push_back({t.id, t.name, t.clientId, o.date, total});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    return out;
}

}  // namespace facturier
