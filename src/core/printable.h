// What Facturier can print: the characters both PDF faces draw (a table generated at build time from
// the cut fonts, see FACTURIER_CHARSET in CMakeLists.txt; core reads no font), every text field a
// document prints with its path, and the normalisation of those fields when text comes from outside.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/document.h"

namespace facturier {

struct Workspace;

struct CodePointRange {
    char32_t first, last;
};
// Sorted, disjoint ranges (generated: build/…/generated/printable_table.cpp).
std::span<const CodePointRange> printableRanges();
// True when both PDF faces draw `cp`. Controls are never printable.
bool isPrintable(char32_t cp);
// The distinct characters of `text` the PDF cannot draw, in order of first appearance. A line break
// is layout, not a character: it is allowed (single-line fields lose theirs at input).
std::u32string unprintableCharacters(std::string_view text);
// "😀 (U+1F600), 漢 (U+6F22)": each character with its code, so that even an invisible one can be
// found; at most `max` of them, then "…".
std::string describeCharacters(const std::u32string& characters, std::size_t max = 5);

// [SECTION] The printed text fields, with their paths
// visitTexts(x, prefix, fn) calls fn(path, text, multiLine) for every free text of x that a PDF prints
// (or, for a client, that a document will print). Works on const objects (checking) and mutable ones
// (normalising): `text` is a reference to the field.
template <class A, class Fn> void visitAddressTexts(A& a, const std::string& p, Fn&& fn) {
    fn(p + "line1", a.line1, false);
    fn(p + "line2", a.line2, false);
    fn(p + "postcode", a.postcode, false);
    fn(p + "city", a.city, false);
}
template <class S, class Fn> void visitSellerTexts(S& s, const std::string& p, Fn&& fn) {
    fn(p + "name", s.name, false);
    fn(p + "legalFormName", s.legalFormName, false);
    fn(p + "capital", s.capital, false);
    fn(p + "rcs", s.rcs, false);
    fn(p + "siren", s.siren, false);
    fn(p + "siret", s.siret, false);
    fn(p + "vatNumber", s.vatNumber, false);
    visitAddressTexts(s.address, p + "address.", fn);
    fn(p + "email", s.email, false);
    fn(p + "phone", s.phone, false);
    fn(p + "iban", s.iban, false);
    fn(p + "bic", s.bic, false);
}
template <class C, class Fn> void visitClientTexts(C& c, const std::string& p, Fn&& fn) {
    fn(p + "name", c.name, false);
    fn(p + "siren", c.siren, false);
    fn(p + "vatNumber", c.vatNumber, false);
    visitAddressTexts(c.address, p + "address.", fn);
}
template <class L, class Fn> void visitLineTexts(L& l, const std::string& p, Fn&& fn) {
    fn(p + "description", l.description, true);
    fn(p + "itemReference", l.itemReference, false);
}
// A document's own texts and its buyer's (the seller is visited apart: validation checks the profile
// a draft will freeze, not the draft's copy).
template <class D, class Fn> void visitDocumentTexts(D& d, Fn&& fn) {
    visitClientTexts(d.buyer, "buyer.", fn);
    if (d.deliveryAddress) visitAddressTexts(*d.deliveryAddress, "deliveryAddress.", fn);
    for (std::size_t i = 0; i < d.lines.size(); ++i) visitLineTexts(d.lines[i], "lines[" + std::to_string(i) + "].", fn);
    for (std::size_t i = 0; i < d.adjustments.size(); ++i)
        fn("adjustments[" + std::to_string(i) + "].reason", d.adjustments[i].reason, false);
    fn(std::string("notes"), d.notes, true);
    fn(std::string("purchaseOrder"), d.purchaseOrder, false);
    fn(std::string("terms.earlyPaymentText"), d.terms.earlyPaymentText, false);
    if (d.exchangeRate) fn(std::string("exchangeRate.source"), d.exchangeRate->source, false);  // printed with the rate
}

// [SECTION] Normalising text that comes from outside
// Every free text of what a backup brings that is still editable — the seller profile, clients,
// catalogue, recurring templates and drafts — through normalizeText (tab → space, CR LF → LF, other
// controls removed; line breaks kept only where a field may hold several lines). Issued documents are
// left exactly as they were issued (their content is hashed in the journal).
void normalizeEditableTexts(Workspace& ws);

}  // namespace facturier
