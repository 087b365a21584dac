// attrtuple: a tuple whose items can also be read as attributes by name, as
// MicroPython gives sys.implementation (the part of a named tuple that the
// runtime itself needs, without the collections module).
#ifndef MP_OBJECTS_ATTR_TUPLE_H_
#define MP_OBJECTS_ATTR_TUPLE_H_

#include <stddef.h>

#include "objects/tuple.h"

namespace mp::objects {

extern const Type kAttrTupleType;

// A tuple of the n values, item i also readable as the attribute fields[i].
// `fields` must outlive the tuple (a static table).
Tuple* NewAttrTuple(size_t n, const Qstr* fields, const Value* items);

}  // namespace mp::objects

#endif  // MP_OBJECTS_ATTR_TUPLE_H_
