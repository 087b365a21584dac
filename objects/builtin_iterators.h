// The iterator types that are builtins: enumerate, zip, map, filter, reversed;
// and iter(callable, sentinel)'s.
#ifndef MP_OBJECTS_BUILTIN_ITERATORS_H_
#define MP_OBJECTS_BUILTIN_ITERATORS_H_

#include "objects/object.h"

namespace mp::objects {

extern const Type kEnumerateType;
extern const Type kZipType;
extern const Type kMapType;
extern const Type kFilterType;
extern const Type kReversedType;

// What iter(callable, sentinel) gives; raises TypeError when `callable` cannot
// be called.
Value NewCallableIterator(Value callable, Value sentinel);

}  // namespace mp::objects

#endif  // MP_OBJECTS_BUILTIN_ITERATORS_H_
