// UTF-8 cutting and normalisation (core/text.h): the helpers every writer cuts with.
#include <doctest.h>

#include <random>

#include "core/text.h"

using namespace facturier;

TEST_CASE("a cut at byte 197 inside an é moves back before it instead of splitting it") {
    std::string text = std::string(196, 'a') + "\xC3\xA9" + std::string(20, 'b');  // é at bytes 196–197
    std::string cut = truncateUtf8(text, 197);
    CHECK(cut.size() == 196);
    CHECK(isValidUtf8(cut));
    std::string shown = ellipsizeUtf8(text, 200);
    CHECK(shown.size() <= 200);
    CHECK(isValidUtf8(shown));
    CHECK(shown.substr(shown.size() - 3) == "\xE2\x80\xA6");
    CHECK(ellipsizeUtf8("court", 200) == "court");
}

TEST_CASE("a cut never separates a letter from its combining accent or an emoji from its modifier") {
    std::string e = "e\xCC\x81";  // e + COMBINING ACUTE ACCENT
    CHECK(truncateUtf8("caf" + e, 4) == "caf");
    CHECK(truncateUtf8("caf" + e, 5) == "caf");
    CHECK(truncateUtf8("caf" + e, 6) == "caf" + e);
    CHECK(truncateCodePoints("caf" + e + "s", 4) == "caf");
    std::string thumb = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";  // 👍🏽
    CHECK(truncateUtf8("ok" + thumb, 6) == "ok");
}

TEST_CASE("control characters are normalised: tab to space, CR LF to LF, the others removed") {
    CHECK(normalizeText("a\tb") == "a b");
    CHECK(normalizeText("a\r\nb\rc\nd") == "a\nb\nc\nd");
    CHECK(normalizeText("x\x1B[31my\x07z") == "x[31myz");
    CHECK(normalizeText(std::string("n\0ul", 4)) == "nul");
    CHECK(normalizeText("a\r\nb", false) == "a b");
    CHECK(normalizeText("\xC2\x85next") == "next");  // C1 NEL
    CHECK(normalizeText("caf\xE9") == "caf\xEF\xBF\xBD");  // a Latin-1 byte: replaced, valid UTF-8
    CHECK(normalizeText("Œuvre — 12 € 𝄞") == "Œuvre — 12 € 𝄞");
}

TEST_CASE("random Unicode cut at every length stays well-formed UTF-8") {
    std::mt19937 rng(20261129);
    const char32_t samples[] = {'a', 'Z', ' ', 0xE9, 0x152, 0x301, 0x20AC, 0x2019, 0x4E2D, 0xFE0F, 0x1F600, 0x1F3FD, 0x10348, 0x200D};
    for (int round = 0; round < 200; ++round) {
        std::string s;
        int n = static_cast<int>(rng() % 40);
        for (int i = 0; i < n; ++i) appendUtf8(s, samples[rng() % std::size(samples)]);
        REQUIRE(isValidUtf8(s));
        CHECK(decodeUtf8(s).size() == codePointCount(s));
        for (std::size_t max = 0; max <= s.size() + 1; ++max) {
            CHECK(isValidUtf8(truncateUtf8(s, max)));
            CHECK(truncateUtf8(s, max).size() <= max);
            CHECK(isValidUtf8(ellipsizeUtf8(s, max)));
            CHECK(ellipsizeUtf8(s, max).size() <= std::max<std::size_t>(max, 0));
            CHECK(isValidUtf8(truncateCodePoints(s, max)));
        }
    }
}

TEST_CASE("invalid bytes are reported and replaced, never passed on") {
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));
    CHECK(sanitizeUtf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(isValidUtf8(sanitizeUtf8("\xE2\x82")));
}

TEST_CASE("a long word is broken between characters, never between a letter and its combining accent") {
    std::string e = "e\xCC\x81";  // e + COMBINING ACUTE ACCENT
    CHECK(characterLength("caf" + e, 3) == 3);
    CHECK(characterLength("caf" + e, 0) == 1);
    CHECK(characterLength("\xC3\xA9t\xC3\xA9", 0) == 2);
    CHECK(characterLength("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!", 0) == 8);  // thumbs up + skin tone
    CHECK(characterLength("\xFF" "a", 0) == 1);
    CHECK(characterLength("a", 1) == 0);
}
