#pragma once
// The last frame drawn, kept to tell whether the next one would draw exactly the same: after any
// input the main loop runs a few more frames so that ImGui's state settles (hover, a popup
// opening, a finger's position forgotten), and most of those repeat the frame before. Those are
// not drawn: the canvas keeps showing the same picture, and the GPU's work (done in software on a
// machine without a GPU) and the compositor's copy of the canvas are saved.
#include <imgui.h>

#include <cstddef>
#include <vector>

namespace knotmap {

class LastFrame {
public:
    // Whether `draw`, on a canvas cleared to `clear`, is byte for byte the frame passed last time
    // (vertices, indices, clip rectangles, textures, display size); it becomes the one kept.
    bool same(const ImDrawData& draw, ImU32 clear);
    // The canvas may no longer show the kept frame (resized, shown again, or a texture the frame
    // samples was replaced): the next frame is drawn whatever it holds.
    void forget() { kept_.clear(); }

private:
    void take(const void* data, size_t bytes);

    std::vector<unsigned char> kept_;  // the frame's bytes, in the order same() reads them
    size_t at_ = 0;                    // how far the new frame has been read
    bool equal_ = true;                // and whether it matched the kept one up to there
};

}  // namespace knotmap
