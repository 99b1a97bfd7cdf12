// What pdftotext (poppler-utils, installed by tools/setup) reads from a PDF, for the PDF suites.
#pragma once

#include <doctest.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace facturier::testing {

// Writes `pdf` as build/test-NAME.pdf (kept for a look) and returns pdftotext's text of it.
inline std::string pdfText(const std::vector<std::uint8_t>& pdf, const std::string& name) {
    std::string path = std::string(FACTURIER_BINARY_DIR) + "/test-" + name + ".pdf";
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(pdf.data()), static_cast<std::streamsize>(pdf.size()));
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("pdftotext -enc UTF-8 '" + path + "' - 2>/dev/null").c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string out;
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
    return out;
}

// No-break spaces (U+00A0, U+202F: French amounts and " : ") as plain spaces, as pdftotext gives them.
inline std::string plainSpaces(std::string s) {
    for (const char* nb : {"\xC2\xA0", "\xE2\x80\xAF"})
        for (std::size_t p; (p = s.find(nb)) != std::string::npos;) s.replace(p, std::char_traits<char>::length(nb), " ");
    return s;
}

// Every run of whitespace (line breaks, no-break spaces) as one space.
inline std::string squeezedText(const std::string& raw) {
    std::string out;
    for (char c : plainSpaces(raw)) {
        bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space) { if (!out.empty() && out.back() != ' ') out += ' '; }
        else out += c;
    }
    return out;
}

}  // namespace facturier::testing
