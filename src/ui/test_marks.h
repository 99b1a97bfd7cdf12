// Where named widgets were drawn in the last frame, so the browser tests can click them like a
// person would (by position on the canvas) instead of calling the app directly.
#pragma once

#include <string>

namespace facturier::ui {

// Records the rectangle of the last item drawn under `name` (for this frame).
void markItem(const std::string& name);
// x, y, width, height in framebuffer pixels; false when the item was not drawn in the last frame.
bool markedRect(const std::string& name, float out[4]);
// Called at the start of each frame: forgets the previous frame's marks.
void clearMarks();

}  // namespace facturier::ui
