// Arbitrary-precision integer arithmetic for int values beyond the small-int
// range, with Python's semantics (floor division, infinite two's complement
// for bitwise operations on negatives).
//
// Freestanding and allocation-free: every function writes into digit buffers
// the caller provides, and a *Size function tells the caller beforehand how
// many digits each buffer needs (the caller allocates them from the GC heap).
// Numbers are a sign plus a magnitude: a little-endian array of Digits with no
// leading zero digits (length 0 for zero). Results are normalized the same
// way and zero is never negative. Unless a function says otherwise, output
// and scratch buffers must not overlap the operands or each other, and their
// contents on entry do not matter.
//
// Digits are 32 bits wide. On a 64-bit host a 32x32->64 product is one
// instruction, so 32-bit digits do four times the work per operation of
// 16-bit ones. On Cortex-M0+ (32x32->32 multiply only) a 32x32->64 product
// costs four 16-bit multiplies in libgcc's __aeabi_lmul, about what the four
// 16x16 products it replaces cost, while loops run half as many iterations
// with half the loads and stores, and decimal conversion takes 9 digits per
// pass instead of 4. The price is that the firmware links libgcc's 64-bit
// multiply and divide helpers, which int64 arithmetic needs anyway.
#ifndef MP_OBJECTS_NUMERIC_BIGINT_H_
#define MP_OBJECTS_NUMERIC_BIGINT_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::numeric {

using Digit = uint32_t;
inline constexpr unsigned kDigitBits = 32;

// What a *Size function returns when the result could not be stored in any
// buffer (its size in digits overflows size_t); the caller raises an error.
inline constexpr size_t kTooLarge = SIZE_MAX;

// A read-only operand. A length of 0 is zero whatever `negative` says.
struct BigView {
  const Digit* digits;
  size_t length;
  bool negative;
};

// A result written to a caller's buffer: its normalized length and sign.
struct BigResult {
  size_t length;
  bool negative;
};

// -1, 0 or 1 as a < b, a == b or a > b.
int Compare(BigView a, BigView b);

// The number of bits in |a|, as int.bit_length(); 0 for zero.
size_t BitLength(BigView a);

// a + b and a - b. `out` needs AddSize(a, b) digits: max(a.length,
// b.length) + 1.
size_t AddSize(BigView a, BigView b);
BigResult Add(BigView a, BigView b, Digit* out);
BigResult Subtract(BigView a, BigView b, Digit* out);

// a * b. `out` needs MultiplySize(a, b) digits: a.length + b.length.
// `karatsuba_scratch` holds KaratsubaScratchSize(a.length, b.length) digits
// (0, and then it is not touched, when the shorter operand is below the
// Karatsuba threshold); it may be null, which gives the schoolbook product
// for operands of any size, to spare the memory.
size_t MultiplySize(BigView a, BigView b);
size_t KaratsubaScratchSize(size_t a_length, size_t b_length);
BigResult Multiply(BigView a, BigView b, Digit* out, Digit* karatsuba_scratch);

// Floor division: a == quotient * b + remainder, with the remainder zero or
// of b's sign and smaller than |b|, as Python's // and %. b must not be zero
// (the caller raises ZeroDivisionError). Either output may be null when it
// is not wanted. Sizes in digits:
//   quotient:  a.length - b.length + 2 when a.length >= b.length, else 1
//   remainder: b.length
//   scratch:   a.length + b.length + 1
struct DivModSizes {
  size_t quotient;
  size_t remainder;
  size_t scratch;
};
struct DivModResult {
  BigResult quotient;
  BigResult remainder;
};
DivModSizes DivModSize(BigView a, BigView b);
DivModResult DivMod(BigView a, BigView b, Digit* quotient, Digit* remainder,
                    Digit* scratch);

// base ** exponent (0 ** 0 is 1). Sizes in digits:
//   result:  ceil(BitLength(base) * exponent / 32) + 1 (1 for the trivial
//            cases), or kTooLarge
//   scratch: the same as result
//   karatsuba_scratch: KaratsubaScratchSize(result, result); may be null.
struct PowerSizes {
  size_t result;
  size_t scratch;
  size_t karatsuba_scratch;
};
PowerSizes PowerSize(BigView base, uint64_t exponent);
BigResult Power(BigView base, uint64_t exponent, Digit* out, Digit* scratch,
                Digit* karatsuba_scratch);

// pow(base, exponent, modulus): the result has the modulus's sign, as in
// Python. The exponent must be non-negative and the modulus non-zero (the
// caller rejects the others). With m = modulus.length, sizes in digits:
//   result:  m
//   scratch: 4 * m + max(base.length, 2 * m) + 1
//   karatsuba_scratch: KaratsubaScratchSize(m, m); may be null.
PowerSizes ModPowSize(BigView base, BigView exponent, BigView modulus);
BigResult ModPow(BigView base, BigView exponent, BigView modulus, Digit* out,
                 Digit* scratch, Digit* karatsuba_scratch);

// a << bits. `out` needs a.length + bits / 32 + 1 digits (0 for zero), or
// kTooLarge.
size_t LeftShiftSize(BigView a, size_t bits);
BigResult LeftShift(BigView a, size_t bits, Digit* out);

// a >> bits, rounding toward minus infinity as Python does (-5 >> 1 == -3).
// `out` needs max(a.length - bits / 32, 0) + 1 digits.
size_t RightShiftSize(BigView a, size_t bits);
BigResult RightShift(BigView a, size_t bits, Digit* out);

// a & b, a | b, a ^ b as if negatives had infinitely many leading one bits.
// `out` needs BitwiseSize(a, b) digits: max(a.length, b.length) + 1.
size_t BitwiseSize(BigView a, BigView b);
BigResult And(BigView a, BigView b, Digit* out);
BigResult Or(BigView a, BigView b, Digit* out);
BigResult Xor(BigView a, BigView b, Digit* out);
// ~a == -a - 1. `out` needs a.length + 1 digits.
BigResult Invert(BigView a, Digit* out);

// a in base 2..36 with lowercase letters and a leading '-' when negative, no
// prefix and no terminating NUL; returns the number of chars written. `out`
// needs ToStringSize(a, base) chars (a bound, not the exact length);
// `scratch` needs a.length digits, or may be null when base is a power of 2.
size_t ToStringSize(BigView a, unsigned base);
size_t ToString(BigView a, unsigned base, char* out, Digit* scratch);

// The non-negative number that `length` digits in base 2..36 spell (either
// case for letters; no sign, prefix, underscores or spaces). Returns false
// when the text is empty or holds a char that is not a digit of the base.
// `out` needs FromStringSize(length, base) digits.
size_t FromStringSize(size_t length, unsigned base);
bool FromString(const char* text, size_t length, unsigned base, Digit* out,
                size_t* out_length);

// The conversions from machine integers need kInt64Digits digits.
inline constexpr size_t kInt64Digits = 64 / kDigitBits;
BigResult FromInt64(int64_t value, Digit* out);
BigResult FromUint64(uint64_t value, Digit* out);
// Returns false, leaving *out alone, when a does not fit.
bool ToInt64(BigView a, int64_t* out);
bool ToUint64(BigView a, uint64_t* out);

// a as the nearest double (ties to even), as float(int). Returns false when
// that would be 2**1024 or more in magnitude (OverflowError).
bool ToFloat(BigView a, double* out);
// The same for a single: rounded once to 24 bits, false from 2**128 on.
bool ToFloat(BigView a, float* out);

// The integer part of value (truncating toward zero), as int(float). Returns
// false for NaN and infinities. `out` needs FromFloatSize(value) digits
// (at most 32).
size_t FromFloatSize(double value);
bool FromFloat(double value, Digit* out, BigResult* result);
// The same for a single; `out` needs FromFloatSize(value) digits (at most 4).
size_t FromFloatSize(float value);
bool FromFloat(float value, Digit* out, BigResult* result);

// a.to_bytes(length, byteorder, signed=is_signed): writes exactly `length`
// bytes. Returns false (OverflowError) when a does not fit, which includes a
// negative a when not is_signed.
bool ToBytes(BigView a, uint8_t* out, size_t length, bool little_endian,
             bool is_signed);
// int.from_bytes(bytes, byteorder, signed=is_signed). `out` needs
// FromBytesSize(length) digits: ceil(length / 4).
size_t FromBytesSize(size_t length);
BigResult FromBytes(const uint8_t* bytes, size_t length, bool little_endian,
                    bool is_signed, Digit* out);

}  // namespace mp::numeric

#endif  // MP_OBJECTS_NUMERIC_BIGINT_H_
