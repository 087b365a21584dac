// int. Values that fit in a small int live in the word itself; larger ones are
// BigInt objects on the heap (objects/big_int.h), and arithmetic moves between
// the two forms as results grow and shrink.
#ifndef MP_OBJECTS_INT_H_
#define MP_OBJECTS_INT_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"

namespace mp::objects {

extern const Type kIntType;

// n as an int value: a small int when it fits, a BigInt otherwise.
Value NewInt(long long n);
// ZeroDivisionError in MicroPython's words, for ints and floats alike.
[[noreturn]] void RaiseDivideByZero();
// The arithmetic and comparisons of two small ints, with Python's semantics
// (floor division, modulo with the sign of the divisor). Results that do not
// fit a small int become BigInts. Returns null for operators ints do not
// support.
Value SmallIntBinaryOp(BinaryOp op, intptr_t lhs, intptr_t rhs);
// a % b with Python's sign (the divisor's); b is not 0.
inline intptr_t FloorModulo(intptr_t a, intptr_t b) {
  intptr_t remainder = a % b;
  if (remainder != 0 && ((remainder < 0) != (b < 0))) remainder += b;
  return remainder;
}
// What a comparison operator gives for two numbers of one C++ type (for
// doubles, a NaN compares as Python's does); null for other operators.
template <typename T>
inline Value CompareNumbers(BinaryOp op, T a, T b) {
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kLess:
      return Value::Bool(a < b);
    case BinaryOp::kMore:
      return Value::Bool(a > b);
    case BinaryOp::kEqual:
      return Value::Bool(a == b);
    case BinaryOp::kLessEqual:
      return Value::Bool(a <= b);
    case BinaryOp::kMoreEqual:
      return Value::Bool(a >= b);
    case BinaryOp::kNotEqual:
      return Value::Bool(a != b);
    default:
      return Value();
  }
}
// Parses an int literal as int(text, base) does: optional sign and whitespace,
// underscores between digits, and a 0x/0o/0b prefix when base is 0 (or
// matches). Raises ValueError.
Value ParseInt(const char* text, size_t length, unsigned base);

}  // namespace mp::objects

#endif  // MP_OBJECTS_INT_H_
