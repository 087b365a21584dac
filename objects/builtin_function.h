// Functions written in C++ and called from Python (print, len, ...), defined as
// static const objects so they cost no RAM.
#ifndef MP_OBJECTS_BUILTIN_FUNCTION_H_
#define MP_OBJECTS_BUILTIN_FUNCTION_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"

namespace mp::objects {

extern const Type kBuiltinFunctionType;

// Receives the positional arguments, then n_kw (name, value) pairs; the counts
// are checked against min_args/max_args/takes_keywords before the call.
using BuiltinFn = Value (*)(size_t n_args, size_t n_kw, const Value* args);

inline constexpr uint8_t kAnyNumberOfArgs = 255;

struct BuiltinFunction {
  Object base;
  Qstr name;
  uint8_t min_args;
  uint8_t max_args;  // or kAnyNumberOfArgs
  bool takes_keywords;
  BuiltinFn function;
};

}  // namespace mp::objects

#endif  // MP_OBJECTS_BUILTIN_FUNCTION_H_
