// complex: two doubles in a heap object (left out with floats, or with
// MP_HAS_COMPLEX 0; see objects/config.h).
#ifndef MP_OBJECTS_COMPLEX_H_
#define MP_OBJECTS_COMPLEX_H_

#include "objects/config.h"
#include "objects/object.h"

#if MP_HAS_COMPLEX

namespace mp::objects {

extern const Type kComplexType;

struct Complex {
  Object base;
  double real;
  double imag;
};

inline bool IsComplex(Value value) {
  return value.IsObject() && value.AsObject()->type == &kComplexType;
}
Value NewComplex(double real, double imag);

// The parts of an int, bool, float or complex; false for anything else.
// Raises OverflowError for an int beyond the float range.
bool ComplexParts(Value value, double* real, double* imag);
// a op b for complex numbers with CPython's algorithms (so that results
// print the same); null for operators complex numbers lack.
Value ComplexOp(BinaryOp op, double a_real, double a_imag, double b_real,
                double b_imag);
// abs(z).
double ComplexAbs(Value z);

}  // namespace mp::objects

#endif  // MP_HAS_COMPLEX

#endif  // MP_OBJECTS_COMPLEX_H_
