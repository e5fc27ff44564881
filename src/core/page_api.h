// window.knotmap and the page's DOM layer call the core through one function: a name and its
// arguments as a JSON array in, JSON out. The table of calls is in page_api.cpp; the page's
// script (web/js/api.js) names the public ones. Adding a call is one entry in each.
#pragma once
#include <string>

#include "layout.h"
#include "model.h"
#include "visitor.h"

namespace knotmap {

struct PageCall {
    const Model& model;
    Visitor& visitor;
    const Layout& layout;  // where the map is drawn, for the zones' centres
    float scale = 1;       // device pixels per CSS pixel
};

// Returns the call's result as JSON; an unknown name gives {"ok": false, "error": ...}.
std::string call_page_api(const PageCall& call, const std::string& name, const std::string& args_json);

}  // namespace knotmap
