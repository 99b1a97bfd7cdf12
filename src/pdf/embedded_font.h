// One TrueType face embedded in one PDF as a Type0 / CIDFontType2 font built through libharu's object
// API: only the glyphs the document uses (a real subset), CID = glyph id of the subset, widths, a
// ToUnicode CMap with every character, CapHeight and CIDSet. Text is written as glyph ids, so there
// is no per-document walk over the code points and no libharu font loading at all.
#pragma once

#include <hpdf.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pdf/truetype.h"

namespace facturier::pdf {

class EmbeddedFont {
public:
    // `resourceName` is the name pages use for the font, e.g. "F1".
    EmbeddedFont(HPDF_Doc doc, std::shared_ptr<const TrueTypeFont> face, std::string resourceName);

    // Width of UTF-8 text at `size` points.
    float width(const std::string& text, float size) const;
    // Shows UTF-8 text at (x, y) on `page` (adds the font to the page's resources).
    void show(HPDF_Page page, float x, float y, float size, const std::string& text);
    // Writes the font objects; call once, after the last show().
    void finish();

private:
    static constexpr char32_t kReplacement = 0xFFFD;
    // What is drawn for `cp`: itself when core says it is printable (the same table on every platform,
    // whichever font file was loaded) and the face has it; otherwise U+FFFD, never the .notdef box
    // that PDF/A forbids. Validation keeps such characters out of issued documents.
    char32_t drawn(char32_t cp) const;
    std::uint16_t cidFor(char32_t original);
    void addToPage(HPDF_Page page);

    HPDF_Doc doc_;
    std::shared_ptr<const TrueTypeFont> face_;
    std::string name_;
    HPDF_Dict type0_;                          // created first so pages can refer to it
    std::vector<std::uint16_t> glyphs_{0};     // CID → original glyph id (CID 0 = .notdef)
    std::map<std::uint16_t, std::uint16_t> cidOfGlyph_{{0, 0}};
    std::map<std::uint16_t, char32_t> unicodeOfCid_;
    std::map<char32_t, std::uint16_t> cidOfChar_;
    std::vector<HPDF_Page> pages_;             // pages that already list the font
};

}  // namespace facturier::pdf
