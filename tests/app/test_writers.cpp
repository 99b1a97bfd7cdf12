// Every writer, end to end, on what people really type: invoices in currencies with 0, 2 and 3 minor
// digits (issue 10, item 1), and random Unicode in every text field (issue 10, item 3). What comes out
// is well-formed UTF-8, and well-formed XML where it is XML (checked by libxml2, not by us).
#include <doctest.h>

#include <libxml/parser.h>

#include <random>

#include "app/archive.h"
#include "app/backup.h"
#include "app/exports.h"
#include "core/reminders.h"
#include "core/text.h"
#include "core/totals.h"
#include "core/validation.h"
#include "io/cii_xml.h"
#include "io/csv_export.h"
#include "io/fec.h"
#include "io/json_codec.h"
#include "io/zip.h"
#include "../core/fixtures.h"

using namespace facturier;
using namespace facturier::testing;

namespace {
// libxml2's verdict on `xml`: well-formed (no DTD loaded, no entity expanded, no network).
bool wellFormedXml(const std::string& xml) {
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "in.xml", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) return false;
    xmlFreeDoc(doc);
    return true;
}

std::string text(const std::vector<std::uint8_t>& bytes) { return std::string(bytes.begin(), bytes.end()); }

// The XMP metadata packet of a PDF (stored uncompressed, as PDF/A requires it readable).
std::string xmpOf(const std::string& pdf) {
    auto begin = pdf.find("<?xpacket begin");
    auto end = pdf.find("<?xpacket end");
    if (begin == std::string::npos || end == std::string::npos) return {};
    end = pdf.find("?>", end);
    return pdf.substr(begin, end + 2 - begin);
}

std::string percentDecode(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Random text: ASCII, Latin accents (precomposed and combining), XML's special characters, 3-byte
// (€, ’, CJK) and 4-byte (emoji, Gothic) characters, skin-tone modifiers, joiners and controls.
std::string randomText(std::mt19937& rng, std::size_t minBytes) {
    static const char32_t pool[] = {'a', 'Z', '7', ' ', '<', '>', '&', '"', '\'', ';', ',', '|', '\t', '\n', '\r', 0x1B, 0x07,
                                    0xE9, 0xC8, 0x152, 0x153, 0x142, 0x159, 0x219, 0x301, 0x327, 0x308, 0x20AC, 0x2019,
                                    0x201C, 0x2013, 0x2026, 0x4E2D, 0x6587, 0xAC00, 0xFE0F, 0x200D, 0x1F600, 0x1F44D,
                                    0x1F3FD, 0x10348, 0x1D11E, 0x85, 0xA0, 0x202F};
    std::string s;
    std::size_t target = minBytes + rng() % 64;
    while (s.size() < target) appendUtf8(s, pool[rng() % std::size(pool)]);
    return s;
}

Document issuedByHand(Workspace& ws, const std::string& clientId, const std::string& number, Currency currency) {
    Document d = newDraft(ws, DocumentType::Invoice, clientId, day(2026, 3, 2));
    d.currency = currency;
    d.number = number;
    d.status = Status::Issued;
    d.seller = ws.seller;
    d.buyer = *ws.findClient(clientId);
    d.deliveryDate = d.issueDate;
    d.dueDate = d.issueDate.addDays(30);
    return d;
}
}  // namespace

TEST_CASE("invoices in JPY, KRW, KWD, TND, CHF and EUR go through every writer without aborting") {
    struct Case { const char* code; std::int64_t unitPriceScaled; std::int64_t expectedTotal; const char* plain; };
    // 3 units at 20 %: JPY 3 × 7,380 = 22,140 + 4,428 = 26,568; KWD 3 × 12.345 = 37.035, in hundredths
    // as EN 16931 has 2 decimals (BR-DEC-23): 37.04 + 7.41 = 44.45, i.e. 44,450 fils.
    const Case cases[] = {{"JPY", 73800000, 26568, "26568"}, {"KRW", 1500000000, 540000, "540000"},
                          {"KWD", 123450, 44450, "44.45"}, {"TND", 123450, 44450, "44.45"},
                          {"CHF", 1234500, 44442, "444.42"}, {"EUR", 1234500, 44442, "444.42"}};
    for (const auto& c : cases) {
        CAPTURE(c.code);
        Workspace ws = workspace();
        Currency currency = *currencyByCode(c.code);
        Document draft = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
        draft.currency = currency;
        if (currency.code != "EUR") draft.exchangeRate = ExchangeRate{Decimal::fromInt(2), day(2026, 3, 2), "BCE"};
        draft.lines = {line("Prestation", 30000, c.unitPriceScaled)};
        std::string id = addDraft(ws, draft).id;
        REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
        const Document& d = *ws.findDocument(id);
        Totals t = computeTotals(d);
        CHECK(t.grandTotal == c.expectedTotal);
        std::int64_t third = t.grandTotal / 3;  // a part (or the nearest amount VAT rounding allows), then the rest
        if (AmountFit fit = creditAmountFit(ws, id, third); !fit.exact) third = fit.below.value_or(0);
        auto part = createCreditNote(ws, id, third, day(2026, 3, 11));
        REQUIRE(part.ok);
        REQUIRE(issueDocument(ws, part.id, day(2026, 3, 11)).ok);
        auto rest = createCreditNote(ws, id, std::nullopt, day(2026, 3, 12));
        REQUIRE(rest.ok);
        REQUIRE(issueDocument(ws, rest.id, day(2026, 3, 12)).ok);

        std::string xml = app::facturXml(ws, d);
        CHECK(wellFormedXml(xml));
        CHECK(xml.find("<ram:GrandTotalAmount>" + std::string(c.plain) + "</ram:GrandTotalAmount>") != std::string::npos);
        CHECK(xml.find("currencyID=\"" + std::string(c.code) + "\"") != std::string::npos);
        auto pdf = app::documentPdf(ws, d);
        CHECK(pdf.ok);
        CHECK(pdf.bytes.size() > 1000);
        CHECK(io::documentsCsv(ws).find(t.money(t.grandTotal).toPlainString()) != std::string::npos);
        CHECK(isValidUtf8(io::linesCsv(ws)));
        CHECK(isValidUtf8(io::paymentsCsv(ws)));
        CHECK(isValidUtf8(io::clientsCsv(ws)));
        std::string fec = io::fecText(ws, day(2026, 12, 31));
        CHECK(isValidUtf8(fec));
        auto archive = app::buildArchive(ws, day(2026, 12, 31));
        CHECK(archive.ok);
        CHECK(archive.documents == 3);
        CHECK(io::readZip(archive.bytes).ok);
        auto back = app::checkBackup(app::exportBackup(ws));
        REQUIRE(back.ok);
        CHECK(back.workspace.documents.size() == ws.documents.size());
        CHECK(computeTotals(*back.workspace.findDocument(id)).grandTotal == c.expectedTotal);
        CHECK(balanceDue(back.workspace, *back.workspace.findDocument(id)) == 0);
    }
}

TEST_CASE("a backup or workspace naming an unknown currency is refused at decoding with its path") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.lines = {line("Prestation", 10000, 1000000)};
    addDraft(ws, d);
    std::string json = io::encodeWorkspace(ws);
    auto at = json.find("\"currency\":\"EUR\"");
    REQUIRE(at != std::string::npos);
    std::string bad = json;
    bad.replace(at, 16, "\"currency\":\"XYZ\"");
    auto decoded = io::decodeWorkspace(bad);
    CHECK_FALSE(decoded.ok());
    CHECK(decoded.error().text().find("currency") != std::string::npos);
    auto check = app::checkBackup(bad);
    CHECK_FALSE(check.ok);
}

TEST_CASE("random Unicode in every text field gives well-formed UTF-8 from every writer, and well-formed XML") {
    std::mt19937 rng(20261129);
    for (int round = 0; round < 12; ++round) {
        CAPTURE(round);
        Workspace ws = workspace();
        ws.seller.name = randomText(rng, 5);
        ws.seller.address.city = randomText(rng, 3);
        Client& client = ws.clients[0];
        client.name = randomText(rng, 5);
        client.address.line1 = randomText(rng, 5);
        client.email = "client@example.org";
        Document d = issuedByHand(ws, client.id, "F-2026-" + std::to_string(100 + round), euro());
        d.notes = randomText(rng, 40);
        d.purchaseOrder = randomText(rng, 4);
        // Descriptions over 200 bytes are cut for BT-153: the cut must fall between characters.
        d.lines = {line("x", 10000, 1000000), line("y", 20000, 250000, 55000)};
        d.lines[0].description = randomText(rng, 190);
        d.lines[1].description = std::string(196, 'a') + "\xC3\xA9" + randomText(rng, 10);  // é at bytes 196–197
        ws.documents.push_back(d);

        std::string xml = app::facturXml(ws, d);
        CHECK(isValidUtf8(xml));
        CHECK(wellFormedXml(xml));
        auto pdf = app::documentPdf(ws, d);
        REQUIRE(pdf.ok);
        std::string xmp = xmpOf(text(pdf.bytes));
        REQUIRE_FALSE(xmp.empty());
        CHECK(isValidUtf8(xmp));
        CHECK(wellFormedXml(xmp));
        for (char sep : {';', ','}) {
            io::CsvOptions o;
            o.separator = sep;
            for (const std::string& csv : {io::documentsCsv(ws, o), io::linesCsv(ws, o), io::paymentsCsv(ws, o), io::clientsCsv(ws, o)})
                CHECK(isValidUtf8(csv));
        }
        std::string fec = io::fecText(ws, day(2026, 12, 31));
        CHECK(isValidUtf8(fec));
        for (std::size_t nl = fec.find('\n'); nl != std::string::npos; nl = fec.find('\n', nl + 1))
            CHECK((nl > 0 && fec[nl - 1] == '\r'));  // no line break inside a field
        std::string backup = app::exportBackup(ws);
        CHECK(isValidUtf8(backup));
        CHECK(io::decodeWorkspace(backup).ok());  // (documents issued by hand: no journal, so no checkBackup)
        auto archive = app::buildArchive(ws, day(2026, 12, 31));
        REQUIRE(archive.ok);
        auto zip = io::readZip(archive.bytes);
        REQUIRE(zip.ok);
        for (const auto& e : zip.entries) {
            CAPTURE(e.name);
            CHECK(isValidUtf8(e.name));
            if (e.name.size() > 4 && e.name.substr(e.name.size() - 4) == ".xml") CHECK(wellFormedXml(text(e.data)));
        }
        ReminderMessage m{client.email, randomText(rng, 10), randomText(rng, 80)};
        std::string url = mailtoUrl(m);
        for (unsigned char ch : url) CHECK(ch < 0x80);
        CHECK(isValidUtf8(percentDecode(url)));
    }
}

TEST_CASE("a document beyond 10^14 minor units is refused at decoding, so no sum over documents can overflow") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.lines = {line("Trop", 10000, 8000000000000000)};  // 8 × 10^11 € + 20 % = 9.6 × 10^13 cents: within
    CHECK(withinAmountLimit(d, computeTotals(d)));
    d.lines[0].quantity = Decimal::fromInt(2);  // 2 × 10^12 € + VAT: beyond
    CHECK_FALSE(withinAmountLimit(d, computeTotals(d)));
    bool flagged = false;
    for (const auto& i : validate(d, ws.seller)) flagged |= i.key == "legal.amountOverflow";
    CHECK(flagged);
    auto decoded = io::decodeDocument(io::encodeDocument(d));
    CHECK_FALSE(decoded.ok());
    // 90,000 documents at the limit still add up in 64 bits.
    CHECK(static_cast<Wide>(kMaxDocumentAmount) * 90000 < static_cast<Wide>(INT64_MAX));
}
