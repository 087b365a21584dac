// Functions defined in Python: code, the globals of the module that defined
// them, defaults and closure cells.
#ifndef MP_VM_FUNCTION_H_
#define MP_VM_FUNCTION_H_

#include "compiler/raw_code.h"
#include "objects/map.h"
#include "objects/object.h"
#include "objects/tuple.h"

namespace mp::vm {

extern const objects::Type kFunctionType;

struct Function {
  objects::Object base;
  const compiler::RawCode* code;
  objects::Map* globals;
  const objects::Tuple* defaults;          // positional defaults, or null
  const objects::Tuple* keyword_defaults;  // (name, value) pairs, or null
  const objects::Tuple* closure;           // cells for the free slots, or null
};

struct Frame;

// Puts a call's arguments into the frame's slots the way Python binds them
// (defaults, keywords, *args, **kwargs), and makes the frame's cells.
void BindArguments(const Function& function, Frame& frame, size_t n_args,
                   size_t n_kw, const objects::Value* args);

// Runs code that takes no arguments with `locals` as the map that LoadName
// and StoreName use: a class body with its namespace (returning the __class__
// cell, or None), or module code that exec() gives separate locals.
objects::Value RunWithLocals(const Function& body, objects::Map* locals);

Function* NewFunction(const compiler::RawCode* code, objects::Map* globals,
                      const objects::Tuple* defaults,
                      const objects::Tuple* keyword_defaults,
                      const objects::Tuple* closure);

}  // namespace mp::vm

#endif  // MP_VM_FUNCTION_H_
