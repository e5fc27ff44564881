// Bookkeeping shared by the files of the visitor's actions (visitor.cpp, visitor_routine.cpp):
// not for other callers, who change the visitor only through visitor.h.
#pragma once
#include <string>

#include "visitor.h"

namespace knotmap::detail {

void bump(Visitor& v, unsigned parts);  // the revisions of the parts an action changed
int seconds_held(const Visitor& v, const std::string& zone);  // this visit, towards the spot's limit
void add_held(Visitor& v, const std::string& zone, int seconds);
// The cue settings and a routine left mid-way (paused where the page was last alive), at attach_storage.
void restore_routine(Visitor& v, const Model& m);

}  // namespace knotmap::detail
