// A TrueType font read from its bytes: glyph lookup (cmap formats 4 and 12), metrics, and a real
// subset (only the glyphs a document uses, renumbered, composite components included) for embedding
// as a CIDFontType2 with an identity CID-to-GID map.
#pragma once

#include "core/text.h"  // decodeUtf8

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace facturier::pdf {

class TrueTypeFont {
public:
    // Nullptr with `error` when the bytes are not a usable TrueType font.
    static std::shared_ptr<const TrueTypeFont> parse(std::vector<std::uint8_t> bytes, std::string& error);
    // Parses a file once per path and keeps it for the next documents.
    static std::shared_ptr<const TrueTypeFont> loadCached(const std::string& path, std::string& error);

    std::uint16_t glyphFor(char32_t codepoint) const;  // 0 (.notdef) when absent
    int advance(std::uint16_t glyph) const;            // font units
    int unitsPerEm() const { return unitsPerEm_; }
    int ascent() const { return ascent_; }
    int descent() const { return descent_; }
    int capHeight() const { return capHeight_; }
    const int* bbox() const { return bbox_; }          // xMin yMin xMax yMax
    int italicAngle() const { return italicAngle_; }
    bool fixedPitch() const { return fixedPitch_; }
    const std::string& postScriptName() const { return psName_; }
    int numGlyphs() const { return numGlyphs_; }

    // A font file holding `glyphs` (original ids) as glyphs 0…n−1 in that order, followed by any
    // components of composite glyphs, which `glyphs` receives appended. glyphs[0] must be 0.
    std::vector<std::uint8_t> subset(std::vector<std::uint16_t>& glyphs) const;

private:
    struct Table { std::uint32_t offset = 0, length = 0; };
    const Table* table(const char* tag) const;
    std::pair<std::uint32_t, std::uint32_t> glyphRange(std::uint16_t glyph) const;  // offset, length in glyf

    std::vector<std::uint8_t> data_;
    std::map<std::string, Table> tables_;
    int unitsPerEm_ = 1000, ascent_ = 0, descent_ = 0, capHeight_ = 0, italicAngle_ = 0;
    int bbox_[4] = {0, 0, 0, 0};
    bool fixedPitch_ = false;
    bool longLoca_ = false;
    int numGlyphs_ = 0, numHMetrics_ = 0;
    std::string psName_;
    std::uint32_t cmap4_ = 0, cmap12_ = 0;  // subtable offsets, 0 = absent
    std::uint32_t hmtx_ = 0, loca_ = 0, glyf_ = 0, glyfLength_ = 0;  // hot table offsets
};


}  // namespace facturier::pdf
