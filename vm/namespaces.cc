#include "vm/namespaces.h"

#include <stddef.h>

#include "objects/cell.h"
#include "objects/operations.h"
#include "vm/interpreter.h"
#include "vm/runtime.h"

namespace mp::vm {

objects::Dict* DictOfMap(objects::Map* map) {
  return reinterpret_cast<objects::Dict*>(reinterpret_cast<char*>(map) -
                                          offsetof(objects::Dict, map));
}

objects::Dict* CurrentGlobals() {
  const Frame* frame = CurrentFrame();
  return DictOfMap(frame != nullptr ? frame->globals : Vm().main_globals);
}

objects::Dict* LocalsOf(const Frame& frame) {
  const compiler::RawCode& code = *frame.code;
  // Only module code and class bodies (whose locals differ from their
  // globals) look names up in a map; functions keep theirs in slots.
  if (frame.locals != frame.globals || code.name == objects::q::module_block) {
    return DictOfMap(frame.locals);
  }
  objects::Dict* locals = objects::NewDict();
  for (size_t slot = 0; slot < code.n_slots; ++slot) {
    objects::Qstr name = code.slot_names[slot];
    Value value = frame.slots[slot];
    if (name == objects::q::empty || value.IsNull()) continue;
    // Cells are never values of their own: a slot holding one is a closure
    // variable.
    if (objects::TypeOf(value) == &objects::kCellType) {
      value = value.As<objects::Cell>()->value;
      if (value.IsNull()) continue;
    }
    locals->map.Store(Value::FromQstr(name), value);
  }
  return locals;
}

objects::Dict* CurrentLocals() {
  const Frame* frame = CurrentFrame();
  return frame != nullptr ? LocalsOf(*frame) : DictOfMap(Vm().main_globals);
}

}  // namespace mp::vm
