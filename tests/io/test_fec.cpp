#include <doctest.h>

#include <algorithm>

#include <sstream>

#include "core/einvoicing.h"

#include <map>
#include <regex>

#include "app/session.h"
#include "io/fec.h"

using namespace facturier;

namespace {
std::vector<std::vector<std::string>> parse(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t at = 0, next; at < text.size(); at = next + 2) {
        next = text.find("\r\n", at);
        REQUIRE(next != std::string::npos);
        std::vector<std::string> fields;
        std::string line = text.substr(at, next - at);
        for (std::size_t a = 0, b;; a = b + 1) {
            b = line.find('|', a);
            fields.push_back(line.substr(a, b == std::string::npos ? std::string::npos : b - a));
            if (b == std::string::npos) break;
        }
        rows.push_back(fields);
    }
    return rows;
}
std::int64_t cents(const std::string& v) {
    std::string s = v;
    s.erase(s.find(','), 1);
    return std::stoll(s);
}
}  // namespace

TEST_CASE("the FEC has the 18 columns of article A47 A-1, balanced entries and well-formed fields") {
    std::vector<std::string> failures;
    Workspace ws = app::corpusWorkspace(&failures);
    REQUIRE(failures.empty());
    // Payments, so the bank journal has entries too.
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        const Document& d = ws.documents[i];
        if (d.type == DocumentType::Invoice && d.currency.code == "EUR" && balanceDue(ws, d) > 1000 && d.payments.empty())
            REQUIRE(recordPayment(ws, d.id, Payment{"", d.issueDate.addDays(3), 1000, PaymentMethod::Transfer, "VIR", false}).ok);
    }
    auto rows = parse(io::fecText(ws, Date::fromYmd(2026, 12, 31)));
    REQUIRE(rows.size() > 60);
    for (int i = 0; i < 18; ++i) CHECK(rows[0][static_cast<std::size_t>(i)] == io::kFecColumns[i]);
    std::regex date("^20[0-9]{6}$"), money("^[0-9]+,[0-9]{2}$");
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> byEntry;
    std::int64_t revenue = 0, vat = 0, bank = 0;
    int foreignRows = 0;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& f = rows[r];
        REQUIRE_MESSAGE(f.size() == 18, "row ", r);
        CHECK(std::regex_match(f[3], date));
        CHECK(std::regex_match(f[9], date));
        CHECK(std::regex_match(f[15], date));
        CHECK(std::regex_match(f[11], money));
        CHECK(std::regex_match(f[12], money));
        CHECK((cents(f[11]) == 0) != (cents(f[12]) == 0));  // one side per line
        CHECK_FALSE(f[8].empty());                           // PieceRef
        if (f[4] == "411000") CHECK_FALSE(f[6].empty());     // client auxiliary account
        // Documents not in euros: the original amount and its currency (Montantdevise, Idevise).
        if (!f[17].empty()) {
            CHECK(f[17] != "EUR");
            CHECK(currencyByCode(f[17]));
            CHECK_FALSE(f[16].empty());
            ++foreignRows;
        } else {
            CHECK(f[16].empty());
        }
        byEntry[f[2]].first += cents(f[11]);
        byEntry[f[2]].second += cents(f[12]);
        if (f[4] == "706000" || f[4] == "707000") revenue += cents(f[12]) - cents(f[11]);
        if (f[4] == "445710") vat += cents(f[12]) - cents(f[11]);
        if (f[4] == "512000") bank += cents(f[11]) - cents(f[12]);
    }
    for (const auto& [number, sums] : byEntry) CHECK_MESSAGE(sums.first == sums.second, "entry ", number, " is not balanced");

    // The ledger says what the core computed: revenue and VAT of invoices minus credit notes.
    std::int64_t expectedRevenue = 0, expectedVat = 0, expectedBank = 0;
    for (const auto& d : ws.documents) {
        if (!isIssued(d) || !isInvoiceLike(d.type)) continue;
        Totals t = computeTotals(d);
        if (d.currency.code != "EUR") {
            // Booked in euros at the document's rate: each VAT row converted, the sales line balancing the
            // client's converted total.
            REQUIRE(d.exchangeRate);
            std::int64_t sign = d.type == DocumentType::CreditNote ? -1 : 1, vatEur = 0;
            for (const auto& g : t.vat) vatEur += *toEuros(d, g.vat);
            expectedVat += sign * vatEur;
            expectedRevenue += sign * (*toEuros(d, t.dueAmount) - vatEur);
            for (const auto& p : d.payments) expectedBank += *toEuros(d, p.amount);
            continue;
        }
        std::int64_t sign = d.type == DocumentType::CreditNote ? -1 : 1;
        if (d.type != DocumentType::DepositInvoice) expectedRevenue += sign * t.taxBasis;
        expectedVat += sign * t.vatTotal;
        if (d.type == DocumentType::FinalInvoice)
            for (const auto& id : d.depositIds) expectedVat -= computeTotals(*ws.findDocument(id)).vatTotal;
        for (const auto& p : d.payments) expectedBank += p.amount;
    }
    CHECK(foreignRows >= 6);  // the CHF, JPY and KWD invoices of the corpus, booked in euros
    CHECK(revenue == expectedRevenue);
    CHECK(vat == expectedVat);
    CHECK(bank == expectedBank);
    CHECK(io::fecFileName(ws, Date::fromYmd(2026, 12, 31)) == "732829320FEC20261231.txt");
}

TEST_CASE("a multi-rate invoice not in euros books the VAT in euros it prints (BT-111), not a sum of conversions") {
    // KWD at 3.4567 per euro, three rates: converting each rate's VAT gave 1281.17 € in the FEC while
    // the invoice printed 1281.16 € (the VAT total converted once).
    Workspace ws = Workspace::withDefaultSeries();
    Document d;
    d.id = "doc-kwd";
    d.type = DocumentType::Invoice;
    d.status = Status::Issued;
    d.number = "F-2026-0001";
    d.issueDate = Date::fromYmd(2026, 3, 2);
    d.currency = *currencyByCode("KWD");
    d.exchangeRate = ExchangeRate{Decimal::fromScaled(34567), d.issueDate, "BCE"};
    auto lineAt = [](std::int64_t priceScaled, int rate) {
        Line l;
        l.description = "x";
        l.unitPrice = Decimal::fromScaled(priceScaled);
        l.vatRate = Decimal::fromScaled(rate);
        return l;
    };
    d.lines = {lineAt(191234560, 200000), lineAt(8765430, 55000), lineAt(12345670, 100000)};
    ws.documents.push_back(d);
    Totals t = computeTotals(d);
    std::int64_t printed = *vatInEuros(d, t.vatTotal);
    std::int64_t perRate = 0;
    for (const auto& g : t.vat) perRate += *toEuros(d, g.vat);
    CHECK(perRate != printed);  // the case where the two roundings differ
    std::int64_t booked = 0;
    std::string fec = io::fecText(ws, Date::fromYmd(2026, 12, 31));
    std::istringstream in(fec);
    for (std::string row; std::getline(in, row);) {
        std::vector<std::string> f;
        std::stringstream cells(row);
        for (std::string c; std::getline(cells, c, '|');) f.push_back(c);
        if (f.size() >= 13 && f[4] == "445710") {
            std::string credit = f[12];
            credit.erase(std::remove(credit.begin(), credit.end(), ','), credit.end());
            booked += std::stoll(credit);
        }
    }
    CHECK(booked == printed);
}
