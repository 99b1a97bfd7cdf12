// Printable characters (the generated table), their description, and normalising outside text.
#include "core/printable.h"

#include <algorithm>
#include <cstdio>

#include "core/text.h"
#include "core/workspace.h"

namespace facturier {

bool isPrintable(char32_t cp) {
    auto ranges = printableRanges();
    auto it = std::upper_bound(ranges.begin(), ranges.end(), cp, [](char32_t v, const CodePointRange& r) { return v < r.first; });
    return it != ranges.begin() && cp <= std::prev(it)->last;
}

std::u32string unprintableCharacters(std::string_view text) {
    std::u32string out;
    for (char32_t cp : decodeUtf8(text))
        if (cp != '\n' && !isPrintable(cp) && out.find(cp) == std::u32string::npos) out.push_back(cp);
    return out;
}

std::string describeCharacters(const std::u32string& characters, std::size_t max) {
    std::string out;
    for (std::size_t i = 0; i < characters.size(); ++i) {
        if (i == max) { out += ", \xE2\x80\xA6"; break; }
        char32_t cp = characters[i];
        if (!out.empty()) out += ", ";
        // A control or a lone surrogate cannot be shown: its code alone names it.
        bool showable = cp >= 0x20 && !(cp >= 0x7F && cp <= 0x9F) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF;
        if (showable) {
            appendUtf8(out, cp);
            out += ' ';
        }
        char code[16];
        std::snprintf(code, sizeof code, "(U+%04X)", static_cast<unsigned>(cp));
        out += showable ? code : std::string(code + 1, code + std::char_traits<char>::length(code) - 1);
    }
    return out;
}

void normalizeEditableTexts(Workspace& ws) {
    auto fix = [](const std::string&, std::string& text, bool multiLine) { text = normalizeText(text, multiLine); };
    visitSellerTexts(ws.seller, "", fix);
    ws.settings.defaultTerms.earlyPaymentText = normalizeText(ws.settings.defaultTerms.earlyPaymentText, false);
    for (auto& c : ws.clients) {
        visitClientTexts(c, "", fix);
        c.email = normalizeText(c.email, false);
    }
    for (auto& item : ws.catalogue) {
        item.name = normalizeText(item.name, false);
        item.description = normalizeText(item.description, true);
    }
    for (auto& t : ws.recurring) {
        t.name = normalizeText(t.name, false);
        for (auto& l : t.lines) visitLineTexts(l, "", fix);
        t.notes = normalizeText(t.notes, true);
    }
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        if (isIssued(ws.documents[i])) continue;
        Document& d = ws.documents.mutableAt(i);
        visitSellerTexts(d.seller, "", fix);
        visitDocumentTexts(d, fix);
    }
}

}  // namespace facturier
