// TrueType parsing and subsetting, written from the OpenType specification (tables head, hhea, maxp,
// hmtx, loca, glyf, cmap, name, post). Subsets keep the hinting tables (cvt, fpgm, prep).
#include "pdf/truetype.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace facturier::pdf {

namespace {
// [SECTION] Big-endian access
std::uint16_t u16(const std::vector<std::uint8_t>& d, std::size_t o) {
    return o + 2 <= d.size() ? static_cast<std::uint16_t>((d[o] << 8) | d[o + 1]) : 0;
}
std::int16_t s16(const std::vector<std::uint8_t>& d, std::size_t o) { return static_cast<std::int16_t>(u16(d, o)); }
std::uint32_t u32(const std::vector<std::uint8_t>& d, std::size_t o) {
    return o + 4 <= d.size() ? (std::uint32_t(d[o]) << 24) | (std::uint32_t(d[o + 1]) << 16) | (std::uint32_t(d[o + 2]) << 8) | d[o + 3] : 0;
}
void put16(std::vector<std::uint8_t>& d, std::size_t o, std::uint16_t v) { d[o] = v >> 8; d[o + 1] = v & 0xFF; }
void put32(std::vector<std::uint8_t>& d, std::size_t o, std::uint32_t v) {
    d[o] = v >> 24; d[o + 1] = (v >> 16) & 0xFF; d[o + 2] = (v >> 8) & 0xFF; d[o + 3] = v & 0xFF;
}
void append16(std::vector<std::uint8_t>& d, std::uint16_t v) { d.push_back(v >> 8); d.push_back(v & 0xFF); }
void append32(std::vector<std::uint8_t>& d, std::uint32_t v) { append16(d, v >> 16); append16(d, v & 0xFFFF); }

std::uint32_t checksum(const std::vector<std::uint8_t>& d, std::size_t offset, std::size_t length) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < (length + 3) / 4; ++i) {
        std::uint32_t word = 0;
        for (int b = 0; b < 4; ++b) {
            std::size_t at = offset + i * 4 + static_cast<std::size_t>(b);
            word = (word << 8) | (at < offset + length ? d[at] : 0);
        }
        sum += word;
    }
    return sum;
}
}  // namespace

// [SECTION] Parsing
const TrueTypeFont::Table* TrueTypeFont::table(const char* tag) const {
    auto it = tables_.find(tag);
    return it == tables_.end() ? nullptr : &it->second;
}

std::shared_ptr<const TrueTypeFont> TrueTypeFont::parse(std::vector<std::uint8_t> bytes, std::string& error) {
    auto f = std::make_shared<TrueTypeFont>();
    f->data_ = std::move(bytes);
    const auto& d = f->data_;
    if (d.size() < 12 || (u32(d, 0) != 0x00010000 && u32(d, 0) != 0x74727565)) { error = "not a TrueType font"; return nullptr; }
    std::uint16_t count = u16(d, 4);
    for (std::uint16_t i = 0; i < count; ++i) {
        std::size_t rec = 12 + std::size_t(i) * 16;
        if (rec + 16 > d.size()) { error = "truncated table directory"; return nullptr; }
        Table t{u32(d, rec + 8), u32(d, rec + 12)};
        if (std::size_t(t.offset) + t.length > d.size()) { error = "table outside the file"; return nullptr; }
        f->tables_[std::string(reinterpret_cast<const char*>(&d[rec]), 4)] = t;
    }
    for (const char* required : {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"})
        if (!f->table(required)) { error = std::string("missing table ") + required; return nullptr; }
    f->hmtx_ = f->table("hmtx")->offset;
    f->loca_ = f->table("loca")->offset;
    f->glyf_ = f->table("glyf")->offset;
    f->glyfLength_ = f->table("glyf")->length;
    const Table& head = *f->table("head");
    f->unitsPerEm_ = u16(d, head.offset + 18);
    if (f->unitsPerEm_ == 0) { error = "unitsPerEm is 0"; return nullptr; }
    for (int k = 0; k < 4; ++k) f->bbox_[k] = s16(d, head.offset + 36 + std::size_t(k) * 2);
    f->longLoca_ = s16(d, head.offset + 50) == 1;
    const Table& hhea = *f->table("hhea");
    f->ascent_ = s16(d, hhea.offset + 4);
    f->descent_ = s16(d, hhea.offset + 6);
    f->numHMetrics_ = u16(d, hhea.offset + 34);
    f->numGlyphs_ = u16(d, f->table("maxp")->offset + 4);
    if (f->numHMetrics_ == 0 || f->numHMetrics_ > f->numGlyphs_) { error = "bad hhea"; return nullptr; }
    if (const Table* post = f->table("post")) {
        f->italicAngle_ = s16(d, post->offset + 4);
        f->fixedPitch_ = u32(d, post->offset + 12) != 0;
    }
    // cmap: prefer (3,10) format 12 for the whole of Unicode, and (3,1) / (0,x) format 4 for the BMP.
    const Table& cmap = *f->table("cmap");
    std::uint16_t subtables = u16(d, cmap.offset + 2);
    for (std::uint16_t i = 0; i < subtables; ++i) {
        std::size_t rec = cmap.offset + 4 + std::size_t(i) * 8;
        std::uint16_t platform = u16(d, rec), encoding = u16(d, rec + 2);
        std::uint32_t off = cmap.offset + u32(d, rec + 4);
        std::uint16_t format = u16(d, off);
        bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode) continue;
        if (format == 4 && !f->cmap4_) f->cmap4_ = off;
        if (format == 12 && !f->cmap12_) f->cmap12_ = off;
    }
    if (!f->cmap4_ && !f->cmap12_) { error = "no Unicode cmap"; return nullptr; }
    // PostScript name (name id 6), for BaseFont.
    if (const Table* name = f->table("name")) {
        std::uint16_t n = u16(d, name->offset + 2);
        std::size_t strings = name->offset + u16(d, name->offset + 4);
        for (std::uint16_t i = 0; i < n && f->psName_.empty(); ++i) {
            std::size_t rec = name->offset + 6 + std::size_t(i) * 12;
            if (u16(d, rec + 6) != 6) continue;
            std::uint16_t platform = u16(d, rec), len = u16(d, rec + 8), off = u16(d, rec + 10);
            for (std::size_t k = 0; k < len; k += (platform == 1 ? 1 : 2)) {
                char c = static_cast<char>(d[strings + off + k + (platform == 1 ? 0 : 1)]);
                if (c > ' ' && c < 127 && c != '/' && c != '(' && c != ')' && c != '[' && c != ']') f->psName_ += c;
            }
        }
    }
    if (f->psName_.empty()) f->psName_ = "Font";
    // CapHeight: OS/2 v2+ has it; otherwise the top of "H".
    const Table* os2 = f->table("OS/2");
    if (os2 && u16(d, os2->offset) >= 2 && os2->length >= 90) f->capHeight_ = s16(d, os2->offset + 88);
    if (f->capHeight_ == 0) {
        auto [off, len] = f->glyphRange(f->glyphFor(U'H'));
        f->capHeight_ = len >= 10 ? s16(d, f->table("glyf")->offset + off + 8) : f->ascent_;
    }
    return f;
}

std::shared_ptr<const TrueTypeFont> TrueTypeFont::loadCached(const std::string& path, std::string& error) {
    static std::map<std::string, std::shared_ptr<const TrueTypeFont>> cache;
    auto it = cache.find(path);
    if (it != cache.end()) return it->second;
    std::ifstream in(path, std::ios::binary);
    if (!in) { error = "cannot read font " + path; return nullptr; }
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto f = parse(std::move(bytes), error);
    if (f) cache[path] = f;
    else error = path + ": " + error;
    return f;
}

std::uint16_t TrueTypeFont::glyphFor(char32_t cp) const {
    const auto& d = data_;
    if (cmap12_) {
        std::uint32_t groups = u32(d, cmap12_ + 12);
        std::size_t lo = 0, hi = groups;
        while (lo < hi) {
            std::size_t mid = (lo + hi) / 2, g = cmap12_ + 16 + mid * 12;
            std::uint32_t start = u32(d, g), end = u32(d, g + 4);
            if (cp < start) hi = mid;
            else if (cp > end) lo = mid + 1;
            else return static_cast<std::uint16_t>(u32(d, g + 8) + (cp - start));
        }
        return 0;
    }
    if (cp > 0xFFFF) return 0;
    std::size_t segX2 = u16(d, cmap4_ + 6);
    std::size_t ends = cmap4_ + 14, starts = ends + segX2 + 2, deltas = starts + segX2, ranges = deltas + segX2;
    for (std::size_t i = 0; i < segX2; i += 2) {
        if (cp > u16(d, ends + i)) continue;
        std::uint16_t start = u16(d, starts + i);
        if (cp < start) return 0;
        std::uint16_t delta = u16(d, deltas + i), range = u16(d, ranges + i);
        if (range == 0) return static_cast<std::uint16_t>(cp + delta);
        std::size_t at = ranges + i + range + (cp - start) * 2;
        std::uint16_t g = u16(d, at);
        return g == 0 ? 0 : static_cast<std::uint16_t>(g + delta);
    }
    return 0;
}

int TrueTypeFont::advance(std::uint16_t glyph) const {
    std::size_t index = glyph < numHMetrics_ ? glyph : static_cast<std::size_t>(numHMetrics_ - 1);
    return u16(data_, hmtx_ + index * 4);
}

std::pair<std::uint32_t, std::uint32_t> TrueTypeFont::glyphRange(std::uint16_t glyph) const {
    if (glyph >= numGlyphs_) return {0, 0};
    std::size_t loca = loca_;
    std::uint32_t a = longLoca_ ? u32(data_, loca + glyph * 4u) : u16(data_, loca + glyph * 2u) * 2u;
    std::uint32_t b = longLoca_ ? u32(data_, loca + (glyph + 1u) * 4u) : u16(data_, loca + (glyph + 1u) * 2u) * 2u;
    if (b < a || b > glyfLength_) return {0, 0};
    return {a, b - a};
}

// [SECTION] Subsetting
std::vector<std::uint8_t> TrueTypeFont::subset(std::vector<std::uint16_t>& glyphs) const {
    const auto& d = data_;
    std::size_t glyf = table("glyf")->offset;
    std::map<std::uint16_t, std::uint16_t> newId;
    for (std::size_t i = 0; i < glyphs.size(); ++i) newId.emplace(glyphs[i], static_cast<std::uint16_t>(i));
    // Composite glyphs: add their components (which may be composite too) at the end.
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        auto [off, len] = glyphRange(glyphs[i]);
        if (len < 10 || s16(d, glyf + off) >= 0) continue;
        std::size_t p = glyf + off + 10;
        for (;;) {
            std::uint16_t flags = u16(d, p), component = u16(d, p + 2);
            if (!newId.count(component)) {
                newId.emplace(component, static_cast<std::uint16_t>(glyphs.size()));
                glyphs.push_back(component);
            }
            p += 4 + ((flags & 0x0001) ? 4 : 2);
            if (flags & 0x0008) p += 2; else if (flags & 0x0040) p += 4; else if (flags & 0x0080) p += 8;
            if (!(flags & 0x0020)) break;
        }
    }
    // glyf (each glyph padded to 4 bytes, composite references renumbered) and long loca.
    std::vector<std::uint8_t> newGlyf, newLoca, newHmtx;
    for (std::uint16_t g : glyphs) {
        append32(newLoca, static_cast<std::uint32_t>(newGlyf.size()));
        auto [off, len] = glyphRange(g);
        std::size_t start = newGlyf.size();
        newGlyf.insert(newGlyf.end(), d.begin() + static_cast<long>(glyf + off), d.begin() + static_cast<long>(glyf + off + len));
        if (len >= 10 && s16(d, glyf + off) < 0) {
            std::size_t p = start + 10;
            for (;;) {
                std::uint16_t flags = u16(newGlyf, p);
                put16(newGlyf, p + 2, newId.at(u16(newGlyf, p + 2)));
                p += 4 + ((flags & 0x0001) ? 4 : 2);
                if (flags & 0x0008) p += 2; else if (flags & 0x0040) p += 4; else if (flags & 0x0080) p += 8;
                if (!(flags & 0x0020)) break;
            }
        }
        while (newGlyf.size() % 4) newGlyf.push_back(0);
        std::size_t index = g < numHMetrics_ ? g : static_cast<std::size_t>(numHMetrics_ - 1);
        append16(newHmtx, u16(d, table("hmtx")->offset + index * 4));
        append16(newHmtx, g < numHMetrics_ ? u16(d, table("hmtx")->offset + g * 4u + 2)
                                           : u16(d, table("hmtx")->offset + numHMetrics_ * 4u + (g - numHMetrics_) * 2u));
    }
    append32(newLoca, static_cast<std::uint32_t>(newGlyf.size()));

    auto copyOf = [&](const char* tag) {
        const Table* t = table(tag);
        return t ? std::vector<std::uint8_t>(d.begin() + t->offset, d.begin() + t->offset + t->length) : std::vector<std::uint8_t>{};
    };
    std::vector<std::uint8_t> head = copyOf("head"), hhea = copyOf("hhea"), maxp = copyOf("maxp");
    put32(head, 8, 0);        // checkSumAdjustment, set below
    put16(head, 50, 1);       // long loca
    put16(hhea, 34, static_cast<std::uint16_t>(glyphs.size()));
    put16(maxp, 4, static_cast<std::uint16_t>(glyphs.size()));

    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> out = {
        {"cvt ", copyOf("cvt ")}, {"fpgm", copyOf("fpgm")}, {"glyf", newGlyf}, {"head", head},
        {"hhea", hhea}, {"hmtx", newHmtx}, {"loca", newLoca}, {"maxp", maxp}, {"prep", copyOf("prep")}};
    out.erase(std::remove_if(out.begin(), out.end(), [](const auto& t) { return t.second.empty(); }), out.end());

    std::vector<std::uint8_t> file;
    std::uint16_t n = static_cast<std::uint16_t>(out.size());
    std::uint16_t pow2 = 1, log2 = 0;
    while (pow2 * 2 <= n) { pow2 *= 2; ++log2; }
    append32(file, 0x00010000);
    append16(file, n);
    append16(file, pow2 * 16);
    append16(file, log2);
    append16(file, n * 16 - pow2 * 16);
    std::size_t dir = file.size();
    file.resize(dir + n * 16u);
    std::size_t headOffset = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        std::size_t offset = file.size();
        const auto& [tag, bytes] = out[i];
        if (tag == "head") headOffset = offset;
        file.insert(file.end(), bytes.begin(), bytes.end());
        while (file.size() % 4) file.push_back(0);
        std::size_t rec = dir + i * 16;
        std::copy(tag.begin(), tag.end(), file.begin() + static_cast<long>(rec));
        put32(file, rec + 4, checksum(file, offset, bytes.size()));
        put32(file, rec + 8, static_cast<std::uint32_t>(offset));
        put32(file, rec + 12, static_cast<std::uint32_t>(bytes.size()));
    }
    put32(file, headOffset + 8, 0xB1B0AFBAu - checksum(file, 0, file.size()));
    return file;
}

}  // namespace facturier::pdf
