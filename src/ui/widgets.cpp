// Input helpers.
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>  // the active text field's flags, for pasting

#include <cstring>
#include <functional>

#include "core/text.h"

namespace facturier::ui {

namespace {
int resizeCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    // ImGui already drops C0 controls; DEL and the C1 controls (U+0080–U+009F) would get through.
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter)
        return data->EventChar == 0x7F || (data->EventChar >= 0x80 && data->EventChar <= 0x9F) ? 1 : 0;
    return 0;
}
constexpr ImGuiInputTextFlags kTextFlags = ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackCharFilter;
// Whatever reached the buffer (a paste, an undo), the value kept is normalised.
bool normalised(bool changed, std::string& value, bool multiLine) {
    if (changed) value = normalizeText(value, multiLine);
    return changed;
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
    if (hint) return normalised(ImGui::InputTextWithHint(label, hint, value.data(), value.capacity() + 1, kTextFlags, resizeCallback, &value), value, false);
    return normalised(ImGui::InputText(label, value.data(), value.capacity() + 1, kTextFlags, resizeCallback, &value), value, false);
}

bool inputMultiline(const char* label, std::string& value, float height, float width) {
    return normalised(ImGui::InputTextMultiline(label, value.data(), value.capacity() + 1, ImVec2(width, height), kTextFlags,
                                                resizeCallback, &value),
                      value, true);
}

std::string textToPaste(std::string_view clipboard) {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    bool multiLine = g && g->ActiveId != 0 && g->InputTextState.ID == g->ActiveId &&
                     (g->InputTextState.Flags & ImGuiInputTextFlags_Multiline) != 0;
    return normalizeText(clipboard, multiLine);
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
        ImGui::TextColored(colour, "%s", issueMessage(i, tr).c_str());
        ImGui::PopTextWrapPos();
    }
}

std::string issueMessage(const ValidationIssue& issue, const Translator& tr) {
    std::string text = tr.tr(issue.key);
    std::size_t at = text.find("%s");
    if (at == std::string::npos) return issue.detail.empty() ? text : text + " " + issue.detail;
    if (!issue.detail.empty()) return text.replace(at, 2, issue.detail);
    // No detail (e.g. a CSV preview): the placeholder goes, with the " : " or ": " before it.
    text.erase(at, 2);
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ':')) text.erase(--at, 1);
    return text;
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
