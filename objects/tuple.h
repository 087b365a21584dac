// tuple: an immutable array of values, stored inline after the header.
#ifndef MP_OBJECTS_TUPLE_H_
#define MP_OBJECTS_TUPLE_H_

#include <stddef.h>

#include "objects/object.h"

namespace mp::objects {

extern const Type kTupleType;

struct Tuple {
  Object base;
  size_t length;
  Value items[];
};

extern const Tuple kEmptyTuple;

// A tuple of the n values (or of n Nones, to fill in, when items is null).
Tuple* NewTuple(size_t n, const Value* items);

// tuple's slots, which the tuple-like types (attrtuple) share.
Value TupleUnaryOp(UnaryOp op, Value self);
Value TupleBinaryOp(BinaryOp op, Value lhs, Value rhs);
Value TupleSubscr(Value self, Value index, Value value);
Value TupleGetIter(Value self);

}  // namespace mp::objects

#endif  // MP_OBJECTS_TUPLE_H_
