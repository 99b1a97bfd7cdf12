// What the PDF prints, character by character: the fonts the browser embeds (the build's cut of DejaVu)
// print the same text as the system's whole DejaVu, and nothing is ever drawn as a missing-glyph box.
#include <doctest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

#include "app/session.h"
#include "pdf/invoice_pdf.h"

#include "pdf_text.h"

using namespace facturier;

namespace {
std::string textOf(const std::vector<std::uint8_t>& pdf, const std::string& name) { return testing::pdfText(pdf, "text-" + name); }
// The faces the browser app embeds (CMakeLists.txt: FACTURIER_CHARSET).
pdf::RenderOptions cutFonts() {
    pdf::RenderOptions o;
    o.regularFont = std::string(FACTURIER_BINARY_DIR) + "/assets/pdf/DejaVuSans.ttf";
    o.boldFont = std::string(FACTURIER_BINARY_DIR) + "/assets/pdf/DejaVuSans-Bold.ttf";
    return o;
}
Document documentWith(const std::vector<std::string>& descriptions, const std::string& buyerName) {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    Document d = ws.documents[0];
    Line model = d.lines[0];
    d.lines.clear();
    for (const auto& text : descriptions) {
        Line l = model;
        l.description = text;
        d.lines.push_back(l);
    }
    d.buyer.name = buyerName;
    return d;
}
// pdftotext breaks lines where the PDF wraps them: compare with whitespace runs made single spaces.
std::string squeezed(const std::string& s) {
    std::string out;
    for (char c : s) {
        bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space) { if (!out.empty() && out.back() != ' ') out += ' '; }
        else out += c;
    }
    return out;
}
std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
    return n;
}
const std::vector<std::string> kEuropean = {
    "Zażółć gęślą jaźń — Łódź", "Příliš žluťoučký kůň úpěl ďábelské ódy", "Șoseaua Ștefan cel Mare, Țară",
    "Árvíztűrő tükörfúrógép", "Ελληνικά: Ωμέγα", "Съешь же ещё этих мягких французских булок", "Œuvre, “guillemets” ‘anglais’ – 12 €"};
}  // namespace

TEST_CASE("Polish, Czech, Romanian, Hungarian, Greek and Cyrillic letters print as themselves with the browser's fonts") {
    // The report: a Polish client's invoice made in the browser showed boxes for ł ż ó ś ć (the cut of
    // DejaVu it embeds held Latin-1 only), while the native one was right.
    Document d = documentWith(kEuropean, "Spółdzielnia Mleczarska „Łowicz”");
    auto r = pdf::renderDocument(d, cutFonts());
    REQUIRE_MESSAGE(r.ok, r.error);
    std::string text = squeezed(textOf(r.bytes, "european"));
    for (const auto& expected : kEuropean) CHECK_MESSAGE(text.find(expected) != std::string::npos, expected);
    CHECK(text.find("Spółdzielnia Mleczarska „Łowicz”") != std::string::npos);  // bold face
    CHECK(text.find("\xEF\xBF\xBD") == std::string::npos);
}

TEST_CASE("the browser's fonts and the system's whole DejaVu print the same text, characters outside the set as U+FFFD") {
    // An emoji, a CJK ideogram and an Armenian letter (whole DejaVu has it, the cut does not): both
    // renderers draw U+FFFD for each, so the browser's PDF and the native one never differ, and no
    // text refers to the .notdef glyph (PDF/A-3 6.2.11.8).
    std::vector<std::string> lines = kEuropean;
    lines.push_back("Gâteau \xF0\x9F\x8E\x82 \xE6\xBC\xA2 \xD5\x80");
    Document d = documentWith(lines, "Müller & Söhne");
    auto cut = pdf::renderDocument(d, cutFonts());
    auto whole = pdf::renderDocument(d);
    REQUIRE_MESSAGE(cut.ok, cut.error);
    REQUIRE_MESSAGE(whole.ok, whole.error);
    std::string a = textOf(cut.bytes, "cut"), b = textOf(whole.bytes, "whole");
    CHECK(a == b);
    CHECK(a.find("Gâteau \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD") != std::string::npos);
    CHECK(count(a, "\xEF\xBF\xBD") == 3);
}
