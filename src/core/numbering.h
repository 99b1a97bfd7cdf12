// Gapless numbering series: "F-{YYYY}-{SEQ:4}" → F-2026-0001. A number is given only when a document
// is issued; issue dates never go backwards within a series; an optional yearly reset.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"

namespace facturier {

struct Series {
    std::string id;               // "invoice", "credit", "quote", "deposit"
    std::string pattern;          // tokens: {YYYY} {YY} {MM} {SEQ} {SEQ:n}
    bool yearlyReset = true;
    long long lastSeq = 0;        // last number given (in lastYear when yearlyReset)
    int lastYear = 0;
    std::optional<Date> lastIssueDate;
    bool operator==(const Series&) const = default;
};

// Empty when the pattern is usable; otherwise a message key ("numbering.noSeq", …).
std::string checkPattern(const std::string& pattern);
// The number a sequence value gets on a date, without touching the series.
std::string formatNumber(const std::string& pattern, long long seq, Date date);

struct NumberAllocation {
    std::string number;
    long long seq = 0;
    int year = 0;
};

// What the next number would be on `date`; an error key when the date goes back in time
// ("numbering.dateBeforeLast") or the pattern is unusable.
struct NextNumber {
    std::optional<NumberAllocation> allocation;
    std::string errorKey;
};
NextNumber peekNextNumber(const Series& s, Date date);
// Records the allocation in the series (call only once the document is issued).
void commitNumber(Series& s, const NumberAllocation& a, Date date);

}  // namespace facturier
