// The exchange rate fields of a draft (see exchange_rate_fields.h).
#include "ui/exchange_rate_fields.h"

#include <imgui.h>

#include "core/einvoicing.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

bool exchangeRateFields(std::optional<ExchangeRate>& rate, const Document& draft, std::int64_t vatTotal,
                        const Translator& tr) {
    if (draft.currency.code == "EUR") {
        bool had = rate.has_value();
        rate.reset();
        return had;
    }
    bool changed = false;
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    ExchangeRate r = rate.value_or(ExchangeRate{Decimal{}, draft.issueDate, ""});
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.tr("editor.exchangeRate"));
    ImGui::SameLine();
    changed |= inputDecimal("##perEuro", r.perEuro, loc, 2, ImGui::GetFontSize() * 6);
    markItem("exchangeRate.perEuro");
    ImGui::SameLine();
    ImGui::TextUnformatted(draft.currency.code.c_str());
    ImGui::SameLine();
    changed |= inputDate("##rateDate", r.date, tr.french(), ImGui::GetFontSize() * 7);
    markItem("exchangeRate.date");
    ImGui::SameLine();
    changed |= inputText("##rateSource", r.source, ImGui::GetFontSize() * 9, tr.tr("editor.exchangeRateSource"));
    markItem("exchangeRate.source");
    if (changed) rate = r;
    Document probe = draft;
    probe.exchangeRate = rate;
    if (auto eur = vatInEuros(probe, vatTotal))
        ImGui::TextDisabled(tr.tr("editor.vatInEuros"), formatMoney(Money{*eur, euro()}, loc).c_str());
    return changed;
}

}  // namespace facturier::ui
