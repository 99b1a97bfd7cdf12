// Gapless numbering series: "F-{YYYY}-{SEQ:4}" → F-2026-0001. A number is given only when a document
// is issued; issue dates never go backwards within a series; an optional yearly reset. And the check
// of issued numbers, wherever they came from: no number used twice, no number missing in a series.
#pragma once

#include <optional>
#include <string>
#include <vector>

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

// [SECTION] Checking issued numbers
// The counter a number carries under a pattern: "F-2026-0120" under "F-{YYYY}-{SEQ:4}" → 120;
// nullopt when the number does not have the pattern's shape.
std::optional<long long> sequenceOf(const std::string& pattern, const std::string& number);

struct NumberedDocument {
    std::string number;
    std::string seriesId;   // the series that gave the number
    Date issueDate;
};
// A number used by more than one document, or numbers missing between two of a series.
struct NumberingProblem {
    enum class Kind { Duplicate, Gap };
    Kind kind = Kind::Duplicate;
    std::string number;       // Duplicate: the number; Gap: the first missing number
    std::string lastMissing;  // Gap: the last missing number (the same when one is missing)
    std::string before, after;  // Gap: the numbers on either side
    long long count = 0;      // Duplicate: documents using the number; Gap: numbers missing
    // "numbering.duplicate", "numbering.gap" or "numbering.gapRange", and its arguments in order.
    std::string key() const;
    std::vector<std::string> args() const;
    // "F-2026-0120 is used by 2 documents", "F-2026-0121 is missing between F-2026-0120 and F-2026-0122".
    std::string text() const;
};
// Every duplicate and every gap among `documents` (issued ones). A series is the documents of one
// series id (and of one year when it resets yearly), counted by the pattern of `series`; a number
// that does not fit its series' pattern (a pattern changed, a file from elsewhere) is counted by its
// last run of digits among the numbers sharing its prefix and suffix. A gap is a number missing
// between the first and the last of a series: a series may start anywhere (numbers carried over).
std::vector<NumberingProblem> numberingProblems(const std::vector<Series>& series, const std::vector<NumberedDocument>& documents);

}  // namespace facturier
