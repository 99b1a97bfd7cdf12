// Issued numbers checked wherever they came from: a number used twice, numbers missing in a series.
#include <doctest.h>

#include <algorithm>

#include "core/workspace.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

namespace {
std::vector<std::string> numberingTexts(const std::vector<Series>& series, const std::vector<NumberedDocument>& docs) {
    std::vector<std::string> out;
    for (const auto& p : numberingProblems(series, docs)) out.push_back(p.text());
    return out;
}
const std::vector<Series> kSeries = Workspace::withDefaultSeries().series;
}  // namespace

TEST_CASE("two invoices numbered F-2026-0120 and none numbered F-2026-0121 are reported, numbers named") {
    Workspace ws = workspaceWithNumberingFault();
    REQUIRE(ws.documents.size() == 3);
    std::vector<std::string> numbers;
    for (const auto& d : ws.documents) numbers.push_back(d.number);
    REQUIRE(numbers == std::vector<std::string>{"F-2026-0120", "F-2026-0120", "F-2026-0122"});
    // The journal holds together: before, the integrity check said nothing at all.
    CHECK_FALSE(verifyJournal(ws.journal.entries()));
    CHECK(integrityProblems(ws) ==
          std::vector<std::string>{"F-2026-0120 is used by 2 documents", "F-2026-0121 is missing between F-2026-0120 and F-2026-0122"});
    auto issues = integrityIssues(ws);
    REQUIRE(issues.size() == 2);
    CHECK(issues[0].key == "numbering.duplicate");
    CHECK(issues[0].args == std::vector<std::string>{"F-2026-0120", "2"});
    CHECK(issues[1].key == "numbering.gap");
    CHECK(issues[1].args == std::vector<std::string>{"F-2026-0121", "F-2026-0120", "F-2026-0122"});
}

TEST_CASE("a number's counter is read through its series' pattern") {
    CHECK(sequenceOf("F-{YYYY}-{SEQ:4}", "F-2026-0120") == 120);
    CHECK(sequenceOf("F-{YYYY}-{SEQ:4}", "F-2026-12345") == 12345);  // past the padding
    CHECK(sequenceOf("{YY}{MM}-{SEQ}", "2611-7") == 7);
    CHECK(sequenceOf("FAC{SEQ:3}/{YY}", "FAC012/26") == 12);
    CHECK(sequenceOf("AV-{YYYY}-{SEQ:4}", "F-2026-0120") == std::nullopt);
    CHECK(sequenceOf("F-{YYYY}-{SEQ:4}", "F-26-0120") == std::nullopt);
    CHECK(sequenceOf("F-{YYYY}-{SEQ:4}", "F-2026-") == std::nullopt);
    CHECK(sequenceOf("F-{YYYY}-{SEQ:4}", "F-2026-01a0") == std::nullopt);
    CHECK(sequenceOf("F-{YYYY}", "F-2026") == std::nullopt);  // no counter in the pattern
}

TEST_CASE("a complete series, one starting past 1, and yearly resets have no gap") {
    Date d = Date::fromYmd(2026, 3, 2);
    CHECK(numberingTexts(kSeries, {{"F-2026-0120", "invoice", d}, {"F-2026-0121", "invoice", d}, {"F-2026-0122", "invoice", d},
                                   {"AV-2026-0001", "credit", d}, {"D-2026-0001", "quote", d}})
              .empty());
    // The counter went back to 1 in January: 2025's last number and 2026's first are two series.
    CHECK(numberingTexts(kSeries, {{"F-2025-0042", "invoice", Date::fromYmd(2025, 12, 31)},
                                   {"F-2026-0001", "invoice", Date::fromYmd(2026, 1, 2)}})
              .empty());
    // Without a yearly reset the counter runs on across years.
    std::vector<Series> running = {Series{"invoice", "F{YY}-{SEQ:5}", false, 0, 0, std::nullopt}};
    CHECK(numberingTexts(running, {{"F25-00041", "invoice", Date::fromYmd(2025, 12, 31)},
                                   {"F26-00043", "invoice", Date::fromYmd(2026, 1, 2)}}) ==
          std::vector<std::string>{"F25-00042 is missing between F25-00041 and F26-00043"});
}

TEST_CASE("several missing numbers are named as a range, in every series, quotes and credit notes included") {
    Date d = Date::fromYmd(2026, 3, 2);
    CHECK(numberingTexts(kSeries, {{"F-2026-0007", "invoice", d}, {"F-2026-0003", "invoice", d},
                                   {"AV-2026-0001", "credit", d}, {"AV-2026-0003", "credit", d},
                                   {"D-2026-0001", "quote", d}, {"D-2026-0001", "quote", d}}) ==
          std::vector<std::string>{"D-2026-0001 is used by 2 documents",
                                   "AV-2026-0002 is missing between AV-2026-0001 and AV-2026-0003",
                                   "F-2026-0004 to F-2026-0006 (3 numbers) are missing between F-2026-0003 and F-2026-0007"});
}

TEST_CASE("numbers that no longer fit their series' pattern are counted by their own digits") {
    // An older pattern ("FAC-2026-…") before the current one: each keeps its own continuity.
    Date d = Date::fromYmd(2026, 3, 2);
    CHECK(numberingTexts(kSeries, {{"FAC-2026-17", "invoice", d}, {"FAC-2026-18", "invoice", d}, {"F-2026-0019", "invoice", d}}).empty());
    CHECK(numberingTexts(kSeries, {{"FAC-2026-17", "invoice", d}, {"FAC-2026-19", "invoice", d}}) ==
          std::vector<std::string>{"FAC-2026-18 is missing between FAC-2026-17 and FAC-2026-19"});
    CHECK(numberingTexts(kSeries, {{"F-2026-0001", "nosuchseries", d}, {"F-2026-0003", "nosuchseries", d}}) ==
          std::vector<std::string>{"F-2026-0002 is missing between F-2026-0001 and F-2026-0003"});
}

TEST_CASE("an issued document removed from the workspace is missing even when it was the last of its series") {
    Workspace ws = workspaceWithNumberingFault();
    REQUIRE(ws.documents.size() == 3);
    ws.documents.erase(ws.documents.begin() + 2);  // F-2026-0122, the last one
    auto problems = integrityProblems(ws);
    CHECK(std::find(problems.begin(), problems.end(), "F-2026-0122: issued (journal entry 3) but missing from the documents") != problems.end());
}

TEST_CASE("issuing from the app never makes a duplicate or a gap") {
    Workspace ws = workspace();
    for (int i = 0; i < 5; ++i) REQUIRE(issueDocument(ws, draftInvoice(ws), day(2026, 3, 2 + i)).ok);
    CHECK(integrityIssues(ws).empty());
}
