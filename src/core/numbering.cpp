// Number patterns and the gapless counter of a series.
#include "core/numbering.h"

#include <cstdio>

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
    if (pattern.size() > 40) return "numbering.tooLong";
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

}  // namespace facturier
