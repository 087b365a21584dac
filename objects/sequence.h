// What tuple and list share: comparing two sequences item by item.
#ifndef MP_OBJECTS_SEQUENCE_H_
#define MP_OBJECTS_SEQUENCE_H_

#include <stddef.h>

#include "objects/object.h"

namespace mp::objects {

// <, >, <=, >= and == of two sequences, lexicographically as Python defines it;
// null for other operators.
Value CompareSequences(BinaryOp op, const Value* a, size_t a_length,
                       const Value* b, size_t b_length);

// How many items `sequence * times` has; raises MemoryError when that cannot be
// allocated.
size_t RepeatedLength(size_t length, intptr_t times);

}  // namespace mp::objects

#endif  // MP_OBJECTS_SEQUENCE_H_
