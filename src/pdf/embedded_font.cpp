// Type0 font objects for a subset TrueType face (PDF 1.7 §9.7, ISO 19005-3 font rules).
#include "pdf/embedded_font.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "core/printable.h"
#include "core/sha256.h"

namespace facturier::pdf {

namespace {
HPDF_Dict newStream(HPDF_Doc doc, const std::vector<std::uint8_t>& bytes) {
    HPDF_Dict s = HPDF_DictStream_New(doc->mmgr, doc->xref);
    if (!s) throw std::runtime_error("libharu: cannot create a stream");
    s->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_Stream_Write(s->stream, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
    return s;
}
HPDF_Dict newStream(HPDF_Doc doc, const std::string& text) {
    return newStream(doc, std::vector<std::uint8_t>(text.begin(), text.end()));
}
int scaled(int fontUnits, int unitsPerEm) {
    long v = static_cast<long>(fontUnits) * 1000;
    return static_cast<int>(v >= 0 ? (v + unitsPerEm / 2) / unitsPerEm : (v - unitsPerEm / 2) / unitsPerEm);
}
std::string hex4(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", v & 0xFFFF);
    return buf;
}
std::string utf16Hex(char32_t cp) {
    if (cp < 0x10000) return hex4(static_cast<unsigned>(cp));
    cp -= 0x10000;
    return hex4(0xD800 + static_cast<unsigned>(cp >> 10)) + hex4(0xDC00 + static_cast<unsigned>(cp & 0x3FF));
}
}  // namespace

EmbeddedFont::EmbeddedFont(HPDF_Doc doc, std::shared_ptr<const TrueTypeFont> face, std::string resourceName)
    : doc_(doc), face_(std::move(face)), name_(std::move(resourceName)) {
    type0_ = HPDF_Dict_New(doc_->mmgr);
    HPDF_Xref_Add(doc_->xref, type0_);
}

char32_t EmbeddedFont::drawn(char32_t cp) const {
    if (isPrintable(cp) && face_->glyphFor(cp) != 0) return cp;
    return face_->glyphFor(kReplacement) != 0 ? kReplacement : U'?';
}

std::uint16_t EmbeddedFont::cidFor(char32_t original) {
    auto known = cidOfChar_.find(original);
    if (known != cidOfChar_.end()) return known->second;
    char32_t cp = drawn(original);
    std::uint16_t glyph = face_->glyphFor(cp);
    auto it = cidOfGlyph_.find(glyph);
    std::uint16_t cid;
    if (it != cidOfGlyph_.end()) {
        cid = it->second;
    } else {
        cid = static_cast<std::uint16_t>(glyphs_.size());
        glyphs_.push_back(glyph);
        cidOfGlyph_.emplace(glyph, cid);
    }
    if (cid != 0) unicodeOfCid_.emplace(cid, cp);
    cidOfChar_.emplace(original, cid);
    return cid;
}

float EmbeddedFont::width(const std::string& text, float size) const {
    long units = 0;
    for (char32_t cp : decodeUtf8(text)) units += face_->advance(face_->glyphFor(drawn(cp)));
    return static_cast<float>(units) * size / static_cast<float>(face_->unitsPerEm());
}

void EmbeddedFont::addToPage(HPDF_Page page) {
    if (std::find(pages_.begin(), pages_.end(), page) != pages_.end()) return;
    HPDF_Dict resources = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
    HPDF_Dict fonts = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(resources, "Font", HPDF_OCLASS_DICT));
    if (!fonts) {
        fonts = HPDF_Dict_New(doc_->mmgr);
        HPDF_Dict_Add(resources, "Font", fonts);
    }
    HPDF_Dict_Add(fonts, name_.c_str(), type0_);
    pages_.push_back(page);
}

void EmbeddedFont::show(HPDF_Page page, float x, float y, float size, const std::string& text) {
    addToPage(page);
    std::string hex;
    for (char32_t cp : decodeUtf8(text)) hex += hex4(cidFor(cp));
    char head[96];
    std::snprintf(head, sizeof head, "BT\n/%s %.2f Tf\n%.2f %.2f Td\n<", name_.c_str(), size, x, y);
    auto attr = static_cast<HPDF_PageAttr>(page->attr);
    HPDF_Stream_WriteStr(attr->stream, head);
    HPDF_Stream_WriteStr(attr->stream, hex.c_str());
    HPDF_Stream_WriteStr(attr->stream, "> Tj\nET\n");
}

void EmbeddedFont::finish() {
    const TrueTypeFont& f = *face_;
    const int upm = f.unitsPerEm();
    std::vector<std::uint16_t> glyphs = glyphs_;
    std::vector<std::uint8_t> program = f.subset(glyphs);  // may append composite components

    // Subset tag: six letters from the glyph set, so the same text gives the same name.
    std::string ids;
    for (auto g : glyphs) ids += std::to_string(g) + ",";
    std::string digest = sha256Hex(ids);
    std::string tag;
    for (int i = 0; i < 6; ++i) tag += static_cast<char>('A' + (digest[static_cast<std::size_t>(i)] % 26));
    std::string baseFont = tag + "+" + f.postScriptName();

    HPDF_Dict fontFile = newStream(doc_, program);
    HPDF_Dict_AddNumber(fontFile, "Length1", static_cast<HPDF_INT32>(program.size()));

    // CIDSet: one bit per CID present, most significant bit first.
    std::vector<std::uint8_t> cidSet((glyphs.size() + 7) / 8, 0);
    for (std::size_t cid = 0; cid < glyphs.size(); ++cid) cidSet[cid / 8] |= static_cast<std::uint8_t>(0x80 >> (cid % 8));

    HPDF_Dict descriptor = HPDF_Dict_New(doc_->mmgr);
    HPDF_Xref_Add(doc_->xref, descriptor);
    HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
    HPDF_Dict_AddName(descriptor, "FontName", baseFont.c_str());
    HPDF_Dict_AddNumber(descriptor, "Flags", 32 | (f.fixedPitch() ? 1 : 0));  // nonsymbolic
    HPDF_Array bbox = HPDF_Array_New(doc_->mmgr);
    for (int k = 0; k < 4; ++k) HPDF_Array_AddNumber(bbox, scaled(f.bbox()[k], upm));
    HPDF_Dict_Add(descriptor, "FontBBox", bbox);
    HPDF_Dict_AddNumber(descriptor, "ItalicAngle", f.italicAngle());
    HPDF_Dict_AddNumber(descriptor, "Ascent", scaled(f.ascent(), upm));
    HPDF_Dict_AddNumber(descriptor, "Descent", scaled(f.descent(), upm));
    HPDF_Dict_AddNumber(descriptor, "CapHeight", scaled(f.capHeight(), upm));
    HPDF_Dict_AddNumber(descriptor, "StemV", 80);
    HPDF_Dict_Add(descriptor, "FontFile2", fontFile);
    HPDF_Dict_Add(descriptor, "CIDSet", newStream(doc_, cidSet));

    HPDF_Dict cidFont = HPDF_Dict_New(doc_->mmgr);
    HPDF_Xref_Add(doc_->xref, cidFont);
    HPDF_Dict_AddName(cidFont, "Type", "Font");
    HPDF_Dict_AddName(cidFont, "Subtype", "CIDFontType2");
    HPDF_Dict_AddName(cidFont, "BaseFont", baseFont.c_str());
    HPDF_Dict info = HPDF_Dict_New(doc_->mmgr);
    HPDF_Dict_Add(info, "Registry", HPDF_String_New(doc_->mmgr, "Adobe", nullptr));
    HPDF_Dict_Add(info, "Ordering", HPDF_String_New(doc_->mmgr, "Identity", nullptr));
    HPDF_Dict_AddNumber(info, "Supplement", 0);
    HPDF_Dict_Add(cidFont, "CIDSystemInfo", info);
    HPDF_Dict_Add(cidFont, "FontDescriptor", descriptor);
    HPDF_Dict_AddNumber(cidFont, "DW", scaled(f.advance(0), upm));
    HPDF_Array widths = HPDF_Array_New(doc_->mmgr);
    HPDF_Array_AddNumber(widths, 0);
    HPDF_Array list = HPDF_Array_New(doc_->mmgr);
    for (std::size_t cid = 0; cid < glyphs.size(); ++cid) HPDF_Array_AddNumber(list, scaled(f.advance(glyphs[cid]), upm));
    HPDF_Array_Add(widths, list);
    HPDF_Dict_Add(cidFont, "W", widths);
    HPDF_Dict_AddName(cidFont, "CIDToGIDMap", "Identity");

    // ToUnicode: one bfchar per CID shown (components appended by the subset are never shown).
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<std::uint16_t, char32_t>> entries(unicodeOfCid_.begin(), unicodeOfCid_.end());
    for (std::size_t i = 0; i < entries.size(); i += 100) {
        std::size_t n = std::min<std::size_t>(100, entries.size() - i);
        cmap += std::to_string(n) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k) cmap += "<" + hex4(entries[k].first) + "> <" + utf16Hex(entries[k].second) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    HPDF_Dict_AddName(type0_, "Type", "Font");
    HPDF_Dict_AddName(type0_, "Subtype", "Type0");
    HPDF_Dict_AddName(type0_, "BaseFont", baseFont.c_str());
    HPDF_Dict_AddName(type0_, "Encoding", "Identity-H");
    HPDF_Array descendants = HPDF_Array_New(doc_->mmgr);
    HPDF_Array_Add(descendants, cidFont);
    HPDF_Dict_Add(type0_, "DescendantFonts", descendants);
    HPDF_Dict_Add(type0_, "ToUnicode", newStream(doc_, cmap));
}

}  // namespace facturier::pdf
