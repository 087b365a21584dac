// float: a double in a heap object (MP_FLOAT_IMPL in objects/config.h). Its
// text form is objects/numeric/float_text.h: repr is the shortest text that
// reads back as the same double, and parsing is correctly rounded.
#ifndef MP_OBJECTS_FLOAT_H_
#define MP_OBJECTS_FLOAT_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/config.h"
#include "objects/object.h"

namespace mp::objects {

// A float or imaginary literal as the parser checked it ("1.5", "1e3", ".5",
// "1_0.0", "2j"): its value, or null when this build has no floats (or no
// complex numbers, for "2j"), so that the compiler reports it.
Value ParseFloatLiteral(const char* text, size_t length);

#if MP_HAS_FLOAT

extern const Type kFloatType;

struct Float {
  Object base;
  double value;
};

inline bool IsFloat(Value value) {
  return value.IsObject() && value.AsObject()->type == &kFloatType;
}
inline double FloatValue(Value value) { return value.As<Float>()->value; }
Value NewFloat(double value);

// a op b with Python's rules for floats (floor division and modulo take the
// divisor's sign; 0.0 ** -1 raises ZeroDivisionError). Null for operators
// floats lack.
Value FloatOp(BinaryOp op, double a, double b);

// Equal floats and ints hash the same: an integral float as the int, others
// as CPython does (the value modulo 2**61 - 1 on 64-bit targets).
uintptr_t HashDouble(double x);

// round(x) (ndigits null or None: an int, halves to even) and round(x,
// ndigits), correctly rounded from the exact binary value, as CPython does.
Value RoundFloat(double x, Value ndigits);

#endif  // MP_HAS_FLOAT

}  // namespace mp::objects

#endif  // MP_OBJECTS_FLOAT_H_
