// Answers for the GL state Dear ImGui's OpenGL3 backend saves before drawing and restores after
// (-Wl,--wrap in CMakeLists.txt). Knotmap owns its WebGL context outright: no other code leaves
// state to preserve, and the backend sets everything it needs each frame. Each real query is a
// WebGL getParameter call, and the 16 of them cost more than the rest of a frame (about 4 ms of
// a 7 ms tap frame on a phone-class CPU), so the backend is told GL's defaults instead and
// restores to those. Any other query goes to WebGL as before.
#include <GLES3/gl3.h>

extern "C" {
void __real_glGetIntegerv(GLenum pname, GLint* data);
GLboolean __real_glIsEnabled(GLenum cap);

void __wrap_glGetIntegerv(GLenum pname, GLint* data) {
    switch (pname) {
        case GL_ACTIVE_TEXTURE: data[0] = GL_TEXTURE0; return;
        case GL_CURRENT_PROGRAM:
        case GL_TEXTURE_BINDING_2D:
        case GL_SAMPLER_BINDING:
        case GL_ARRAY_BUFFER_BINDING:
        case GL_VERTEX_ARRAY_BINDING: data[0] = 0; return;
        case GL_VIEWPORT:
        case GL_SCISSOR_BOX: data[0] = data[1] = data[2] = data[3] = 0; return;  // the platform sets the viewport each frame
        case GL_BLEND_SRC_RGB:
        case GL_BLEND_SRC_ALPHA: data[0] = GL_ONE; return;
        case GL_BLEND_DST_RGB:
        case GL_BLEND_DST_ALPHA: data[0] = GL_ZERO; return;
        case GL_BLEND_EQUATION_RGB:
        case GL_BLEND_EQUATION_ALPHA: data[0] = GL_FUNC_ADD; return;
        default: __real_glGetIntegerv(pname, data);
    }
}

GLboolean __wrap_glIsEnabled(GLenum cap) {
    switch (cap) {
        case GL_BLEND:
        case GL_CULL_FACE:
        case GL_DEPTH_TEST:
        case GL_STENCIL_TEST:
        case GL_SCISSOR_TEST: return GL_FALSE;
        default: return __real_glIsEnabled(cap);
    }
}
}
