// The electronic invoicing address field (see electronic_address_field.h).
#include "ui/electronic_address_field.h"

#include <imgui.h>

#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

namespace {
// The EAS schemes (CEF code list) a French seller's clients use most; the label is a translation key.
struct Scheme { const char* code; const char* key; };
const Scheme kSchemes[] = {
    {"0225", "eas.0225"}, {"EM", "eas.EM"}, {"0009", "eas.0009"}, {"0088", "eas.0088"}, {"9957", "eas.9957"},
    {"0208", "eas.0208"}, {"0106", "eas.0106"}, {"9930", "eas.9930"}, {"9920", "eas.9920"}, {"0211", "eas.0211"},
};
}  // namespace

bool electronicAddressField(const char* id, ElectronicAddress& address, const ElectronicAddress& derived,
                            const Translator& tr, float width) {
    bool changed = false;
    ImGui::PushID(id);
    std::string current = address.scheme.empty() ? (derived.scheme.empty() ? "0225" : derived.scheme) : address.scheme;
    const char* shown = current.c_str();
    for (const auto& s : kSchemes)
        if (current == s.code) shown = tr.tr(s.key);
    float schemeWidth = ImGui::GetFontSize() * 9;
    ImGui::SetNextItemWidth(schemeWidth);
    if (ImGui::BeginCombo("##scheme", shown)) {
        for (const auto& s : kSchemes)
            if (ImGui::Selectable(tr.tr(s.key), current == s.code)) {
                address.scheme = s.code;
                changed = true;
            }
        ImGui::EndCombo();
    }
    markItem(std::string(id) + ".scheme");
    ImGui::SameLine();
    std::string hint = derived.empty() ? std::string(tr.tr("einvoice.addressNone")) : derived.scheme + " " + derived.id;
    if (inputText("##id", address.id, width - schemeWidth - ImGui::GetStyle().ItemSpacing.x, hint.c_str())) {
        if (address.scheme.empty()) address.scheme = current;
        changed = true;
    }
    markItem(std::string(id) + ".id");
    if (address.id.empty() && !address.scheme.empty() && changed) address.scheme.clear();
    ImGui::PopID();
    return changed;
}

}  // namespace facturier::ui
