// UTF-8 text as people type and paste it: validation, decoding, cutting on character boundaries and
// normalising control characters. Every writer (XML, PDF, CSV, FEC, ZIP, JSON, mailto) cuts with these.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace facturier {

// True when `text` is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);

// UTF-8 → code points; each invalid byte becomes U+FFFD (never throws).
std::u32string decodeUtf8(std::string_view text);
// Appends the UTF-8 form of `cp` (U+FFFD for a surrogate or a value above U+10FFFF).
void appendUtf8(std::string& out, char32_t cp);
// Invalid bytes replaced by U+FFFD: the result is always well-formed UTF-8.
std::string sanitizeUtf8(std::string_view text);

// True for a combining mark (general category Mn/Me in the blocks Latin, Greek and Cyrillic text use,
// plus the variation selectors and the zero-width joiner): a character that belongs to the one before.
bool isCombiningMark(char32_t cp);

// The longest prefix of `text` of at most `maxBytes` bytes that ends on a character boundary and does
// not separate a base character from the combining marks that follow it. Never splits a UTF-8 sequence.
std::string truncateUtf8(std::string_view text, std::size_t maxBytes);
// Same, cut to at most `maxChars` code points (combining marks stay with their base).
std::string truncateCodePoints(std::string_view text, std::size_t maxChars);
// `text` when it fits `maxBytes`; otherwise its cut prefix followed by "…" (U+2026), in `maxBytes` in all.
std::string ellipsizeUtf8(std::string_view text, std::size_t maxBytes);
// Bytes of the character starting at `at`: one code point (an invalid byte counts one) and the combining
// marks that follow it, so a line broken there never separates "e" from its accent.
std::size_t characterLength(std::string_view text, std::size_t at);
// Number of code points (invalid bytes count one each).
std::size_t codePointCount(std::string_view text);

// What people paste, made storable and printable: TAB → space, CR LF and lone CR → LF, every other
// C0 control (U+0000–U+001F), DEL and C1 control (U+0080–U+009F) removed, invalid bytes → U+FFFD.
// With `multiLine` false, LF also becomes a space (names, references, one-line fields).
std::string normalizeText(std::string_view text, bool multiLine = true);

}  // namespace facturier
