#include "objects/numeric/bigint.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

namespace mp::numeric {
namespace {

// Holds a digit product plus a digit plus a carry without overflowing.
using Wide = uint64_t;
constexpr Wide kBase = Wide{1} << kDigitBits;
constexpr Digit kAllOnes = ~Digit{0};

// Below this many digits in the shorter operand the schoolbook product is
// faster than Karatsuba's extra additions on the host.
constexpr size_t kKaratsubaThreshold = 32;

// floor(2048 * log2(base)) for bases 2..36, to bound text lengths.
constexpr uint16_t kLog2BaseTimes2048[37] = {
    0,     0,     2048,  3246,  4096,  4755,  5294, 5749, 6144, 6492,
    6803,  7084,  7342,  7578,  7797,  8001,  8192, 8371, 8540, 8699,
    8851,  8995,  9132,  9264,  9390,  9510,  9626, 9738, 9845, 9949,
    10049, 10146, 10240, 10330, 10419, 10504, 10588};

bool IsNegative(BigView a) { return a.negative && a.length > 0; }

BigResult Result(size_t length, bool negative) {
  return {length, negative && length > 0};
}

size_t Max(size_t a, size_t b) { return a > b ? a : b; }

size_t Trim(const Digit* digits, size_t length) {
  while (length > 0 && digits[length - 1] == 0) --length;
  return length;
}

unsigned LeadingZeros(Digit d) { return d == 0 ? 32 : __builtin_clz(d); }

void CopyDigits(Digit* to, const Digit* from, size_t length) {
  if (length > 0) memcpy(to, from, length * sizeof(Digit));
}

void ZeroDigits(Digit* to, size_t length) {
  if (length > 0) memset(to, 0, length * sizeof(Digit));
}

int CompareMagnitudes(const Digit* a, size_t a_length, const Digit* b,
                      size_t b_length) {
  if (a_length != b_length) return a_length < b_length ? -1 : 1;
  for (size_t i = a_length; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// acc[0, length) += b[0, b_length), b_length <= length; the caller knows the
// sum fits in length digits.
void AddInto(Digit* acc, size_t length, const Digit* b, size_t b_length) {
  Digit carry = 0;
  size_t i = 0;
  for (; i < b_length; ++i) {
    Wide sum = Wide{acc[i]} + b[i] + carry;
    acc[i] = Digit(sum);
    carry = Digit(sum >> kDigitBits);
  }
  for (; carry != 0 && i < length; ++i) carry = ++acc[i] == 0;
}

// acc[0, length) -= b[0, b_length), b_length <= length; the caller knows
// acc >= b.
void SubtractFrom(Digit* acc, size_t length, const Digit* b, size_t b_length) {
  Digit borrow = 0;
  size_t i = 0;
  for (; i < b_length; ++i) {
    Wide difference = Wide{acc[i]} - b[i] - borrow;
    acc[i] = Digit(difference);
    borrow = Digit(difference >> kDigitBits) & 1;
  }
  for (; borrow != 0 && i < length; ++i) borrow = acc[i]-- == 0;
}

// |a| + 1 in place; a has room for length + 1 digits.
size_t Increment(Digit* a, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (++a[i] != 0) return length;
  }
  a[length] = 1;
  return length + 1;
}

// out = a + b with a_length >= b_length; writes a_length + 1 digits.
size_t AddMagnitudes(const Digit* a, size_t a_length, const Digit* b,
                     size_t b_length, Digit* out) {
  CopyDigits(out, a, a_length);
  out[a_length] = 0;
  AddInto(out, a_length + 1, b, b_length);
  return Trim(out, a_length + 1);
}

// out = a - b with a >= b; writes a_length digits.
size_t SubtractMagnitudes(const Digit* a, size_t a_length, const Digit* b,
                          size_t b_length, Digit* out) {
  CopyDigits(out, a, a_length);
  SubtractFrom(out, a_length, b, b_length);
  return Trim(out, a_length);
}

// Writes a << shift (shift < 32) to out[0, length) and returns the bits
// shifted out of the top. out may be a.
Digit ShiftLeftInto(const Digit* a, size_t length, unsigned shift, Digit* out) {
  if (shift == 0) {
    if (out != a) CopyDigits(out, a, length);
    return 0;
  }
  Digit carry = 0;
  for (size_t i = 0; i < length; ++i) {
    Digit d = a[i];
    out[i] = (d << shift) | carry;
    carry = d >> (kDigitBits - shift);
  }
  return carry;
}

// Writes a >> shift (shift < 32) to out[0, length). out may be a.
void ShiftRightInto(const Digit* a, size_t length, unsigned shift, Digit* out) {
  for (size_t i = 0; i < length; ++i) {
    Digit next = i + 1 < length ? a[i + 1] : 0;
    out[i] =
        shift == 0 ? a[i] : (a[i] >> shift) | (next << (kDigitBits - shift));
  }
}

// The 64 bits of a starting at bit `position` (zeros past the top).
uint64_t BitsAt(const Digit* a, size_t length, size_t position) {
  size_t index = position / kDigitBits;
  unsigned offset = position % kDigitBits;
  auto digit = [&](size_t i) -> uint64_t { return i < length ? a[i] : 0; };
  uint64_t bits = (digit(index) | digit(index + 1) << 32) >> offset;
  if (offset != 0) bits |= digit(index + 2) << (64 - offset);
  return bits;
}

size_t BitLengthOf(const Digit* a, size_t length) {
  if (length == 0) return 0;
  return length * kDigitBits - LeadingZeros(a[length - 1]);
}

// a[0, length) = a * multiplier + addend, growing a by a digit when the
// carry needs it; returns the new length.
size_t MultiplyAdd(Digit* a, size_t length, Digit multiplier, Digit addend) {
  Wide carry = addend;
  for (size_t i = 0; i < length; ++i) {
    Wide t = Wide{a[i]} * multiplier + carry;
    a[i] = Digit(t);
    carry = t >> kDigitBits;
  }
  if (carry != 0) a[length++] = Digit(carry);
  return length;
}

// quotient[0, length) = a / divisor (quotient may be a); returns a % divisor.
Digit DivideBySingle(const Digit* a, size_t length, Digit divisor,
                     Digit* quotient) {
  Wide remainder = 0;
  for (size_t i = length; i-- > 0;) {
    Wide current = (remainder << kDigitBits) | a[i];
    quotient[i] = Digit(current / divisor);
    remainder = current % divisor;
  }
  return Digit(remainder);
}

// Writes all a_length + b_length digits of a * b.
void MultiplySchoolbook(const Digit* a, size_t a_length, const Digit* b,
                        size_t b_length, Digit* out) {
  ZeroDigits(out, a_length);
  for (size_t j = 0; j < b_length; ++j) {
    Wide carry = 0;
    Digit multiplier = b[j];
    if (multiplier != 0) {
      for (size_t i = 0; i < a_length; ++i) {
        Wide t = Wide{a[i]} * multiplier + out[i + j] + carry;
        out[i + j] = Digit(t);
        carry = t >> kDigitBits;
      }
    }
    out[j + a_length] = Digit(carry);
  }
}

// Karatsuba's scratch for a product whose longer operand has `length`
// digits: each level keeps two half sums and their product, and recurses on
// half-sized operands. Non-decreasing in length, which the unbalanced case
// relies on.
size_t KaratsubaScratchFor(size_t length) {
  size_t total = 0;
  while (length >= kKaratsubaThreshold) {
    size_t half = (length + 1) / 2;
    total += 4 * half + 4;
    length = half + 1;
  }
  return total;
}

// Writes all a_length + b_length digits of a * b. Operands may have leading
// zeros. With scratch null, or holding KaratsubaScratchFor(longer length)
// digits.
void MultiplyMagnitudes(const Digit* a, size_t a_length, const Digit* b,
                        size_t b_length, Digit* out, Digit* scratch) {
  if (a_length < b_length) {
    const Digit* t = a;
    a = b;
    b = t;
    size_t t_length = a_length;
    a_length = b_length;
    b_length = t_length;
  }
  if (scratch == nullptr || b_length < kKaratsubaThreshold) {
    MultiplySchoolbook(a, a_length, b, b_length, out);
    return;
  }
  size_t half = (a_length + 1) / 2;
  if (b_length <= half) {
    // Too unbalanced to split both at `half`: multiply b by b-sized slices of
    // a, each a balanced product.
    ZeroDigits(out, a_length + b_length);
    Digit* product = scratch;
    for (size_t offset = 0; offset < a_length; offset += b_length) {
      size_t slice =
          a_length - offset < b_length ? a_length - offset : b_length;
      MultiplyMagnitudes(a + offset, slice, b, b_length, product,
                         scratch + 2 * b_length);
      AddInto(out + offset, a_length + b_length - offset, product,
              slice + b_length);
    }
    return;
  }
  // a = a1 B^half + a0, b = b1 B^half + b0, and
  // a b = a1 b1 B^2half + ((a0 + a1)(b0 + b1) - a0 b0 - a1 b1) B^half + a0 b0.
  const Digit* a1 = a + half;
  const Digit* b1 = b + half;
  size_t a1_length = a_length - half;
  size_t b1_length = b_length - half;
  Digit* a_sum = scratch;
  Digit* b_sum = a_sum + half + 1;
  Digit* middle = b_sum + half + 1;
  Digit* rest = middle + 2 * half + 2;
  CopyDigits(a_sum, a, half);
  a_sum[half] = 0;
  AddInto(a_sum, half + 1, a1, a1_length);
  CopyDigits(b_sum, b, half);
  b_sum[half] = 0;
  AddInto(b_sum, half + 1, b1, b1_length);
  MultiplyMagnitudes(a_sum, half + 1, b_sum, half + 1, middle, rest);
  MultiplyMagnitudes(a, half, b, half, out, rest);
  MultiplyMagnitudes(a1, a1_length, b1, b1_length, out + 2 * half, rest);
  SubtractFrom(middle, 2 * half + 2, out, 2 * half);
  SubtractFrom(middle, 2 * half + 2, out + 2 * half, a1_length + b1_length);
  AddInto(out + half, a_length + b_length - half, middle,
          Trim(middle, 2 * half + 2));
}

// Knuth's algorithm D. Divides u by v (u_length >= v_length >= 1, v
// normalized) and writes the u_length - v_length + 1 quotient digits and the
// v_length remainder digits to whichever of quotient and remainder is not
// null. scratch: u_length + v_length + 1 digits. Returns whether the
// remainder is non-zero.
bool DivideMagnitudes(const Digit* u, size_t u_length, const Digit* v,
                      size_t v_length, Digit* quotient, Digit* remainder,
                      Digit* scratch) {
  if (v_length == 1) {
    Digit r = DivideBySingle(u, u_length, v[0],
                             quotient != nullptr ? quotient : scratch);
    if (remainder != nullptr) remainder[0] = r;
    return r != 0;
  }
  // Shift both so that v's top bit is set: then the quotient digit estimated
  // from the top two digits of the window over v's top digit is at most two
  // too large.
  unsigned shift = LeadingZeros(v[v_length - 1]);
  Digit* vn = scratch;
  Digit* un = scratch + v_length;
  ShiftLeftInto(v, v_length, shift, vn);
  un[u_length] = ShiftLeftInto(u, u_length, shift, un);
  Digit v_top = vn[v_length - 1];
  Digit v_next = vn[v_length - 2];
  for (size_t j = u_length - v_length + 1; j-- > 0;) {
    Digit* window = un + j;  // v_length + 1 digits, less than vn * B.
    Wide numerator =
        (Wide{window[v_length]} << kDigitBits) | window[v_length - 1];
    Wide q_estimate = numerator / v_top;
    Wide r_estimate = numerator % v_top;
    while (q_estimate >= kBase ||
           q_estimate * v_next >
               ((r_estimate << kDigitBits) | window[v_length - 2])) {
      --q_estimate;
      r_estimate += v_top;
      if (r_estimate >= kBase) break;
    }
    Digit q = Digit(q_estimate);
    Wide carry = 0;
    Digit borrow = 0;
    for (size_t i = 0; i < v_length; ++i) {
      Wide product = Wide{q} * vn[i] + carry;
      carry = product >> kDigitBits;
      Wide difference = Wide{window[i]} - Digit(product) - borrow;
      window[i] = Digit(difference);
      borrow = Digit(difference >> kDigitBits) & 1;
    }
    Wide top = Wide{window[v_length]} - carry - borrow;
    if (top >> kDigitBits != 0) {
      // Rare (about 2 in 2**32): the estimate was still one too large.
      --q;
      Digit add_carry = 0;
      for (size_t i = 0; i < v_length; ++i) {
        Wide sum = Wide{window[i]} + vn[i] + add_carry;
        window[i] = Digit(sum);
        add_carry = Digit(sum >> kDigitBits);
      }
    }
    // The window's top digit is now zero and never read again: the quotient
    // digit takes its place, so the quotient builds up in un[v_length...].
    window[v_length] = q;
  }
  if (quotient != nullptr) {
    CopyDigits(quotient, un + v_length, u_length - v_length + 1);
  }
  bool remainder_nonzero = Trim(un, v_length) != 0;
  if (remainder != nullptr) ShiftRightInto(un, v_length, shift, remainder);
  return remainder_nonzero;
}

// out = u mod v in [0, v), v_length digits; scratch as DivideMagnitudes.
size_t Reduce(const Digit* u, size_t u_length, const Digit* v, size_t v_length,
              Digit* out, Digit* scratch) {
  if (u_length < v_length) {
    CopyDigits(out, u, u_length);
    return u_length;
  }
  DivideMagnitudes(u, u_length, v, v_length, nullptr, out, scratch);
  return Trim(out, v_length);
}

int CharValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// log2(base) when base is a power of two, else 0.
unsigned BitsPerChar(unsigned base) {
  if ((base & (base - 1)) != 0) return 0;
  return 31 - LeadingZeros(base);
}

// The largest power of base that fits in a digit, and its exponent.
Digit ChunkDivisor(unsigned base, unsigned* chars) {
  Digit power = base;
  *chars = 1;
  while (power <= kAllOnes / base) {
    power *= base;
    ++*chars;
  }
  return power;
}

enum class BitOp { kAnd, kOr, kXor };

// Streams a's digits in infinite two's complement: a negative's digits are
// ~(|a| - 1), computed as ~|a| + 1 with a carry.
class TwosComplementDigits {
 public:
  explicit TwosComplementDigits(BigView a) : a_(a), negative_(IsNegative(a)) {}
  Digit Next() {
    Digit d = index_ < a_.length ? a_.digits[index_] : 0;
    ++index_;
    if (!negative_) return d;
    d = ~d + carry_;
    carry_ = carry_ != 0 && d == 0;
    return d;
  }

 private:
  BigView a_;
  bool negative_;
  size_t index_ = 0;
  Digit carry_ = 1;
};

BigResult Bitwise(BitOp op, BigView a, BigView b, Digit* out) {
  size_t length = Max(a.length, b.length);
  bool a_negative = IsNegative(a);
  bool b_negative = IsNegative(b);
  bool negative = op == BitOp::kAnd  ? a_negative && b_negative
                  : op == BitOp::kOr ? a_negative || b_negative
                                     : a_negative != b_negative;
  TwosComplementDigits a_digits(a);
  TwosComplementDigits b_digits(b);
  Digit carry = 1;  // For negating a negative result back to a magnitude.
  for (size_t i = 0; i < length; ++i) {
    Digit x = a_digits.Next();
    Digit y = b_digits.Next();
    Digit d = op == BitOp::kAnd ? x & y : op == BitOp::kOr ? x | y : x ^ y;
    if (negative) {
      d = ~d + carry;
      carry = carry != 0 && d == 0;
    }
    out[i] = d;
  }
  // Past both operands a negative result's digits are all ones, whose
  // negation leaves just the carry.
  out[length] = negative ? carry : 0;
  return Result(Trim(out, length + 1), negative);
}

}  // namespace

int Compare(BigView a, BigView b) {
  bool a_negative = IsNegative(a);
  if (a_negative != IsNegative(b)) return a_negative ? -1 : 1;
  int magnitude = CompareMagnitudes(a.digits, a.length, b.digits, b.length);
  return a_negative ? -magnitude : magnitude;
}

size_t BitLength(BigView a) { return BitLengthOf(a.digits, a.length); }

size_t AddSize(BigView a, BigView b) { return Max(a.length, b.length) + 1; }

BigResult Add(BigView a, BigView b, Digit* out) {
  bool a_negative = IsNegative(a);
  if (a_negative == IsNegative(b)) {
    if (a.length < b.length) {
      BigView t = a;
      a = b;
      b = t;
    }
    return Result(AddMagnitudes(a.digits, a.length, b.digits, b.length, out),
                  a_negative);
  }
  // Opposite signs: the larger magnitude minus the smaller, with its sign.
  if (CompareMagnitudes(a.digits, a.length, b.digits, b.length) < 0) {
    BigView t = a;
    a = b;
    b = t;
  }
  return Result(SubtractMagnitudes(a.digits, a.length, b.digits, b.length, out),
                IsNegative(a));
}

BigResult Subtract(BigView a, BigView b, Digit* out) {
  b.negative = !IsNegative(b);
  return Add(a, b, out);
}

size_t MultiplySize(BigView a, BigView b) { return a.length + b.length; }

size_t KaratsubaScratchSize(size_t a_length, size_t b_length) {
  if (a_length < kKaratsubaThreshold || b_length < kKaratsubaThreshold) {
    return 0;
  }
  return KaratsubaScratchFor(Max(a_length, b_length));
}

BigResult Multiply(BigView a, BigView b, Digit* out, Digit* karatsuba_scratch) {
  if (a.length == 0 || b.length == 0) return {0, false};
  MultiplyMagnitudes(a.digits, a.length, b.digits, b.length, out,
                     karatsuba_scratch);
  return Result(Trim(out, a.length + b.length), IsNegative(a) != IsNegative(b));
}

DivModSizes DivModSize(BigView a, BigView b) {
  return {a.length >= b.length ? a.length - b.length + 2 : 1, b.length,
          a.length + b.length + 1};
}

DivModResult DivMod(BigView a, BigView b, Digit* quotient, Digit* remainder,
                    Digit* scratch) {
  bool a_negative = IsNegative(a);
  bool b_negative = IsNegative(b);
  size_t q_length = 0;
  size_t r_length = 0;
  bool remainder_nonzero;
  if (a.length < b.length) {
    // |a| < |b|: truncating division gives 0 remainder a.
    if (remainder != nullptr) CopyDigits(remainder, a.digits, a.length);
    r_length = a.length;
    remainder_nonzero = a.length != 0;
  } else {
    remainder_nonzero = DivideMagnitudes(a.digits, a.length, b.digits, b.length,
                                         quotient, remainder, scratch);
    size_t q_digits = a.length - b.length + 1;
    if (quotient != nullptr) q_length = Trim(quotient, q_digits);
    if (remainder != nullptr) r_length = Trim(remainder, b.length);
  }
  // Truncation rounded a negative quotient toward zero; floor needs one
  // more, which moves the remainder to the divisor's side.
  if (remainder_nonzero && a_negative != b_negative) {
    if (quotient != nullptr) q_length = Increment(quotient, q_length);
    if (remainder != nullptr) {
      size_t length =
          SubtractMagnitudes(b.digits, b.length, remainder, r_length, scratch);
      CopyDigits(remainder, scratch, length);
      r_length = length;
    }
  }
  return {Result(q_length, a_negative != b_negative),
          Result(r_length, b_negative)};
}

PowerSizes PowerSize(BigView base, uint64_t exponent) {
  uint64_t bits = BitLength(base);
  if (exponent == 0 || bits <= 1) return {1, 0, 0};
  if (exponent > (UINT64_MAX - kDigitBits) / bits) {
    return {kTooLarge, kTooLarge, kTooLarge};
  }
  uint64_t digits = (bits * exponent + kDigitBits - 1) / kDigitBits + 1;
  if (digits >= kTooLarge / 8) return {kTooLarge, kTooLarge, kTooLarge};
  size_t result = size_t(digits);
  return {result, result, KaratsubaScratchSize(result, result)};
}

BigResult Power(BigView base, uint64_t exponent, Digit* out, Digit* scratch,
                Digit* karatsuba_scratch) {
  bool negative = IsNegative(base) && (exponent & 1) != 0;
  if (exponent == 0) {
    out[0] = 1;
    return {1, false};
  }
  if (BitLength(base) <= 1) {  // 0 and +-1 stay themselves.
    if (base.length == 1) out[0] = 1;
    return Result(base.length, negative);
  }
  // Left to right binary exponentiation, multiplying from one buffer into
  // the other. Every intermediate has at most the result's size in digits.
  Digit* current = out;
  Digit* other = scratch;
  CopyDigits(current, base.digits, base.length);
  size_t length = base.length;
  for (int bit = 62 - __builtin_clzll(exponent); bit >= 0; --bit) {
    MultiplyMagnitudes(current, length, current, length, other,
                       karatsuba_scratch);
    length = Trim(other, 2 * length);
    Digit* t = current;
    current = other;
    other = t;
    if ((exponent >> bit) & 1) {
      MultiplyMagnitudes(current, length, base.digits, base.length, other,
                         karatsuba_scratch);
      length = Trim(other, length + base.length);
      t = current;
      current = other;
      other = t;
    }
  }
  if (current != out) CopyDigits(out, current, length);
  return Result(length, negative);
}

PowerSizes ModPowSize(BigView base, BigView exponent, BigView modulus) {
  (void)exponent;
  size_t m = modulus.length;
  return {m, 4 * m + Max(base.length, 2 * m) + 1, KaratsubaScratchSize(m, m)};
}

BigResult ModPow(BigView base, BigView exponent, BigView modulus, Digit* out,
                 Digit* scratch, Digit* karatsuba_scratch) {
  const Digit* m = modulus.digits;
  size_t m_length = modulus.length;
  Digit* reduced_base = scratch;             // m_length digits
  Digit* product = reduced_base + m_length;  // 2 * m_length digits
  Digit* division = product + 2 * m_length;  // the rest
  // The base reduced to [0, |m|).
  size_t base_length =
      Reduce(base.digits, base.length, m, m_length, reduced_base, division);
  if (IsNegative(base) && base_length != 0) {
    base_length =
        SubtractMagnitudes(m, m_length, reduced_base, base_length, product);
    CopyDigits(reduced_base, product, base_length);
  }
  // 1 mod |m|, then left to right binary exponentiation reducing each step.
  size_t length = 0;
  if (m_length > 1 || m[0] > 1) {
    out[0] = 1;
    length = 1;
  }
  for (size_t bit = BitLength(exponent); bit-- > 0;) {
    MultiplyMagnitudes(out, length, out, length, product, karatsuba_scratch);
    length =
        Reduce(product, Trim(product, 2 * length), m, m_length, out, division);
    if ((exponent.digits[bit / kDigitBits] >> (bit % kDigitBits)) & 1) {
      MultiplyMagnitudes(out, length, reduced_base, base_length, product,
                         karatsuba_scratch);
      length = Reduce(product, Trim(product, length + base_length), m, m_length,
                      out, division);
    }
  }
  // Python gives the result the modulus's sign: r - |m| for a negative one.
  if (IsNegative(modulus) && length != 0) {
    length = SubtractMagnitudes(m, m_length, out, length, product);
    CopyDigits(out, product, length);
    return Result(length, true);
  }
  return Result(length, false);
}

size_t LeftShiftSize(BigView a, size_t bits) {
  if (a.length == 0) return 0;
  size_t whole = bits / kDigitBits;
  if (whole >= kTooLarge / 8 - a.length) return kTooLarge;
  return a.length + whole + 1;
}

BigResult LeftShift(BigView a, size_t bits, Digit* out) {
  if (a.length == 0) return {0, false};
  size_t whole = bits / kDigitBits;
  ZeroDigits(out, whole);
  out[whole + a.length] =
      ShiftLeftInto(a.digits, a.length, bits % kDigitBits, out + whole);
  return Result(Trim(out, whole + a.length + 1), IsNegative(a));
}

size_t RightShiftSize(BigView a, size_t bits) {
  size_t whole = bits / kDigitBits;
  return (a.length > whole ? a.length - whole : 0) + 1;
}

BigResult RightShift(BigView a, size_t bits, Digit* out) {
  bool negative = IsNegative(a);
  size_t whole = bits / kDigitBits;
  unsigned part = bits % kDigitBits;
  if (whole >= a.length) {
    // Every bit goes: 0, or -1 for a negative.
    if (!negative) return {0, false};
    out[0] = 1;
    return {1, true};
  }
  size_t length = a.length - whole;
  ShiftRightInto(a.digits + whole, length, part, out);
  length = Trim(out, length);
  if (negative) {
    // Flooring: a negative that lost one bits goes one further down.
    bool lost = part != 0 && (a.digits[whole] & ((Digit{1} << part) - 1)) != 0;
    for (size_t i = 0; i < whole && !lost; ++i) lost = a.digits[i] != 0;
    if (lost) length = Increment(out, length);
  }
  return Result(length, negative);
}

size_t BitwiseSize(BigView a, BigView b) { return Max(a.length, b.length) + 1; }

BigResult And(BigView a, BigView b, Digit* out) {
  return Bitwise(BitOp::kAnd, a, b, out);
}

BigResult Or(BigView a, BigView b, Digit* out) {
  return Bitwise(BitOp::kOr, a, b, out);
}

BigResult Xor(BigView a, BigView b, Digit* out) {
  return Bitwise(BitOp::kXor, a, b, out);
}

BigResult Invert(BigView a, Digit* out) {
  CopyDigits(out, a.digits, a.length);
  if (!IsNegative(a)) return Result(Increment(out, a.length), true);
  const Digit one = 1;
  SubtractFrom(out, a.length, &one, 1);
  return Result(Trim(out, a.length), false);
}

size_t ToStringSize(BigView a, unsigned base) {
  // A number below 2**bits has at most bits / log2(base) + 1 digits.
  uint64_t bits = BitLength(a);
  return size_t(bits * 2048 / kLog2BaseTimes2048[base]) + 2;
}

size_t ToString(BigView a, unsigned base, char* out, Digit* scratch) {
  static const char kChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char* end = out;
  if (IsNegative(a)) *end++ = '-';
  char* first = end;
  // Digits come out least significant first and get reversed at the end.
  if (a.length == 0) {
    *end++ = '0';
  } else if (unsigned bits_per_char = BitsPerChar(base)) {
    size_t bits = BitLength(a);
    for (size_t position = 0; position < bits; position += bits_per_char) {
      *end++ = kChars[BitsAt(a.digits, a.length, position) & (base - 1)];
    }
  } else {
    unsigned chunk_chars;
    Digit chunk = ChunkDivisor(base, &chunk_chars);
    CopyDigits(scratch, a.digits, a.length);
    size_t length = a.length;
    while (length > 0) {
      Digit r = DivideBySingle(scratch, length, chunk, scratch);
      length = Trim(scratch, length);
      // Chunks below the top one keep their leading zeros.
      for (unsigned i = 0; i < chunk_chars && (length > 0 || r > 0); ++i) {
        *end++ = kChars[r % base];
        r /= base;
      }
    }
  }
  for (char *low = first, *high = end - 1; low < high; ++low, --high) {
    char t = *low;
    *low = *high;
    *high = t;
  }
  return size_t(end - out);
}

size_t FromStringSize(size_t length, unsigned base) {
  // base**length <= 2**(length * (kLog2BaseTimes2048 + 1) / 2048).
  uint64_t bits =
      (uint64_t{length} * (kLog2BaseTimes2048[base] + 1) + 2047) / 2048;
  uint64_t digits = (bits + kDigitBits - 1) / kDigitBits;
  return digits >= kTooLarge ? kTooLarge : size_t(digits);
}

bool FromString(const char* text, size_t length, unsigned base, Digit* out,
                size_t* out_length) {
  if (length == 0 || base < 2 || base > 36) return false;
  size_t digits = 0;
  if (unsigned bits_per_char = BitsPerChar(base)) {
    // Straight bit packing, from the least significant char.
    size_t total =
        (uint64_t{length} * bits_per_char + kDigitBits - 1) / kDigitBits;
    ZeroDigits(out, total);
    size_t position = 0;
    for (size_t i = length; i-- > 0; position += bits_per_char) {
      unsigned value = CharValue(text[i]);
      if (value >= base) return false;
      size_t index = position / kDigitBits;
      unsigned offset = position % kDigitBits;
      out[index] |= Digit(value) << offset;
      if (offset + bits_per_char > kDigitBits) {
        out[index + 1] |= Digit(value) >> (kDigitBits - offset);
      }
    }
    digits = Trim(out, total);
  } else {
    // Chunks of chars that fit in a digit, folded in by one multiply-add
    // pass each.
    unsigned chunk_chars;
    ChunkDivisor(base, &chunk_chars);
    for (size_t i = 0; i < length;) {
      Digit value = 0;
      Digit multiplier = 1;
      for (unsigned n = 0; n < chunk_chars && i < length; ++n, ++i) {
        unsigned char_value = CharValue(text[i]);
        if (char_value >= base) return false;
        value = value * base + char_value;
        multiplier *= base;
      }
      digits = MultiplyAdd(out, digits, multiplier, value);
    }
  }
  *out_length = digits;
  return true;
}

BigResult FromUint64(uint64_t value, Digit* out) {
  out[0] = Digit(value);
  out[1] = Digit(value >> kDigitBits);
  return Result(Trim(out, 2), false);
}

BigResult FromInt64(int64_t value, Digit* out) {
  uint64_t magnitude = value < 0 ? 0 - uint64_t(value) : uint64_t(value);
  return Result(FromUint64(magnitude, out).length, value < 0);
}

bool ToUint64(BigView a, uint64_t* out) {
  if (IsNegative(a) || a.length > kInt64Digits) return false;
  *out = BitsAt(a.digits, a.length, 0);
  return true;
}

bool ToInt64(BigView a, int64_t* out) {
  if (a.length > kInt64Digits) return false;
  uint64_t magnitude = BitsAt(a.digits, a.length, 0);
  uint64_t limit = uint64_t{1} << 63;  // INT64_MIN's magnitude.
  if (IsNegative(a)) {
    if (magnitude > limit) return false;
    *out = int64_t(0 - magnitude);
  } else {
    if (magnitude >= limit) return false;
    *out = int64_t(magnitude);
  }
  return true;
}

namespace {

// |a| rounded to `precision` significant bits, ties to even:
// *mantissa * 2**(*exponent) with 2**(precision - 1) <= *mantissa <
// 2**precision. a is not zero.
void RoundToBits(BigView a, int precision, uint64_t* mantissa,
                 size_t* exponent) {
  const uint64_t hidden = uint64_t{1} << (precision - 1);
  size_t bits = BitLength(a);
  *exponent = bits - 1;
  auto width = static_cast<size_t>(precision);
  if (bits <= width) {
    *mantissa = BitsAt(a.digits, a.length, 0) << (width - bits);
    return;
  }
  size_t shift = bits - width;
  *mantissa = BitsAt(a.digits, a.length, shift) & (2 * hidden - 1);
  bool half = (BitsAt(a.digits, a.length, shift - 1) & 1) != 0;
  size_t whole = (shift - 1) / kDigitBits;
  unsigned part = (shift - 1) % kDigitBits;
  bool below_half =
      part != 0 && (a.digits[whole] & ((Digit{1} << part) - 1)) != 0;
  for (size_t i = 0; i < whole && !below_half; ++i) {
    below_half = a.digits[i] != 0;
  }
  if (half && (below_half || (*mantissa & 1) != 0)) {
    if (++*mantissa == 2 * hidden) {
      *mantissa = hidden;
      ++*exponent;
    }
  }
}

// The integer part of mantissa * 2**exponent (mantissa < 2**53), with its
// sign, as digits; out needs IntegerPartSize(exponent + bits of mantissa).
void IntegerPart(uint64_t mantissa, int exponent, bool negative, size_t length,
                 Digit* out, BigResult* result) {
  if (length == 0) {
    *result = {0, false};
    return;
  }
  if (exponent <= 0) {
    // At most 53 bits: one or two digits.
    uint64_t integer = mantissa >> -exponent;
    out[0] = Digit(integer);
    if (length > 1) out[1] = Digit(integer >> kDigitBits);
  } else {
    size_t whole = size_t(exponent) / kDigitBits;
    unsigned part = unsigned(exponent) % kDigitBits;
    ZeroDigits(out, length);
    uint64_t low = mantissa << part;
    Digit parts[3] = {Digit(low), Digit(low >> 32),
                      Digit(part == 0 ? 0 : mantissa >> (64 - part))};
    for (size_t i = 0; i < 3 && whole + i < length; ++i) {
      out[whole + i] = parts[i];
    }
  }
  *result = Result(Trim(out, length), negative);
}

// Digits for an integer below 2**(top_exponent + 1).
size_t IntegerPartSize(int top_exponent) {
  return top_exponent < 0 ? 0 : size_t(top_exponent) / kDigitBits + 1;
}

// The fields of an IEEE binary format, for values passed as bit patterns.
struct FloatLayout {
  int fraction_bits;  // 52 or 23
  int bias;           // 1023 or 127
  int width;          // 64 or 32

  int Biased(uint64_t bits) const {
    return int((bits >> fraction_bits) & uint64_t(2 * bias + 1));
  }
  uint64_t Hidden() const { return uint64_t{1} << fraction_bits; }
};

constexpr FloatLayout kDoubleLayout = {52, 1023, 64};
constexpr FloatLayout kSingleLayout = {23, 127, 32};

// a rounded to the format, as bits; false from 2**(bias + 1) on.
bool ToFloatBits(BigView a, const FloatLayout& layout, uint64_t* out) {
  *out = 0;
  if (BitLength(a) == 0) return true;
  uint64_t mantissa;
  size_t exponent;
  RoundToBits(a, layout.fraction_bits + 1, &mantissa, &exponent);
  if (exponent > size_t(layout.bias)) return false;
  *out = (uint64_t(exponent + size_t(layout.bias)) << layout.fraction_bits) |
         (mantissa - layout.Hidden());
  if (IsNegative(a)) *out |= uint64_t{1} << (layout.width - 1);
  return true;
}

size_t FromFloatBitsSize(uint64_t bits, const FloatLayout& layout) {
  return IntegerPartSize(layout.Biased(bits) - layout.bias);
}

bool FromFloatBits(uint64_t bits, const FloatLayout& layout, Digit* out,
                   BigResult* result) {
  int biased = layout.Biased(bits);
  if (biased == 2 * layout.bias + 1) return false;  // infinity or NaN
  // |value| == mantissa * 2**exponent.
  uint64_t mantissa = (bits & (layout.Hidden() - 1)) | layout.Hidden();
  IntegerPart(mantissa, biased - layout.bias - layout.fraction_bits,
              ((bits >> (layout.width - 1)) & 1) != 0,
              FromFloatBitsSize(bits, layout), out, result);
  return true;
}

uint64_t BitsOf(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof(bits));
  return bits;
}

uint64_t BitsOf(float value) {
  uint32_t bits;
  memcpy(&bits, &value, sizeof(bits));
  return bits;
}

}  // namespace

bool ToFloat(BigView a, double* out) {
  uint64_t bits;
  if (!ToFloatBits(a, kDoubleLayout, &bits)) return false;
  memcpy(out, &bits, sizeof(*out));
  return true;
}

bool ToFloat(BigView a, float* out) {
  uint64_t bits;
  if (!ToFloatBits(a, kSingleLayout, &bits)) return false;
  auto narrow = uint32_t(bits);
  memcpy(out, &narrow, sizeof(*out));
  return true;
}

size_t FromFloatSize(double value) {
  return FromFloatBitsSize(BitsOf(value), kDoubleLayout);
}

size_t FromFloatSize(float value) {
  return FromFloatBitsSize(BitsOf(value), kSingleLayout);
}

bool FromFloat(double value, Digit* out, BigResult* result) {
  return FromFloatBits(BitsOf(value), kDoubleLayout, out, result);
}

bool FromFloat(float value, Digit* out, BigResult* result) {
  return FromFloatBits(BitsOf(value), kSingleLayout, out, result);
}

bool ToBytes(BigView a, uint8_t* out, size_t length, bool little_endian,
             bool is_signed) {
  bool negative = IsNegative(a);
  size_t bits = BitLength(a);
  bool fits;
  if (!is_signed) {
    fits = !negative && (bits + 7) / 8 <= length;
  } else if (!negative) {
    fits = bits == 0 || bits / 8 < length;  // bits <= 8 * length - 1
  } else {
    // Down to -2**(8 * length - 1), whose magnitude is a lone one bit. Like
    // CPython, take -1 in zero bytes (b'').
    fits = bits / 8 < length || (length == 0 && bits == 1);
    if (!fits && bits % 8 == 0 && bits / 8 == length) {
      fits = Trim(a.digits, a.length - 1) == 0 &&
             (a.digits[a.length - 1] & (a.digits[a.length - 1] - 1)) == 0;
    }
  }
  if (!fits) return false;
  TwosComplementDigits digits(a);
  Digit d = 0;
  for (size_t i = 0; i < length; ++i) {
    if (i % 4 == 0) d = digits.Next();
    out[little_endian ? i : length - 1 - i] = uint8_t(d >> (8 * (i % 4)));
  }
  return true;
}

size_t FromBytesSize(size_t length) { return length / 4 + (length % 4 != 0); }

BigResult FromBytes(const uint8_t* bytes, size_t length, bool little_endian,
                    bool is_signed, Digit* out) {
  size_t digits = FromBytesSize(length);
  ZeroDigits(out, digits);
  for (size_t i = 0; i < length; ++i) {
    Digit byte = bytes[little_endian ? i : length - 1 - i];
    out[i / 4] |= byte << (8 * (i % 4));
  }
  bool negative = is_signed && length > 0 &&
                  (bytes[little_endian ? length - 1 : 0] & 0x80) != 0;
  if (negative) {
    // Sign-extend to whole digits, then negate the two's complement.
    if (length % 4 != 0) out[digits - 1] |= kAllOnes << (8 * (length % 4));
    Digit carry = 1;
    for (size_t i = 0; i < digits; ++i) {
      out[i] = ~out[i] + carry;
      carry = carry != 0 && out[i] == 0;
    }
  }
  return Result(Trim(out, digits), negative);
}

}  // namespace mp::numeric
