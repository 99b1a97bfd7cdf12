// UTF-8 validation, decoding, cutting on character boundaries, control-character normalisation.
#include "core/text.h"

namespace facturier {

namespace {
// Length of the well-formed sequence starting at text[i], or 0 when it is not one (RFC 3629 table 3-7).
std::size_t sequenceLength(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t extra = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) extra = 1;
    else if (c >= 0xE0 && c <= 0xEF) { extra = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { extra = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else return 0;
    if (i + extra >= text.size()) return 0;  // truncated
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k <= extra; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return extra + 1;
}

char32_t codePointAt(std::string_view text, std::size_t i, std::size_t len) {
    auto c = static_cast<unsigned char>(text[i]);
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return cp;
}

// Walks `text` character by character; `fn(start, len, cp)` returns false to stop. Invalid bytes are
// one character each with cp U+FFFD.
template <class Fn> void forEachCodePoint(std::string_view text, Fn fn) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = sequenceLength(text, i);
        char32_t cp = len ? codePointAt(text, i, len) : 0xFFFD;
        if (!len) len = 1;
        if (!fn(i, len, cp)) return;
        i += len;
    }
}

// The cut point at or before `end` that keeps combining marks with their base character.
std::size_t backOffCombining(std::string_view text, std::size_t end) {
    // Find the character starting at `end` (if any); while it is a combining mark, move the cut back
    // before the preceding character.
    while (end > 0 && end < text.size()) {
        std::size_t len = sequenceLength(text, end);
        if (!len || !isCombiningMark(codePointAt(text, end, len))) break;
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 && end - start < 4) --start;
        end = start;
    }
    return end;
}
}  // namespace

bool isValidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = sequenceLength(text, i);
        if (!len) return false;
        i += len;
    }
    return true;
}

std::u32string decodeUtf8(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](std::size_t, std::size_t, char32_t cp) { out.push_back(cp); return true; });
    return out;
}

void appendUtf8(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string sanitizeUtf8(std::string_view text) {
    if (isValidUtf8(text)) return std::string(text);
    std::string out;
    forEachCodePoint(text, [&](std::size_t, std::size_t, char32_t cp) { appendUtf8(out, cp); return true; });
    return out;
}

bool isCombiningMark(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) ||   // Combining Diacritical Marks
           (cp >= 0x0483 && cp <= 0x0489) ||   // Cyrillic combining marks
           (cp >= 0x0591 && cp <= 0x05BD) ||   // Hebrew points
           (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) ||  // Arabic marks
           (cp >= 0x1AB0 && cp <= 0x1AFF) ||   // Combining Diacritical Marks Extended
           (cp >= 0x1DC0 && cp <= 0x1DFF) ||   // Combining Diacritical Marks Supplement
           (cp >= 0x20D0 && cp <= 0x20FF) ||   // Combining Marks for Symbols
           (cp >= 0xFE00 && cp <= 0xFE0F) ||   // Variation Selectors
           (cp >= 0xFE20 && cp <= 0xFE2F) ||   // Combining Half Marks
           cp == 0x200D ||                     // zero-width joiner
           (cp >= 0x1F3FB && cp <= 0x1F3FF) || // emoji skin-tone modifiers
           (cp >= 0xE0100 && cp <= 0xE01EF);   // Variation Selectors Supplement
}

std::string truncateUtf8(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return std::string(text);
    std::size_t end = 0;
    forEachCodePoint(text, [&](std::size_t start, std::size_t len, char32_t) {
        if (start + len > maxBytes) return false;
        end = start + len;
        return true;
    });
    return std::string(text.substr(0, backOffCombining(text, end)));
}

std::string truncateCodePoints(std::string_view text, std::size_t maxChars) {
    std::size_t end = 0, count = 0;
    forEachCodePoint(text, [&](std::size_t start, std::size_t len, char32_t) {
        if (count == maxChars) return false;
        ++count;
        end = start + len;
        return true;
    });
    if (end == text.size()) return std::string(text);
    return std::string(text.substr(0, backOffCombining(text, end)));
}

std::string ellipsizeUtf8(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return std::string(text);
    const std::string_view ellipsis = "\xE2\x80\xA6";
    if (maxBytes < ellipsis.size()) return truncateUtf8(text, maxBytes);
    return truncateUtf8(text, maxBytes - ellipsis.size()) + std::string(ellipsis);
}

std::size_t characterLength(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    std::size_t len = sequenceLength(text, at);
    std::size_t end = at + (len ? len : 1);
    while (end < text.size()) {
        std::size_t next = sequenceLength(text, end);
        if (!next || !isCombiningMark(codePointAt(text, end, next))) break;
        end += next;
    }
    return end - at;
}

std::size_t codePointCount(std::string_view text) {
    std::size_t n = 0;
    forEachCodePoint(text, [&](std::size_t, std::size_t, char32_t) { ++n; return true; });
    return n;
}

std::string normalizeText(std::string_view text, bool multiLine) {
    std::string out;
    out.reserve(text.size());
    char32_t previous = 0;
    forEachCodePoint(text, [&](std::size_t, std::size_t, char32_t cp) {
        if (cp == '\t') out += ' ';
        else if (cp == '\r') out += multiLine ? '\n' : ' ';
        else if (cp == '\n') {
            if (previous != '\r') out += multiLine ? '\n' : ' ';  // CR LF is one break
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            // other controls (NUL, ESC, BEL, C1…): removed
        } else {
            appendUtf8(out, cp);
        }
        previous = cp;
        return true;
    });
    return out;
}

}  // namespace facturier
