#include <doctest.h>

#include <sstream>

#include "app/session.h"
#include "io/csv_export.h"

using namespace facturier;

namespace {
std::vector<std::string> rows(const std::string& csv) {
    std::vector<std::string> out;
    std::string body = csv.rfind("\xEF\xBB\xBF", 0) == 0 ? csv.substr(3) : csv;
    for (std::size_t at = 0, next; at < body.size(); at = next + 2) {
        next = body.find("\r\n", at);
        if (next == std::string::npos) break;
        out.push_back(body.substr(at, next - at));
    }
    return out;
}
}  // namespace

TEST_CASE("CSV fields are quoted only when they hold a separator, a quote or a line break") {
    CHECK(io::csvField("Zoé", ';') == "Zoé");
    CHECK(io::csvField("a;b", ';') == "\"a;b\"");
    CHECK(io::csvField("a;b", ',') == "a;b");
    CHECK(io::csvField("Guide « Bien » \"facturer\"", ';') == "\"Guide « Bien » \"\"facturer\"\"\"");
    CHECK(io::csvField("deux\nlignes", ',') == "\"deux\nlignes\"");
}

TEST_CASE("the documents CSV has one row per document with the core's totals, in UTF-8 with a BOM") {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    std::string csv = io::documentsCsv(ws);
    CHECK(csv.rfind("\xEF\xBB\xBF" "id;number;type;", 0) == 0);
    auto r = rows(csv);
    REQUIRE(r.size() == ws.documents.size() + 1);
    const Document& first = ws.documents[0];
    Totals t = computeTotals(first);
    CHECK(r[1].find(first.number + ";invoice;paid;") != std::string::npos);
    CHECK(r[1].find(";" + t.money(t.grandTotal).toPlainString() + ";") != std::string::npos);
    CHECK(r[1].find("Société Générale des Œuvres") != std::string::npos);
}

TEST_CASE("lines, payments and clients CSV, with a comma separator on request") {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    io::CsvOptions comma{',', false};
    auto lines = rows(io::linesCsv(ws, comma));
    std::size_t lineCount = 0;
    for (const auto& d : ws.documents) lineCount += d.lines.size();
    CHECK(lines.size() == lineCount + 1);
    CHECK(lines[0].rfind("document_id,document_number,line,", 0) == 0);
    auto payments = rows(io::paymentsCsv(ws, comma));
    CHECK(payments.size() == 3);  // header + the two sample payments
    CHECK(payments[1].find(",transfer,VIR-0001,no") != std::string::npos);
    auto clients = rows(io::clientsCsv(ws));
    CHECK(clients.size() == ws.clients.size() + 1);
    CHECK(clients[2].find("\"Müller & Söhne GmbH\"") == std::string::npos);  // no needless quotes
    CHECK(clients[2].find("Müller & Söhne GmbH") != std::string::npos);
}
