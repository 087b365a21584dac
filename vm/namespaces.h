// The dicts behind the names that running code sees: what globals(),
// locals(), dir() and eval() without a namespace work on.
#ifndef MP_VM_NAMESPACES_H_
#define MP_VM_NAMESPACES_H_

#include "objects/dict.h"
#include "objects/map.h"
#include "vm/frame.h"

namespace mp::vm {

// The dict whose map `map` is. Globals and class namespaces are always the
// map of a dict (see ExecSource), so the dict can be found from the map.
objects::Dict* DictOfMap(objects::Map* map);

// The running code's globals; the __main__ module's outside Python code.
objects::Dict* CurrentGlobals();

// locals() of a frame: at module level and in a class body the namespace
// itself; in a function a new dict of the local variables that are bound
// (closure variables included), as in CPython.
objects::Dict* LocalsOf(const Frame& frame);
// LocalsOf the running frame; the __main__ module's globals outside one.
objects::Dict* CurrentLocals();

}  // namespace mp::vm

#endif  // MP_VM_NAMESPACES_H_
