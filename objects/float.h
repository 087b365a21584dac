// float: a double, or a single with `--//objects:float=single`, in a heap
// object (MP_FLOAT_IMPL in objects/config.h). Its text form is
// objects/numeric/float_text.h: repr is the shortest text that reads back as
// the same value, and parsing is correctly rounded.
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

// The C type of a float's value (and of a complex number's parts; a build
// without floats still formats ints with the float format types through it).
// The code that computes with it calls libm through <math.h>'s C++ overloads,
// so a single build uses floorf, powf and the like, and never touches a double.
#if MP_FLOAT_IMPL == MP_FLOAT_IMPL_SINGLE
using Real = float;
#else
using Real = double;
#endif

// An unsigned integer wide enough for a float's significand. Conversions
// between Real and it stay single arithmetic in a single build, where those
// from and to 64-bit integers would call libgcc helpers that compute with
// doubles.
#if MP_FLOAT_IMPL == MP_FLOAT_IMPL_SINGLE
using RealSignificand = uint32_t;
#else
using RealSignificand = uint64_t;
#endif

// Significand bits (the hidden one included), and the exponent of the last
// significand bit of the smallest subnormal.
inline constexpr int kRealPrecision =
    MP_FLOAT_IMPL == MP_FLOAT_IMPL_SINGLE ? 24 : 53;
inline constexpr int kRealMinExponent =
    MP_FLOAT_IMPL == MP_FLOAT_IMPL_SINGLE ? -149 : -1074;

#if MP_HAS_FLOAT

extern const Type kFloatType;

struct Float {
  Object base;
  Real value;
};

inline bool IsFloat(Value value) {
  return value.IsObject() && value.AsObject()->type == &kFloatType;
}
inline Real FloatValue(Value value) { return value.As<Float>()->value; }
Value NewFloat(Real value);

// Calls x.<name>() when x is an instance of a class that defines it, for a
// conversion such as __float__: false when it does not; TypeError
// "C.<name> returned non-<kind> (type T)" when `accepts` rejects the result.
bool CallConversionMethod(Value x, Qstr name, bool (*accepts)(Value),
                          const char* kind, Value* result);

// What float(x) asks of an instance of a user class: its __float__ (which
// must return a float), else its __index__. False when it has neither.
bool FloatFromSpecialMethod(Value x, Real* out);

// a op b with Python's rules for floats (floor division and modulo take the
// divisor's sign; 0.0 ** -1 raises ZeroDivisionError). Null for operators
// floats lack.
Value FloatOp(BinaryOp op, Real a, Real b);

// Equal floats and ints hash the same: an integral float as the int, others
// as CPython does (the value modulo 2**61 - 1 on 64-bit targets).
uintptr_t HashFloat(Real x);

// round(x) (ndigits null or None: an int, halves to even) and round(x,
// ndigits), correctly rounded from the exact binary value, as CPython does.
Value RoundFloat(Real x, Value ndigits);

#endif  // MP_HAS_FLOAT

}  // namespace mp::objects

#endif  // MP_OBJECTS_FLOAT_H_
