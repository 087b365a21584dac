// int. Values that fit in a small int live in the word itself; arbitrary
// precision is still to come, so a result that does not fit raises
// OverflowError rather than giving a wrong number.
#ifndef MP_OBJECTS_INT_H_
#define MP_OBJECTS_INT_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"

namespace mp::objects {

extern const Type kIntType;

// n as an int value; raises OverflowError when it does not fit.
Value NewInt(long long n);
// The arithmetic and comparisons of two small ints, with Python's semantics
// (floor division, modulo with the sign of the divisor). Returns null for
// operators ints do not support.
Value SmallIntBinaryOp(BinaryOp op, intptr_t lhs, intptr_t rhs);
// Parses an int literal as int(text, base) does: optional sign and whitespace,
// underscores between digits, and a 0x/0o/0b prefix when base is 0 (or
// matches). Raises ValueError.
Value ParseInt(const char* text, size_t length, unsigned base);

}  // namespace mp::objects

#endif  // MP_OBJECTS_INT_H_
