// The builtins module: functions written in C++ (one table lists them), and the
// types and exceptions it names. LookupBuiltin (runtime.h) finds them.
#ifndef MP_VM_BUILTINS_H_
#define MP_VM_BUILTINS_H_

#include "objects/builtin_function.h"

// X(name): each built-in function, defined as builtins::name in one of the
// builtins_*.cc files.
#define MP_BUILTIN_FUNCTIONS(X) \
  X(abs)                        \
  X(all)                        \
  X(any)                        \
  X(ascii)                      \
  X(bin)                        \
  X(callable)                   \
  X(chr)                        \
  X(compile)                    \
  X(delattr)                    \
  X(dir)                        \
  X(divmod)                     \
  X(dunder_build_class)         \
  X(dunder_import)              \
  X(eval)                       \
  X(exec)                       \
  X(format)                     \
  X(getattr)                    \
  X(globals)                    \
  X(hasattr)                    \
  X(hash)                       \
  X(hex)                        \
  X(id)                         \
  X(input)                      \
  X(isinstance)                 \
  X(issubclass)                 \
  X(iter)                       \
  X(len)                        \
  X(locals)                     \
  X(max)                        \
  X(min)                        \
  X(next)                       \
  X(oct)                        \
  X(open)                       \
  X(ord)                        \
  X(pow)                        \
  X(print)                      \
  X(repr)                       \
  X(round)                      \
  X(setattr)                    \
  X(sorted)                     \
  X(sum)

namespace mp::vm::builtins {

#define MP_X(name) extern const objects::BuiltinFunction name;
MP_BUILTIN_FUNCTIONS(MP_X)
#undef MP_X

// The keyword arguments' values by name: names[i] gets values[i] (or stays
// null). Raises TypeError for any other keyword.
void TakeKeywords(size_t n_kw, const objects::Value* keywords, size_t n_names,
                  const objects::Qstr* names, objects::Value* values);

}  // namespace mp::vm::builtins

#endif  // MP_VM_BUILTINS_H_
