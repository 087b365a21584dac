#include "objects/float.h"

#if MP_HAS_FLOAT

#include <math.h>
#include <string.h>

#include "objects/big_int.h"
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/map.h"
#include "objects/number.h"
#include "objects/numeric/float_text.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

bool IsIntegral(Real x) { return isfinite(x) && x == trunc(x); }

// |x| == mantissa * 2**exponent with an integer mantissa, for a finite x.
uint64_t IntegerMantissa(Real x, int* exponent) {
  Real fraction = frexp(fabs(x), exponent);
  *exponent -= kRealPrecision;
  return static_cast<RealSignificand>(ldexp(fraction, kRealPrecision));
}

// Python's floor division and modulo: the remainder takes the divisor's sign
// and the quotient is the nearest integer below a / b that makes
// a == q * b + r hold as closely as floats allow.
void FloorDivMod(Real a, Real b, Real* quotient, Real* remainder) {
  Real mod = fmod(a, b);
  Real div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = copysign(Real(0), b);
  }
  Real floor_div;
  if (div != 0) {
    floor_div = floor(div);
    if (div - floor_div > Real(0.5)) floor_div += 1;
  } else {
    floor_div = copysign(Real(0), a / b);
  }
  *quotient = floor_div;
  *remainder = mod;
}

Value Power(Real a, Real b) {
  if (a == 0 && b < 0 && isfinite(b)) RaiseDivideByZero();
  if (a < 0 && isfinite(a) && isfinite(b) && b != floor(b)) {
    // A negative number to a fractional power is complex.
#if MP_HAS_COMPLEX
    return ComplexOp(BinaryOp::kPower, a, 0, b, 0);
#else
    RaiseMessage(&kValueErrorType, "complex values not supported");
#endif
  }
  return NewFloat(pow(a, b));
}

void PrintFloat(const Printer& printer, Value self, PrintKind /*kind*/) {
  char text[32];
  int length = numeric::FormatRepr(FloatValue(self), text);
  printer.Write(text, static_cast<size_t>(length));
}

Real ParseFloatText(const char* text, size_t length) {
  Real result;
  if (!numeric::ParseFloat(text, length, true, &result)) {
    RaiseMessage(&kValueErrorType, "invalid syntax for number");
  }
  return result;
}

// float(x): text (a str, or bytes-like) is parsed, numbers converted.
Value MakeNewFloat(const Type* /*type*/, size_t n_args, size_t n_kw,
                   const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 1, false);
  if (n_args == 0) return NewFloat(0);
  Value x = NumberOfInstance(args[0], q::dunder_float, &kFloatType);
  if (IsFloat(x)) return x;
  Real result;
  Buffer buffer;
  if (IsInstance(x, &kStrType)) {
    size_t length;
    const char* text = NumberTextToAscii(StrData(x, &length), &length);
    result = ParseFloatText(text, length);
  } else if (GetBuffer(x, &buffer)) {
    // Bytes are ASCII text: no digits of other scripts there.
    result = ParseFloatText(buffer.data, buffer.length);
  } else if (!NumberToFloat(x, &result) &&
             !FloatFromSpecialMethod(x, &result)) {
    RaiseFormat(&kTypeErrorType, "can't convert %q to float", TypeName(x));
  }
  return NewFloat(result);
}

Value FloatUnaryOp(UnaryOp op, Value self) {
  Real x = FloatValue(self);
  switch (op) {
    case UnaryOp::kPositive:
      return self;
    case UnaryOp::kNegative:
      return NewFloat(-x);
    case UnaryOp::kBool:
      return Value::Bool(x != 0);
    case UnaryOp::kHash:
      return Value::SmallInt(static_cast<intptr_t>(HashFloat(x)));
    default:
      return Value();
  }
}

Value FloatBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (IsFloat(rhs)) return FloatOp(op, FloatValue(lhs), FloatValue(rhs));
  return MixedNumberBinaryOp(op, lhs, rhs);
}

// Methods reached through the type (float.is_integer(x)) get any value as
// self.
Real SelfFloat(Value self) {
  if (!IsFloat(self)) {
    RaiseFormat(&kTypeErrorType, "can't convert %q to float", TypeName(self));
  }
  return FloatValue(self);
}

Value IsIntegerMethod(size_t, size_t, const Value* args) {
  return Value::Bool(IsIntegral(SelfFloat(args[0])));
}

// The exact fraction: the mantissa over a power of two, in lowest terms.
Value AsIntegerRatioMethod(size_t, size_t, const Value* args) {
  Real x = SelfFloat(args[0]);
  if (isnan(x)) {
    RaiseMessage(&kValueErrorType, "cannot convert NaN to integer ratio");
  }
  if (isinf(x)) {
    RaiseMessage(&kOverflowErrorType,
                 "cannot convert Infinity to integer ratio");
  }
  int exponent;
  uint64_t mantissa = IntegerMantissa(x, &exponent);
  if (mantissa == 0) exponent = 0;
  while (mantissa != 0 && (mantissa & 1) == 0 && exponent < 0) {
    mantissa /= 2;
    ++exponent;
  }
  auto signed_mantissa = static_cast<int64_t>(mantissa);
  Value numerator = NewIntFromInt64(x < 0 ? -signed_mantissa : signed_mantissa);
  Value denominator = Value::SmallInt(1);
  Value* scaled = exponent >= 0 ? &numerator : &denominator;
  *scaled =
      BinaryOperation(BinaryOp::kLeftShift, *scaled,
                      Value::SmallInt(exponent >= 0 ? exponent : -exponent));
  Value pair[2] = {numerator, denominator};
  return Value(&NewTuple(2, pair)->base);
}

constexpr BuiltinFunction kIsInteger = {
    {&kBuiltinFunctionType}, q::is_integer, 1, 1, false, IsIntegerMethod};
constexpr BuiltinFunction kAsIntegerRatio = {
    {&kBuiltinFunctionType}, q::as_integer_ratio, 1, 1, false,
    AsIntegerRatioMethod};

constexpr auto kFloatMethods = SortedByKey(StaticMapTable<3>{{
    {Value::FromQstr(q::dunder_new), Value(&kBuiltinTypeNew<&kFloatType>.base)},
    {Value::FromQstr(q::is_integer), Value(&kIsInteger.base)},
    {Value::FromQstr(q::as_integer_ratio), Value(&kAsIntegerRatio.base)},
}});
constexpr StaticMap kFloatLocals = kFloatMethods.map();

// x formatted by FormatFixed, then read back: the correctly rounded decimal
// value as a float. The text is on the stack when short, on the heap when
// not (up to about 640 chars for 'f' with many digits).
Real Reformat(Real x, char type, int precision) {
  char short_text[64];
  char* text = short_text;
  auto length = static_cast<size_t>(numeric::FormatFixed(
      x, type, precision, false, text, sizeof(short_text)));
  if (length >= sizeof(short_text)) {
    text = static_cast<char*>(Allocate(length + 1));
    numeric::FormatFixed(x, type, precision, false, text, length + 1);
  }
  Real result = x;
  numeric::ParseFloat(text, length, false, &result);
  if (text != short_text) Free(text);
  return result;
}

// The exponent of x's leading decimal digit.
int DecimalExponent(Real x) {
  char text[32];
  numeric::FormatFixed(x, 'e', 17, false, text, sizeof(text));
  const char* e = strchr(text, 'e');
  bool negative = e[1] == '-';
  int exponent = 0;
  for (const char* p = e + 2; *p != '\0'; ++p)
    exponent = exponent * 10 + (*p - '0');
  return negative ? -exponent : exponent;
}

// round(x, -k) for k > 0: to a multiple of 10**k.
Real RoundToPowerOfTen(Real x, intptr_t k) {
  int digits = DecimalExponent(x) - static_cast<int>(k);
  if (digits >= 0) return Reformat(x, 'e', digits);
  if (digits < -1) return copysign(Real(0), x);
  // 10**(k-1) <= |x| < 10**k: the result is 0 or 10**k, whichever is nearer
  // (0 on a tie, being even).
  Value unit = BinaryOperation(BinaryOp::kPower, Value::SmallInt(10),
                               Value::SmallInt(k));
  Value half =
      BinaryOperation(BinaryOp::kMultiply, Value::SmallInt(5),
                      BinaryOperation(BinaryOp::kPower, Value::SmallInt(10),
                                      Value::SmallInt(k - 1)));
  if (CompareIntWithFloat(half, fabs(x)) >= 0) return copysign(Real(0), x);
  return copysign(IntToFloat(unit), x);
}

}  // namespace

bool CallConversionMethod(Value x, Qstr name, bool (*accepts)(Value),
                          const char* kind, Value* result) {
  if (!IsInstanceObject(x) || !CallSpecialMethod(x, name, 0, nullptr, result))
    return false;
  *result = NativeValue(*result);
  if (!accepts(*result)) {
    RaiseFormat(&kTypeErrorType, "%q.%q returned non-%s (type %q)", TypeName(x),
                name, kind, TypeName(*result));
  }
  return true;
}

bool FloatFromSpecialMethod(Value x, Real* out) {
  Value result;
  if (CallConversionMethod(x, q::dunder_float, IsFloat, "float", &result)) {
    *out = FloatValue(result);
    return true;
  }
  if (CallConversionMethod(x, q::dunder_index, IsInt, "int", &result)) {
    *out = IntToFloat(result);
    return true;
  }
  return false;
}

Value NewFloat(Real value) {
  auto* f = New<Float>();
  f->base.type = &kFloatType;
  f->value = value;
  return Value(&f->base);
}

Value FloatOp(BinaryOp op, Real a, Real b) {
  Real quotient, remainder;
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kLess:
    case BinaryOp::kMore:
    case BinaryOp::kEqual:
    case BinaryOp::kLessEqual:
    case BinaryOp::kMoreEqual:
    case BinaryOp::kNotEqual:
      return CompareNumbers(op, a, b);
    case BinaryOp::kAdd:
      return NewFloat(a + b);
    case BinaryOp::kSubtract:
      return NewFloat(a - b);
    case BinaryOp::kMultiply:
      return NewFloat(a * b);
    case BinaryOp::kTrueDivide:
      if (b == 0) RaiseDivideByZero();
      return NewFloat(a / b);
    case BinaryOp::kFloorDivide:
      if (b == 0) RaiseDivideByZero();
      FloorDivMod(a, b, &quotient, &remainder);
      return NewFloat(quotient);
    case BinaryOp::kModulo:
      if (b == 0) RaiseDivideByZero();
      FloorDivMod(a, b, &quotient, &remainder);
      return NewFloat(remainder);
    case BinaryOp::kPower:
      return Power(a, b);
    default:
      return Value();
  }
}

uintptr_t HashFloat(Real x) {
  if (isnan(x)) return 0;
  if (isinf(x)) return x > 0 ? 314159 : static_cast<uintptr_t>(-314159);
  constexpr Real kSmallIntBound = static_cast<Real>(Value::kSmallIntMax) + 1;
  if (x > -kSmallIntBound && x < kSmallIntBound) {
    auto n = static_cast<intptr_t>(x);
    if (static_cast<Real>(n) == x) return static_cast<uintptr_t>(n);
  }
  int exponent;
  uint64_t mantissa = IntegerMantissa(x, &exponent);
  auto h = static_cast<intptr_t>(HashScaled(mantissa, exponent));
  return static_cast<uintptr_t>(x < 0 ? -h : h);
}

Value RoundFloat(Real x, Value ndigits) {
  if (ndigits.IsNull() || ndigits.IsNone()) {
    // From 2**(precision - 1) on, every float is an integer.
    constexpr auto kFirstIntegral =
        static_cast<Real>(int64_t{1} << (kRealPrecision - 1));
    Real rounded = x;
    if (fabs(x) < kFirstIntegral) {
      rounded = floor(x);
      Real fraction = x - rounded;
      if (fraction > Real(0.5) ||
          (fraction == Real(0.5) && fmod(rounded, Real(2)) != 0)) {
        rounded += 1;
      }
    }
    return IntFromFloat(rounded);
  }
  if (!IsInt(ndigits) && !ndigits.IsBool()) {
    RaiseFormat(&kTypeErrorType, "can't convert %q to int", TypeName(ndigits));
  }
  // Beyond these, every float is already a multiple of 10**-n, or rounds to
  // zero.
  constexpr intptr_t kMostDigits = 330;
  intptr_t n = IsBigInt(ndigits) ? (CompareInts(ndigits, Value::SmallInt(0)) < 0
                                        ? -kMostDigits
                                        : kMostDigits)
                                 : ToIntptr(ndigits);
  if (!isfinite(x) || x == 0 || n >= kMostDigits) return NewFloat(x);
  if (n <= -kMostDigits) return NewFloat(copysign(Real(0), x));
  Real result =
      n >= 0 ? Reformat(x, 'f', static_cast<int>(n)) : RoundToPowerOfTen(x, -n);
  if (isinf(result)) {
    RaiseMessage(&kOverflowErrorType, "rounded value too large to represent");
  }
  return NewFloat(result);
}

const Type kFloatType = {
    .base = {&kTypeType},
    .name = q::float_,
    .print = PrintFloat,
    .make_new = MakeNewFloat,
    .unary_op = FloatUnaryOp,
    .binary_op = FloatBinaryOp,
    .locals = &kFloatLocals,
};

}  // namespace mp::objects

#endif  // MP_HAS_FLOAT

namespace mp::objects {

Value ParseFloatLiteral(const char* text, size_t length) {
#if MP_HAS_FLOAT
  bool imaginary = length > 0 && (text[length - 1] | 0x20) == 'j';
  Real value;
  if (!numeric::ParseFloat(text, imaginary ? length - 1 : length, true,
                           &value)) {
    return Value();
  }
  if (!imaginary) return NewFloat(value);
#if MP_HAS_COMPLEX
  return NewComplex(0, value);
#endif
#endif
  (void)text;
  (void)length;
  return Value();
}

}  // namespace mp::objects
