// The currency picker (see currency_picker.h).
#include "ui/currency_picker.h"

#include <imgui.h>

#include <cctype>

#include "core/money.h"
#include "ui/test_marks.h"

namespace facturier::ui {

namespace {
std::string upper(const char* s) {
    std::string out;
    for (; *s; ++s) out += static_cast<char>(std::toupper(static_cast<unsigned char>(*s)));
    return out;
}
std::string shown(const Currency& c) { return c.symbol == c.code ? c.code : c.code + " \xE2\x80\x94 " + c.symbol; }
}  // namespace

bool CurrencyPicker::draw(const char* id, std::string& code, const Translator& tr, float width) {
    bool changed = false;
    auto current = currencyByCode(code);
    ImGui::SetNextItemWidth(width);
    std::string preview = current ? shown(*current) : code;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (ImGui::IsWindowAppearing()) {
            filter_[0] = 0;
            ImGui::SetKeyboardFocusHere();
        }
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##currencyfilter", tr.tr("currency.filter"), filter_, sizeof filter_);
        markItem(std::string(id) + ".filter");
        std::string wanted = upper(filter_);
        int matches = 0;
        for (const auto& c : knownCurrencies()) {
            if (!wanted.empty() && c.code.rfind(wanted, 0) != 0) continue;
            ++matches;
            if (ImGui::Selectable(shown(c).c_str(), c.code == code)) {
                code = c.code;
                changed = true;
            }
            if (matches == 1 && !wanted.empty() && ImGui::IsKeyPressed(ImGuiKey_Enter)) {  // Enter takes the first match
                code = c.code;
                changed = true;
                ImGui::CloseCurrentPopup();
            }
        }
        if (matches == 0) ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), tr.tr("currency.unknown"), wanted.c_str());
        ImGui::EndCombo();
    }
    markItem(id);
    return changed;
}

}  // namespace facturier::ui
