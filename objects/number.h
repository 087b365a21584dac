// Where numbers of different types meet: conversions between int and float,
// exact comparisons between them, and the arithmetic of mixed operands (the
// narrower type converted to the wider: int < float < complex).
#ifndef MP_OBJECTS_NUMBER_H_
#define MP_OBJECTS_NUMBER_H_

#include "objects/config.h"
#include "objects/object.h"

#if MP_HAS_FLOAT

namespace mp::objects {

// float(n) for an int: the nearest double; raises OverflowError when n is
// too large.
double IntToDouble(Value int_value);
// int(x) for a double: truncated toward zero; raises for infinities and NaN.
Value IntFromDouble(double x);
// a / b for ints, correctly rounded as CPython does it.
Value IntTrueDivide(Value a, Value b);
// -1, 0 or 1 as the int n is below, equal to or above x; 2 when x is NaN.
// Exact, where converting n to a double could round.
int CompareIntWithDouble(Value n, double x);

// The value of an int, bool or float as a double; false for other types.
// Raises OverflowError for an int beyond the float range.
bool NumberToDouble(Value value, double* out);

// lhs op rhs for numbers of different types, called by the int and float
// slots when the other operand is not their own type. Returns null when
// either operand is no number or the operator is not defined for them.
Value MixedNumberBinaryOp(BinaryOp op, Value lhs, Value rhs);

}  // namespace mp::objects

#endif  // MP_HAS_FLOAT

#endif  // MP_OBJECTS_NUMBER_H_
