#include "objects/float.h"

#if MP_HAS_FLOAT

#include <math.h>
#include <string.h>

#include "objects/big_int.h"
#include "objects/builtin_function.h"
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

bool IsIntegral(double x) { return isfinite(x) && x == trunc(x); }

// Python's floor division and modulo: the remainder takes the divisor's sign
// and the quotient is the nearest integer below a / b that makes
// a == q * b + r hold as closely as doubles allow.
void FloorDivMod(double a, double b, double* quotient, double* remainder) {
  double mod = fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, b);
  }
  double floor_div;
  if (div != 0) {
    floor_div = floor(div);
    if (div - floor_div > 0.5) floor_div += 1.0;
  } else {
    floor_div = copysign(0.0, a / b);
  }
  *quotient = floor_div;
  *remainder = mod;
}

Value Power(double a, double b) {
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

Value MakeNewFloat(const Type* /*type*/, size_t n_args, size_t n_kw,
                   const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 1, false);
  if (n_args == 0) return NewFloat(0.0);
  Value x = NumberOfInstance(args[0], q::dunder_float, &kFloatType);
  if (IsFloat(x)) return x;
  if (IsInstance(x, &kStrType)) {
    size_t length;
    const char* text = StrData(x, &length);
    double result;
    if (!numeric::ParseDouble(text, length, true, &result)) {
      RaiseMessage(&kValueErrorType, "invalid syntax for number");
    }
    return NewFloat(result);
  }
  double result;
  if (!NumberToDouble(x, &result)) {
    RaiseFormat(&kTypeErrorType, "can't convert %q to float", TypeName(x));
  }
  return NewFloat(result);
}

Value FloatUnaryOp(UnaryOp op, Value self) {
  double x = FloatValue(self);
  switch (op) {
    case UnaryOp::kPositive:
      return self;
    case UnaryOp::kNegative:
      return NewFloat(-x);
    case UnaryOp::kBool:
      return Value::Bool(x != 0);
    case UnaryOp::kHash:
      return Value::SmallInt(static_cast<intptr_t>(HashDouble(x)));
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
double SelfFloat(Value self) {
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
  double x = SelfFloat(args[0]);
  if (isnan(x)) {
    RaiseMessage(&kValueErrorType, "cannot convert NaN to integer ratio");
  }
  if (isinf(x)) {
    RaiseMessage(&kOverflowErrorType,
                 "cannot convert Infinity to integer ratio");
  }
  int exponent;
  double fraction = frexp(x, &exponent);
  // 53 bits make the fraction an integer.
  auto mantissa = static_cast<int64_t>(ldexp(fraction, 53));
  exponent = mantissa == 0 ? 0 : exponent - 53;
  while (mantissa != 0 && (mantissa & 1) == 0 && exponent < 0) {
    mantissa /= 2;
    ++exponent;
  }
  Value numerator = NewIntFromInt64(mantissa);
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
// value as a double. The text is on the stack when short, on the heap when
// not (up to about 640 chars for 'f' with many digits).
double Reformat(double x, char type, int precision) {
  char short_text[64];
  char* text = short_text;
  auto length = static_cast<size_t>(numeric::FormatFixed(
      x, type, precision, false, text, sizeof(short_text)));
  if (length >= sizeof(short_text)) {
    text = static_cast<char*>(Allocate(length + 1));
    numeric::FormatFixed(x, type, precision, false, text, length + 1);
  }
  double result = x;
  numeric::ParseDouble(text, length, false, &result);
  if (text != short_text) Free(text);
  return result;
}

// The exponent of x's leading decimal digit.
int DecimalExponent(double x) {
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
double RoundToPowerOfTen(double x, intptr_t k) {
  int digits = DecimalExponent(x) - static_cast<int>(k);
  if (digits >= 0) return Reformat(x, 'e', digits);
  if (digits < -1) return copysign(0.0, x);
  // 10**(k-1) <= |x| < 10**k: the result is 0 or 10**k, whichever is nearer
  // (0 on a tie, being even).
  Value unit = BinaryOperation(BinaryOp::kPower, Value::SmallInt(10),
                               Value::SmallInt(k));
  Value half =
      BinaryOperation(BinaryOp::kMultiply, Value::SmallInt(5),
                      BinaryOperation(BinaryOp::kPower, Value::SmallInt(10),
                                      Value::SmallInt(k - 1)));
  if (CompareIntWithDouble(half, fabs(x)) >= 0) return copysign(0.0, x);
  return copysign(IntToDouble(unit), x);
}

}  // namespace

Value NewFloat(double value) {
  auto* f = New<Float>();
  f->base.type = &kFloatType;
  f->value = value;
  return Value(&f->base);
}

Value FloatOp(BinaryOp op, double a, double b) {
  double quotient, remainder;
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

uintptr_t HashDouble(double x) {
  if (isnan(x)) return 0;
  if (isinf(x)) return x > 0 ? 314159 : static_cast<uintptr_t>(-314159);
  constexpr double kSmallIntBound =
      static_cast<double>(Value::kSmallIntMax) + 1;
  if (x > -kSmallIntBound && x < kSmallIntBound) {
    auto n = static_cast<intptr_t>(x);
    if (static_cast<double>(n) == x) return static_cast<uintptr_t>(n);
  }
  // |x| == mantissa * 2**exponent.
  uint64_t bits;
  memcpy(&bits, &x, sizeof(bits));
  int biased = static_cast<int>((bits >> 52) & 0x7FF);
  uint64_t mantissa = bits & ((uint64_t{1} << 52) - 1);
  int exponent = -1074;
  if (biased != 0) {
    mantissa |= uint64_t{1} << 52;
    exponent = biased - 1075;
  }
  auto h = static_cast<intptr_t>(HashScaled(mantissa, exponent));
  return static_cast<uintptr_t>(x < 0 ? -h : h);
}

Value RoundFloat(double x, Value ndigits) {
  if (ndigits.IsNull() || ndigits.IsNone()) {
    double rounded = x;
    if (fabs(x) <
        4503599627370496.0) {  // 2**52: below it, x may have a fraction.
      rounded = floor(x);
      double fraction = x - rounded;
      if (fraction > 0.5 || (fraction == 0.5 && fmod(rounded, 2.0) != 0)) {
        rounded += 1.0;
      }
    }
    return IntFromDouble(rounded);
  }
  if (!IsInt(ndigits) && !ndigits.IsBool()) {
    RaiseFormat(&kTypeErrorType, "can't convert %q to int", TypeName(ndigits));
  }
  // Beyond these, every double is already a multiple of 10**-n, or rounds to
  // zero.
  constexpr intptr_t kMostDigits = 330;
  intptr_t n = IsBigInt(ndigits) ? (CompareInts(ndigits, Value::SmallInt(0)) < 0
                                        ? -kMostDigits
                                        : kMostDigits)
                                 : ToIntptr(ndigits);
  if (!isfinite(x) || x == 0 || n >= kMostDigits) return NewFloat(x);
  if (n <= -kMostDigits) return NewFloat(copysign(0.0, x));
  double result =
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
  double value;
  if (!numeric::ParseDouble(text, imaginary ? length - 1 : length, true,
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
