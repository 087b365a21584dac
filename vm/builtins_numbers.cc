// Builtins about numbers and characters: abs, divmod, pow, round, bin, hex,
// oct, chr, ord.
#include <math.h>

#include "objects/big_int.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/operations.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "vm/builtins.h"

namespace mp::vm::builtins {
namespace {

using objects::BinaryOp;
using objects::BuiltinFunction;
using objects::kBuiltinFunctionType;
using objects::Value;
namespace q = objects::q;

Value Abs(size_t, size_t, const Value* args) {
  Value x = args[0];
  Value result;
  if (objects::IsInstanceObject(x) &&
      objects::CallSpecialMethod(x, objects::q::dunder_abs, 0, nullptr,
                                 &result)) {
    return result;
  }
  x = objects::NativeValue(x);
#if MP_HAS_FLOAT
  // Not by comparison and negation: abs(-0.0) is 0.0.
  if (objects::IsFloat(x))
    return objects::NewFloat(fabs(objects::FloatValue(x)));
#endif
#if MP_HAS_COMPLEX
  if (objects::IsComplex(x)) return objects::NewFloat(objects::ComplexAbs(x));
#endif
  if (x.IsBool()) x = Value::SmallInt(x == Value::True());
  if (!objects::IsInt(x)) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "unsupported type for __abs__: '%q'",
                         objects::TypeName(args[0]));
  }
  if (objects::IsTrue(
          objects::BinaryOperation(BinaryOp::kLess, x, Value::SmallInt(0)))) {
    return objects::UnaryOperation(objects::UnaryOp::kNegative, x);
  }
  if (!x.IsSmallInt())
    return objects::UnaryOperation(objects::UnaryOp::kPositive, x);
  return x;
}

Value DivMod(size_t, size_t, const Value* args) {
  Value pair[2] = {
      objects::BinaryOperation(BinaryOp::kFloorDivide, args[0], args[1]),
      objects::BinaryOperation(BinaryOp::kModulo, args[0], args[1])};
  return Value(&objects::NewTuple(2, pair)->base);
}

// An int, with a bool taken as 0 or 1 and an int subclass's instance as the
// int inside; null for anything else.
Value AsInt(Value x) {
  x = objects::NativeValue(x);
  if (x.IsBool()) return Value::SmallInt(x == Value::True());
  return objects::IsInt(x) ? x : Value();
}

// pow(base, exponent[, modulus]); the three-argument form takes ints only.
Value Pow(size_t n_args, size_t, const Value* args) {
  if (n_args == 2 || args[2].IsNone()) {
    return objects::BinaryOperation(BinaryOp::kPower, args[0], args[1]);
  }
  Value base = AsInt(args[0]);
  Value exponent = AsInt(args[1]);
  Value modulus = AsInt(args[2]);
  if (base.IsNull() || exponent.IsNull() || modulus.IsNull()) {
    objects::RaiseMessage(
        &objects::kTypeErrorType,
        "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return objects::IntPowMod(base, exponent, modulus);
}

// round(number[, ndigits]): halves go to the even neighbour, as Python does.
Value Round(size_t n_args, size_t, const Value* args) {
  Value x = args[0];
  bool has_digits = n_args == 2 && !args[1].IsNone();
  Value result;
  if (objects::IsInstanceObject(x) &&
      objects::CallSpecialMethod(x, q::dunder_round, has_digits ? 1 : 0,
                                 args + 1, &result)) {
    return result;
  }
  x = objects::NativeValue(x);
#if MP_HAS_FLOAT
  if (objects::IsFloat(x)) {
    return objects::RoundFloat(objects::FloatValue(x),
                               n_args == 2 ? args[1] : Value());
  }
#endif
  if (x.IsBool()) x = Value::SmallInt(x == Value::True());
  if (!objects::IsInt(x)) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "type %q doesn't define __round__ method",
                         objects::TypeName(args[0]));
  }
  if (!has_digits || objects::ToIntptr(args[1]) >= 0) {
    return objects::UnaryOperation(objects::UnaryOp::kPositive, x);
  }
  intptr_t digits = -objects::ToIntptr(args[1]);
  Value unit = objects::BinaryOperation(BinaryOp::kPower, Value::SmallInt(10),
                                        Value::SmallInt(digits));
  Value remainder = objects::BinaryOperation(BinaryOp::kModulo, x, unit);
  Value down = objects::BinaryOperation(BinaryOp::kSubtract, x, remainder);
  Value twice = objects::BinaryOperation(BinaryOp::kMultiply, remainder,
                                         Value::SmallInt(2));
  Value order = objects::BinaryOperation(BinaryOp::kLess, twice, unit);
  if (objects::IsTrue(order)) return down;
  Value up = objects::BinaryOperation(BinaryOp::kAdd, down, unit);
  if (objects::Equal(twice, unit)) {
    // A tie: pick the multiple whose quotient is even.
    Value quotient =
        objects::BinaryOperation(BinaryOp::kFloorDivide, down, unit);
    bool down_is_even = objects::ToIntptr(objects::BinaryOperation(
                            BinaryOp::kAnd, quotient, Value::SmallInt(1))) == 0;
    return down_is_even ? down : up;
  }
  return up;
}

// bin/hex/oct: the digits after a prefix, with the sign in front of it.
Value FormatInBase(Value x, unsigned base, const char* prefix) {
  Value n = objects::TryIndex(x);
  if (n.IsNull()) {
    objects::RaiseFormat(&objects::kTypeErrorType, "can't convert %q to int",
                         objects::TypeName(x));
  }
  return objects::IntToStr(n, base, prefix);
}

Value Bin(size_t, size_t, const Value* args) {
  return FormatInBase(args[0], 2, "0b");
}
Value Hex(size_t, size_t, const Value* args) {
  return FormatInBase(args[0], 16, "0x");
}
Value Oct(size_t, size_t, const Value* args) {
  return FormatInBase(args[0], 8, "0o");
}

Value Chr(size_t, size_t, const Value* args) {
  intptr_t code = objects::ToIntptr(args[0]);
  if (code < 0 || code > static_cast<intptr_t>(objects::kMaxCodePoint)) {
    objects::RaiseMessage(&objects::kValueErrorType,
                          "chr() arg not in range(0x110000)");
  }
  char bytes[4];
  size_t n = objects::EncodeUtf8(static_cast<uint32_t>(code), bytes);
  return objects::NewStr(bytes, n);
}

Value Ord(size_t, size_t, const Value* args) {
  objects::Buffer buffer;
  if (objects::GetBuffer(args[0], &buffer) &&
      objects::TypeOf(objects::NativeValue(args[0])) !=
          &objects::kMemoryViewType) {
    if (buffer.length != 1) {
      objects::RaiseFormat(
          &objects::kTypeErrorType,
          "ord() expected a character, but string of length %zu found",
          buffer.length);
    }
    return Value::SmallInt(static_cast<uint8_t>(buffer.data[0]));
  }
  if (!objects::IsInstance(args[0], &objects::kStrType)) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "ord() expected string of length 1, but %q found",
                         objects::TypeName(args[0]));
  }
  size_t length;
  const char* text = objects::StrData(args[0], &length);
  size_t end = 0;
  uint32_t code = length == 0 ? 0 : objects::DecodeUtf8(text, length, &end);
  if (length == 0 || end != length) {
    objects::RaiseFormat(
        &objects::kTypeErrorType,
        "ord() expected a character, but string of length %zu found",
        objects::Length(args[0]));
  }
  return Value::SmallInt(static_cast<intptr_t>(code));
}

}  // namespace

#define MP_DEFINE(name, min, max, fn) \
  const BuiltinFunction name = {      \
      {&kBuiltinFunctionType}, q::name, min, max, false, fn}

MP_DEFINE(abs, 1, 1, Abs);
MP_DEFINE(divmod, 2, 2, DivMod);
MP_DEFINE(pow, 2, 3, Pow);
MP_DEFINE(round, 1, 2, Round);
MP_DEFINE(bin, 1, 1, Bin);
MP_DEFINE(hex, 1, 1, Hex);
MP_DEFINE(oct, 1, 1, Oct);
MP_DEFINE(chr, 1, 1, Chr);
MP_DEFINE(ord, 1, 1, Ord);
#undef MP_DEFINE

}  // namespace mp::vm::builtins
