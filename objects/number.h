// Where numbers of different types meet: conversions between int and float,
// exact comparisons between them, and the arithmetic of mixed operands (the
// narrower type converted to the wider: int < float < complex).
#ifndef MP_OBJECTS_NUMBER_H_
#define MP_OBJECTS_NUMBER_H_

#include "objects/config.h"
#include "objects/float.h"
#include "objects/object.h"

#if MP_HAS_FLOAT

namespace mp::objects {

// float(n) for an int: the nearest float; raises OverflowError when n is
// too large.
Real IntToFloat(Value int_value);
// int(x) for a float: truncated toward zero; raises for infinities and NaN.
Value IntFromFloat(Real x);
// a / b for ints, correctly rounded as CPython does it.
Value IntTrueDivide(Value a, Value b);
// -1, 0 or 1 as the int n is below, equal to or above x; 2 when x is NaN.
// Exact, where converting n to a float could round.
int CompareIntWithFloat(Value n, Real x);

// The value of an int, bool or float as a float; false for other types.
// Raises OverflowError for an int beyond the float range.
bool NumberToFloat(Value value, Real* out);

// lhs op rhs for numbers of different types, called by the int and float
// slots when the other operand is not their own type. Returns null when
// either operand is no number or the operator is not defined for them.
Value MixedNumberBinaryOp(BinaryOp op, Value lhs, Value rhs);

}  // namespace mp::objects

#endif  // MP_HAS_FLOAT

#endif  // MP_OBJECTS_NUMBER_H_
