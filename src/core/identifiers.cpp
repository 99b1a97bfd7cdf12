// Identifier checks. Formats of EU VAT numbers follow the VIES documentation of each member state.
#include "core/identifiers.h"

#include <array>
#include <cctype>
#include <cstring>

namespace facturier {

std::string compactIdentifier(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '-' || c == '.') continue;
        if (c == 0xC2 && i + 1 < text.size() && (unsigned char)text[i + 1] == 0xA0) { ++i; continue; }
        if (c == 0xE2 && i + 2 < text.size() && (unsigned char)text[i + 1] == 0x80 && (unsigned char)text[i + 2] == 0xAF) {
            i += 2;
            continue;
        }
        out += static_cast<char>(std::toupper(c));
    }
    return out;
}

namespace {
bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) if (c < '0' || c > '9') return false;
    return true;
}
bool allAlnum(std::string_view s) {
    for (char c : s) if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    return true;
}
}  // namespace

bool luhnValid(std::string_view digits) {
    if (!allDigits(digits)) return false;
    int sum = 0;
    bool doubleIt = false;
    for (size_t i = digits.size(); i-- > 0;) {
        int d = digits[i] - '0';
        if (doubleIt) { d *= 2; if (d > 9) d -= 9; }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool isValidSiren(std::string_view text) {
    std::string s = compactIdentifier(text);
    return s.size() == 9 && luhnValid(s);
}

bool isValidSiret(std::string_view text) {
    std::string s = compactIdentifier(text);
    if (s.size() != 14 || !allDigits(s)) return false;
    if (s.rfind("356000000", 0) == 0) {  // La Poste: digit sum divisible by 5
        int sum = 0;
        for (char c : s) sum += c - '0';
        return sum % 5 == 0;
    }
    return luhnValid(s);
}

std::string frenchVatFromSiren(std::string_view siren) {
    std::string s = compactIdentifier(siren);
    if (s.size() != 9 || !allDigits(s)) return "";
    long long n = std::stoll(s);
    int key = static_cast<int>((12 + 3 * (n % 97)) % 97);
    char buf[3] = {static_cast<char>('0' + key / 10), static_cast<char>('0' + key % 10), 0};
    return "FR" + std::string(buf) + s;
}

bool isValidFrenchVat(std::string_view text) {
    std::string s = compactIdentifier(text);
    if (s.size() != 13 || s.rfind("FR", 0) != 0) return false;
    std::string siren = s.substr(4);
    if (!allDigits(siren)) return false;
    if (allDigits(s.substr(2, 2))) return frenchVatFromSiren(siren) == s;
    return allAlnum(s.substr(2, 2));  // new-style alphanumeric keys cannot be checked offline
}

namespace {
// Pattern letters: 9 digit, A letter, X letter or digit, '+' any count of X (at least one), others literal.
bool matches(std::string_view s, std::string_view pattern) {
    if (s.size() != pattern.size()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        char p = pattern[i], c = s[i];
        bool ok = p == '9' ? std::isdigit(static_cast<unsigned char>(c))
                : p == 'A' ? std::isalpha(static_cast<unsigned char>(c))
                : p == 'X' ? std::isalnum(static_cast<unsigned char>(c))
                : c == p;
        if (!ok) return false;
    }
    return true;
}
struct VatFormat { const char* prefix; std::array<const char*, 4> patterns; };
const VatFormat kVatFormats[] = {
    {"AT", {"U99999999"}}, {"BE", {"9999999999"}}, {"BG", {"999999999", "9999999999"}},
    {"CY", {"99999999A"}}, {"CZ", {"99999999", "999999999", "9999999999"}}, {"DE", {"999999999"}},
    {"DK", {"99999999"}}, {"EE", {"999999999"}}, {"EL", {"999999999"}}, {"ES", {"X9999999X"}},
    {"FI", {"99999999"}}, {"HR", {"99999999999"}}, {"HU", {"99999999"}},
    {"IE", {"9X99999A", "9999999A", "9999999AA"}}, {"IT", {"99999999999"}},
    {"LT", {"999999999", "999999999999"}}, {"LU", {"99999999"}}, {"LV", {"99999999999"}},
    {"MT", {"99999999"}}, {"NL", {"999999999B99"}}, {"PL", {"9999999999"}}, {"PT", {"999999999"}},
    {"RO", {"99", "999", "9999", "9999999999"}}, {"SE", {"999999999901"}}, {"SI", {"99999999"}},
    {"SK", {"9999999999"}}, {"XI", {"999999999", "999999999999", "GD999", "HA999"}},
};
}  // namespace

bool isValidEuVat(std::string_view text) {
    std::string s = compactIdentifier(text);
    if (s.size() < 4) return false;
    std::string prefix = s.substr(0, 2), rest = s.substr(2);
    if (prefix == "FR") return isValidFrenchVat(s);
    for (const auto& f : kVatFormats) {
        if (prefix != f.prefix) continue;
        if (prefix == "RO") return rest.size() >= 2 && rest.size() <= 10 && allDigits(rest);
        for (const char* p : f.patterns)
            if (p && matches(rest, p)) return true;
        return false;
    }
    return false;
}

bool isValidIban(std::string_view text) {
    std::string s = compactIdentifier(text);
    if (s.size() < 15 || s.size() > 34 || !allAlnum(s)) return false;
    if (!std::isalpha(static_cast<unsigned char>(s[0])) || !std::isalpha(static_cast<unsigned char>(s[1])) ||
        !std::isdigit(static_cast<unsigned char>(s[2])) || !std::isdigit(static_cast<unsigned char>(s[3])))
        return false;
    if (!isCountryCode(s.substr(0, 2))) return false;
    std::string r = s.substr(4) + s.substr(0, 4);
    int mod = 0;
    for (char c : r) {
        int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'A' + 10;
        mod = v >= 10 ? (mod * 100 + v) % 97 : (mod * 10 + v) % 97;
    }
    return mod == 1;
}

bool isValidBic(std::string_view text) {
    std::string s = compactIdentifier(text);
    if (s.size() != 8 && s.size() != 11) return false;
    for (int i = 0; i < 4; ++i) if (!std::isalpha(static_cast<unsigned char>(s[i]))) return false;
    if (!isCountryCode(s.substr(4, 2))) return false;
    return allAlnum(s.substr(6));
}

bool isCountryCode(std::string_view code) {
    static const char* kCodes =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY "
        "BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK "
        "FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR "
        "IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK "
        "ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
        "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF "
        "TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW";
    if (code.size() != 2) return false;
    std::string_view all(kCodes);
    for (size_t i = 0; i + 1 < all.size(); i += 3)
        if (all.substr(i, 2) == code) return true;
    return false;
}

bool isEuCountry(std::string_view code) {
    static const char* kEu = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK";
    if (code.size() != 2) return false;
    std::string_view all(kEu);
    for (size_t i = 0; i + 1 < all.size(); i += 3)
        if (all.substr(i, 2) == code) return true;
    return false;
}

bool isValidEmail(std::string_view s) {
    size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
    std::string_view local = s.substr(0, at), domain = s.substr(at + 1);
    if (local.size() > 64 || domain.size() < 3 || domain.size() > 253) return false;
    for (char c : s) if (static_cast<unsigned char>(c) <= ' ') return false;
    size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) return false;
    if (domain.front() == '.' || domain.find("..") != std::string_view::npos) return false;
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
    return true;
}

std::string formatIban(std::string_view iban) {
    std::string s = compactIdentifier(iban), out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && i % 4 == 0) out += ' ';
        out += s[i];
    }
    return out;
}

}  // namespace facturier
