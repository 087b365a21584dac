#include "objects/numeric/bigint.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace mp::numeric {
namespace {

using i128 = __int128;
using u128 = unsigned __int128;

// Output buffers get exactly the size the library asks for, filled with
// poison, followed by guard digits that must survive the call.
constexpr Digit kPoison = 0xA5A5A5A5;
constexpr size_t kGuard = 3;

struct Big {
  std::vector<Digit> digits;
  bool negative = false;

  BigView view() const { return {digits.data(), digits.size(), negative}; }
  bool operator==(const Big&) const = default;
};

class Buffer {
 public:
  explicit Buffer(size_t size) : size_(size), data_(size + kGuard, kPoison) {}
  Digit* data() { return data_.data(); }
  size_t size() const { return size_; }

  void CheckGuard() const {
    for (size_t i = 0; i < kGuard; ++i) {
      EXPECT_EQ(data_[size_ + i], kPoison) << "overran a buffer of " << size_;
    }
  }

  // The number the library wrote, after checking that it stayed in bounds
  // and is normalized.
  Big Take(BigResult result) const {
    CheckGuard();
    EXPECT_LE(result.length, size_);
    Big big;
    big.digits.assign(data_.begin(),
                      data_.begin() + std::min(result.length, size_));
    big.negative = result.negative;
    if (result.length == 0) {
      EXPECT_FALSE(result.negative) << "negative zero";
    } else if (result.length <= size_) {
      EXPECT_NE(data_[result.length - 1], 0u) << "leading zero digit";
    }
    return big;
  }

 private:
  size_t size_;
  std::vector<Digit> data_;
};

Big FromI128(i128 value) {
  Big big;
  big.negative = value < 0;
  u128 magnitude = value < 0 ? -u128(value) : u128(value);
  while (magnitude != 0) {
    big.digits.push_back(Digit(magnitude));
    magnitude >>= 32;
  }
  return big;
}

std::string I128ToString(i128 value, unsigned base) {
  u128 magnitude = value < 0 ? -u128(value) : u128(value);
  std::string text;
  do {
    text += "0123456789abcdefghijklmnopqrstuvwxyz"[int(magnitude % base)];
    magnitude /= base;
  } while (magnitude != 0);
  if (value < 0) text += '-';
  std::reverse(text.begin(), text.end());
  return text;
}

std::string ToText(const Big& a, unsigned base = 10) {
  std::string text(ToStringSize(a.view(), base), '\0');
  Buffer scratch(a.digits.size());
  text.resize(ToString(a.view(), base, text.data(), scratch.data()));
  scratch.CheckGuard();
  return text;
}

std::ostream& operator<<(std::ostream& os, const Big& a) {
  return os << ToText(a);
}

// Parses an optional '-' and digits; the test's inputs are well formed.
Big FromText(const std::string& text, unsigned base = 10) {
  bool negative = !text.empty() && text[0] == '-';
  size_t start = negative ? 1 : 0;
  Buffer out(FromStringSize(text.size() - start, base));
  size_t length = 0;
  EXPECT_TRUE(FromString(text.data() + start, text.size() - start, base,
                         out.data(), &length))
      << text;
  return out.Take({length, negative});
}

Big operator+(const Big& a, const Big& b) {
  Buffer out(AddSize(a.view(), b.view()));
  return out.Take(Add(a.view(), b.view(), out.data()));
}

Big operator-(const Big& a, const Big& b) {
  Buffer out(AddSize(a.view(), b.view()));
  return out.Take(Subtract(a.view(), b.view(), out.data()));
}

Big operator-(const Big& a) {
  Big negated = a;
  negated.negative = !a.negative && !a.digits.empty();
  return negated;
}

Big MultiplyWith(const Big& a, const Big& b, bool karatsuba) {
  Buffer out(MultiplySize(a.view(), b.view()));
  Buffer scratch(KaratsubaScratchSize(a.digits.size(), b.digits.size()));
  Big product = out.Take(Multiply(a.view(), b.view(), out.data(),
                                  karatsuba ? scratch.data() : nullptr));
  scratch.CheckGuard();
  return product;
}

Big operator*(const Big& a, const Big& b) { return MultiplyWith(a, b, true); }

struct QuotientRemainder {
  Big quotient;
  Big remainder;
};

QuotientRemainder FloorDivMod(const Big& a, const Big& b) {
  DivModSizes sizes = DivModSize(a.view(), b.view());
  Buffer quotient(sizes.quotient);
  Buffer remainder(sizes.remainder);
  Buffer scratch(sizes.scratch);
  DivModResult result = DivMod(a.view(), b.view(), quotient.data(),
                               remainder.data(), scratch.data());
  scratch.CheckGuard();
  QuotientRemainder both{quotient.Take(result.quotient),
                         remainder.Take(result.remainder)};
  // Asking for one output alone gives the same answer.
  Buffer quotient_only(sizes.quotient);
  Buffer scratch2(sizes.scratch);
  EXPECT_EQ(quotient_only.Take(DivMod(a.view(), b.view(), quotient_only.data(),
                                      nullptr, scratch2.data())
                                   .quotient),
            both.quotient);
  Buffer remainder_only(sizes.remainder);
  EXPECT_EQ(remainder_only.Take(DivMod(a.view(), b.view(), nullptr,
                                       remainder_only.data(), scratch2.data())
                                    .remainder),
            both.remainder);
  scratch2.CheckGuard();
  return both;
}

Big operator/(const Big& a, const Big& b) { return FloorDivMod(a, b).quotient; }
Big operator%(const Big& a, const Big& b) {
  return FloorDivMod(a, b).remainder;
}

Big operator<<(const Big& a, size_t bits) {
  Buffer out(LeftShiftSize(a.view(), bits));
  return out.Take(LeftShift(a.view(), bits, out.data()));
}

Big operator>>(const Big& a, size_t bits) {
  Buffer out(RightShiftSize(a.view(), bits));
  return out.Take(RightShift(a.view(), bits, out.data()));
}

Big operator&(const Big& a, const Big& b) {
  Buffer out(BitwiseSize(a.view(), b.view()));
  return out.Take(And(a.view(), b.view(), out.data()));
}

Big operator|(const Big& a, const Big& b) {
  Buffer out(BitwiseSize(a.view(), b.view()));
  return out.Take(Or(a.view(), b.view(), out.data()));
}

Big operator^(const Big& a, const Big& b) {
  Buffer out(BitwiseSize(a.view(), b.view()));
  return out.Take(Xor(a.view(), b.view(), out.data()));
}

Big operator~(const Big& a) {
  Buffer out(a.digits.size() + 1);
  return out.Take(Invert(a.view(), out.data()));
}

Big Pow(const Big& base, uint64_t exponent, bool karatsuba = true) {
  PowerSizes sizes = PowerSize(base.view(), exponent);
  Buffer out(sizes.result);
  Buffer scratch(sizes.scratch);
  Buffer karatsuba_scratch(sizes.karatsuba_scratch);
  Big result = out.Take(Power(base.view(), exponent, out.data(), scratch.data(),
                              karatsuba ? karatsuba_scratch.data() : nullptr));
  scratch.CheckGuard();
  karatsuba_scratch.CheckGuard();
  return result;
}

Big PowMod(const Big& base, const Big& exponent, const Big& modulus,
           bool karatsuba = true) {
  PowerSizes sizes = ModPowSize(base.view(), exponent.view(), modulus.view());
  Buffer out(sizes.result);
  Buffer scratch(sizes.scratch);
  Buffer karatsuba_scratch(sizes.karatsuba_scratch);
  Big result = out.Take(ModPow(base.view(), exponent.view(), modulus.view(),
                               out.data(), scratch.data(),
                               karatsuba ? karatsuba_scratch.data() : nullptr));
  scratch.CheckGuard();
  karatsuba_scratch.CheckGuard();
  return result;
}

int Sign(const Big& a) { return a.digits.empty() ? 0 : a.negative ? -1 : 1; }

// Random operands, biased toward digits that provoke carries, borrows and
// the rare corrections of long division.
class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}

  uint64_t Next() { return engine_(); }
  uint64_t Below(uint64_t n) { return engine_() % n; }

  Digit NextDigit() {
    switch (Below(8)) {
      case 0:
        return 0;
      case 1:
        return 0xFFFFFFFF;
      case 2:
        return 1;
      case 3:
        return 0x80000000;
      case 4:
        return 0x7FFFFFFF;
      default:
        return Digit(Next());
    }
  }

  // Up to max_bits (<= 127) bits, either sign.
  i128 NextI128(int max_bits) {
    u128 magnitude = 0;
    for (int i = 0; i < 4; ++i) magnitude = magnitude << 32 | NextDigit();
    int bits = int(Below(max_bits + 1));
    magnitude = bits == 0 ? 0 : magnitude & ((u128(1) << bits) - 1);
    if (bits > 0 && Below(2) == 0) magnitude |= u128(1) << (bits - 1);
    i128 value = i128(magnitude);
    return Below(2) == 0 ? -value : value;
  }

  Big NextBig(size_t min_digits, size_t max_digits) {
    Big big;
    big.digits.resize(min_digits + Below(max_digits - min_digits + 1));
    for (Digit& d : big.digits) d = NextDigit();
    while (!big.digits.empty() && big.digits.back() == 0) {
      big.digits.back() = Digit(Next());
    }
    big.negative = !big.digits.empty() && Below(2) == 0;
    return big;
  }

  // A decimal number of min..max digits with a random sign.
  std::string NextDecimal(size_t min_chars, size_t max_chars) {
    size_t length = min_chars + Below(max_chars - min_chars + 1);
    std::string text = Below(2) == 0 ? "-" : "";
    text += char('1' + Below(9));
    for (size_t i = 1; i < length; ++i) text += char('0' + Below(10));
    return text;
  }

 private:
  std::mt19937_64 engine_;
};

// Python's // and % on the oracle type.
i128 FloorDiv(i128 a, i128 b) {
  i128 q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --q;
  return q;
}

i128 FloorMod(i128 a, i128 b) {
  i128 r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

size_t BitLength128(i128 value) {
  u128 magnitude = value < 0 ? -u128(value) : u128(value);
  size_t bits = 0;
  while (magnitude != 0) {
    ++bits;
    magnitude >>= 1;
  }
  return bits;
}

TEST(BigIntTest, AddSubtractCompareAgainstInt128) {
  Random random(1);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(126);
    i128 b = random.NextI128(126);
    Big x = FromI128(a);
    Big y = FromI128(b);
    EXPECT_EQ(x + y, FromI128(a + b)) << x << " + " << y;
    EXPECT_EQ(x - y, FromI128(a - b)) << x << " - " << y;
    EXPECT_EQ(Compare(x.view(), y.view()), (a > b) - (a < b)) << x << " " << y;
    EXPECT_EQ(Compare(x.view(), x.view()), 0);
    EXPECT_EQ(BitLength(x.view()), BitLength128(a)) << x;
  }
}

TEST(BigIntTest, MultiplyAgainstInt128) {
  Random random(2);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(63);
    i128 b = random.NextI128(126 - int(BitLength128(a)));
    Big x = FromI128(a);
    Big y = FromI128(b);
    EXPECT_EQ(x * y, FromI128(a * b)) << x << " * " << y;
    EXPECT_EQ(MultiplyWith(y, x, false), FromI128(a * b)) << x << " * " << y;
  }
}

TEST(BigIntTest, DivModAgainstInt128) {
  Random random(3);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(127);
    i128 b = random.NextI128(int(1 + random.Below(127)));
    if (b == 0) b = 1 + random.Below(5);
    Big x = FromI128(a);
    Big y = FromI128(b);
    QuotientRemainder result = FloorDivMod(x, y);
    EXPECT_EQ(result.quotient, FromI128(FloorDiv(a, b))) << x << " // " << y;
    EXPECT_EQ(result.remainder, FromI128(FloorMod(a, b))) << x << " % " << y;
  }
}

TEST(BigIntTest, PowerAgainstInt128) {
  Random random(4);
  for (int i = 0; i < 100000 && !::testing::Test::HasFailure(); ++i) {
    uint64_t exponent = random.Below(40);
    int max_bits = exponent == 0 ? 127 : int(126 / exponent);
    i128 base = random.NextI128(max_bits);
    i128 expected = 1;
    for (uint64_t e = 0; e < exponent; ++e) expected *= base;
    Big x = FromI128(base);
    EXPECT_EQ(Pow(x, exponent), FromI128(expected)) << x << " ** " << exponent;
    EXPECT_EQ(Pow(x, exponent, false), FromI128(expected));
  }
}

TEST(BigIntTest, ModPowAgainstInt128) {
  Random random(5);
  for (int i = 0; i < 30000 && !::testing::Test::HasFailure(); ++i) {
    i128 base = random.NextI128(127);
    i128 exponent = random.NextI128(127);
    if (exponent < 0) exponent = -exponent;
    i128 modulus = random.NextI128(int(1 + random.Below(63)));
    if (modulus == 0) modulus = -1;
    u128 m = modulus < 0 ? -u128(modulus) : u128(modulus);
    u128 b = u128(FloorMod(base, i128(m)));
    u128 result = 1 % m;
    for (int bit = 126; bit >= 0; --bit) {
      result = result * result % m;
      if ((exponent >> bit) & 1) result = result * b % m;
    }
    i128 expected =
        modulus < 0 && result != 0 ? i128(result) - i128(m) : i128(result);
    EXPECT_EQ(PowMod(FromI128(base), FromI128(exponent), FromI128(modulus)),
              FromI128(expected))
        << "pow(" << FromI128(base) << ", " << FromI128(exponent) << ", "
        << FromI128(modulus) << ")";
  }
  // Python's signs: the result takes the modulus's.
  EXPECT_EQ(PowMod(FromI128(5), FromI128(0), FromI128(-3)), FromI128(-2));
  EXPECT_EQ(PowMod(FromI128(2), FromI128(3), FromI128(-5)), FromI128(-2));
  EXPECT_EQ(PowMod(FromI128(-2), FromI128(3), FromI128(5)), FromI128(2));
  EXPECT_EQ(PowMod(FromI128(-7), FromI128(5), FromI128(-13)), FromI128(-11));
  EXPECT_EQ(PowMod(FromI128(5), FromI128(0), FromI128(1)), FromI128(0));
  EXPECT_EQ(PowMod(FromI128(0), FromI128(0), FromI128(7)), FromI128(1));
}

TEST(BigIntTest, ShiftsAgainstInt128) {
  Random random(6);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(126);
    Big x = FromI128(a);
    size_t left = random.Below(127 - BitLength128(a));
    EXPECT_EQ(x << left, FromI128(a * (i128(1) << left)))
        << x << " << " << left;
    size_t right = random.Below(200);
    i128 expected = right >= 127 ? (a < 0 ? -1 : 0) : a >> right;
    EXPECT_EQ(x >> right, FromI128(expected)) << x << " >> " << right;
  }
  EXPECT_EQ(FromI128(-5) >> 1, FromI128(-3));
  EXPECT_EQ(FromI128(-4) >> 1, FromI128(-2));
  EXPECT_EQ(FromI128(-1) >> 100000, FromI128(-1));
  EXPECT_EQ(FromI128(0) << 100000, FromI128(0));
}

TEST(BigIntTest, BitwiseAgainstInt128) {
  Random random(7);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(127);
    i128 b = random.NextI128(127);
    Big x = FromI128(a);
    Big y = FromI128(b);
    EXPECT_EQ(x & y, FromI128(a & b)) << x << " & " << y;
    EXPECT_EQ(x | y, FromI128(a | b)) << x << " | " << y;
    EXPECT_EQ(x ^ y, FromI128(a ^ b)) << x << " ^ " << y;
    EXPECT_EQ(~x, FromI128(~a)) << "~" << x;
  }
}

TEST(BigIntTest, StringsAgainstInt128) {
  Random random(8);
  for (int i = 0; i < 100000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(127);
    unsigned base = 2 + unsigned(random.Below(35));
    Big x = FromI128(a);
    std::string expected = I128ToString(a, base);
    EXPECT_EQ(ToText(x, base), expected) << "base " << base;
    EXPECT_LE(expected.size(), ToStringSize(x.view(), base));
    EXPECT_EQ(FromText(expected, base), x) << expected << " base " << base;
    std::string upper = expected;
    for (char& c : upper) c = char(toupper(c));
    EXPECT_EQ(FromText(upper, base), x) << upper << " base " << base;
  }
}

TEST(BigIntTest, FromStringRejectsNonDigits) {
  Digit out[4];
  size_t length;
  EXPECT_FALSE(FromString("", 0, 10, out, &length));
  EXPECT_FALSE(FromString("12a", 3, 10, out, &length));
  EXPECT_FALSE(FromString("102", 3, 2, out, &length));
  EXPECT_FALSE(FromString("1g", 2, 16, out, &length));
  EXPECT_FALSE(FromString("z!", 2, 36, out, &length));
  EXPECT_FALSE(FromString("1_0", 3, 10, out, &length));
  EXPECT_FALSE(FromString("-1", 2, 10, out, &length));
  ASSERT_TRUE(FromString("0000", 4, 10, out, &length));
  EXPECT_EQ(length, 0u);
  ASSERT_TRUE(FromString("Zz", 2, 36, out, &length));
  EXPECT_EQ(length, 1u);
  EXPECT_EQ(out[0], 35u * 36 + 35);
}

TEST(BigIntTest, Int64Conversions) {
  Random random(9);
  std::vector<i128> values = {0,
                              1,
                              -1,
                              INT64_MAX,
                              INT64_MIN,
                              i128(INT64_MAX) + 1,
                              i128(INT64_MIN) - 1,
                              i128(UINT64_MAX),
                              i128(UINT64_MAX) + 1};
  for (int i = 0; i < 100000; ++i) values.push_back(random.NextI128(66));
  for (i128 a : values) {
    Big x = FromI128(a);
    int64_t out = 12345;
    bool fits = a >= INT64_MIN && a <= INT64_MAX;
    ASSERT_EQ(ToInt64(x.view(), &out), fits) << x;
    if (fits) {
      EXPECT_EQ(out, int64_t(a));
      Buffer buffer(kInt64Digits);
      EXPECT_EQ(buffer.Take(FromInt64(int64_t(a), buffer.data())), x);
    }
    uint64_t unsigned_out;
    bool fits_unsigned = a >= 0 && a <= i128(UINT64_MAX);
    ASSERT_EQ(ToUint64(x.view(), &unsigned_out), fits_unsigned) << x;
    if (fits_unsigned) {
      EXPECT_EQ(unsigned_out, uint64_t(a));
      Buffer buffer(kInt64Digits);
      EXPECT_EQ(buffer.Take(FromUint64(uint64_t(a), buffer.data())), x);
    }
  }
}

double ToDoubleOrNan(const Big& a) {
  double out = 0;
  if (!ToFloat(a.view(), &out)) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  return out;
}

// What ToDoubleOrNan should give for a value that rounds to `expected`: NaN
// for the overflow to infinity.
double OrNan(double expected) {
  return std::isinf(expected) ? std::numeric_limits<double>::quiet_NaN()
                              : expected;
}

bool SameDouble(double a, double b) {
  return (std::isnan(a) && std::isnan(b)) || a == b;
}

TEST(BigIntTest, ToDoubleAgainstInt128) {
  // libgcc's __int128 -> double conversion rounds to nearest even.
  Random random(10);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(127);
    EXPECT_EQ(ToDoubleOrNan(FromI128(a)), double(a)) << FromI128(a);
  }
}

TEST(BigIntTest, ToDoubleOfLargeValues) {
  // m * 2**k rounds as m does; with bits below m's it rounds as if m had a
  // one bit appended (a sticky bit), once m is wider than a double.
  Random random(11);
  for (int i = 0; i < 50000 && !::testing::Test::HasFailure(); ++i) {
    i128 m = random.NextI128(127);
    size_t k = 1 + random.Below(900);
    Big x = FromI128(m) << k;
    EXPECT_TRUE(
        SameDouble(ToDoubleOrNan(x), OrNan(std::ldexp(double(m), int(k)))))
        << x;
    if (BitLength128(m) >= 54) {
      Big below = FromI128(random.NextI128(int(std::min<size_t>(k, 127))));
      if (below.digits.empty()) continue;
      below.negative = false;
      Big sticky = m < 0 ? x - below : x + below;
      u128 magnitude = m < 0 ? -u128(m) : u128(m);
      double expected =
          std::ldexp(double(magnitude << 1 | 1), int(k) - 1) * (m < 0 ? -1 : 1);
      EXPECT_TRUE(SameDouble(ToDoubleOrNan(sticky), OrNan(expected))) << sticky;
    }
  }
}

TEST(BigIntTest, ToDoubleRoundsHalfToEven) {
  Big one = FromI128(1);
  // Values from python3's float(int).hex().
  EXPECT_EQ(ToDoubleOrNan((one << 53) + one), 0x1.0000000000000p+53);
  EXPECT_EQ(ToDoubleOrNan((one << 53) + FromI128(3)), 0x1.0000000000002p+53);
  Big halfway = FromI128((i128(1) << 53) + 1) << 100;
  EXPECT_EQ(ToDoubleOrNan(halfway), 0x1.0000000000000p+153);
  EXPECT_EQ(ToDoubleOrNan(halfway + one), 0x1.0000000000001p+153);
  EXPECT_EQ(ToDoubleOrNan(-(halfway + one)), -0x1.0000000000001p+153);
  Big odd_halfway = FromI128((i128(1) << 54) - 1) << 200;
  EXPECT_EQ(ToDoubleOrNan(odd_halfway), 0x1p+254);
  EXPECT_EQ(ToDoubleOrNan((one << 1023) * FromI128(3) / FromI128(2)),
            0x1.8000000000000p+1023);
  Big limit = one << 1024;
  Big max_double_halfway = limit - (one << 970);
  EXPECT_EQ(ToDoubleOrNan(max_double_halfway - one), 0x1.fffffffffffffp+1023);
  double out = 0;
  EXPECT_FALSE(ToFloat(max_double_halfway.view(), &out));
  EXPECT_FALSE(ToFloat((-max_double_halfway).view(), &out));
  EXPECT_FALSE(ToFloat(limit.view(), &out));
  EXPECT_FALSE(ToFloat((one << 100000).view(), &out));
  EXPECT_EQ(ToDoubleOrNan(Big{}), 0.0);
  EXPECT_FALSE(std::signbit(ToDoubleOrNan(Big{})));
}

Big FromDoubleChecked(double value) {
  Buffer out(FromFloatSize(value));
  BigResult result;
  EXPECT_TRUE(FromFloat(value, out.data(), &result)) << value;
  return out.Take(result);
}

TEST(BigIntTest, FromDouble) {
  Random random(12);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    uint64_t bits = random.Next();
    // Spread exponents over the whole range, and often near the bottom.
    if (random.Below(2) == 0) {
      bits = (bits & ~(uint64_t{0x7FF} << 52)) |
             uint64_t(1023 + random.Below(140)) << 52;
    }
    double value;
    std::memcpy(&value, &bits, sizeof(value));
    if (!std::isfinite(value)) continue;
    Big x = FromDoubleChecked(value);
    if (std::fabs(value) < 0x1p127) {
      EXPECT_EQ(x, FromI128(i128(value))) << value;
    } else {
      EXPECT_EQ(ToDoubleOrNan(x), value);
      EXPECT_EQ(BitLength(x.view()), size_t(std::ilogb(value)) + 1);
    }
  }
  EXPECT_EQ(FromDoubleChecked(-0.0), Big{});
  EXPECT_EQ(FromDoubleChecked(0.999), Big{});
  EXPECT_EQ(FromDoubleChecked(-2.5), FromI128(-2));
  EXPECT_EQ(FromDoubleChecked(0x1p32), FromI128(i128(1) << 32));
  EXPECT_EQ(FromDoubleChecked(std::numeric_limits<double>::max()),
            (FromI128((i128(1) << 53) - 1) << 971));
  Digit out[40];
  BigResult result;
  EXPECT_FALSE(
      FromFloat(std::numeric_limits<double>::infinity(), out, &result));
  EXPECT_FALSE(
      FromFloat(-std::numeric_limits<double>::infinity(), out, &result));
  EXPECT_FALSE(FromFloat(std::nan(""), out, &result));
}

float ToFloatOrNan(const Big& a) {
  float out = 0;
  if (!ToFloat(a.view(), &out)) return std::numeric_limits<float>::quiet_NaN();
  return out;
}

TEST(BigIntTest, ToFloatAgainstInt128) {
  // libgcc's __int128 -> float conversion rounds once, to nearest even.
  Random random(14);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(127);
    EXPECT_EQ(ToFloatOrNan(FromI128(a)), float(a)) << FromI128(a);
  }
}

TEST(BigIntTest, ToFloatRoundsOnceHalfToEven) {
  Big one = FromI128(1);
  EXPECT_EQ(ToFloatOrNan((one << 24) + one), 0x1p+24f);
  EXPECT_EQ(ToFloatOrNan((one << 24) + FromI128(3)), 0x1.000004p+24f);
  // 2**53 + 2**29 + 1 rounds to 2**53 + 2**29 as a double, which a second
  // rounding to a single would take down to 2**53 (a tie, to even).
  Big sticky = (one << 53) + (one << 29) + one;
  EXPECT_EQ(ToFloatOrNan(sticky), 0x1.000002p+53f);
  EXPECT_EQ(ToFloatOrNan(-sticky), -0x1.000002p+53f);
  Big limit = one << 128;
  Big max_float_halfway = limit - (one << 103);
  EXPECT_EQ(ToFloatOrNan(max_float_halfway - one),
            std::numeric_limits<float>::max());
  float out = 0;
  EXPECT_FALSE(ToFloat(max_float_halfway.view(), &out));
  EXPECT_FALSE(ToFloat(limit.view(), &out));
  EXPECT_EQ(ToFloatOrNan(Big{}), 0.0f);
}

Big FromFloatChecked(float value) {
  Buffer out(FromFloatSize(value));
  BigResult result;
  EXPECT_TRUE(FromFloat(value, out.data(), &result)) << value;
  return out.Take(result);
}

TEST(BigIntTest, FromFloat) {
  Random random(15);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    auto bits = static_cast<uint32_t>(random.Next());
    float value;
    std::memcpy(&value, &bits, sizeof(value));
    if (!std::isfinite(value)) continue;
    Big x = FromFloatChecked(value);
    if (std::fabs(value) < 0x1p127f) {
      EXPECT_EQ(x, FromI128(i128(value))) << value;
    } else {
      EXPECT_EQ(ToFloatOrNan(x), value);
    }
  }
  EXPECT_EQ(FromFloatChecked(-0.5f), Big{});
  EXPECT_EQ(FromFloatChecked(-2.5f), FromI128(-2));
  EXPECT_EQ(FromFloatChecked(std::numeric_limits<float>::max()),
            (FromI128((i128(1) << 24) - 1) << 104));
  Digit out[4];
  BigResult result;
  EXPECT_FALSE(FromFloat(std::numeric_limits<float>::infinity(), out, &result));
  EXPECT_FALSE(FromFloat(std::nanf(""), out, &result));
}

TEST(BigIntTest, BytesAgainstInt128) {
  Random random(13);
  for (int i = 0; i < 200000 && !::testing::Test::HasFailure(); ++i) {
    i128 a = random.NextI128(127);
    size_t length = random.Below(19);
    bool little = random.Below(2) == 0;
    bool is_signed = random.Below(2) == 0;
    bool fits;
    if (!is_signed) {
      fits = a >= 0 && (length >= 16 || a < i128(1) << (8 * length));
    } else if (length == 0) {
      fits = a == 0 || a == -1;  // CPython takes -1 in zero bytes.
    } else {
      fits = length >= 16 || (a >= -(i128(1) << (8 * length - 1)) &&
                              a < (i128(1) << (8 * length - 1)));
    }
    Big x = FromI128(a);
    std::vector<uint8_t> bytes(length + 1, 0x5A);
    ASSERT_EQ(ToBytes(x.view(), bytes.data(), length, little, is_signed), fits)
        << x << " in " << length << (is_signed ? " signed" : " unsigned");
    EXPECT_EQ(bytes[length], 0x5A);
    if (!fits) continue;
    for (size_t j = 0; j < length; ++j) {
      uint8_t expected = j < 16  ? uint8_t(u128(a) >> (8 * j))
                         : a < 0 ? 0xFF
                                 : 0;
      ASSERT_EQ(bytes[little ? j : length - 1 - j], expected) << x;
    }
    Buffer out(FromBytesSize(length));
    EXPECT_EQ(out.Take(FromBytes(bytes.data(), length, little, is_signed,
                                 out.data())),
              length == 0 ? Big{} : x);
  }
  // Random bytes back to numbers.
  for (int i = 0; i < 100000 && !::testing::Test::HasFailure(); ++i) {
    size_t length = random.Below(16);
    std::vector<uint8_t> bytes(length);
    for (uint8_t& b : bytes) b = uint8_t(random.NextDigit());
    bool little = random.Below(2) == 0;
    bool is_signed = random.Below(2) == 0;
    u128 raw = 0;
    for (size_t j = 0; j < length; ++j) {
      raw |= u128(bytes[little ? j : length - 1 - j]) << (8 * j);
    }
    i128 expected = i128(raw);
    if (is_signed && length > 0 && (raw >> (8 * length - 1)) != 0) {
      expected -= i128(1) << (8 * length - 1);
      expected -= i128(1) << (8 * length - 1);
    }
    Buffer out(FromBytesSize(length));
    EXPECT_EQ(out.Take(FromBytes(bytes.data(), length, little, is_signed,
                                 out.data())),
              FromI128(expected));
  }
}

TEST(BigIntTest, LargeIdentities) {
  Random random(14);
  for (int i = 0; i < 150 && !::testing::Test::HasFailure(); ++i) {
    Big a = FromText(random.NextDecimal(100, 3000));
    Big b = FromText(random.NextDecimal(100, 3000));
    EXPECT_EQ((a + b) - b, a);
    EXPECT_EQ((a - b) + b, a);
    Big product = a * b;
    EXPECT_EQ(product, MultiplyWith(a, b, false));
    EXPECT_EQ(product, b * a);
    QuotientRemainder exact = FloorDivMod(product, b);
    EXPECT_EQ(exact.quotient, a);
    EXPECT_EQ(exact.remainder, Big{});
    for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
      QuotientRemainder qr = FloorDivMod(x, y);
      EXPECT_EQ(qr.quotient * y + qr.remainder, x);
      EXPECT_TRUE(Sign(qr.remainder) == 0 || Sign(qr.remainder) == Sign(y));
      Big abs_r = qr.remainder, abs_y = y;
      abs_r.negative = abs_y.negative = false;
      EXPECT_LT(Compare(abs_r.view(), abs_y.view()), 0);
    }
    size_t k = random.Below(5000);
    EXPECT_EQ((a << k) >> k, a);
    Big power_of_two = FromI128(1) << k;
    EXPECT_EQ(a << k, a * power_of_two);
    EXPECT_EQ(a >> k, a / power_of_two);
    // Bitwise identities that reach the negative representation.
    EXPECT_EQ((a & b) + (a | b), a + b);
    EXPECT_EQ(a ^ b, (a | b) - (a & b));
    EXPECT_EQ(~(a & b), ~a | ~b);
    EXPECT_EQ(~~a, a);
    EXPECT_EQ((a ^ b) ^ b, a);
    EXPECT_EQ(a & ~a, Big{});
    EXPECT_EQ(~a, -a - FromI128(1));
  }
}

TEST(BigIntTest, LargeDivisionWithAwkwardDigits) {
  // Digits of all ones, all zeros and lone top bits make long division's
  // quotient estimates wrong most often.
  Random random(15);
  for (int i = 0; i < 3000 && !::testing::Test::HasFailure(); ++i) {
    Big a = random.NextBig(1, 120);
    Big b = random.NextBig(1, a.digits.size() + 2);
    QuotientRemainder qr = FloorDivMod(a, b);
    EXPECT_EQ(qr.quotient * b + qr.remainder, a) << a << " / " << b;
    EXPECT_TRUE(Sign(qr.remainder) == 0 || Sign(qr.remainder) == Sign(b));
    Big abs_r = qr.remainder, abs_b = b;
    abs_r.negative = abs_b.negative = false;
    EXPECT_LT(Compare(abs_r.view(), abs_b.view()), 0);
    EXPECT_EQ((a * b) / b, a);
  }
}

TEST(BigIntTest, KaratsubaMatchesSchoolbook) {
  Random random(16);
  for (int i = 0; i < 300 && !::testing::Test::HasFailure(); ++i) {
    // Balanced and unbalanced shapes around and above the threshold.
    Big a = random.NextBig(1, 700);
    Big b = random.NextBig(1, random.Below(2) == 0 ? 700 : 80);
    EXPECT_EQ(a * b, MultiplyWith(a, b, false));
  }
  // All-ones operands carry as far as carries go.
  Big ones = (FromI128(1) << 32 * 300) - FromI128(1);
  EXPECT_EQ(ones * ones, MultiplyWith(ones, ones, false));
  EXPECT_EQ(ones * ones, (ones << 32 * 300) - ones);
}

TEST(BigIntTest, StringRoundTripInSeveralBases) {
  Random random(17);
  for (int i = 0; i < 300 && !::testing::Test::HasFailure(); ++i) {
    unsigned base = std::vector<unsigned>{2, 3, 7, 8, 10, 16, 32, 36}[i % 8];
    size_t length = 100 + random.Below(2901);
    std::string text = random.Below(2) == 0 ? "-" : "";
    text += "0123456789abcdefghijklmnopqrstuvwxyz"[1 + random.Below(base - 1)];
    for (size_t j = 1; j < length; ++j) {
      text += "0123456789abcdefghijklmnopqrstuvwxyz"[random.Below(base)];
    }
    Big x = FromText(text, base);
    EXPECT_EQ(ToText(x, base), text) << "base " << base;
    EXPECT_EQ(FromText(ToText(x, 10)), x);
  }
}

TEST(BigIntTest, KnownValues) {
  Big two = FromI128(2);
  EXPECT_EQ(ToText(Pow(two, 1000)),
            "107150860718626732094842504906000181056140481170553360744375038837"
            "035105112493612249319837881569585812759467291755314682518714528569"
            "231404359845775746985748039345677748242309854210746050623711418779"
            "541821530464749835819412673987675591655439460770629145711964776865"
            "42167660429831652624386837205668069376");
  EXPECT_EQ(ToText(Pow(FromI128(3), 500)),
            "363602917958699368423852670795433191180233850260016230403460358325"
            "806001915838954841985082629793887833081797025344038557528559315170"
            "130661429924309165620257800217712478476434501253428365658132099725"
            "90371590152578728008385990139795377610001");
  EXPECT_EQ(ToText(Pow(FromI128(-3), 5)), "-243");
  Big factorial = FromI128(1);
  for (int n = 2; n <= 100; ++n) factorial = factorial * FromI128(n);
  EXPECT_EQ(ToText(factorial),
            "933262154439441526816992388562667004907159682643816214685929638952"
            "175999932299156089414639761565182862536979208272237582511852109168"
            "64000000000000000000000000");
  // pow(3, 10**20, 10**9 + 7) and a wider one, from python3.
  Big exponent = Pow(FromI128(10), 20);
  EXPECT_EQ(ToText(PowMod(FromI128(3), exponent, FromI128(1000000007))),
            "139421235");
  EXPECT_EQ(ToText(PowMod(FromText("12345678901234567890"), FromI128(98765),
                          Pow(FromI128(10), 30) + FromI128(57))),
            "799295795674860712869226349064");
  // Python's floor semantics on the signs.
  EXPECT_EQ(FromI128(-7) / FromI128(2), FromI128(-4));
  EXPECT_EQ(FromI128(-7) % FromI128(2), FromI128(1));
  EXPECT_EQ(FromI128(7) / FromI128(-2), FromI128(-4));
  EXPECT_EQ(FromI128(7) % FromI128(-2), FromI128(-1));
  EXPECT_EQ(FromI128(-2) << 100 >> 99, FromI128(-4));
  EXPECT_EQ(FromI128(-6) & FromI128(5), FromI128(0));
  EXPECT_EQ(FromI128(-6) | FromI128(5), FromI128(-1));
  EXPECT_EQ(FromI128(-6) ^ FromI128(5), FromI128(-1));
  EXPECT_EQ(FromI128(-6) & FromI128(-5), FromI128(-6));
}

TEST(BigIntTest, PowerAndModPowOfLargeNumbers) {
  Random random(18);
  for (int i = 0; i < 40 && !::testing::Test::HasFailure(); ++i) {
    Big base = random.NextBig(1, 12);
    uint64_t exponent = random.Below(60);
    Big power = Pow(base, exponent);
    EXPECT_EQ(power, Pow(base, exponent, false));
    if (exponent > 0) EXPECT_EQ(power, Pow(base, exponent - 1) * base);
    Big modulus = random.NextBig(1, 40);
    EXPECT_EQ(PowMod(base, FromI128(exponent), modulus), power % modulus);
    EXPECT_EQ(PowMod(base, FromI128(exponent), modulus, false),
              power % modulus);
  }
  // Fermat: a**(p-1) == 1 mod p for the prime 2**521 - 1, with Karatsuba
  // sized operands.
  Big p = (FromI128(1) << 521) - FromI128(1);
  Big a = random.NextBig(1, 16);
  a.negative = false;
  EXPECT_EQ(PowMod(a, p - FromI128(1), p), FromI128(1));
  Big big_prime = (FromI128(1) << 1279) - FromI128(1);
  EXPECT_EQ(PowMod(FromI128(3), big_prime - FromI128(1), big_prime),
            FromI128(1));
  PowerSizes too_large = PowerSize(FromI128(3).view(), UINT64_MAX);
  EXPECT_EQ(too_large.result, kTooLarge);
}

TEST(BigIntTest, PrintsTenThousandDigitsQuickly) {
  Random random(19);
  std::string text = "9";
  for (int i = 1; i < 10000; ++i) text += char('0' + random.Below(10));
  auto start = std::chrono::steady_clock::now();
  Big x = FromText(text);
  std::string printed = ToText(x);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(printed, text);
  EXPECT_LT(elapsed, std::chrono::milliseconds(500));
}

}  // namespace
}  // namespace mp::numeric
