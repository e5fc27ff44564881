// Emscripten's eglGetProcAddress looks a name up in a table of every GL and WebGL entry point, so
// linking it pulls all of them (and their JavaScript) into the download. SDL only asks it for EGL
// extensions that WebGL doesn't have, and Dear ImGui's GLES3 backend calls GL directly, so this
// stand-in answers "not available" and keeps the table out: tens of KB smaller.
extern "C" void* eglGetProcAddress(const char*) { return nullptr; }
