// Theme and font.
#include "ui/theme.h"

#include <imgui.h>

#include <vector>

#include "core/printable.h"

namespace facturier::ui {

const ImWchar* uiGlyphRanges() {
    // Exactly the characters the PDF prints (the UI font is the PDF's regular cut): what the screen
    // shows is what the document will print, and nothing else needs a glyph.
    static const std::vector<ImWchar> ranges = [] {
        std::vector<ImWchar> r;
        for (const auto& range : printableRanges()) {
            r.push_back(static_cast<ImWchar>(range.first));
            r.push_back(static_cast<ImWchar>(range.last));
        }
        r.push_back(0xFFFD);  // shown for a character the font lacks (ImGui's fallback)
        r.push_back(0xFFFD);
        r.push_back(0);
        return r;
    }();
    return ranges.data();
}

ImFont* loadUiFont(const std::vector<unsigned char>& ttf, float pixelSize) {
    if (ttf.size() < 12) return nullptr;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    ImGuiIO& io = ImGui::GetIO();
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()), static_cast<int>(ttf.size()),
                                          pixelSize, &cfg, uiGlyphRanges());
}

void applyTheme(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.ChildRounding = 6;
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(6, 4);
    style.WindowPadding = ImVec2(14, 12);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Header] = ImVec4(0.85f, 0.89f, 0.97f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.78f, 0.84f, 0.96f, 1);
    c[ImGuiCol_Button] = ImVec4(0.86f, 0.90f, 0.98f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.76f, 0.84f, 0.98f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.66f, 0.77f, 0.97f, 1);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.14f, 1);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.92f, 0.96f, 1);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace facturier::ui
