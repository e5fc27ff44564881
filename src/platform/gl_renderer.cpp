#include "gl_renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>

namespace knotmap {

namespace {

// Attribute locations, fixed in the shaders.
constexpr GLuint kPosition = 0, kUv = 1, kColor = 2, kToClip = 3;

// kToClip is (2 / width, -2 / height, -1, 1): device pixels, y down, to clip space.
constexpr const char* kVertexShader =
    "#version 300 es\n"
    "precision highp float;\n"
    "layout (location = 0) in vec2 Position;\n"
    "layout (location = 1) in vec2 UV;\n"
    "layout (location = 2) in vec4 Color;\n"
    "layout (location = 3) in vec4 ToClip;\n"
    "out vec2 Frag_UV;\n"
    "out vec4 Frag_Color;\n"
    "void main() {\n"
    "    Frag_UV = UV;\n"
    "    Frag_Color = Color;\n"
    "    gl_Position = vec4(Position * ToClip.xy + ToClip.zw, 0, 1);\n"
    "}\n";

// The sampler is left at its default, texture unit 0.
constexpr const char* kFragmentShader =
    "#version 300 es\n"
    "precision mediump float;\n"
    "uniform sampler2D Texture;\n"
    "in vec2 Frag_UV;\n"
    "in vec4 Frag_Color;\n"
    "layout (location = 0) out vec4 Out_Color;\n"
    "void main() {\n"
    "    Out_Color = Frag_Color * texture(Texture, Frag_UV.st);\n"
    "}\n";

GLuint compiled(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

}  // namespace

void GlRenderer::create() {
    program_ = glCreateProgram();
    const GLuint vertex = compiled(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fragment = compiled(GL_FRAGMENT_SHADER, kFragmentShader);
    glAttachShader(program_, vertex);
    glAttachShader(program_, fragment);
    glLinkProgram(program_);
    glDeleteShader(vertex);  // freed with the program
    glDeleteShader(fragment);

    glGenVertexArrays(1, &vertex_array_);
    glBindVertexArray(vertex_array_);
    glGenBuffers(1, &vertex_buffer_);
    glGenBuffers(1, &index_buffer_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
    const GLsizei stride = sizeof(ImDrawVert);
    glEnableVertexAttribArray(kPosition);
    glEnableVertexAttribArray(kUv);
    glEnableVertexAttribArray(kColor);
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    // Nothing else draws here: the state is set once. Colour blends over; alpha accumulates
    // coverage (as Dear ImGui's backend).
    glUseProgram(program_);
    glActiveTexture(GL_TEXTURE0);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
}

bool GlRenderer::linked() const {
    GLint ok = GL_FALSE;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    return ok == GL_TRUE;
}

void GlRenderer::draw(const ImDrawData& draw, ImU32 background) const {
    const int width = static_cast<int>(draw.DisplaySize.x), height = static_cast<int>(draw.DisplaySize.y);
    if (width <= 0 || height <= 0) return;
    glViewport(0, 0, width, height);
    glDisable(GL_SCISSOR_TEST);  // the clear covers the whole canvas
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(background);
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_SCISSOR_TEST);
    glVertexAttrib4f(kToClip, 2.0f / draw.DisplaySize.x, -2.0f / draw.DisplaySize.y, -1, 1);

    // Dear ImGui's frames here are in device pixels from the canvas's corner (DisplayPos 0, scale 1).
    for (int n = 0; n < draw.CmdListsCount; ++n) {
        const ImDrawList& list = *draw.CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * sizeof(ImDrawVert), list.VtxBuffer.Data,
                     GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * sizeof(ImDrawIdx),
                     list.IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            const ImVec4 clip = cmd.ClipRect;
            if (clip.z <= clip.x || clip.w <= clip.y) continue;
            // GL's y goes up from the bottom.
            glScissor(static_cast<int>(clip.x), static_cast<int>(height - clip.w), static_cast<int>(clip.z - clip.x),
                      static_cast<int>(clip.w - clip.y));
            glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID())));
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(static_cast<uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }
}

}  // namespace knotmap
