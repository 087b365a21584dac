#include "objects/big_int.h"

#include <string.h>

#include "objects/exception.h"
#include "objects/int.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#if MP_HAS_FLOAT
#include "objects/float.h"
#include "objects/number.h"
#endif

namespace mp::objects {
namespace {

using numeric::BigResult;
using numeric::BigView;
using numeric::Digit;
using numeric::kInt64Digits;
using numeric::kTooLarge;

[[noreturn]] void RaiseTooLarge() {
  RaiseMessage(&kOverflowErrorType, "result too large");
}

size_t DigitBytes(size_t digits) {
  if (digits == kTooLarge || digits > UINT32_MAX ||
      digits > (SIZE_MAX - sizeof(BigInt)) / sizeof(Digit)) {
    RaiseTooLarge();
  }
  return digits * sizeof(Digit);
}

BigInt* AllocateBigInt(size_t digits) {
  auto* n = static_cast<BigInt*>(Allocate(sizeof(BigInt) + DigitBytes(digits)));
  n->base.type = &kIntType;
  return n;
}

Digit* AllocateDigits(size_t digits) {
  if (digits == 0) return nullptr;
  return static_cast<Digit*>(Allocate(DigitBytes(digits)));
}

// Karatsuba's scratch only makes products faster: without memory for it,
// the schoolbook product is used.
Digit* TryAllocateDigits(size_t digits) {
  if (digits == 0 || digits == kTooLarge || digits > SIZE_MAX / sizeof(Digit))
    return nullptr;
  return static_cast<Digit*>(Shared().heap.Allocate(digits * sizeof(Digit)));
}

bool FitsSmallInt(int64_t n) {
  return n >= Value::kSmallIntMin && n <= Value::kSmallIntMax;
}

BigView ViewOf(const BigInt* n) {
  return {n->digits(), n->length, n->negative};
}

// Gives a result its final form: a small int when it fits (the BigInt is
// freed at once), otherwise the BigInt trimmed to the result's length.
Value Finish(BigInt* n, BigResult result) {
  int64_t small;
  if (numeric::ToInt64({n->digits(), result.length, result.negative}, &small) &&
      FitsSmallInt(small)) {
    Free(n);
    return Value::SmallInt(static_cast<intptr_t>(small));
  }
  n->length = static_cast<uint32_t>(result.length);
  n->negative = result.negative;
  // Shrinking always succeeds in place.
  Shared().heap.Reallocate(n, sizeof(BigInt) + result.length * sizeof(Digit));
  return Value(&n->base);
}

// A shift count or exponent as a machine word; false when it is beyond
// size_t (the caller decides what that means).
bool ToSize(BigView count, size_t* out) {
  uint64_t n;
  if (!numeric::ToUint64(count, &n) || n > SIZE_MAX) return false;
  *out = static_cast<size_t>(n);
  return true;
}

Value Multiply(BigView a, BigView b) {
  BigInt* result = AllocateBigInt(numeric::MultiplySize(a, b));
  Digit* scratch =
      TryAllocateDigits(numeric::KaratsubaScratchSize(a.length, b.length));
  BigResult product = numeric::Multiply(a, b, result->digits(), scratch);
  Free(scratch);
  return Finish(result, product);
}

Value DivideOrModulo(BinaryOp op, BigView a, BigView b) {
  if (b.length == 0) RaiseDivideByZero();
  bool want_quotient = op == BinaryOp::kFloorDivide;
  numeric::DivModSizes sizes = numeric::DivModSize(a, b);
  BigInt* result =
      AllocateBigInt(want_quotient ? sizes.quotient : sizes.remainder);
  Digit* scratch = AllocateDigits(sizes.scratch);
  numeric::DivModResult divided =
      numeric::DivMod(a, b, want_quotient ? result->digits() : nullptr,
                      want_quotient ? nullptr : result->digits(), scratch);
  Free(scratch);
  return Finish(result, want_quotient ? divided.quotient : divided.remainder);
}

Value Power(Value lhs, Value rhs, BigView base, BigView exponent) {
  if (exponent.negative && exponent.length != 0) {
#if MP_HAS_FLOAT
    return FloatOp(BinaryOp::kPower, IntToFloat(lhs), IntToFloat(rhs));
#else
    (void)lhs;
    (void)rhs;
    RaiseMessage(&kValueErrorType, "negative power with no float support");
#endif
  }
  uint64_t e;
  if (!numeric::ToUint64(exponent, &e)) {
    // Only 0, 1 and -1 have powers this large that fit anywhere; the
    // exponent's parity is all that matters to them.
    if (numeric::BitLength(base) > 1) RaiseTooLarge();
    e = 2 + (exponent.digits[0] & 1);
  }
  numeric::PowerSizes sizes = numeric::PowerSize(base, e);
  BigInt* result = AllocateBigInt(sizes.result);
  Digit* scratch = AllocateDigits(sizes.scratch);
  Digit* karatsuba_scratch = TryAllocateDigits(sizes.karatsuba_scratch);
  BigResult power =
      numeric::Power(base, e, result->digits(), scratch, karatsuba_scratch);
  Free(karatsuba_scratch);
  Free(scratch);
  return Finish(result, power);
}

Value Shift(BinaryOp op, BigView a, BigView count) {
  if (count.negative && count.length != 0) {
    RaiseMessage(&kValueErrorType, "negative shift count");
  }
  if (a.length == 0) return Value::SmallInt(0);
  size_t bits;
  bool fits = ToSize(count, &bits);
  if (op == BinaryOp::kRightShift) {
    if (!fits) return Value::SmallInt(a.negative ? -1 : 0);
    BigInt* result = AllocateBigInt(numeric::RightShiftSize(a, bits));
    return Finish(result, numeric::RightShift(a, bits, result->digits()));
  }
  if (!fits) RaiseTooLarge();
  BigInt* result = AllocateBigInt(numeric::LeftShiftSize(a, bits));
  return Finish(result, numeric::LeftShift(a, bits, result->digits()));
}

Value Bitwise(BinaryOp op, BigView a, BigView b) {
  BigInt* result = AllocateBigInt(numeric::BitwiseSize(a, b));
  BigResult r = op == BinaryOp::kAnd  ? numeric::And(a, b, result->digits())
                : op == BinaryOp::kOr ? numeric::Or(a, b, result->digits())
                                      : numeric::Xor(a, b, result->digits());
  return Finish(result, r);
}

Value AddOrSubtract(BinaryOp op, BigView a, BigView b) {
  BigInt* result = AllocateBigInt(numeric::AddSize(a, b));
  BigResult r = op == BinaryOp::kAdd
                    ? numeric::Add(a, b, result->digits())
                    : numeric::Subtract(a, b, result->digits());
  return Finish(result, r);
}

// The inverse of a modulo |m|, by the extended Euclidean algorithm on values
// (it runs once per pow() call, so clarity beats speed here).
Value ModularInverse(Value a, Value m) {
  Value modulus = CompareInts(m, Value::SmallInt(0)) < 0
                      ? UnaryOperation(UnaryOp::kNegative, m)
                      : m;
  Value r0 = BinaryOperation(BinaryOp::kModulo, a, modulus);
  Value r1 = modulus;
  Value s0 = Value::SmallInt(1);
  Value s1 = Value::SmallInt(0);
  while (r1 != Value::SmallInt(0)) {
    Value q = BinaryOperation(BinaryOp::kFloorDivide, r0, r1);
    Value r2 = BinaryOperation(BinaryOp::kSubtract, r0,
                               BinaryOperation(BinaryOp::kMultiply, q, r1));
    Value s2 = BinaryOperation(BinaryOp::kSubtract, s0,
                               BinaryOperation(BinaryOp::kMultiply, q, s1));
    r0 = r1;
    r1 = r2;
    s0 = s1;
    s1 = s2;
  }
  if (r0 != Value::SmallInt(1)) {
    RaiseMessage(&kValueErrorType,
                 "base is not invertible for the given modulus");
  }
  return BinaryOperation(BinaryOp::kModulo, s0, modulus);
}

// The text of |view| in `base` after a sign and a prefix, in a heap buffer
// the caller frees.
char* FormatDigits(BigView view, unsigned base, const char* prefix,
                   size_t* length) {
  bool negative = view.negative && view.length != 0;
  view.negative = false;
  size_t prefix_length = strlen(prefix);
  char* text = static_cast<char*>(
      Allocate(1 + prefix_length + numeric::ToStringSize(view, base)));
  // Powers of two need no scratch: their digits are read straight off.
  Digit* scratch =
      (base & (base - 1)) == 0 ? nullptr : AllocateDigits(view.length);
  size_t n = 0;
  if (negative) text[n++] = '-';
  memcpy(text + n, prefix, prefix_length);
  n += prefix_length;
  n += numeric::ToString(view, base, text + n, scratch);
  Free(scratch);
  *length = n;
  return text;
}

uint64_t FoldHash(uint64_t x) {
  x = (x & kHashModulus) + (x >> kHashBits);
  x = (x & kHashModulus) + (x >> kHashBits);
  return x >= kHashModulus ? x - kHashModulus : x;
}

// h * 2**shift modulo 2**kHashBits - 1, for h below the modulus: as
// 2**kHashBits is 1 there, multiplying by a power of two is a rotation.
uint64_t RotateHash(uint64_t h, unsigned shift) {
  shift %= kHashBits;
  if (shift == 0) return h;
  return ((h << shift) & kHashModulus) | (h >> (kHashBits - shift));
}

}  // namespace

BigView IntView(Value int_value, Digit* storage) {
  if (int_value.IsSmallInt()) {
    BigResult r = numeric::FromInt64(int_value.AsSmallInt(), storage);
    return {storage, r.length, r.negative};
  }
  return ViewOf(int_value.As<BigInt>());
}

Value NewIntFromInt64(int64_t n) {
  if (FitsSmallInt(n)) return Value::SmallInt(static_cast<intptr_t>(n));
  BigInt* result = AllocateBigInt(kInt64Digits);
  return Finish(result, numeric::FromInt64(n, result->digits()));
}

Value NewIntFromUint64(uint64_t n) {
  if (n <= static_cast<uint64_t>(Value::kSmallIntMax)) {
    return Value::SmallInt(static_cast<intptr_t>(n));
  }
  BigInt* result = AllocateBigInt(kInt64Digits);
  return Finish(result, numeric::FromUint64(n, result->digits()));
}

Value NewIntFromView(BigView view) {
  BigInt* result = AllocateBigInt(view.length);
  if (view.length != 0) {
    memcpy(result->digits(), view.digits, view.length * sizeof(Digit));
  }
  return Finish(result, {view.length, view.negative && view.length != 0});
}

Value NewIntFromDigitText(const char* text, size_t length, unsigned base,
                          bool negative) {
  BigInt* result = AllocateBigInt(numeric::FromStringSize(length, base));
  size_t digits = 0;
  if (!numeric::FromString(text, length, base, result->digits(), &digits)) {
    RaiseMessage(&kValueErrorType, "invalid syntax for integer");
  }
  return Finish(result, {digits, negative && digits != 0});
}

Value BigIntBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  Digit lhs_storage[kInt64Digits];
  Digit rhs_storage[kInt64Digits];
  BigView a = IntView(lhs, lhs_storage);
  BigView b = IntView(rhs, rhs_storage);
  op = PlainBinaryOp(op);
  switch (op) {
    case BinaryOp::kLess:
    case BinaryOp::kMore:
    case BinaryOp::kEqual:
    case BinaryOp::kLessEqual:
    case BinaryOp::kMoreEqual:
    case BinaryOp::kNotEqual:
      return CompareNumbers(op, numeric::Compare(a, b), 0);
    case BinaryOp::kOr:
    case BinaryOp::kXor:
    case BinaryOp::kAnd:
      return Bitwise(op, a, b);
    case BinaryOp::kLeftShift:
    case BinaryOp::kRightShift:
      return Shift(op, a, b);
    case BinaryOp::kAdd:
    case BinaryOp::kSubtract:
      return AddOrSubtract(op, a, b);
    case BinaryOp::kMultiply:
      return Multiply(a, b);
    case BinaryOp::kFloorDivide:
    case BinaryOp::kModulo:
      return DivideOrModulo(op, a, b);
    case BinaryOp::kPower:
      return Power(lhs, rhs, a, b);
#if MP_HAS_FLOAT
    case BinaryOp::kTrueDivide:
      return IntTrueDivide(lhs, rhs);
#endif
    default:
      return Value();
  }
}

Value BigIntUnaryOp(UnaryOp op, Value self) {
  const auto* n = self.As<BigInt>();
  switch (op) {
    case UnaryOp::kPositive:
      return self;
    case UnaryOp::kNegative: {
      BigView negated = ViewOf(n);
      negated.negative = !negated.negative;
      return NewIntFromView(negated);
    }
    case UnaryOp::kInvert: {
      BigInt* result = AllocateBigInt(n->length + size_t{1});
      return Finish(result, numeric::Invert(ViewOf(n), result->digits()));
    }
    case UnaryOp::kBool:
      return Value::True();
    case UnaryOp::kHash:
      return Value::SmallInt(static_cast<intptr_t>(HashBigInt(self)));
    default:
      return Value();
  }
}

int CompareInts(Value a, Value b) {
  if (a.IsSmallInt() && b.IsSmallInt()) {
    return a.AsSmallInt() < b.AsSmallInt()   ? -1
           : a.AsSmallInt() > b.AsSmallInt() ? 1
                                             : 0;
  }
  Digit a_storage[kInt64Digits];
  Digit b_storage[kInt64Digits];
  return numeric::Compare(IntView(a, a_storage), IntView(b, b_storage));
}

Value IntPowMod(Value base, Value exponent, Value modulus) {
  Digit storage[3][kInt64Digits];
  BigView m = IntView(modulus, storage[0]);
  if (m.length == 0) {
    RaiseMessage(&kValueErrorType, "pow() 3rd argument cannot be 0");
  }
  BigView e = IntView(exponent, storage[1]);
  if (e.negative && e.length != 0) {
    base = ModularInverse(base, modulus);
    e.negative = false;
  }
  BigView b = IntView(base, storage[2]);
  numeric::PowerSizes sizes = numeric::ModPowSize(b, e, m);
  BigInt* result = AllocateBigInt(sizes.result);
  Digit* scratch = AllocateDigits(sizes.scratch);
  Digit* karatsuba_scratch = TryAllocateDigits(sizes.karatsuba_scratch);
  BigResult power =
      numeric::ModPow(b, e, m, result->digits(), scratch, karatsuba_scratch);
  Free(karatsuba_scratch);
  Free(scratch);
  return Finish(result, power);
}

bool IntToInt64(Value int_value, int64_t* out) {
  if (int_value.IsSmallInt()) {
    *out = int_value.AsSmallInt();
    return true;
  }
  return numeric::ToInt64(ViewOf(int_value.As<BigInt>()), out);
}

size_t IntBitLength(Value int_value) {
  Digit storage[kInt64Digits];
  return numeric::BitLength(IntView(int_value, storage));
}

Value IntToStr(Value int_value, unsigned base, const char* prefix) {
  Digit storage[kInt64Digits];
  size_t length;
  char* text = FormatDigits(IntView(int_value, storage), base, prefix, &length);
  Value str = NewStr(text, length);
  Free(text);
  return str;
}

void PrintBigInt(const Printer& printer, Value self) {
  size_t length;
  char* text = FormatDigits(ViewOf(self.As<BigInt>()), 10, "", &length);
  printer.Write(text, length);
  Free(text);
}

uintptr_t HashBigInt(Value self) {
  const auto* n = self.As<BigInt>();
  uint64_t h = 0;
  for (size_t i = n->length; i-- > 0;) {
    h = FoldHash(RotateHash(h, numeric::kDigitBits) + n->digits()[i]);
  }
  auto signed_hash = static_cast<intptr_t>(h);
  return static_cast<uintptr_t>(n->negative ? -signed_hash : signed_hash);
}

uint64_t HashScaled(uint64_t m, int exponent) {
  int shift = exponent % static_cast<int>(kHashBits);
  if (shift < 0) shift += kHashBits;
  return RotateHash(FoldHash(m), static_cast<unsigned>(shift));
}

Value IntFromBytes(const uint8_t* bytes, size_t length, bool little_endian,
                   bool is_signed) {
  BigInt* result = AllocateBigInt(numeric::FromBytesSize(length));
  return Finish(result, numeric::FromBytes(bytes, length, little_endian,
                                           is_signed, result->digits()));
}

void IntToBytes(Value int_value, uint8_t* out, size_t length,
                bool little_endian, bool is_signed) {
  Digit storage[kInt64Digits];
  if (!numeric::ToBytes(IntView(int_value, storage), out, length, little_endian,
                        is_signed)) {
    RaiseMessage(&kOverflowErrorType, "int too big to convert");
  }
}

}  // namespace mp::objects
