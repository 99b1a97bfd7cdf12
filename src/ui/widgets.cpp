// Input helpers.
#include "ui/widgets.h"

#include <imgui.h>

#include <cstring>
#include <functional>

namespace facturier::ui {

namespace {
int resizeCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}
void setWidth(float width) {
    if (width > 0) ImGui::SetNextItemWidth(width);
    else if (width < 0) ImGui::SetNextItemWidth(-1);
}
// A text field over a formatted value: while it is being edited ImGui keeps what is typed.
bool formatted(const char* label, std::string text, float width, const std::function<bool(const std::string&)>& accept) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s", text.c_str());
    setWidth(width);
    bool changed = ImGui::InputText(label, buf, sizeof buf);
    if (changed) return accept(buf);
    return false;
}
}  // namespace

bool inputText(const char* label, std::string& value, float width, const char* hint) {
    setWidth(width);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    if (hint) return ImGui::InputTextWithHint(label, hint, value.data(), value.capacity() + 1, flags, resizeCallback, &value);
    return ImGui::InputText(label, value.data(), value.capacity() + 1, flags, resizeCallback, &value);
}

bool inputMultiline(const char* label, std::string& value, float height, float width) {
    return ImGui::InputTextMultiline(label, value.data(), value.capacity() + 1, ImVec2(width, height),
                                     ImGuiInputTextFlags_CallbackResize, resizeCallback, &value);
}

bool inputDecimal(const char* label, Decimal& value, Locale locale, int minDecimals, float width) {
    return formatted(label, formatDecimal(value, locale, minDecimals), width, [&](const std::string& s) {
        auto d = parseDecimal(s);
        if (!d || *d == value) return false;
        value = *d;
        return true;
    });
}

bool inputMinor(const char* label, std::int64_t& minor, const Currency& currency, Locale locale, float width) {
    return formatted(label, formatAmount(Money{minor, currency}, locale), width, [&](const std::string& s) {
        auto m = parseMoney(s, currency);
        if (!m || m->minor == minor) return false;
        minor = m->minor;
        return true;
    });
}

bool inputDate(const char* label, Date& value, bool french, float width) {
    std::string shown = french ? formatDate(value, true) : value.iso();
    return formatted(label, shown, width, [&](const std::string& s) {
        auto d = parseUserDate(s);
        if (!d || *d == value) return false;
        value = *d;
        return true;
    });
}

bool inputOptionalDate(const char* label, std::optional<Date>& value, bool french, float width) {
    std::string shown = value ? (french ? formatDate(*value, true) : value->iso()) : "";
    return formatted(label, shown, width, [&](const std::string& s) {
        if (s.empty()) { bool had = value.has_value(); value.reset(); return had; }
        auto d = parseUserDate(s);
        if (!d || (value && *d == *value)) return false;
        value = *d;
        return true;
    });
}

void fieldIssues(const std::vector<ValidationIssue>& issues, const std::string& path, const Translator& tr) {
    for (const auto& i : issues) {
        if (i.path != path && i.path.rfind(path + ".", 0) != 0 && i.path.rfind(path + "[", 0) != 0) continue;
        ImVec4 colour = i.severity == Severity::Error ? ImVec4(0.75f, 0.18f, 0.12f, 1) : ImVec4(0.6f, 0.4f, 0.05f, 1);
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colour, "%s", tr.tr(i.key));
        ImGui::PopTextWrapPos();
    }
}

void formLabel(const char* text, float labelWidth) {
    ImGui::AlignTextToFramePadding();
    float w = ImGui::CalcTextSize(text).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.f, labelWidth - w));
    ImGui::TextUnformatted(text);
    ImGui::SameLine(labelWidth + ImGui::GetStyle().ItemSpacing.x * 2);
}

Disabled::Disabled(bool d) : on(d) { if (on) ImGui::BeginDisabled(); }
Disabled::~Disabled() { if (on) ImGui::EndDisabled(); }

void sameLineIfFits(const char* nextLabel) {
    float w = ImGui::CalcTextSize(nextLabel, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + w;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

void integrityIssueList(const std::vector<IntegrityIssue>& issues, const Translator& tr, std::size_t max) {
    const ImVec4 red(0.75f, 0.18f, 0.12f, 1);
    for (std::size_t i = 0; i < issues.size() && i < max; ++i)
        ImGui::TextColored(red, "\xE2\x80\xA2 %s", tr.format(issues[i].key, issues[i].args).c_str());
    if (issues.size() > max) ImGui::TextColored(red, "%s", tr.format("integrity.more", {std::to_string(issues.size() - max)}).c_str());
}

}  // namespace facturier::ui
