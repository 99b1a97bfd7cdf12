// Number patterns, the gapless counter of a series, and the check of issued numbers (duplicates, gaps).
#include "core/numbering.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace facturier {

namespace {
std::string pad(long long v, int width) {
    std::string s = std::to_string(v);
    if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<size_t>(width) - s.size(), '0');
    return s;
}
}  // namespace

std::string checkPattern(const std::string& pattern) {
    if (pattern.empty()) return "numbering.empty";
    size_t seq = pattern.find("{SEQ");
    if (seq == std::string::npos) return "numbering.noSeq";
    if (pattern.find("{SEQ", seq + 1) != std::string::npos) return "numbering.twoSeq";
    for (size_t p = pattern.find('{'); p != std::string::npos; p = pattern.find('{', p + 1)) {
        size_t close = pattern.find('}', p);
        if (close == std::string::npos) return "numbering.unclosed";
        std::string tok = pattern.substr(p + 1, close - p - 1);
        bool ok = tok == "YYYY" || tok == "YY" || tok == "MM" || tok == "SEQ";
        if (tok.rfind("SEQ:", 0) == 0 && tok.size() == 5 && tok[4] >= '1' && tok[4] <= '9') ok = true;
        if (!ok) return "numbering.unknownToken";
    }
    // The numbers it gives are French invoice ids (BT-1): at most 35 characters (BR-FR-01) of
    // A-Z a-z 0-9 + - _ / (BR-FR-02). Counted with the widest values: {YYYY} 4, {YY} and {MM} 2, and a
    // counter of up to 9 digits (or its padding).
    std::size_t longest = 0;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            size_t close = pattern.find('}', i);
            std::string tok = pattern.substr(i + 1, close - i - 1);
            longest += tok == "YYYY" ? 4 : tok == "SEQ" || tok.rfind("SEQ:", 0) == 0 ? 9 : 2;
            i = close;
            continue;
        }
        char c = pattern[i];
        bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
                       c == '_' || c == '/';
        if (!allowed) return "numbering.characters";
        ++longest;
    }
    if (longest > 35) return "numbering.tooLong";
    return "";
}

std::string formatNumber(const std::string& pattern, long long seq, Date date) {
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{') { out += pattern[i]; continue; }
        size_t close = pattern.find('}', i);
        if (close == std::string::npos) { out += pattern.substr(i); break; }
        std::string tok = pattern.substr(i + 1, close - i - 1);
        if (tok == "YYYY") out += pad(date.year(), 4);
        else if (tok == "YY") out += pad(date.year() % 100, 2);
        else if (tok == "MM") out += pad(date.month(), 2);
        else if (tok == "SEQ") out += std::to_string(seq);
        else if (tok.rfind("SEQ:", 0) == 0) out += pad(seq, tok[4] - '0');
        else out += "{" + tok + "}";
        i = close;
    }
    return out;
}

NextNumber peekNextNumber(const Series& s, Date date) {
    NextNumber r;
    if (auto key = checkPattern(s.pattern); !key.empty()) { r.errorKey = key; return r; }
    if (s.yearlyReset && s.pattern.find("{YY") == std::string::npos) { r.errorKey = "numbering.resetNeedsYear"; return r; }
    if (s.lastIssueDate && date < *s.lastIssueDate) { r.errorKey = "numbering.dateBeforeLast"; return r; }
    NumberAllocation a;
    a.year = date.year();
    a.seq = (s.yearlyReset && s.lastYear != a.year) ? 1 : s.lastSeq + 1;
    a.number = formatNumber(s.pattern, a.seq, date);
    r.allocation = a;
    return r;
}

void commitNumber(Series& s, const NumberAllocation& a, Date date) {
    s.lastSeq = a.seq;
    s.lastYear = a.year;
    s.lastIssueDate = date;
}

// [SECTION] Checking issued numbers
namespace {
bool allDigits(const std::string& s, std::size_t from, std::size_t n) {
    if (from + n > s.size()) return false;
    for (std::size_t i = from; i < from + n; ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}
// Checks `text` against the fixed-width part of a pattern (no {SEQ}): literals equal, tokens digits.
bool matchesFixed(const std::string& part, const std::string& text) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < part.size(); ++i) {
        if (part[i] != '{') {
            if (at >= text.size() || text[at++] != part[i]) return false;
            continue;
        }
        std::size_t close = part.find('}', i);
        if (close == std::string::npos) return false;
        std::string tok = part.substr(i + 1, close - i - 1);
        std::size_t width = tok == "YYYY" ? 4 : (tok == "YY" || tok == "MM") ? 2 : 0;
        if (width == 0 || !allDigits(text, at, width)) return false;
        at += width;
        i = close;
    }
    return at == text.size();
}
std::size_t fixedWidth(const std::string& part) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < part.size(); ++i) {
        if (part[i] != '{') { ++n; continue; }
        std::size_t close = part.find('}', i);
        if (close == std::string::npos) return n + part.size() - i;
        std::string tok = part.substr(i + 1, close - i - 1);
        n += tok == "YYYY" ? 4 : 2;
        i = close;
    }
    return n;
}

// One counted document: the group it is counted in, its counter, and how to name a neighbour.
struct Counted {
    std::string group;
    long long seq = 0;
    const NumberedDocument* doc = nullptr;
    const Series* series = nullptr;   // counted by the series' pattern
    std::string prefix, suffix;       // otherwise: the text around the last run of digits
    std::size_t width = 0;
};
std::string nameOf(const Counted& around, long long seq) {
    if (around.series) return formatNumber(around.series->pattern, seq, around.doc->issueDate);
    return around.prefix + pad(seq, static_cast<int>(around.width)) + around.suffix;
}
}  // namespace

std::optional<long long> sequenceOf(const std::string& pattern, const std::string& number) {
    if (!checkPattern(pattern).empty()) return std::nullopt;
    std::size_t seq = pattern.find("{SEQ");
    std::size_t close = pattern.find('}', seq);
    std::string head = pattern.substr(0, seq), tail = pattern.substr(close + 1);
    std::size_t headWidth = fixedWidth(head), tailWidth = fixedWidth(tail);
    if (number.size() <= headWidth + tailWidth) return std::nullopt;
    std::size_t digits = number.size() - headWidth - tailWidth;
    if (digits > 18 || !allDigits(number, headWidth, digits)) return std::nullopt;
    if (!matchesFixed(head, number.substr(0, headWidth)) || !matchesFixed(tail, number.substr(headWidth + digits))) return std::nullopt;
    return std::stoll(number.substr(headWidth, digits));
}

std::string NumberingProblem::key() const {
    if (kind == Kind::Duplicate) return "numbering.duplicate";
    return count == 1 ? "numbering.gap" : "numbering.gapRange";
}

std::vector<std::string> NumberingProblem::args() const {
    if (kind == Kind::Duplicate) return {number, std::to_string(count)};
    if (count == 1) return {number, before, after};
    return {number, lastMissing, std::to_string(count), before, after};
}

std::string NumberingProblem::text() const {
    if (kind == Kind::Duplicate) return number + " is used by " + std::to_string(count) + " documents";
    if (count == 1) return number + " is missing between " + before + " and " + after;
    return number + " to " + lastMissing + " (" + std::to_string(count) + " numbers) are missing between " + before + " and " + after;
}

std::vector<NumberingProblem> numberingProblems(const std::vector<Series>& series, const std::vector<NumberedDocument>& documents) {
    std::vector<NumberingProblem> problems;
    std::map<std::string, long long> uses;
    for (const auto& d : documents)
        if (!d.number.empty()) ++uses[d.number];
    for (const auto& [number, n] : uses)
        if (n > 1) problems.push_back({NumberingProblem::Kind::Duplicate, number, {}, {}, {}, n});

    std::map<std::string, std::vector<Counted>> groups;
    for (const auto& d : documents) {
        if (d.number.empty()) continue;
        Counted c;
        c.doc = &d;
        const Series* s = nullptr;
        for (const auto& candidate : series)
            if (candidate.id == d.seriesId) s = &candidate;
        if (s) {
            if (auto seq = sequenceOf(s->pattern, d.number)) {
                c.series = s;
                c.seq = *seq;
                c.group = "series:" + s->id + (s->yearlyReset ? ":" + std::to_string(d.issueDate.year()) : "");
            }
        }
        if (!c.series) {
            std::size_t end = d.number.find_last_of("0123456789");
            if (end == std::string::npos) continue;  // no counter to follow
            std::size_t begin = d.number.find_last_not_of("0123456789", end);
            begin = begin == std::string::npos ? 0 : begin + 1;
            c.width = end + 1 - begin;
            if (c.width > 18) continue;
            c.prefix = d.number.substr(0, begin);
            c.suffix = d.number.substr(end + 1);
            c.seq = std::stoll(d.number.substr(begin, c.width));
            c.group = "shape:" + d.seriesId + ":" + c.prefix + "#" + c.suffix;
        }
        groups[c.group].push_back(c);
    }
    for (auto& [group, counted] : groups) {
        std::stable_sort(counted.begin(), counted.end(), [](const Counted& a, const Counted& b) { return a.seq < b.seq; });
        for (std::size_t i = 1; i < counted.size(); ++i) {
            const Counted& a = counted[i - 1];
            const Counted& b = counted[i];
            if (b.seq <= a.seq + 1) continue;
            NumberingProblem p;
            p.kind = NumberingProblem::Kind::Gap;
            p.count = b.seq - a.seq - 1;
            p.number = nameOf(a, a.seq + 1);
            p.lastMissing = nameOf(a, b.seq - 1);
            p.before = a.doc->number;
            p.after = b.doc->number;
            problems.push_back(std::move(p));
        }
    }
    return problems;
}

}  // namespace facturier
