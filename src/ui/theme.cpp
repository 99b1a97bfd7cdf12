// Theme and font.
#include "ui/theme.h"

#include <imgui.h>

namespace facturier::ui {

const unsigned short* uiGlyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x007E, 0x00A0, 0x00FF,  // Basic Latin, Latin-1
        0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x0178, 0x017D, 0x017E,  // Œ œ Š š Ÿ Ž ž
        0x2013, 0x2014, 0x2018, 0x201A, 0x201C, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
        0x2039, 0x203A, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2713, 0x2715, 0x2715,
        0x202F, 0x202F,  // narrow no-break space (French thousands separator)
        0,
    };
    return ranges;
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
