#include "objects/complex.h"

#if MP_HAS_COMPLEX

#include <math.h>
#include <string.h>

#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/number.h"
#include "objects/numeric/float_text.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"

namespace mp::objects {
namespace {

struct Parts {
  Real real;
  Real imag;
};

Parts PartsOf(Value z) {
  const auto* c = z.As<Complex>();
  return {c->real, c->imag};
}

Parts Product(Parts a, Parts b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Smith's method: scaling by the larger part of the divisor keeps the
// intermediate products from overflowing.
Parts Quotient(Parts a, Parts b) {
  Real abs_real = fabs(b.real);
  Real abs_imag = fabs(b.imag);
  if (abs_real >= abs_imag) {
    if (abs_real == 0) {
      RaiseMessage(&kZeroDivisionErrorType, "complex divide by zero");
    }
    Real ratio = b.imag / b.real;
    Real denominator = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denominator,
            (a.imag - a.real * ratio) / denominator};
  }
  if (abs_imag >= abs_real) {
    Real ratio = b.real / b.imag;
    Real denominator = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denominator,
            (a.imag * ratio - a.real) / denominator};
  }
  return {Real(NAN), Real(NAN)};  // a part of b is NaN
}

[[noreturn]] void RaiseZeroToComplexPower() {
  RaiseMessage(&kZeroDivisionErrorType, "0.0 to a complex power");
}

// Small integer powers by repeated squaring, as CPython computes them, so
// that (1+2j)**2 is exactly (-3+4j).
Parts IntegerPower(Parts z, long n) {
  unsigned long count = n < 0 ? 0ul - static_cast<unsigned long>(n)
                              : static_cast<unsigned long>(n);
  Parts result = {1, 0};
  Parts square = z;
  for (unsigned long mask = 1; mask != 0 && count >= mask; mask <<= 1) {
    if ((count & mask) != 0) result = Product(result, square);
    square = Product(square, square);
  }
  if (n >= 0) return result;
  if (result.real == 0 && result.imag == 0) RaiseZeroToComplexPower();
  return Quotient({1, 0}, result);
}

Parts Power(Parts a, Parts b) {
  if (b.imag == 0 && b.real == floor(b.real) && fabs(b.real) <= 100) {
    return IntegerPower(a, static_cast<long>(b.real));
  }
  if (b.real == 0 && b.imag == 0) return {1, 0};
  if (a.real == 0 && a.imag == 0) {
    if (b.imag != 0 || b.real < 0) RaiseZeroToComplexPower();
    return {0, 0};
  }
  Real magnitude = hypot(a.real, a.imag);
  Real length = pow(magnitude, b.real);
  Real angle = atan2(a.imag, a.real);
  Real phase = angle * b.real;
  if (b.imag != 0) {
    length /= exp(angle * b.imag);
    phase += b.imag * log(magnitude);
  }
  return {length * cos(phase), length * sin(phase)};
}

// A part as complex's repr writes it: like a float's repr, without ".0".
size_t FormatPart(Real x, char* out) {
  auto length = static_cast<size_t>(numeric::FormatRepr(x, out));
  if (length >= 2 && out[length - 2] == '.' && out[length - 1] == '0') {
    length -= 2;
  }
  return length;
}

void PrintComplex(const Printer& printer, Value self, PrintKind /*kind*/) {
  Parts z = PartsOf(self);
  char text[32];
  if (z.real == 0 && !signbit(z.real)) {
    printer.Write(text, FormatPart(z.imag, text));
    printer.Char('j');
    return;
  }
  printer.Char('(');
  printer.Write(text, FormatPart(z.real, text));
  size_t length = FormatPart(z.imag, text);
  if (text[0] != '-') printer.Char('+');
  printer.Write(text, length);
  printer.Write("j)");
}

bool ParseReal(const char* text, size_t length, Real* out) {
  if (length == 0 || memchr(text, ' ', length) != nullptr) return false;
  return numeric::ParseFloat(text, length, true, out);
}

// "1+2j", "(-1.5e3-2j)", "3j", "-j", "4": Python's complex() text.
bool ParseComplex(const char* text, size_t length, Parts* out) {
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  const char* start = text;
  const char* end = text + length;
  for (int pass = 0; pass < 2; ++pass) {
    while (start < end && is_space(*start)) ++start;
    while (end > start && is_space(end[-1])) --end;
    if (pass == 0 && end - start >= 2 && *start == '(' && end[-1] == ')') {
      ++start;
      --end;
    }
  }
  if (start == end) return false;
  if ((end[-1] | 0x20) != 'j') {
    out->imag = 0;
    return ParseReal(start, static_cast<size_t>(end - start), &out->real);
  }
  --end;
  // The imaginary part starts at the last sign that is not an exponent's.
  const char* split = start;
  for (const char* p = end; p-- > start + 1;) {
    if ((*p == '+' || *p == '-') && (p[-1] | 0x20) != 'e') {
      split = p;
      break;
    }
  }
  out->real = 0;
  if (split > start &&
      !ParseReal(start, static_cast<size_t>(split - start), &out->real)) {
    return false;
  }
  auto imag_length = static_cast<size_t>(end - split);
  if (imag_length == 0 ||
      (imag_length == 1 && (*split == '+' || *split == '-'))) {
    out->imag = imag_length == 1 && *split == '-' ? -1 : 1;
    return true;
  }
  return ParseReal(split, imag_length, &out->imag);
}

// An argument of complex() as a number: the value inside an instance of a
// subclass of a built-in number, what a user class's __complex__ returns (a
// complex), or a float from its __float__ or __index__. Anything else is
// returned as it is.
Value ComplexOperand(Value x) {
  x = NativeValue(x);
  Value result;
  if (CallConversionMethod(x, q::dunder_complex, IsComplex, "complex",
                           &result)) {
    return result;
  }
  Real real;
  return FloatFromSpecialMethod(x, &real) ? NewFloat(real) : x;
}

Value MakeNewComplex(const Type* /*type*/, size_t n_args, size_t n_kw,
                     const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 2, false);
  if (n_args == 0) return NewComplex(0, 0);
  Value first = NativeValue(args[0]);
  if (IsInstance(first, &kStrType)) {
    if (n_args == 2) {
      RaiseMessage(&kTypeErrorType,
                   "complex() can't take second arg if first is a string");
    }
    size_t length;
    const char* text = NumberTextToAscii(StrData(first, &length), &length);
    Parts z;
    if (!ParseComplex(text, length, &z)) {
      RaiseMessage(&kValueErrorType, "invalid syntax for number");
    }
    return NewComplex(z.real, z.imag);
  }
  Parts a = {0, 0};
  Parts b = {0, 0};
  // Instances of subclasses convert through the value inside; of user
  // classes through __complex__, __float__ or __index__.
  Value operands[2];
  for (size_t i = 0; i < n_args; ++i) {
    Parts* parts = i == 0 ? &a : &b;
    operands[i] = ComplexOperand(args[i]);
    if (!ComplexParts(operands[i], &parts->real, &parts->imag)) {
      RaiseFormat(&kTypeErrorType, "can't convert %q to complex",
                  TypeName(args[i]));
    }
  }
  if (n_args == 1 && IsComplex(operands[0])) return operands[0];
  if (n_args == 1) return NewComplex(a.real, 0);
  // real + imag * 1j, where an operand's own imaginary part is only added
  // when it is complex (so complex(1, -0.0) keeps its negative zero).
  Real real = a.real;
  Real imag = b.real;
  if (IsComplex(operands[1])) real -= b.imag;
  if (IsComplex(operands[0])) imag += a.imag;
  return NewComplex(real, imag);
}

Value ComplexUnaryOp(UnaryOp op, Value self) {
  Parts z = PartsOf(self);
  switch (op) {
    case UnaryOp::kPositive:
      return self;
    case UnaryOp::kNegative:
      return NewComplex(-z.real, -z.imag);
    case UnaryOp::kBool:
      return Value::Bool(z.real != 0 || z.imag != 0);
    case UnaryOp::kHash: {
      // hash(complex(x, 0)) == hash(x), as x == complex(x, 0).
      uintptr_t h = HashFloat(z.real) + 1000003 * HashFloat(z.imag);
      auto n = static_cast<intptr_t>(h);
      if (!Value::FitsSmallInt(n)) n >>= 2;
      return Value::SmallInt(n);
    }
    default:
      return Value();
  }
}

Value ComplexBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  return MixedNumberBinaryOp(op, lhs, rhs);
}

void ComplexAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull() || !dest[1].IsNull()) return;
  if (attr == q::real) {
    dest[0] = NewFloat(PartsOf(self).real);
  } else if (attr == q::imag) {
    dest[0] = NewFloat(PartsOf(self).imag);
  }
}

Value ConjugateMethod(size_t, size_t, const Value* args) {
  // Reached through the type (complex.conjugate(x)), self can be anything.
  if (!IsComplex(args[0])) {
    RaiseFormat(&kTypeErrorType, "can't convert %q to complex",
                TypeName(args[0]));
  }
  Parts z = PartsOf(args[0]);
  return NewComplex(z.real, -z.imag);
}

constexpr BuiltinFunction kConjugate = {
    {&kBuiltinFunctionType}, q::conjugate, 1, 1, false, ConjugateMethod};
constexpr auto kComplexMethods = SortedByKey(StaticMapTable<2>{{
    {Value::FromQstr(q::dunder_new),
     Value(&kBuiltinTypeNew<&kComplexType>.base)},
    {Value::FromQstr(q::conjugate), Value(&kConjugate.base)},
}});
constexpr StaticMap kComplexLocals = kComplexMethods.map();

}  // namespace

Value NewComplex(Real real, Real imag) {
  auto* z = New<Complex>();
  z->base.type = &kComplexType;
  z->real = real;
  z->imag = imag;
  return Value(&z->base);
}

bool ComplexParts(Value value, Real* real, Real* imag) {
  if (IsComplex(value)) {
    Parts z = PartsOf(value);
    *real = z.real;
    *imag = z.imag;
    return true;
  }
  *imag = 0;
  return NumberToFloat(value, real);
}

Value ComplexOp(BinaryOp op, Real a_real, Real a_imag, Real b_real,
                Real b_imag) {
  Parts a = {a_real, a_imag};
  Parts b = {b_real, b_imag};
  Parts result;
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kEqual:
      return Value::Bool(a.real == b.real && a.imag == b.imag);
    case BinaryOp::kNotEqual:
      return Value::Bool(a.real != b.real || a.imag != b.imag);
    case BinaryOp::kAdd:
      result = {a.real + b.real, a.imag + b.imag};
      break;
    case BinaryOp::kSubtract:
      result = {a.real - b.real, a.imag - b.imag};
      break;
    case BinaryOp::kMultiply:
      result = Product(a, b);
      break;
    case BinaryOp::kTrueDivide:
      result = Quotient(a, b);
      break;
    case BinaryOp::kPower:
      result = Power(a, b);
      break;
    default:
      return Value();
  }
  return NewComplex(result.real, result.imag);
}

Real ComplexAbs(Value z) {
  Parts parts = PartsOf(z);
  return hypot(parts.real, parts.imag);
}

const Type kComplexType = {
    .base = {&kTypeType},
    .name = q::complex,
    .print = PrintComplex,
    .make_new = MakeNewComplex,
    .unary_op = ComplexUnaryOp,
    .binary_op = ComplexBinaryOp,
    .attr = ComplexAttr,
    .locals = &kComplexLocals,
};

}  // namespace mp::objects

#endif  // MP_HAS_COMPLEX
