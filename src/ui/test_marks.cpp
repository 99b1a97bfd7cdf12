// Named item rectangles of the last frame.
#include "ui/test_marks.h"

#include <imgui.h>

#include <map>

namespace facturier::ui {

namespace {
struct Rect { float x, y, w, h; };
std::map<std::string, Rect> g_current, g_last;
}  // namespace

void markItem(const std::string& name) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    g_current[name] = Rect{min.x, min.y, max.x - min.x, max.y - min.y};
}

bool markedRect(const std::string& name, float out[4]) {
    auto it = g_last.find(name);
    if (it == g_last.end()) return false;
    out[0] = it->second.x;
    out[1] = it->second.y;
    out[2] = it->second.w;
    out[3] = it->second.h;
    return true;
}

void clearMarks() {
    g_last.swap(g_current);
    g_current.clear();
}

}  // namespace facturier::ui
