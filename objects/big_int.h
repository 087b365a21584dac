// The heap form of int: values outside the small-int range, as a sign and
// 32-bit digits allocated from the GC heap. The arithmetic is
// objects/numeric/bigint.h; this file turns its digit buffers into objects.
//
// A BigInt never holds a value that fits a small int: every result is
// normalised, so an int is small exactly when its word says so, and a small
// int never equals a BigInt. Both have the type kIntType.
#ifndef MP_OBJECTS_BIG_INT_H_
#define MP_OBJECTS_BIG_INT_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/config.h"
#include "objects/numeric/bigint.h"
#include "objects/object.h"

namespace mp::objects {

extern const Type kIntType;

struct BigInt {
  Object base;
  uint32_t length;  // in digits, never 0
  bool negative;

  // The digits follow the header, least significant first.
  numeric::Digit* digits() {
    return reinterpret_cast<numeric::Digit*>(this + 1);
  }
  const numeric::Digit* digits() const {
    return reinterpret_cast<const numeric::Digit*>(this + 1);
  }
};

inline bool IsBigInt(Value value) {
  return value.IsObject() && value.AsObject()->type == &kIntType;
}
// A small int or a BigInt (not a bool).
inline bool IsInt(Value value) { return value.IsSmallInt() || IsBigInt(value); }

// The digits of an int value (small or big); a small int is spelled into
// `storage`, which must outlive the view.
numeric::BigView IntView(Value int_value, numeric::Digit* storage);

// The int for a machine integer: small when it fits, a BigInt otherwise.
Value NewIntFromInt64(int64_t n);
Value NewIntFromUint64(uint64_t n);
// The int that a view spells (a copy, normalised).
Value NewIntFromView(numeric::BigView view);
// The non-negative int that `length` digits of `base` spell (no sign, prefix
// or underscores; the caller has checked them), negated when `negative`.
Value NewIntFromDigitText(const char* text, size_t length, unsigned base,
                          bool negative);

// Arithmetic and comparisons on two ints, at least one of them a BigInt or the
// small-int result out of range. Returns null for operators ints lack.
Value BigIntBinaryOp(BinaryOp op, Value lhs, Value rhs);
Value BigIntUnaryOp(UnaryOp op, Value self);
// -1, 0 or 1 as a < b, a == b, a > b, for any two ints.
int CompareInts(Value a, Value b);
// pow(base, exponent, modulus) for ints: the result has the modulus's sign;
// a negative exponent takes the modular inverse, as CPython 3.8 does.
Value IntPowMod(Value base, Value exponent, Value modulus);

// Returns false when the int does not fit.
bool IntToInt64(Value int_value, int64_t* out);
size_t IntBitLength(Value int_value);

// The digits of an int in base 2..36, lowercase, with '-' then `prefix`
// before them when negative (str(n) is prefix "", hex(n) prefix "0x").
Value IntToStr(Value int_value, unsigned base, const char* prefix);
void PrintBigInt(const Printer& printer, Value self);

// The hash of a BigInt: its value modulo kHashModulus with its sign, as
// CPython computes it, so that an integral float hashes the same.
uintptr_t HashBigInt(Value self);
// Numeric hashes work modulo 2**kHashBits - 1 (CPython's modulus on 64-bit
// targets; a smaller one on 32-bit ones, where hashes must fit a small int).
inline constexpr unsigned kHashBits = sizeof(void*) == 8 ? 61 : 30;
inline constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;
// The hash of m * 2**exponent for m < 2**63, reduced modulo kHashModulus.
uint64_t HashScaled(uint64_t m, int exponent);

// int.from_bytes: `length` bytes, big- or little-endian, as two's complement
// when is_signed.
Value IntFromBytes(const uint8_t* bytes, size_t length, bool little_endian,
                   bool is_signed);
// int.to_bytes: writes exactly `length` bytes; raises OverflowError when the
// int does not fit.
void IntToBytes(Value int_value, uint8_t* out, size_t length,
                bool little_endian, bool is_signed);

}  // namespace mp::objects

#endif  // MP_OBJECTS_BIG_INT_H_
