#include "objects/int.h"

#include <string.h>

#include "objects/big_int.h"
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/number.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

// The ways out of the small-int range are out of line, so that the common
// case stays a few instructions with no call.
[[gnu::noinline, gnu::cold]] Value Promote(BinaryOp op, intptr_t a,
                                           intptr_t b) {
  return BigIntBinaryOp(op, Value::SmallInt(a), Value::SmallInt(b));
}

[[gnu::noinline, gnu::cold]] Value Widen(intptr_t n) {
  return NewIntFromInt64(n);
}

inline Value FromWord(intptr_t n) {
  return Value::FitsSmallInt(n) ? Value::SmallInt(n) : Widen(n);
}

intptr_t FloorDivide(intptr_t a, intptr_t b) {
  intptr_t quotient = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --quotient;
  return quotient;
}

Value Power(intptr_t base, intptr_t exponent) {
  if (exponent < 0) {
#if MP_HAS_FLOAT
    return FloatOp(BinaryOp::kPower, static_cast<Real>(base),
                   static_cast<Real>(exponent));
#else
    RaiseMessage(&kValueErrorType, "negative power with no float support");
#endif
  }
  intptr_t result = 1;
  intptr_t square = base;
  for (intptr_t e = exponent;;) {
    if (e & 1) {
      if (__builtin_mul_overflow(result, square, &result)) {
        return Promote(BinaryOp::kPower, base, exponent);
      }
    }
    e >>= 1;
    if (e == 0) break;
    if (__builtin_mul_overflow(square, square, &square)) {
      return Promote(BinaryOp::kPower, base, exponent);
    }
  }
  return FromWord(result);
}

void PrintInt(const Printer& printer, Value self, PrintKind /*kind*/) {
  if (!self.IsSmallInt()) {
    PrintBigInt(printer, self);
    return;
  }
  char digits[24];
  char* end = digits + sizeof(digits);
  char* start = FormatInt(self.AsSmallInt(), end);
  printer.Write(start, static_cast<size_t>(end - start));
}

Value MakeNewInt(const Type* /*type*/, size_t n_args, size_t n_kw,
                 const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 2, true);
  Value base_arg = n_args == 2 ? args[1] : Value();
  if (n_kw > 0) {
    // int(x, base=2): only base may come by keyword.
    Value bound[2];
    static constexpr Qstr kNames[] = {q::empty, q::base};
    BindArguments(n_args, n_kw, args, 2, kNames, bound);
    if (n_args == 0 || bound[0].IsNull()) {
      RaiseMessage(&kTypeErrorType, "int() missing string argument");
    }
    base_arg = bound[1];
    n_args = 2;
  }
  if (n_args == 0) return Value::SmallInt(0);
  // An int or str subclass's instance converts through the value inside.
  Value x = n_args == 1 ? NumberOfInstance(args[0], q::dunder_int, &kIntType)
                        : NativeValue(args[0]);
  if (n_args == 1) {
    if (IsInt(x)) return x;
    if (x.IsBool()) return Value::SmallInt(x == Value::True());
#if MP_HAS_FLOAT
    if (IsFloat(x)) return IntFromFloat(FloatValue(x));
#endif
  }
  // Before the buffer is fetched: base.__index__ could resize a bytearray.
  intptr_t base = n_args == 2 ? ToIntptr(base_arg) : 10;
  if (base != 0 && (base < 2 || base > 36)) {
    RaiseMessage(&kValueErrorType, "int() arg 2 must be >= 2 and <= 36");
  }
  // The digits: a str's text, or the bytes of a bytes-like object.
  const char* text;
  size_t length;
  Buffer buffer;
  if (IsInstance(x, &kStrType)) {
    text = NumberTextToAscii(StrData(x, &length), &length);
  } else if (GetBuffer(x, &buffer)) {
    text = buffer.data;
    length = buffer.length;
  } else if (n_args == 1) {
    RaiseFormat(&kTypeErrorType, "can't convert %q to int", TypeName(x));
  } else {
    RaiseMessage(&kTypeErrorType,
                 "int() can't convert non-string with explicit base");
  }
  return ParseInt(text, length, static_cast<unsigned>(base));
}

Value IntUnaryOp(UnaryOp op, Value self) {
  if (!self.IsSmallInt()) return BigIntUnaryOp(op, self);
  intptr_t n = self.AsSmallInt();
  switch (op) {
    case UnaryOp::kPositive:
      return self;
    case UnaryOp::kNegative:
      return FromWord(-n);
    case UnaryOp::kInvert:
      return Value::SmallInt(~n);
    case UnaryOp::kBool:
      return Value::Bool(n != 0);
    case UnaryOp::kHash:
      return self;
    default:
      return Value();
  }
}

Value IntBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (rhs.IsBool()) rhs = Value::SmallInt(rhs == Value::True());
  if (IsInt(rhs)) {
    if (lhs.IsSmallInt() && rhs.IsSmallInt()) {
      return SmallIntBinaryOp(op, lhs.AsSmallInt(), rhs.AsSmallInt());
    }
    return BigIntBinaryOp(op, lhs, rhs);
  }
#if MP_HAS_FLOAT
  return MixedNumberBinaryOp(op, lhs, rhs);
#else
  return Value();
#endif
}

// Methods reached through the type (int.bit_length(x)) get any value as self.
Value SelfInt(Value self) {
  if (self.IsBool()) return Value::SmallInt(self == Value::True());
  if (!IsInt(self)) {
    RaiseFormat(&kTypeErrorType, "can't convert %q to int", TypeName(self));
  }
  return self;
}

Value BitLengthMethod(size_t, size_t, const Value* args) {
  return Value::SmallInt(static_cast<intptr_t>(IntBitLength(SelfInt(args[0]))));
}

bool IsLittleEndian(Value byteorder) {
  if (Equal(byteorder, Value::FromQstr(q::little))) return true;
  if (Equal(byteorder, Value::FromQstr(q::big))) return false;
  RaiseMessage(&kValueErrorType, "byteorder must be either 'little' or 'big'");
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod;
// any iterable of ints in range(256) stands for the bytes, as in CPython.
Value FromBytesMethod(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr Qstr kNames[] = {q::empty, q::bytes, q::byteorder,
                                    q::signed_};
  Value bound[4];
  BindArguments(n_args, n_kw, args, 4, kNames, bound);
  bool little_endian = !bound[2].IsNull() && IsLittleEndian(bound[2]);
  bool is_signed = !bound[3].IsNull() && IsTrue(bound[3]);
  Vstr bytes;
  CollectBytes(bound[1], &bytes);
  Value result = IntFromBytes(reinterpret_cast<const uint8_t*>(bytes.data()),
                              bytes.length(), little_endian, is_signed);
  // A subclass (bool too) is made from the int, as CPython does.
  if (args[0] != Value(&kIntType.base)) return Call(args[0], 1, 0, &result);
  return result;
}

// n.to_bytes(length=1, byteorder='big', *, signed=False)
Value ToBytesMethod(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr Qstr kNames[] = {q::empty, q::length, q::byteorder,
                                    q::signed_};
  Value bound[4];
  BindArguments(n_args, n_kw, args, 4, kNames, bound);
  Value self = SelfInt(bound[0]);
  intptr_t length = bound[1].IsNull() ? 1 : ToIntptr(bound[1]);
  if (length < 0) {
    RaiseMessage(&kValueErrorType, "length argument must be non-negative");
  }
  bool little_endian = !bound[2].IsNull() && IsLittleEndian(bound[2]);
  bool is_signed = !bound[3].IsNull() && IsTrue(bound[3]);
  char* out;
  Value result = NewBytesUninitialized(static_cast<size_t>(length), &out);
  IntToBytes(self, reinterpret_cast<uint8_t*>(out), static_cast<size_t>(length),
             little_endian, is_signed);
  return result;
}

constexpr BuiltinFunction kBitLength = {
    {&kBuiltinFunctionType}, q::bit_length, 1, 1, false, BitLengthMethod};
constexpr BuiltinFunction kFromBytesFunction = {
    {&kBuiltinFunctionType}, q::from_bytes, 2, 3, true, FromBytesMethod};
constexpr MethodWrapper kFromBytes = {{&kClassMethodType},
                                      Value(&kFromBytesFunction.base)};
constexpr BuiltinFunction kToBytes = {
    {&kBuiltinFunctionType}, q::to_bytes, 1, 3, true, ToBytesMethod};

constexpr auto kIntMethods = SortedByKey(StaticMapTable<4>{{
    {Value::FromQstr(q::dunder_new), Value(&kBuiltinTypeNew<&kIntType>.base)},
    {Value::FromQstr(q::bit_length), Value(&kBitLength.base)},
    {Value::FromQstr(q::from_bytes), Value(&kFromBytes.base)},
    {Value::FromQstr(q::to_bytes), Value(&kToBytes.base)},
}});
constexpr StaticMap kIntLocals = kIntMethods.map();

}  // namespace

Value NewInt(long long n) { return NewIntFromInt64(n); }

void RaiseDivideByZero() {
  RaiseMessage(&kZeroDivisionErrorType, "divide by zero");
}

Value SmallIntBinaryOp(BinaryOp op, intptr_t a, intptr_t b) {
  intptr_t result;
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kLess:
    case BinaryOp::kMore:
    case BinaryOp::kEqual:
    case BinaryOp::kLessEqual:
    case BinaryOp::kMoreEqual:
    case BinaryOp::kNotEqual:
      return CompareNumbers(op, a, b);
    case BinaryOp::kOr:
      return Value::SmallInt(a | b);
    case BinaryOp::kXor:
      return Value::SmallInt(a ^ b);
    case BinaryOp::kAnd:
      return Value::SmallInt(a & b);
    case BinaryOp::kLeftShift:
      if (b < 0) RaiseMessage(&kValueErrorType, "negative shift count");
      if (a == 0) return Value::SmallInt(0);
      if (b >= static_cast<intptr_t>(8 * sizeof(intptr_t) - 1)) {
        return Promote(op, a, b);
      }
      result = static_cast<intptr_t>(static_cast<uintptr_t>(a) << b);
      if ((result >> b) != a) return Promote(op, a, b);
      return FromWord(result);
    case BinaryOp::kRightShift:
      if (b < 0) RaiseMessage(&kValueErrorType, "negative shift count");
      if (b >= static_cast<intptr_t>(8 * sizeof(intptr_t))) {
        return Value::SmallInt(a < 0 ? -1 : 0);
      }
      return Value::SmallInt(a >> b);
    // Small ints are a bit narrower than the word, so sums and differences
    // of two of them cannot overflow it.
    case BinaryOp::kAdd:
      return FromWord(a + b);
    case BinaryOp::kSubtract:
      return FromWord(a - b);
    case BinaryOp::kMultiply:
      if (__builtin_mul_overflow(a, b, &result)) return Promote(op, a, b);
      return FromWord(result);
    case BinaryOp::kFloorDivide:
      if (b == 0) RaiseDivideByZero();
      return FromWord(FloorDivide(a, b));
    case BinaryOp::kModulo:
      if (b == 0) RaiseDivideByZero();
      return Value::SmallInt(FloorModulo(a, b));
#if MP_HAS_FLOAT
    case BinaryOp::kTrueDivide:
      return IntTrueDivide(Value::SmallInt(a), Value::SmallInt(b));
#endif
    case BinaryOp::kPower:
      return Power(a, b);
    default:
      return Value();
  }
}

Value ParseInt(const char* text, size_t length, unsigned base) {
  const char* p = text;
  const char* end = text + length;
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (p < end && is_space(*p)) ++p;
  while (end > p && is_space(end[-1])) --end;
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  // A prefix is allowed when it names the base (or the base is 0, meaning "from
  // the prefix").
  if (end - p >= 2 && p[0] == '0') {
    char letter = static_cast<char>(p[1] | 0x20);
    unsigned prefix_base = letter == 'x'   ? 16
                           : letter == 'o' ? 8
                           : letter == 'b' ? 2
                                           : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      p += 2;
      if (p < end && *p == '_') ++p;
    }
  }
  bool base_was_zero = base == 0;
  if (base == 0) base = 10;
  const char* digits = p;
  size_t digit_count = 0;
  // Up to 64 bits are gathered on the way; longer numbers are parsed again
  // into a BigInt.
  uint64_t value = 0;
  bool fits = true;
  bool leading_zero_only = true;
  bool valid = p < end;
  for (; p < end; ++p) {
    char c = *p;
    if (c == '_' && digit_count > 0 && p + 1 < end && p[1] != '_') continue;
    unsigned digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<unsigned>(c - '0');
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      digit = static_cast<unsigned>((c | 0x20) - 'a' + 10);
    } else {
      valid = false;
      break;
    }
    if (digit >= base) {
      valid = false;
      break;
    }
    if (digit != 0) leading_zero_only = false;
    ++digit_count;
    fits = fits && !__builtin_mul_overflow(value, uint64_t{base}, &value) &&
           !__builtin_add_overflow(value, uint64_t{digit}, &value);
  }
  // With base 0, a decimal literal may not have leading zeros (except 0
  // itself).
  if (valid && base_was_zero && base == 10 && !leading_zero_only &&
      *digits == '0') {
    valid = false;
  }
  if (!valid || digit_count == 0) {
    RaiseFormat(&kValueErrorType,
                "invalid syntax for integer with base %u: '%.*s'",
                base_was_zero ? 0u : base, static_cast<int>(length), text);
  }
  if (fits && !negative) return NewIntFromUint64(value);
  if (fits && value <= uint64_t{1} << 63) {
    return NewIntFromInt64(static_cast<int64_t>(0 - value));
  }
  // The digits again, without underscores, for the big-number parser.
  auto* clean = static_cast<char*>(Allocate(digit_count));
  size_t n = 0;
  for (const char* q = digits; q < end; ++q) {
    if (*q != '_') clean[n++] = *q;
  }
  Value result = NewIntFromDigitText(clean, n, base, negative);
  Free(clean);
  return result;
}

const Type kIntType = {
    .base = {&kTypeType},
    .name = q::int_,
    .print = PrintInt,
    .make_new = MakeNewInt,
    .unary_op = IntUnaryOp,
    .binary_op = IntBinaryOp,
    .locals = &kIntLocals,
};

}  // namespace mp::objects
