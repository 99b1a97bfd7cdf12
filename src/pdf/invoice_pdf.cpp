// Lays out a document on A4 pages with libharu: seller and buyer blocks, the lines table (wrapped
// descriptions, header repeated on each page), totals with the VAT breakdown, payment block and every
// legal mention the core lists. Prints only what core's computeTotals() and legalMentions() return.
#include "pdf/invoice_pdf.h"

#include <hpdf.h>

#include <cstring>
#include <memory>
#include <stdexcept>

#include "core/countries.h"
#include "core/einvoicing.h"
#include "core/epc_qr.h"
#include "core/identifiers.h"
#include "core/text.h"
#include "core/totals.h"
#include "core/validation.h"
#include "io/base64.h"
#include "pdf/embedded_font.h"
#include "pdf/labels.h"
#include "pdf/pdfa.h"
#include "pdf/qr_code.h"

namespace facturier::pdf {

namespace {

// [SECTION] Page geometry (points; A4 = 595 × 842)
constexpr float kPageW = 595.276f, kPageH = 841.89f;
constexpr float kMargin = 42.f, kFooterH = 64.f;
constexpr float kLeft = kMargin, kRight = kPageW - kMargin, kBottom = kMargin + kFooterH;
// Lines table columns: description | qty | unit | unit price | VAT | total, by the right edge of the
// right-aligned ones (the unit is left-aligned after the quantity). The VAT column is wide enough for
// a treatment by name ("Hors champ", "Reverse charge").
constexpr float kColQty = 285.f, kColPrice = 400.f, kColVat = 470.f;

struct HaruError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
void onHaruError(HPDF_STATUS error, HPDF_STATUS detail, void*) {
    throw HaruError("libharu error " + std::to_string(error) + "/" + std::to_string(detail));
}

// [SECTION] Canvas: pages, fonts, text helpers
class Canvas {
public:
    explicit Canvas(const RenderOptions& o) {
        std::string error;
        auto regularFace = TrueTypeFont::loadCached(o.regularFont, error);
        if (!regularFace) throw HaruError(error);
        auto boldFace = TrueTypeFont::loadCached(o.boldFont, error);
        if (!boldFace) throw HaruError(error);
        doc_ = HPDF_New(onHaruError, nullptr);
        if (!doc_) throw HaruError("libharu could not start");
        if (o.compress) HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
        regular_ = std::make_unique<EmbeddedFont>(doc_, regularFace, "F1");
        bold_ = std::make_unique<EmbeddedFont>(doc_, boldFace, "F2");
    }
    // Writes the font subsets: after the last text, before saving.
    void finishFonts() {
        regular_->finish();
        bold_->finish();
    }
    ~Canvas() { HPDF_Free(doc_); }
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    HPDF_Doc doc() const { return doc_; }
    void newPage() {
        page_ = HPDF_AddPage(doc_);
        HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        pages_.push_back(page_);
        y = kPageH - kMargin;
    }
    const std::vector<HPDF_Page>& pages() const { return pages_; }
    void usePage(HPDF_Page p) { page_ = p; }

    float width(const std::string& s, bool bold, float size) { return (bold ? bold_ : regular_)->width(s, size); }
    void text(float x, float baseline, const std::string& s, bool bold = false, float size = 9.f) {
        if (s.empty()) return;
        (bold ? bold_ : regular_)->show(page_, x, baseline, size, s);
    }
    // Left-aligned in a cell `maxWidth` wide: a long word gets a smaller size, never an overlap.
    void cellLeft(float x, float maxWidth, float baseline, const std::string& s, bool bold = false, float size = 9.f) {
        float w = width(s, bold, size);
        if (w > maxWidth) size *= maxWidth / w;
        text(x, baseline, s, bold, size);
    }
    void textRight(float right, float baseline, const std::string& s, bool bold = false, float size = 9.f) {
        text(right - width(s, bold, size), baseline, s, bold, size);
    }
    // Right-aligned in a cell `maxWidth` wide: a huge amount gets a smaller size, never an overlap.
    void cellRight(float right, float maxWidth, float baseline, const std::string& s, bool bold = false, float size = 9.f) {
        float w = width(s, bold, size);
        if (w > maxWidth) size *= maxWidth / w;
        textRight(right, baseline, s, bold, size);
    }
    void rule(float x1, float x2, float yy, float w = 0.5f, float gray = 0.6f) {
        HPDF_Page_SetLineWidth(page_, w);
        HPDF_Page_SetGrayStroke(page_, gray);
        HPDF_Page_MoveTo(page_, x1, yy);
        HPDF_Page_LineTo(page_, x2, yy);
        HPDF_Page_Stroke(page_);
    }
    // Draws the seller's logo (PNG or JPEG, base64) inside maxW × maxH below `top`; its height, or 0.
    float logo(const Seller& s, float x, float top, float maxW, float maxH) {
        if (s.logoBase64.empty()) return 0;
        auto bytes = io::decodeBase64(s.logoBase64);
        if (!bytes || bytes->empty()) return 0;
        HPDF_Image image = nullptr;
        try {
            if (s.logoMime == "image/png") image = HPDF_LoadPngImageFromMem(doc_, bytes->data(), static_cast<HPDF_UINT>(bytes->size()));
            else if (s.logoMime == "image/jpeg") image = HPDF_LoadJpegImageFromMem(doc_, bytes->data(), static_cast<HPDF_UINT>(bytes->size()));
        } catch (const HaruError&) {
            HPDF_ResetError(doc_);
            return 0;  // an unreadable logo is left out rather than failing the invoice
        }
        if (!image) return 0;
        float w = static_cast<float>(HPDF_Image_GetWidth(image)), h = static_cast<float>(HPDF_Image_GetHeight(image));
        if (w <= 0 || h <= 0) return 0;
        float scale = std::min(maxW / w, maxH / h);
        HPDF_Page_DrawImage(page_, image, x, top - h * scale, w * scale, h * scale);
        return h * scale;
    }
    // Dark modules as filled squares, a horizontal run at a time; (x, y) is the bottom-left module.
    void qr(const QrCode& code, float x, float y, float module) {
        HPDF_Page_SetRGBFill(page_, 0, 0, 0);
        for (int row = 0; row < code.size(); ++row) {
            float yy = y + static_cast<float>(code.size() - 1 - row) * module;
            for (int col = 0; col < code.size();) {
                if (!code.dark(col, row)) { ++col; continue; }
                int start = col;
                while (col < code.size() && code.dark(col, row)) ++col;
                HPDF_Page_Rectangle(page_, x + static_cast<float>(start) * module, yy, static_cast<float>(col - start) * module, module);
            }
        }
        HPDF_Page_Fill(page_);
    }
    void band(float x, float yy, float w, float h, float r, float g, float b) {
        HPDF_Page_SetRGBFill(page_, r, g, b);
        HPDF_Page_Rectangle(page_, x, yy, w, h);
        HPDF_Page_Fill(page_);
        HPDF_Page_SetRGBFill(page_, 0, 0, 0);
    }
    // Splits `s` into lines no wider than `maxWidth`, breaking at spaces, or inside a word too long.
    std::vector<std::string> wrap(const std::string& s, float maxWidth, bool bold = false, float size = 9.f) {
        std::vector<std::string> out;
        size_t start = 0;
        while (start <= s.size()) {
            size_t nl = s.find('\n', start);
            std::string para = s.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
            wrapParagraph(para, maxWidth, bold, size, out);
            if (nl == std::string::npos) break;
            start = nl + 1;
        }
        if (out.empty()) out.push_back("");
        return out;
    }

    float y = 0;

private:
    void wrapParagraph(const std::string& para, float maxWidth, bool bold, float size, std::vector<std::string>& out) {
        std::string current;
        size_t i = 0;
        while (i < para.size()) {
            size_t sp = para.find(' ', i);
            std::string word = para.substr(i, sp == std::string::npos ? std::string::npos : sp - i);
            std::string candidate = current.empty() ? word : current + " " + word;
            if (width(candidate, bold, size) <= maxWidth) {
                current = candidate;
            } else {
                if (!current.empty()) out.push_back(current);
                current.clear();
                // A word longer than the column is cut by characters.
                std::string piece;
                for (size_t k = 0; k < word.size();) {
                    size_t len = characterLength(word, k);  // a letter with its combining accents
                    std::string next = piece + word.substr(k, len);
                    if (width(next, bold, size) > maxWidth && !piece.empty()) { out.push_back(piece); piece.clear(); continue; }
                    piece = next;
                    k += len;
                }
                current = piece;
            }
            if (sp == std::string::npos) break;
            i = sp + 1;
        }
        out.push_back(current);
    }

    HPDF_Doc doc_ = nullptr;
    HPDF_Page page_ = nullptr;
    std::unique_ptr<EmbeddedFont> regular_, bold_;
    std::vector<HPDF_Page> pages_;
};

// [SECTION] Blocks
std::string money(const Totals& t, std::int64_t minor, bool fr) {
    return formatMoney(t.money(minor), fr ? Locale::Fr : Locale::En);
}

// An address as posted: the country by name, in the document's language, on the last line when it
// differs from `home` (the country the letter is read from), never as a raw code.
std::vector<std::string> addressLines(const Address& a, const std::string& home, bool fr) {
    std::vector<std::string> out;
    if (!a.line1.empty()) out.push_back(a.line1);
    if (!a.line2.empty()) out.push_back(a.line2);
    std::string city = a.postcode + (a.postcode.empty() ? "" : " ") + a.city;
    if (!city.empty()) out.push_back(city);
    if (a.country != home && !a.country.empty()) out.push_back(countryName(a.country, fr));
    return out;
}

class InvoiceLayout {
public:
    InvoiceLayout(Canvas& c, const Document& d, const std::vector<LinkedDocument>& linked)
        : c_(c), d_(d), linked_(linked), t_(computeTotals(d)), l_{d.language != "en"} {}

    void render() {
        c_.newPage();
        header();
        parties();
        references();
        tableHeader();
        for (size_t i = 0; i < d_.lines.size(); ++i) lineRow(i);
        totals();
        payment();
        mentions();
        footers();
    }

private:
    void ensureRoom(float needed, bool withTableHeader) {
        if (c_.y - needed >= kBottom) return;
        c_.newPage();
        c_.y -= 8;
        if (withTableHeader) tableHeader();
    }

    void header() {
        const Seller& s = d_.seller;
        float top = c_.y;
        if (float h = c_.logo(s, kLeft, top, 150.f, 54.f); h > 0) c_.y -= h + 6;
        auto nameLines = c_.wrap(s.name, 260, true, 14);
        for (const auto& n : nameLines) { c_.y -= 16; c_.text(kLeft, c_.y, n, true, 14); }
        // The seller's country is named when the buyer is abroad.
        std::vector<std::string> info = addressLines(s.address, d_.buyer.address.country, l_.fr);
        if (!s.email.empty()) info.push_back(s.email);
        if (!s.phone.empty()) info.push_back(s.phone);
        for (const auto& line : info)
            for (const auto& w : c_.wrap(line, 260)) { c_.y -= 11; c_.text(kLeft, c_.y, w); }
        float leftBottom = c_.y;

        // Title block on the right.
        float y = top - 18;
        c_.textRight(kRight, y, l_.title(d_.type), true, 18);
        y -= 16;
        std::string number = d_.number.empty() ? l_.draft() : d_.number;
        c_.textRight(kRight, y, std::string(l_.number()) + " " + number, true, 10);
        auto line = [&](const std::string& text) { y -= 12; c_.textRight(kRight, y, text); };
        auto kv = [&](const std::string& k, const std::string& v) { line(l_.keyValue(k, v)); };
        kv(l_.issueDate(), l_.date(d_.issueDate));
        if (d_.type == DocumentType::Quote) {
            if (d_.validUntil) line(l_.validUntil(*d_.validUntil));
        } else {
            Date delivery = d_.deliveryDate.value_or(d_.issueDate);
            if (d_.periodStart) kv(l_.servicePeriod(), l_.date(*d_.periodStart) + " – " + l_.date(delivery));
            else kv(l_.deliveryDate(d_.nature), l_.date(delivery));
            // A credit note owes nothing: no due date.
            if (d_.dueDate && asksForPayment(d_)) kv(l_.dueDate(), l_.date(*d_.dueDate));
        }
        c_.y = std::min(leftBottom, y) - 18;
    }

    void parties() {
        const Client& b = d_.buyer;
        float top = c_.y;
        float x = 320, width = kRight - x - 4;
        // Lay out the buyer block first, so that its background fits whatever the names hold.
        struct Row { std::string text; bool bold; float size, advance; };
        std::vector<Row> rows = {{d_.type == DocumentType::Quote ? l_.quoteTo() : l_.billTo(), true, 8, 12}};
        for (const auto& n : c_.wrap(b.name, width, true, 10)) rows.push_back({n, true, 10, 13});
        for (const auto& a : addressLines(b.address, d_.seller.address.country, l_.fr))
            for (const auto& w : c_.wrap(a, width)) rows.push_back({w, false, 9, 11});
        if (!b.siren.empty()) rows.push_back({std::string(l_.siren()) + " " + b.siren, false, 9, 11});
        if (!b.vatNumber.empty()) rows.push_back({std::string(l_.vatNumber()) + " " + b.vatNumber, false, 9, 11});
        float height = 8;
        for (const auto& r : rows) height += r.advance;
        c_.band(x - 8, top - height, kRight - x + 8, height, 0.96f, 0.96f, 0.97f);
        float y = top;
        for (const auto& r : rows) { y -= r.advance; c_.text(x, y, r.text, r.bold, r.size); }
        float leftY = top;
        if (d_.deliveryAddress && !d_.deliveryAddress->isEmpty()) {
            leftY -= 12;
            c_.text(kLeft, leftY, l_.deliverTo(), true, 8);
            for (const auto& a : addressLines(*d_.deliveryAddress, d_.seller.address.country, l_.fr))
                for (const auto& w : c_.wrap(a, x - kLeft - 20)) { leftY -= 11; c_.text(kLeft, leftY, w); }
        }
        c_.y = std::min(top - height, leftY) - 14;
    }

    // What the document refers to: first what its links name (never left to an editable note), then
    // the buyer's order and the notes.
    void references() {
        std::vector<std::string> refs;
        for (const auto& link : linked_) {
            switch (link.kind) {
                case LinkedDocument::Kind::Corrected: refs.push_back(l_.corrects(link.number, link.issueDate)); break;
                case LinkedDocument::Kind::Deposit:
                    refs.push_back(l_.depositDeducted(link.number, link.issueDate, money(t_, link.total, l_.fr)));
                    break;
                case LinkedDocument::Kind::PenaltyFor: refs.push_back(l_.penaltyFor(link.number, link.issueDate)); break;
            }
        }
        if (!d_.purchaseOrder.empty()) refs.push_back(l_.keyValue(l_.purchaseOrder(), d_.purchaseOrder));
        if (!d_.notes.empty()) refs.push_back(d_.notes);
        for (const auto& r : refs)
            for (const auto& w : c_.wrap(r, kRight - kLeft)) { ensureRoom(12, false); c_.y -= 11; c_.text(kLeft, c_.y, w); }
        if (!refs.empty()) c_.y -= 8;
    }

    // "TVA 20 %" / "VAT 20%", or the treatment's name ("Exonéré", "Reverse charge" …).
    std::string vatOf(VatCategory category, Decimal rate) const {
        std::string treatment = l_.vatTreatment(category, rate, false);
        return category == VatCategory::Standard ? std::string(l_.vat()) + " " + treatment : treatment;
    }

    void tableHeader() {
        c_.band(kLeft, c_.y - 16, kRight - kLeft, 16, 0.18f, 0.25f, 0.42f);
        float base = c_.y - 11.5f;
        HPDF_Page_SetRGBFill(c_.pages().back(), 1, 1, 1);  // white on the band, reset below
        c_.text(kLeft + 4, base, l_.description(), true, 8);
        c_.textRight(kColQty, base, l_.quantity(), true, 8);
        c_.text(kColQty + 6, base, l_.unit(), true, 8);
        c_.textRight(kColPrice, base, l_.unitPrice(), true, 8);
        c_.textRight(kColVat, base, l_.vat(), true, 8);
        c_.textRight(kRight - 4, base, l_.lineTotal(), true, 8);
        HPDF_Page_SetRGBFill(c_.pages().back(), 0, 0, 0);
        c_.y -= 20;
    }

    void lineRow(size_t i) {
        const Line& line = d_.lines[i];
        const LineTotal& lt = t_.lines[i];
        Locale loc = l_.fr ? Locale::Fr : Locale::En;
        std::string desc = line.description;
        if (!line.itemReference.empty()) desc = "[" + line.itemReference + "] " + desc;
        auto wrapped = c_.wrap(desc, kColQty - kLeft - 40);
        if (line.discountKind == DiscountKind::Percent)
            wrapped.push_back(std::string(l_.discount()) + " " + formatPercent(line.discountPercent, loc) + " (−" + money(t_, lt.allowance, l_.fr) + ")");
        else if (line.discountKind == DiscountKind::Amount)
            wrapped.push_back(std::string(l_.discount()) + " −" + money(t_, lt.allowance, l_.fr));
        // Rows of a very long description continue on the next page with the header repeated.
        size_t k = 0;
        bool first = true;
        while (k < wrapped.size()) {
            ensureRoom(12, true);
            float base = c_.y - 9;
            if (first) {
                c_.cellRight(kColQty, 44, base, formatDecimal(line.quantity, loc));
                c_.cellLeft(kColQty + 6, 56, base, l_.unitName(line.unitCode, line.quantity));
                c_.cellRight(kColPrice, 48, base, formatDecimal(line.unitPrice, loc, std::min(2, d_.currency.minorDigits)));
                c_.cellRight(kColVat, kColVat - kColPrice - 8, base, l_.vatTreatment(line.vatCategory, line.vatRate, true));
                c_.cellRight(kRight - 4, kRight - 4 - (kColVat + 6), base, money(t_, lt.net, l_.fr));
                first = false;
            }
            c_.text(kLeft + 4, base, wrapped[k]);
            c_.y -= 11;
            ++k;
        }
        c_.y -= 3;
        c_.rule(kLeft, kRight, c_.y + 1, 0.3f, 0.85f);
    }

    void totals() {
        Locale loc = l_.fr ? Locale::Fr : Locale::En;
        c_.y -= 8;
        // VAT breakdown on the left, totals on the right, kept together.
        float needed = 14.f * (4 + 2 * t_.adjustments.size() + (t_.prepaid ? 2 : 0) + (d_.exchangeRate ? 2 : 0) + (d_.paidAtIssue ? 1 : 0)) +
                       14.f * (t_.vat.size() + 1);
        ensureRoom(needed, false);
        float top = c_.y;
        float y = top;
        c_.text(kLeft, y - 10, l_.vatRate(), true, 8);
        c_.textRight(kLeft + 150, y - 10, l_.vatBase(), true, 8);
        c_.textRight(kLeft + 230, y - 10, l_.vat(), true, 8);
        y -= 14;
        for (const auto& g : t_.vat) {
            c_.cellLeft(kLeft, 150 - 58, y - 10, l_.vatTreatment(g.category, g.rate, false));
            c_.textRight(kLeft + 150, y - 10, money(t_, g.basis, l_.fr));
            c_.textRight(kLeft + 230, y - 10, money(t_, g.vat, l_.fr));
            y -= 13;
        }
        float leftBottom = y;

        float x = 340;
        y = top;
        auto row = [&](const std::string& k, std::int64_t v, bool bold = false) {
            y -= 14;
            c_.text(x, y, k, bold, bold ? 10 : 9);
            c_.textRight(kRight - 4, y, money(t_, v, l_.fr), bold, bold ? 10 : 9);
        };
        row(l_.totalNet(), t_.lineNetSum);
        for (const auto& a : t_.adjustments) {
            // The reason names the allowance or charge ("Remise fidélité"); the generic word only when
            // there is none. A percentage over several VAT rates is one row per rate, each saying which.
            std::string label = a.reason.empty() ? std::string(a.isCharge ? l_.charge() : l_.allowance()) : a.reason;
            if (a.isPercent) label += " " + formatPercent(a.percent, loc);
            if (a.isPercent && t_.vat.size() > 1) label += " (" + vatOf(a.vatCategory, a.vatRate) + ")";
            std::int64_t signedAmount = a.isCharge ? a.amount : -a.amount;
            auto w = c_.wrap(label, kRight - 14 - x - c_.width(money(t_, signedAmount, l_.fr), false, 9));
            row(w[0], signedAmount);
            for (std::size_t k = 1; k < w.size(); ++k) { y -= 11; c_.text(x, y, w[k]); }
        }
        if (!t_.adjustments.empty()) row(l_.vatBase(), t_.taxBasis);
        row(l_.totalVat(), t_.vatTotal);
        c_.rule(x, kRight, y - 4, 0.5f, 0.4f);
        row(l_.totalGross(), t_.grandTotal, true);
        if (t_.prepaid != 0) {
            row(l_.prepaid(), -t_.prepaid);
            row(l_.amountDue(), t_.dueAmount, true);
        }
        // Not in euros: the VAT in euros at the document's rate (CGI ann. II art. 242 nonies A; the
        // XML's BT-111), and the rate with its date and source.
        if (auto eur = vatInEuros(d_, t_.vatTotal)) {
            y -= 14;
            c_.text(x, y, l_.vatInEuros(), false, 9);
            c_.textRight(kRight, y, formatMoney(Money{*eur, euro()}, l_.fr ? Locale::Fr : Locale::En), false, 9);
            const ExchangeRate& r = *d_.exchangeRate;
            y -= 11;
            c_.text(x, y, l_.keyValue(l_.exchangeRate(), "1 € = " + formatDecimal(r.perEuro, l_.fr ? Locale::Fr : Locale::En) + " " +
                                      d_.currency.code + (r.source.empty() ? "" : ", " + r.source) + ", " + l_.date(r.date)), false, 7);
        }
        if (d_.paidAtIssue && d_.type != DocumentType::CreditNote) {
            y -= 14;
            c_.text(x, y, l_.paidOn() + std::string(" ") + l_.date(d_.issueDate), true, 9);
        }
        c_.y = std::min(leftBottom, y) - 14;
    }

    void payment() {
        const Seller& s = d_.seller;
        // Nothing to transfer: quotes, credit notes, an invoice paid at the counter, no IBAN.
        if (d_.type == DocumentType::Quote || d_.type == DocumentType::CreditNote || d_.paidAtIssue || s.iban.empty()) return;
        std::optional<std::string> epc;
        if (t_.dueAmount > 0)
            epc = epcPayload(EpcTransfer{s.name, s.iban, s.bic, t_.money(t_.dueAmount), d_.number});
        const float qrSide = 78.f;
        ensureRoom(epc ? qrSide + 16 : 48, false);
        float top = c_.y;
        c_.text(kLeft, c_.y - 10, l_.payment(), true, 9);
        c_.y -= 22;
        c_.text(kLeft, c_.y, "IBAN " + formatIban(s.iban) + (s.bic.empty() ? "" : "   BIC " + s.bic));
        c_.y -= 12;
        c_.text(kLeft, c_.y, l_.keyValue(l_.paymentReference(), d_.number));
        c_.y -= 12;
        c_.text(kLeft, c_.y, l_.keyValue(l_.amountDue(), money(t_, t_.dueAmount, l_.fr)));
        c_.y -= 14;
        if (epc) {
            // EPC069-12 QR code (error correction M) with its 4-module quiet zone, right-aligned.
            QrCode qr = QrCode::encodeBytes(*epc);
            if (qr.size() > 0) {
                float module = qrSide / static_cast<float>(qr.size() + 8);
                float x0 = kRight - qrSide + 4 * module, y0 = top - qrSide + 4 * module;
                c_.qr(qr, x0, y0, module);
                c_.textRight(kRight - qrSide - 6, top - qrSide / 2, l_.scanToPay(), false, 7);
            }
            c_.y = std::min(c_.y, top - qrSide - 6);
        }
    }

    void mentions() {
        LegalMentions m = legalMentions(d_);
        std::vector<std::string> texts = m.vatExemptions;
        if (!m.vatOnDebits.empty()) texts.push_back(m.vatOnDebits);
        // Late-payment penalties, the recovery indemnity and the early-payment terms are about paying:
        // not printed on a credit note (its XML keeps the notes BR-FR asks for).
        if (asksForPayment(d_)) {
            if (!m.penalties.empty()) texts.push_back(m.penalties);
            if (!m.recoveryIndemnity.empty()) texts.push_back(m.recoveryIndemnity);
            if (!m.earlyPayment.empty()) texts.push_back(m.earlyPayment);
        }
        for (const auto& t : texts)
            for (const auto& w : c_.wrap(t, kRight - kLeft, false, 8)) {
                ensureRoom(11, false);
                c_.y -= 10;
                c_.text(kLeft, c_.y, w, false, 8);
            }
    }

    void footers() {
        LegalMentions m = legalMentions(d_);
        std::string identity = d_.seller.name + (m.sellerIdentity.empty() ? "" : " - " + m.sellerIdentity);
        int n = static_cast<int>(c_.pages().size());
        for (int i = 0; i < n; ++i) {
            c_.usePage(c_.pages()[static_cast<size_t>(i)]);
            float y = kMargin + 30;
            c_.rule(kLeft, kRight, y + 10, 0.3f, 0.7f);
            for (const auto& w : c_.wrap(identity, kRight - kLeft - 60, false, 7)) {
                c_.text(kLeft, y, w, false, 7);
                y -= 9;
            }
            c_.textRight(kRight, kMargin + 30, std::string(l_.page()) + " " + std::to_string(i + 1) + " / " + std::to_string(n), false, 7);
        }
    }

    Canvas& c_;
    const Document& d_;
    const std::vector<LinkedDocument>& linked_;
    Totals t_;
    Labels l_;
};

}  // namespace

RenderResult renderDocument(const Document& doc, const RenderOptions& options) {
    RenderResult r;
    try {
        Canvas canvas(options);
        PdfAInfo info;
        info.title = Labels{doc.language != "en"}.title(doc.type) + " " + doc.number;
        info.author = doc.seller.name;
        info.date = doc.issueDate;
        info.iccProfile = options.iccProfile;
        info.facturXml = options.facturXml;
        info.idSeed = doc.seller.siren + "|" + doc.number + "|" + doc.id + "|" + doc.issueDate.iso();
        makePdfA3(canvas.doc(), info);
        InvoiceLayout(canvas, doc, options.linked).render();
        canvas.finishFonts();
        r.pages = static_cast<int>(canvas.pages().size());
        HPDF_SaveToStream(canvas.doc());
        HPDF_UINT32 size = HPDF_GetStreamSize(canvas.doc());
        r.bytes.resize(size);
        HPDF_ReadFromStream(canvas.doc(), r.bytes.data(), &size);
        r.bytes.resize(size);
    } catch (const std::exception& e) {
        r.ok = false;
        r.error = e.what();
        r.bytes.clear();
    }
    return r;
}

std::string suggestedFileName(const Document& doc, const std::string& extension) {
    auto ascii = [](const std::string& s) {
        std::string out;
        for (size_t i = 0; i < s.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            if (std::isalnum(c) || c == '-') out += static_cast<char>(c);
            else if (c == 0xC3 && i + 1 < s.size()) {  // common Latin-1 letters → base letter
                unsigned char n = static_cast<unsigned char>(s[++i]);
                static const char* map = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
                if (n >= 0x80 && n < 0xC0) out += map[n - 0x80];
            } else if (c == 0xC5 && i + 1 < s.size() && (s[i + 1] == '\x92' || s[i + 1] == '\x93')) {  // Œ œ
                out += s[++i] == '\x92' ? "OE" : "oe";
            } else if (c == ' ' || c == '_' || c == '&' || c == '\'') {
                if (!out.empty() && out.back() != '_') out += '_';
            }
        }
        while (!out.empty() && out.back() == '_') out.pop_back();
        return out.substr(0, 40);
    };
    std::string number = doc.number.empty() ? std::string("brouillon-") + doc.id : doc.number;
    std::string name = ascii(doc.buyer.name);
    return ascii(number) + (name.empty() ? "" : "_" + name) + "." + extension;
}

}  // namespace facturier::pdf
