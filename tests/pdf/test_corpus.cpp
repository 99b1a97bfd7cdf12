#include <doctest.h>

#include "core/einvoicing.h"

#include <array>
#include <filesystem>
#include <set>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "app/exports.h"
#include "app/session.h"
#include "core/validation.h"

using namespace facturier;

namespace {
std::string run(const std::string& cmd, int* status = nullptr) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((cmd + " 2>/dev/null").c_str(), "r"), pclose);
    std::string out;
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
    int rc = pclose(pipe.release());
    if (status) *status = rc;
    return out;
}
std::string plainSpaces(std::string s) {
    for (const char* nb : {"\xC2\xA0", "\xE2\x80\xAF"})
        for (std::size_t p; (p = s.find(nb)) != std::string::npos;) s.replace(p, std::strlen(nb), " ");
    return s;
}
// pdftotext breaks lines where the PDF wraps them; compare with all whitespace runs made single spaces.
std::string squeezed(const std::string& s) {
    std::string out;
    for (char c : plainSpaces(s)) {
        bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space) { if (!out.empty() && out.back() != ' ') out += ' '; }
        else out += c;
    }
    return out;
}
}  // namespace

TEST_CASE("the corpus: every document type and VAT case is issued, rendered, embedded and legible") {
    std::vector<std::string> failures;
    Workspace ws = app::corpusWorkspace(&failures);
    for (const auto& f : failures) FAIL_CHECK("not issued: " << f);
    std::string dir = std::string(FACTURIER_BINARY_DIR) + "/corpus-test";
    std::filesystem::create_directories(dir);
    int documents = 0, multiPage = 0;
    std::set<std::string> types, categories;
    for (const auto& d : ws.documents) {
        if (!isIssued(d)) continue;
        ++documents;
        types.insert(typeKey(d.type));
        for (const auto& l : d.lines) categories.insert(std::string(categoryCode(l.vatCategory)));
        INFO("document " << d.number);
        auto r = app::documentPdf(ws, d);
        REQUIRE_MESSAGE(r.ok, r.error);
        if (r.pages > 1) ++multiPage;
        std::string path = dir + "/" + d.number + ".pdf";
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(r.bytes.data()), static_cast<std::streamsize>(r.bytes.size()));

        int status = 0;
        run("qpdf --check '" + path + "'", &status);
        CHECK_MESSAGE(status == 0, "qpdf --check failed");

        std::string fonts = run("pdffonts '" + path + "'");
        std::istringstream lines(fonts);
        std::string line;
        int fontCount = 0;
        for (int i = 0; std::getline(lines, line); ++i) {
            if (i < 2) continue;
            ++fontCount;
            CHECK_MESSAGE(line.find(" yes yes yes ") != std::string::npos, "font not embedded+subset+unicode: ", line);
        }
        CHECK(fontCount == 2);

        std::string text = squeezed(run("pdftotext -enc UTF-8 '" + path + "' -"));
        Totals t = computeTotals(d);
        Locale loc = d.language == "en" ? Locale::En : Locale::Fr;
        CHECK(text.find(d.number) != std::string::npos);
        for (std::int64_t amount : {t.lineNetSum, t.vatTotal, t.grandTotal, t.dueAmount})
            CHECK_MESSAGE(text.find(squeezed(formatMoney(t.money(amount), loc))) != std::string::npos, formatMoney(t.money(amount), loc));
        for (const auto& g : t.vat) CHECK(text.find(squeezed(formatMoney(t.money(g.basis), loc))) != std::string::npos);
        LegalMentions m = legalMentions(d);
        for (const std::string& mention : {m.vatOnDebits, m.sellerIdentity})
            if (!mention.empty()) CHECK_MESSAGE(text.find(squeezed(mention)) != std::string::npos, mention);
        // Paying terms are printed where there is something to pay: never on a credit note.
        for (const std::string& mention : {m.penalties, m.recoveryIndemnity, m.earlyPayment})
            if (!mention.empty()) CHECK_MESSAGE((text.find(squeezed(mention)) != std::string::npos) == asksForPayment(d), mention);
        // Every document a link names is printed with its number and date (credit notes, finals, penalties).
        for (const auto& link : app::linkedDocuments(ws, d)) {
            CHECK_MESSAGE(text.find(link.number) != std::string::npos, link.number);
            CHECK_MESSAGE(text.find(squeezed(formatDate(link.issueDate, loc == Locale::Fr))) != std::string::npos, link.number);
        }
        for (const auto& e : m.vatExemptions) CHECK_MESSAGE(text.find(squeezed(e)) != std::string::npos, e);
        CHECK(text.find(squeezed(d.buyer.name)) != std::string::npos);

        std::string xml = app::facturXml(ws, d);
        if (isInvoiceLike(d.type)) {
            std::string embedded = run("qpdf --show-attachment=factur-x.xml '" + path + "'");
            CHECK_MESSAGE(embedded == xml, "the embedded factur-x.xml differs from the XML of the same totals");
            CHECK(xml.find("<ram:GrandTotalAmount>" + t.money(t.grandTotal).toAmountString() + "</ram:GrandTotalAmount>") != std::string::npos);
            CHECK(xml.find("<ram:DuePayableAmount>" + t.money(t.grandTotal - einvoicePaidAmount(d, t.prepaid, t.grandTotal)).toAmountString() + "</ram:DuePayableAmount>") != std::string::npos);
            std::ofstream(dir + "/" + d.number + ".xml", std::ios::binary) << xml;
        } else {
            CHECK(xml.empty());
            CHECK(run("qpdf --list-attachments '" + path + "'").find("factur-x.xml") == std::string::npos);
        }
    }
    CHECK(documents >= 25);
    CHECK(multiPage >= 2);
    CHECK(types == std::set<std::string>{"quote", "invoice", "creditNote", "depositInvoice", "finalInvoice"});
    CHECK(categories == std::set<std::string>{"S", "Z", "E", "AE", "K", "G", "O"});
}
