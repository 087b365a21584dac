// Functions written in C++ and called from Python (print, len, ...), defined as
// static const objects so they cost no RAM.
#ifndef MP_OBJECTS_BUILTIN_FUNCTION_H_
#define MP_OBJECTS_BUILTIN_FUNCTION_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/map.h"
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
  // For a method of a built-in type: the type its first argument must have
  // (list.append(5, 1) is a TypeError, not a crash); null for functions.
  const Type* self_type = nullptr;
};

// Binds a call's arguments to parameter names, for functions that take some
// by keyword: values[i] gets the i-th positional argument or the keyword
// argument names[i] (it stays null when neither is given). Raises TypeError
// for an unknown keyword or a parameter given twice; the caller has checked
// that n_args <= n_names.
void BindArguments(size_t n_args, size_t n_kw, const Value* args,
                   size_t n_names, const Qstr* names, Value* values);

// A method `id` of the built-in type `type`, named q::name, taking min to max
// positional arguments (self included).
#define MP_TYPE_METHOD(id, type, name, min, max, keywords, fn) \
  constexpr ::mp::objects::BuiltinFunction id = {              \
      {&::mp::objects::kBuiltinFunctionType},                  \
      ::mp::objects::q::name,                                  \
      min,                                                     \
      max,                                                     \
      keywords,                                                \
      fn,                                                      \
      &(type)}

// The entry of a built-in type's method table (its `locals`) for `function`.
constexpr MapEntry MethodEntry(Qstr name, const BuiltinFunction& function) {
  return {Value::FromQstr(name), Value(&function.base)};
}

}  // namespace mp::objects

#endif  // MP_OBJECTS_BUILTIN_FUNCTION_H_
