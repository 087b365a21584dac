#include "objects/number.h"

#if MP_HAS_FLOAT

#include <math.h>

#include "objects/big_int.h"
#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

using numeric::BigView;
using numeric::Digit;
using numeric::kInt64Digits;

// Floats hold every integer up to 2**precision exactly.
constexpr int64_t kExactInFloat = int64_t{1} << kRealPrecision;
// The small ints lie in (-kSmallIntBound, kSmallIntBound), a power of two.
constexpr Real kSmallIntBound = static_cast<Real>(Value::kSmallIntMax) + 1;
// FromFloat needs at most this many digits (2**1024 / 2**32 for a double).
constexpr size_t kFloatDigits =
    (MP_FLOAT_IMPL == MP_FLOAT_IMPL_SINGLE ? 128 : 1024) / numeric::kDigitBits;

bool IsExactInFloat(Value n) {
  return n.IsSmallInt() && n.AsSmallInt() >= -kExactInFloat &&
         n.AsSmallInt() <= kExactInFloat;
}

bool IsComparison(BinaryOp op) {
  return PlainBinaryOp(op) <= BinaryOp::kNotEqual;
}

Value AsInt(Value value) {
  return value.IsBool() ? Value::SmallInt(value == Value::True()) : value;
}

// q * 2**exponent for q of 55 or more bits (the bits below the quotient's
// are not all zero when `sticky`), rounded to the nearest float, ties to
// even, with subnormals rounded once at their own precision.
Real RoundScaled(uint64_t q, bool sticky, long exponent) {
  int bits = 64 - __builtin_clzll(q);
  long drop = bits - kRealPrecision;
  if (drop < kRealMinExponent - exponent) drop = kRealMinExponent - exponent;
  if (drop >= 64) return 0;
  uint64_t below = q & ((uint64_t{1} << drop) - 1);
  uint64_t half = uint64_t{1} << (drop - 1);
  q >>= drop;
  if (below > half || (below == half && (sticky || (q & 1) != 0))) ++q;
  return ldexp(static_cast<Real>(static_cast<RealSignificand>(q)),
               static_cast<int>(exponent + drop));
}

Value CompareIntAndFloat(BinaryOp op, Value n, Real x, bool int_first) {
  int order = CompareIntWithFloat(n, x);
  // Against a NaN, only != holds.
  if (order == 2) return Value::Bool(PlainBinaryOp(op) == BinaryOp::kNotEqual);
  return CompareNumbers(op, int_first ? order : -order, 0);
}

}  // namespace

Real IntToFloat(Value int_value) {
  if (int_value.IsSmallInt()) {
    return static_cast<Real>(int_value.AsSmallInt());
  }
  Digit storage[kInt64Digits];
  Real result;
  if (!numeric::ToFloat(IntView(int_value, storage), &result)) {
    RaiseMessage(&kOverflowErrorType, "int too large to convert to float");
  }
  return result;
}

Value IntFromFloat(Real x) {
  if (x > -kSmallIntBound && x < kSmallIntBound) {
    return Value::SmallInt(static_cast<intptr_t>(x));
  }
  if (isnan(x)) RaiseMessage(&kValueErrorType, "can't convert NaN to int");
  if (isinf(x)) RaiseMessage(&kOverflowErrorType, "can't convert inf to int");
  Digit digits[kFloatDigits];
  numeric::BigResult result;
  numeric::FromFloat(x, digits, &result);
  return NewIntFromView({digits, result.length, result.negative});
}

Value IntTrueDivide(Value a, Value b) {
  if (IsExactInFloat(a) && IsExactInFloat(b)) {
    if (b.AsSmallInt() == 0) {
      RaiseDivideByZero();
    }
    return NewFloat(static_cast<Real>(a.AsSmallInt()) /
                    static_cast<Real>(b.AsSmallInt()));
  }
  Digit a_storage[kInt64Digits];
  Digit b_storage[kInt64Digits];
  BigView n = IntView(a, a_storage);
  BigView d = IntView(b, b_storage);
  if (d.length == 0) RaiseDivideByZero();
  bool negative = n.negative != d.negative;
  n.negative = d.negative = false;
  long n_bits = static_cast<long>(numeric::BitLength(n));
  long d_bits = static_cast<long>(numeric::BitLength(d));
  // The quotient lies in [2**(n_bits - d_bits - 1), 2**(n_bits - d_bits + 1)).
  if (n_bits == 0 || d_bits - n_bits > 1100) {
    return NewFloat(negative ? -Real(0) : Real(0));
  }
  if (n_bits - d_bits > 1025) {
    RaiseMessage(&kOverflowErrorType,
                 "integer division result too large for a float");
  }
  // Scale so that the integer quotient has 55 or 56 bits: at least two more
  // than a float keeps, so that it rounds once, correctly.
  long shift = d_bits - n_bits + 55;
  Value scaled = shift >= 0 ? NewIntFromView(n) : NewIntFromView(d);
  scaled = BinaryOperation(BinaryOp::kLeftShift, scaled,
                           Value::SmallInt(shift >= 0 ? shift : -shift));
  Digit scaled_storage[kInt64Digits];
  BigView scaled_view = IntView(scaled, scaled_storage);
  if (shift >= 0) {
    n = scaled_view;
  } else {
    d = scaled_view;
  }
  numeric::DivModSizes sizes = numeric::DivModSize(n, d);
  auto* buffer = static_cast<Digit*>(Allocate(
      (sizes.quotient + sizes.remainder + sizes.scratch) * sizeof(Digit)));
  numeric::DivModResult divided =
      numeric::DivMod(n, d, buffer, buffer + sizes.quotient,
                      buffer + sizes.quotient + sizes.remainder);
  uint64_t q = 0;
  numeric::ToUint64({buffer, divided.quotient.length, false}, &q);
  bool sticky = divided.remainder.length != 0;
  Free(buffer);
  Real result = RoundScaled(q, sticky, -shift);
  if (isinf(result)) {
    RaiseMessage(&kOverflowErrorType,
                 "integer division result too large for a float");
  }
  return NewFloat(negative ? -result : result);
}

int CompareIntWithFloat(Value n, Real x) {
  if (isnan(x)) return 2;
  if (IsExactInFloat(n)) {
    auto d = static_cast<Real>(n.AsSmallInt());
    return d < x ? -1 : d > x ? 1 : 0;
  }
  if (isinf(x)) return x > 0 ? -1 : 1;
  // Compare with the integer part of x; on a tie, the fraction decides.
  Digit digits[kFloatDigits];
  numeric::BigResult whole;
  numeric::FromFloat(x, digits, &whole);
  Digit storage[kInt64Digits];
  int order = numeric::Compare(IntView(n, storage),
                               {digits, whole.length, whole.negative});
  if (order != 0) return order;
  Real fraction = x - trunc(x);
  return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
}

bool NumberToFloat(Value value, Real* out) {
  if (value.IsSmallInt()) {
    *out = static_cast<Real>(value.AsSmallInt());
  } else if (value.IsBool()) {
    *out = value == Value::True() ? 1 : 0;
  } else if (IsBigInt(value)) {
    *out = IntToFloat(value);
  } else if (IsFloat(value)) {
    *out = FloatValue(value);
  } else {
    return false;
  }
  return true;
}

Value MixedNumberBinaryOp(BinaryOp op, Value lhs, Value rhs) {
#if MP_HAS_COMPLEX
  if (IsComplex(lhs) || IsComplex(rhs)) {
    Real a_real, a_imag, b_real, b_imag;
    if (!ComplexParts(lhs, &a_real, &a_imag) ||
        !ComplexParts(rhs, &b_real, &b_imag)) {
      return Value();
    }
    return ComplexOp(op, a_real, a_imag, b_real, b_imag);
  }
#endif
  lhs = AsInt(lhs);
  rhs = AsInt(rhs);
  if (IsComparison(op)) {
    if (IsInt(lhs) && IsFloat(rhs)) {
      return CompareIntAndFloat(op, lhs, FloatValue(rhs), true);
    }
    if (IsFloat(lhs) && IsInt(rhs)) {
      return CompareIntAndFloat(op, rhs, FloatValue(lhs), false);
    }
  }
  Real a, b;
  if (!NumberToFloat(lhs, &a) || !NumberToFloat(rhs, &b)) return Value();
  return FloatOp(op, a, b);
}

}  // namespace mp::objects

#endif  // MP_HAS_FLOAT
