#pragma once
// Draws Dear ImGui's frames with WebGL 2, in place of Dear ImGui's OpenGL 3 backend, for a smaller
// download: Knotmap owns its context outright, so nothing is saved or restored around a frame,
// and only WebGL 2's one shader language is carried. Nothing is queried before the first map
// frame: the shaders' link status is asked for after it, and the one number the vertex shader
// needs (the viewport's size) is a constant vertex attribute instead of a uniform, whose location
// would have to be asked for.
#include <imgui.h>

namespace knotmap {

class GlRenderer {
public:
    void create();  // the program, buffers, vertex layout and the GL state every frame uses
    // Whether the program linked (a round trip to the GPU process: call it after the first map frame).
    bool linked() const;
    // The whole canvas cleared to `background`, then the frame drawn over it.
    void draw(const ImDrawData& draw, ImU32 background) const;

private:
    unsigned program_ = 0, vertex_buffer_ = 0, index_buffer_ = 0, vertex_array_ = 0;
};

}  // namespace knotmap
