// complex: two floats (Reals or singles) in a heap object (left out with
// floats, or with MP_HAS_COMPLEX 0; see objects/config.h).
#ifndef MP_OBJECTS_COMPLEX_H_
#define MP_OBJECTS_COMPLEX_H_

#include "objects/config.h"
#include "objects/float.h"
#include "objects/object.h"

#if MP_HAS_COMPLEX

namespace mp::objects {

extern const Type kComplexType;

struct Complex {
  Object base;
  Real real;
  Real imag;
};

inline bool IsComplex(Value value) {
  return value.IsObject() && value.AsObject()->type == &kComplexType;
}
Value NewComplex(Real real, Real imag);

// The parts of an int, bool, float or complex; false for anything else.
// Raises OverflowError for an int beyond the float range.
bool ComplexParts(Value value, Real* real, Real* imag);
// a op b for complex numbers with CPython's algorithms (so that results
// print the same); null for operators complex numbers lack.
Value ComplexOp(BinaryOp op, Real a_real, Real a_imag, Real b_real,
                Real b_imag);
// abs(z).
Real ComplexAbs(Value z);

}  // namespace mp::objects

#endif  // MP_HAS_COMPLEX

#endif  // MP_OBJECTS_COMPLEX_H_
