// Float <-> text conversion with exact big-number arithmetic.
//
// Everything reduces to two exact primitives on a double-sized big number:
//  - ScaledFloor: floor(x * 2^a * 10^p) as a 64-bit integer, plus where the
//    dropped fraction lies relative to one half. Shortest digits use it on the
//    ends of the rounding interval; parsing uses it to get 64 exact leading
//    bits of the decimal value.
//  - DigitStream: the exact decimal digits of m * 2^e, nine at a time, for
//    printf-style output and for comparing long decimal inputs with a halfway
//    point between two doubles.
#include "objects/numeric/float_text.h"

#include <stdint.h>
#include <string.h>

namespace mp::numeric {
namespace {

// An IEEE 754 binary format, by its parameters. Values of either format
// travel as their bit patterns in a uint64_t, so one body of code serves both.
struct Format {
  int precision;     // significand bits, the hidden one included
  int min_exponent;  // of the last significand bit of subnormals
  int max_exponent;  // of the last significand bit of the largest finite value
  int width;         // bits in all
  int exact_powers;  // the largest power of ten the format holds exactly

  int FractionBits() const { return precision - 1; }
  uint64_t HiddenBit() const { return uint64_t{1} << (precision - 1); }
  uint64_t SignBit() const { return uint64_t{1} << (width - 1); }
  uint64_t InfinityBits() const {
    return static_cast<uint64_t>(max_exponent - min_exponent + 2)
           << FractionBits();
  }
  uint64_t QuietNanBits() const { return InfinityBits() | HiddenBit() >> 1; }
};

constexpr Format kDouble = {53, -1074, 971, 64, 22};
constexpr Format kSingle = {24, -149, 104, 32, 10};

constexpr uint32_t kPow10[10] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

uint64_t BitsOf(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

uint64_t BitsOf(float x) {
  uint32_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

void SetFromBits(uint64_t bits, double* x) { memcpy(x, &bits, sizeof *x); }

void SetFromBits(uint64_t bits, float* x) {
  auto narrow = static_cast<uint32_t>(bits);
  memcpy(x, &narrow, sizeof *x);
}

int BitLength(uint64_t x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }

// floor(e * log10(2)), exact for |e| <= 1200.
int FloorLog10Pow2(int e) { return (e * 315653) >> 20; }

// floor(e * log2(10)), exact for |e| <= 500.
int FloorLog2Pow10(int e) { return (e * 1741647) >> 19; }

// Splits finite bits (sign ignored) into value = *mantissa * 2^*exponent.
void Decompose(uint64_t bits, const Format& format, uint64_t* mantissa,
               int* exponent) {
  int biased =
      static_cast<int>((bits & ~format.SignBit()) >> format.FractionBits());
  uint64_t fraction = bits & (format.HiddenBit() - 1);
  *mantissa = biased == 0 ? fraction : fraction | format.HiddenBit();
  *exponent = format.min_exponent + (biased == 0 ? 0 : biased - 1);
}

// Where a dropped fraction lies: exactly zero, in (0, 1/2), exactly 1/2, or in
// (1/2, 1).
enum class Rest { kZero, kBelowHalf, kHalf, kAboveHalf };

// Unsigned integer of fixed capacity. The largest values needed are about 900
// bits: a double's exponent range of powers of 2 or 5, times a 64-bit factor,
// normalized for division.
struct Big {
  static constexpr int kCapacity = 34;
  uint32_t limb[kCapacity];
  int size;  // limbs in use; limb[size - 1] != 0

  void Set(uint64_t value) {
    limb[0] = static_cast<uint32_t>(value);
    limb[1] = static_cast<uint32_t>(value >> 32);
    size = (value >> 32) != 0 ? 2 : value != 0 ? 1 : 0;
  }

  uint32_t At(int i) const { return i < size ? limb[i] : 0; }
  bool IsZero() const { return size == 0; }

  void MulSmall(uint32_t factor) {
    uint64_t carry = 0;
    for (int i = 0; i < size; ++i) {
      uint64_t product = static_cast<uint64_t>(limb[i]) * factor + carry;
      limb[i] = static_cast<uint32_t>(product);
      carry = product >> 32;
    }
    if (carry != 0 && size < kCapacity)
      limb[size++] = static_cast<uint32_t>(carry);
  }

  void MulPow5(int n) {
    for (; n >= 13; n -= 13)
      MulSmall(1220703125);  // 5^13, the largest power below 2^32
    uint32_t factor = 1;
    while (n-- > 0) factor *= 5;
    MulSmall(factor);
  }

  void ShiftLeft(int bits) {
    if (size == 0) return;
    int words = bits / 32;
    bits %= 32;
    uint32_t overflow = bits != 0 ? limb[size - 1] >> (32 - bits) : 0;
    for (int i = size - 1; i >= 0; --i) {
      uint32_t below = bits != 0 && i > 0 ? limb[i - 1] >> (32 - bits) : 0;
      if (i + words < kCapacity) limb[i + words] = (limb[i] << bits) | below;
    }
    for (int i = 0; i < words && i < kCapacity; ++i) limb[i] = 0;
    size += words;
    if (overflow != 0 && size < kCapacity) limb[size++] = overflow;
    if (size > kCapacity) size = kCapacity;
  }

  // Shifts so that the top limb has its high bit set, as division wants;
  // returns the shift.
  int NormalizationShift() const { return __builtin_clz(limb[size - 1]); }
};

int Compare(const Big& a, const Big& b) {
  if (a.size != b.size) return a.size < b.size ? -1 : 1;
  for (int i = a.size - 1; i >= 0; --i) {
    if (a.limb[i] != b.limb[i]) return a.limb[i] < b.limb[i] ? -1 : 1;
  }
  return 0;
}

// The class of the fraction remainder / divisor, for remainder < divisor.
Rest RestOf(const Big& remainder, const Big& divisor) {
  if (remainder.IsZero()) return Rest::kZero;
  // Compare 2 * remainder with divisor, limb by limb from the top.
  for (int i = divisor.size; i >= 0; --i) {
    uint32_t doubled =
        (remainder.At(i) << 1) | (i > 0 ? remainder.At(i - 1) >> 31 : 0);
    uint32_t other = divisor.At(i);
    if (doubled != other)
      return doubled < other ? Rest::kBelowHalf : Rest::kAboveHalf;
  }
  return Rest::kHalf;
}

// One step of schoolbook division: returns q = floor(r / (d * 2^(32 * offset)))
// and leaves r - q * d * 2^(32 * offset) in r. Requires q < 2^32 and d
// normalized (top bit set). The quotient estimate from the top limbs is never
// too small and at most 2 too large.
uint32_t DivStep(Big* r, const Big& d, int offset) {
  int n = d.size;
  if (r->size < n + offset) return 0;
  uint32_t* window = r->limb + offset;
  uint32_t top = r->At(n + offset);
  uint64_t estimate =
      ((static_cast<uint64_t>(top) << 32) | window[n - 1]) / d.limb[n - 1];
  if (estimate > 0xFFFFFFFF) estimate = 0xFFFFFFFF;
  if (estimate == 0) return 0;
  uint64_t product_carry = 0;
  uint32_t borrow = 0;
  for (int i = 0; i < n; ++i) {
    uint64_t product = estimate * d.limb[i] + product_carry;
    product_carry = product >> 32;
    uint64_t difference = static_cast<uint64_t>(window[i]) -
                          static_cast<uint32_t>(product) - borrow;
    window[i] = static_cast<uint32_t>(difference);
    borrow = static_cast<uint32_t>(difference >> 32) & 1;
  }
  uint64_t difference = static_cast<uint64_t>(top) - product_carry - borrow;
  bool negative = (difference >> 63) != 0;
  top = static_cast<uint32_t>(difference);
  while (negative) {  // the estimate was too large: add d back
    --estimate;
    uint64_t carry = 0;
    for (int i = 0; i < n; ++i) {
      uint64_t sum = static_cast<uint64_t>(window[i]) + d.limb[i] + carry;
      window[i] = static_cast<uint32_t>(sum);
      carry = sum >> 32;
    }
    uint64_t sum = static_cast<uint64_t>(top) + carry;
    top = static_cast<uint32_t>(sum);
    negative = (sum >> 32) == 0;
  }
  // The remainder is below d * 2^(32 * offset), so the top limb is now zero.
  r->size = n + offset;
  while (r->size > 0 && r->limb[r->size - 1] == 0) --r->size;
  return static_cast<uint32_t>(estimate);
}

// floor(x * 2^binary_exponent * 10^decimal_exponent), which must be below 2^64;
// *rest says where the dropped fraction lies.
uint64_t ScaledFloor(uint64_t x, int binary_exponent, int decimal_exponent,
                     Rest* rest) {
  Big numerator, denominator;
  numerator.Set(x);
  denominator.Set(1);
  if (decimal_exponent >= 0) {
    numerator.MulPow5(decimal_exponent);
  } else {
    denominator.MulPow5(-decimal_exponent);
  }
  int twos = binary_exponent + decimal_exponent;
  if (twos >= 0) {
    numerator.ShiftLeft(twos);
  } else {
    denominator.ShiftLeft(-twos);
  }
  int shift = denominator.NormalizationShift();
  numerator.ShiftLeft(shift);
  denominator.ShiftLeft(shift);
  uint64_t high = DivStep(&numerator, denominator, 1);
  uint64_t low = DivStep(&numerator, denominator, 0);
  *rest = RestOf(numerator, denominator);
  return (high << 32) | low;
}

// The exact decimal digits of mantissa * 2^exponent (mantissa < 2^55), from the
// first nonzero one on, followed by zeros forever. Zero gives zeros with
// exponent10() == 0.
class DigitStream {
 public:
  DigitStream(uint64_t mantissa, int exponent) {
    remainder_.Set(mantissa);
    scale_.Set(1);
    if (mantissa != 0) {
      // 10^k <= 2^b <= value < 2^(b+1) < 10^(k+2), so the first digit is at
      // 10^k or 10^(k+1).
      int k = FloorLog10Pow2(BitLength(mantissa) - 1 + exponent);
      int scale10 = k + 1;  // remainder_ / scale_ = value / 10^(k+1)
      if (scale10 >= 0) {
        scale_.MulPow5(scale10);
      } else {
        remainder_.MulPow5(-scale10);
      }
      int twos = exponent - scale10;
      if (twos >= 0) {
        remainder_.ShiftLeft(twos);
      } else {
        scale_.ShiftLeft(-twos);
      }
      if (Compare(remainder_, scale_) >= 0) {
        ++k;
        scale_.MulSmall(10);
      }
      exponent10_ = k;
    }
    int shift = scale_.NormalizationShift();
    remainder_.ShiftLeft(shift);
    scale_.ShiftLeft(shift);
  }

  // floor(log10(value)): the place of the first digit.
  int exponent10() const { return exponent10_; }

  int Next() {
    if (chunk_digits_ == 0) {
      if (remainder_.IsZero()) return 0;
      remainder_.MulSmall(kPow10[9]);
      chunk_ = DivStep(&remainder_, scale_, 0);
      chunk_digits_ = 9;
    }
    uint32_t unit = kPow10[--chunk_digits_];
    int digit = static_cast<int>(chunk_ / unit);
    chunk_ %= unit;
    return digit;
  }

  // Where the digits not yet produced lie, as a fraction of one unit of the
  // last digit produced.
  Rest Tail() const {
    if (chunk_digits_ == 0) return RestOf(remainder_, scale_);
    uint32_t half = 5 * kPow10[chunk_digits_ - 1];
    if (chunk_ > half) return Rest::kAboveHalf;
    if (chunk_ == half)
      return remainder_.IsZero() ? Rest::kHalf : Rest::kAboveHalf;
    return chunk_ == 0 && remainder_.IsZero() ? Rest::kZero : Rest::kBelowHalf;
  }

 private:
  Big remainder_;  // remainder_ / scale_ in [0, 1): the digits after chunk_
  Big scale_;
  uint32_t chunk_ = 0;  // the next chunk_digits_ digits
  int chunk_digits_ = 0;
  int exponent10_ = 0;
};

// Bounded output like snprintf: counts everything, stores what fits.
class Writer {
 public:
  Writer(char* out, size_t capacity) : out_(out), capacity_(capacity) {}

  void Put(char c) {
    if (length_ + 1 < capacity_) out_[length_] = c;
    ++length_;
  }
  void Repeat(char c, int count) {
    for (; count > 0; --count) Put(c);
  }
  void Text(const char* text) {
    while (*text != '\0') Put(*text++);
  }
  // Writes the exponent part: "e+05", "e-324", always with a sign and at least
  // two digits.
  void Exponent(char letter, int exponent) {
    Put(letter);
    Put(exponent < 0 ? '-' : '+');
    if (exponent < 0) exponent = -exponent;
    if (exponent >= 100) Put(static_cast<char>('0' + exponent / 100));
    Put(static_cast<char>('0' + exponent / 10 % 10));
    Put(static_cast<char>('0' + exponent % 10));
  }
  int Finish() {
    if (capacity_ > 0)
      out_[length_ < capacity_ ? length_ : capacity_ - 1] = '\0';
    return static_cast<int>(length_);
  }

 private:
  char* out_;
  size_t capacity_;
  size_t length_ = 0;
};

// Places significant digits, given one by one, in fixed or exponent notation.
class Layout {
 public:
  Layout(Writer* out, char kind, int precision, bool alternate_form, bool upper)
      : out_(out),
        kind_(kind),
        precision_(precision),
        alternate_form_(alternate_form),
        upper_(upper) {}

  // exponent10 is the place of the first digit, after rounding.
  void Start(int exponent10) {
    exponent10_ = exponent10;
    scientific_ =
        kind_ == 'e' ||
        (kind_ == 'g' && (exponent10 < -4 || exponent10 >= precision_));
    strip_zeros_ = kind_ == 'g' && !alternate_form_;
    if (!scientific_ && exponent10 < 0) {
      out_->Text("0.");
      out_->Repeat('0', -exponent10 - 1);
      point_written_ = true;
    }
  }

  void Digit(int digit) {
    int place = (scientific_ ? 0 : exponent10_) - digit_count_++;
    if (place < 0) {
      // Fractional zeros wait until a nonzero digit shows they aren't trailing.
      if (strip_zeros_ && digit == 0) {
        ++pending_zeros_;
        return;
      }
      if (!point_written_) out_->Put('.');
      point_written_ = true;
      out_->Repeat('0', pending_zeros_);
      pending_zeros_ = 0;
    }
    out_->Put(static_cast<char>('0' + digit));
  }

  void Finish() {
    if (alternate_form_ && !point_written_) out_->Put('.');
    if (scientific_) out_->Exponent(upper_ ? 'E' : 'e', exponent10_);
  }

 private:
  Writer* out_;
  char kind_;
  int precision_;
  bool alternate_form_;
  bool upper_;
  int exponent10_ = 0;
  bool scientific_ = false;
  bool strip_zeros_ = false;
  bool point_written_ = false;
  int digit_count_ = 0;
  int pending_zeros_ = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The end of a run of digits starting at p, with single underscores between
// digits if allowed.
const char* SkipDigits(const char* p, const char* end, bool allow_underscores) {
  const char* start = p;
  while (p < end) {
    if (!IsDigit(*p) && !(allow_underscores && *p == '_' && p > start &&
                          p + 1 < end && IsDigit(p[1]))) {
      break;
    }
    ++p;
  }
  return p;
}

bool EqualsIgnoringCase(const char* text, const char* end,
                        const char* lower_word) {
  size_t length = strlen(lower_word);
  if (static_cast<size_t>(end - text) != length) return false;
  for (size_t i = 0; i < length; ++i) {
    if ((text[i] | 0x20) != lower_word[i]) return false;
  }
  return true;
}

// Drops the low `count` bits of *value, folding them into the rest class of
// what remains.
Rest ShiftOut(uint64_t* value, int count, Rest rest) {
  if (count <= 0) return rest;
  if (count > 64) {  // value < 2^64 is below half a unit of 2^count
    bool zero = *value == 0 && rest == Rest::kZero;
    *value = 0;
    return zero ? Rest::kZero : Rest::kBelowHalf;
  }
  uint64_t dropped = count == 64 ? *value : *value & ((1ull << count) - 1);
  uint64_t half = 1ull << (count - 1);
  *value = count == 64 ? 0 : *value >> count;
  if (dropped > half) return Rest::kAboveHalf;
  if (dropped == half)
    return rest == Rest::kZero ? Rest::kHalf : Rest::kAboveHalf;
  return dropped == 0 && rest == Rest::kZero ? Rest::kZero : Rest::kBelowHalf;
}

// The bits of the value nearest to digits * 10^exponent10 (digits != 0) in
// the format, ties to even. A bias of +1 or -1 rounds a value infinitesimally
// above or below it instead.
uint64_t RoundDecimal(uint64_t digits, int exponent10, int bias,
                      const Format& format) {
  // 2^62 <= digits * 10^exponent10 / 2^exponent < 2^64.
  int exponent = BitLength(digits) - 1 + FloorLog2Pow10(exponent10) - 62;
  Rest rest;
  uint64_t mantissa = ScaledFloor(digits, -exponent, exponent10, &rest);
  if (bias > 0) {
    if (rest == Rest::kZero) rest = Rest::kBelowHalf;
    if (rest == Rest::kHalf) rest = Rest::kAboveHalf;
  } else if (bias < 0) {
    if (rest == Rest::kZero) {
      --mantissa;
      rest = Rest::kAboveHalf;
    } else if (rest == Rest::kHalf) {
      rest = Rest::kBelowHalf;
    }
  }
  int shift = BitLength(mantissa) - format.precision;
  if (exponent + shift < format.min_exponent)
    shift = format.min_exponent - exponent;
  rest = ShiftOut(&mantissa, shift, rest);
  exponent += shift;
  if (rest == Rest::kAboveHalf || (rest == Rest::kHalf && (mantissa & 1) != 0))
    ++mantissa;
  if (exponent > format.max_exponent) return format.InfinityBits();
  // A mantissa with the hidden bit adds one to the biased exponent field, as
  // does a carry to 2^precision from rounding, so this covers subnormals and
  // normals alike.
  uint64_t bits = (static_cast<uint64_t>(exponent - format.min_exponent)
                   << format.FractionBits()) +
                  mantissa;
  return bits < format.InfinityBits() ? bits : format.InfinityBits();
}

// Compares a decimal number with the point halfway between the value `bits`
// and the next one up; returns -1, 0 or 1. The number's digits are in
// [begin, end) (among '.', '_' and leading zeros), and its first significant
// digit has place exponent10.
int CompareWithHalfway(const char* begin, const char* end, int exponent10,
                       uint64_t bits, const Format& format) {
  uint64_t mantissa;
  int exponent;
  Decompose(bits, format, &mantissa, &exponent);
  DigitStream halfway(2 * mantissa + 1, exponent - 1);
  if (exponent10 != halfway.exponent10())
    return exponent10 > halfway.exponent10() ? 1 : -1;
  bool significant = false;
  for (const char* p = begin; p < end; ++p) {
    if (!IsDigit(*p)) continue;
    int digit = *p - '0';
    if (!significant && digit == 0) continue;
    significant = true;
    int other = halfway.Next();
    if (digit != other) return digit > other ? 1 : -1;
  }
  return halfway.Tail() == Rest::kZero ? 0 : -1;
}

int ShortestDigitsOf(uint64_t bits, const Format& format, char* digits,
                     int* decimal_exponent) {
  bits &= ~format.SignBit();
  if (bits == 0) {
    digits[0] = '0';
    *decimal_exponent = 1;
    return 1;
  }
  uint64_t mantissa;
  int exponent;
  Decompose(bits, format, &mantissa, &exponent);
  // Everything in [x - lower_gap, x + 2] (in units of 2^(exponent - 2)) reads
  // back as x, with the ends included when the mantissa is even
  // (round-half-even). Below a power of two the lower neighbour is twice as
  // close.
  uint64_t lower_gap =
      mantissa == format.HiddenBit() && exponent > format.min_exponent ? 1 : 2;
  bool ends_included = (mantissa & 1) == 0;
  // Scale x into [10^17, 2 * 10^18): enough digits for any double, in 64 bits.
  int scale10 = 17 - FloorLog10Pow2(BitLength(mantissa) - 1 + exponent);
  Rest low_rest, middle_rest, high_rest;
  uint64_t low =
      ScaledFloor(4 * mantissa - lower_gap, exponent - 2, scale10, &low_rest);
  uint64_t middle =
      ScaledFloor(4 * mantissa, exponent - 2, scale10, &middle_rest);
  uint64_t high =
      ScaledFloor(4 * mantissa + 2, exponent - 2, scale10, &high_rest);
  // Whether the integer c is inside the (scaled) interval; only the floors and
  // rest classes of the ends matter for that.
  auto inside = [&](uint64_t c) {
    bool above_low =
        c > low || (c == low && low_rest == Rest::kZero && ends_included);
    bool below_high =
        c < high || (c == high && (high_rest != Rest::kZero || ends_included));
    return above_low && below_high;
  };
  // The fewest digits: the largest power of ten with a multiple inside.
  // Rounding to 17 digits always lands inside, so unit ends up >= 10.
  uint64_t unit = 1;
  int dropped_digits = 0;
  while (unit <= 100000000000000000ull) {
    uint64_t next = unit * 10;
    uint64_t multiple = (low + next - 1) / next * next;
    if (!inside(multiple) && !inside(multiple + next)) break;
    unit = next;
    ++dropped_digits;
  }
  // Of the multiples of unit inside, take the one nearest to x (ties to even).
  uint64_t down = middle / unit * unit;
  uint64_t half = unit / 2;
  uint64_t excess = middle - down;
  bool round_up =
      excess > half || (excess == half &&
                        (middle_rest != Rest::kZero || (down / unit) % 2 != 0));
  uint64_t chosen = round_up ? down + unit : down;
  if (!inside(chosen)) chosen = round_up ? down : down + unit;
  uint64_t significand = chosen / unit;
  while (significand % 10 == 0) {
    significand /= 10;
    ++dropped_digits;
  }
  char reversed[20];
  int count = 0;
  for (; significand != 0; significand /= 10) {
    reversed[count++] = static_cast<char>('0' + significand % 10);
  }
  for (int i = 0; i < count; ++i) digits[i] = reversed[count - 1 - i];
  *decimal_exponent = count + dropped_digits - scale10;
  return count;
}

// Writes the sign and "inf" or "nan" of a value that is not finite, or just
// the sign of a finite one (NaNs have none, as in Python); returns whether the
// value was finite.
bool WriteSignOrSpecial(uint64_t bits, const Format& format, bool upper,
                        Writer* writer) {
  uint64_t magnitude = bits & ~format.SignBit();
  if (magnitude > format.InfinityBits()) {
    writer->Text(upper ? "NAN" : "nan");
    return false;
  }
  if ((bits & format.SignBit()) != 0) writer->Put('-');
  if (magnitude == format.InfinityBits()) {
    writer->Text(upper ? "INF" : "inf");
    return false;
  }
  return true;
}

int FormatReprOf(uint64_t bits, const Format& format, char* out) {
  Writer writer(out, 32);
  if (!WriteSignOrSpecial(bits, format, false, &writer)) return writer.Finish();
  char digits[17];
  int exponent10;
  int count = ShortestDigitsOf(bits, format, digits, &exponent10);
  int first_place = exponent10 - 1;
  if (first_place < -4 || first_place >= 16) {
    writer.Put(digits[0]);
    if (count > 1) writer.Put('.');
    for (int i = 1; i < count; ++i) writer.Put(digits[i]);
    writer.Exponent('e', first_place);
  } else if (first_place < 0) {
    writer.Text("0.");
    writer.Repeat('0', -first_place - 1);
    for (int i = 0; i < count; ++i) writer.Put(digits[i]);
  } else {
    // Integer digits (zero-padded), then at least one fractional digit.
    for (int i = 0; i <= first_place; ++i)
      writer.Put(i < count ? digits[i] : '0');
    writer.Put('.');
    if (count <= first_place + 1) writer.Put('0');
    for (int i = first_place + 1; i < count; ++i) writer.Put(digits[i]);
  }
  return writer.Finish();
}

int FormatFixedOf(uint64_t bits, const Format& format, char type, int precision,
                  bool alternate_form, char* out, size_t out_size) {
  Writer writer(out, out_size);
  bool upper = type >= 'A' && type <= 'Z';
  char kind = static_cast<char>(type | 0x20);
  if (kind != 'f' && kind != 'e') kind = 'g';
  if (!WriteSignOrSpecial(bits, format, upper, &writer)) return writer.Finish();
  if (precision < 0) precision = 6;
  // Keeps the digit counts below in range.
  if (precision > 100000000) precision = 100000000;
  if (kind == 'g' && precision == 0) precision = 1;

  uint64_t mantissa;
  int exponent;
  Decompose(bits, format, &mantissa, &exponent);
  DigitStream stream(mantissa, exponent);
  int first_place = stream.exponent10();
  Layout layout(&writer, kind, precision, alternate_form, upper);
  // How many digits to keep, counted from the first significant one.
  int count = kind == 'f'   ? first_place + precision + 1
              : kind == 'e' ? precision + 1
                            : precision;

  if (count <= 0) {
    // 'f' with every digit below the last place kept: the value rounds to 0 or
    // to one unit of the last place (a tie goes to 0, the even one).
    Rest rest = count < 0 ? Rest::kBelowHalf : stream.Tail();
    if (rest == Rest::kAboveHalf) {
      layout.Start(-precision);
      layout.Digit(1);
    } else {
      layout.Start(0);
      for (int i = 0; i <= precision; ++i) layout.Digit(0);
    }
    layout.Finish();
    return writer.Finish();
  }

  // A trailing run of 9s is held back until it is known whether rounding turns
  // it into 0s. A carry out of the first digit can only happen when nothing has
  // been written yet.
  int held = -1;  // the digit before the run of 9s, if any
  int nines = 0;
  bool started = false;
  auto flush = [&]() {
    if (!started) layout.Start(first_place);
    started = true;
    if (held >= 0) layout.Digit(held);
    for (; nines > 0; --nines) layout.Digit(9);
  };
  for (int i = 0; i < count; ++i) {
    int digit = stream.Next();
    if (digit == 9) {
      ++nines;
      continue;
    }
    flush();
    held = digit;
  }
  Rest rest = stream.Tail();
  int last = nines > 0 ? 9 : held;
  if (rest == Rest::kAboveHalf || (rest == Rest::kHalf && (last & 1) != 0)) {
    if (held >= 0) {
      int zeros = nines;
      nines = 0;
      ++held;
      flush();
      for (; zeros > 0; --zeros) layout.Digit(0);
    } else {
      // All 9s: the value rounds up to the next power of ten. 'f' gains a
      // digit; 'e' and 'g' keep their digit count and move the exponent.
      layout.Start(first_place + 1);
      layout.Digit(1);
      for (int i = kind == 'f' ? 0 : 1; i < count; ++i) layout.Digit(0);
    }
  } else {
    flush();
  }
  layout.Finish();
  return writer.Finish();
}

// A number in Python's float syntax, read but not yet rounded to a format.
struct DecimalText {
  enum class Kind { kNumber, kInfinity, kNan };
  Kind kind = Kind::kNumber;
  bool negative = false;
  // The first 19 significant digits exactly (0 for zero); of the rest only
  // whether any is nonzero.
  uint64_t digits = 0;
  bool nonzero_tail = false;
  int64_t exponent10 = 0;   // of the last digit in `digits`
  int64_t first_place = 0;  // of the first significant digit
  // All the digits (with '.' and '_'), for exact comparisons.
  const char* mantissa_begin = nullptr;
  const char* mantissa_end = nullptr;
};

bool ReadDecimal(const char* text, size_t length, bool allow_underscores,
                 DecimalText* out) {
  const char* p = text;
  const char* end = text + length;
  while (p < end && IsSpace(*p)) ++p;
  while (end > p && IsSpace(end[-1])) --end;
  if (p < end && (*p == '+' || *p == '-')) {
    out->negative = *p == '-';
    ++p;
  }
  if (EqualsIgnoringCase(p, end, "inf") ||
      EqualsIgnoringCase(p, end, "infinity")) {
    out->kind = DecimalText::Kind::kInfinity;
    return true;
  }
  if (EqualsIgnoringCase(p, end, "nan")) {
    out->kind = DecimalText::Kind::kNan;
    return true;
  }

  // digits [. digits] [e [sign] digits], with at least one mantissa digit.
  const char* mantissa_begin = p;
  p = SkipDigits(p, end, allow_underscores);
  bool has_digits = p != mantissa_begin;
  if (p < end && *p == '.') {
    const char* fraction = p + 1;
    p = SkipDigits(fraction, end, allow_underscores);
    has_digits = has_digits || p != fraction;
  }
  if (!has_digits) return false;
  const char* mantissa_end = p;
  int64_t exponent = 0;
  if (p < end && (*p | 0x20) == 'e') {
    ++p;
    bool negative_exponent = p < end && *p == '-';
    if (p < end && (*p == '+' || *p == '-')) ++p;
    const char* exponent_begin = p;
    p = SkipDigits(p, end, allow_underscores);
    if (p == exponent_begin) return false;
    for (const char* q = exponent_begin; q < p; ++q) {
      if (IsDigit(*q) && exponent < 1000000000)
        exponent = exponent * 10 + (*q - '0');
    }
    if (negative_exponent) exponent = -exponent;
  }
  if (p != end) return false;

  uint64_t digits = 0;
  int digit_count = 0;
  int64_t exponent10 = exponent;
  bool nonzero_tail = false;
  bool after_point = false;
  for (const char* q = mantissa_begin; q < mantissa_end; ++q) {
    if (*q == '.') after_point = true;
    if (!IsDigit(*q)) continue;
    int digit = *q - '0';
    if (digit_count == 0 && digit == 0) {
      if (after_point) --exponent10;
    } else if (digit_count < 19) {
      digits = digits * 10 + digit;
      ++digit_count;
      if (after_point) --exponent10;
    } else {
      nonzero_tail = nonzero_tail || digit != 0;
      if (!after_point) ++exponent10;
    }
  }
  out->digits = digits;
  out->nonzero_tail = nonzero_tail;
  out->exponent10 = exponent10;
  out->first_place = exponent10 + digit_count - 1;
  out->mantissa_begin = mantissa_begin;
  out->mantissa_end = mantissa_end;
  return true;
}

// The bits of the value in the format nearest to the decimal, ties to even.
uint64_t RoundDecimalText(const DecimalText& decimal, const Format& format) {
  uint64_t sign = decimal.negative ? format.SignBit() : 0;
  if (decimal.kind == DecimalText::Kind::kInfinity)
    return sign | format.InfinityBits();
  if (decimal.kind == DecimalText::Kind::kNan)
    return sign | format.QuietNanBits();
  // Below 10^-324 is under half the smallest subnormal double (and single);
  // from 10^310 on is above the largest double.
  if (decimal.digits == 0 || decimal.first_place < -325) return sign;
  if (decimal.first_place > 309) return sign | format.InfinityBits();
  auto scale = static_cast<int>(decimal.exponent10);
  uint64_t bits =
      RoundDecimal(decimal.digits, scale, decimal.nonzero_tail ? 1 : 0, format);
  // With more digits than kept, the value is strictly between digits and
  // digits + 1 (in units of the last kept digit). If those round differently,
  // a halfway point lies between them, and the full digit string is compared
  // with it exactly.
  if (decimal.nonzero_tail &&
      RoundDecimal(decimal.digits + 1, scale, -1, format) != bits) {
    int order =
        CompareWithHalfway(decimal.mantissa_begin, decimal.mantissa_end,
                           static_cast<int>(decimal.first_place), bits, format);
    if (order > 0 || (order == 0 && (bits & 1) != 0)) ++bits;
  }
  return sign | bits;
}

// When the digits and the power of ten are both exact in T, one correctly
// rounded operation gives the answer, much faster than RoundDecimalText. The
// digits are converted from Significand, an integer type no wider than needed:
// libgcc converts 64-bit integers to a single through doubles.
template <typename T, typename Significand>
bool ScaleExactly(const DecimalText& decimal, const Format& format, T* result) {
#if !defined(__FLT_EVAL_METHOD__) || __FLT_EVAL_METHOD__ == 0
  if (decimal.kind != DecimalText::Kind::kNumber || decimal.nonzero_tail ||
      decimal.digits >= (uint64_t{1} << format.precision) ||
      decimal.exponent10 < -format.exact_powers ||
      decimal.exponent10 > format.exact_powers) {
    return false;
  }
  T power = 1;
  for (int64_t i = decimal.exponent10 < 0 ? -decimal.exponent10
                                          : decimal.exponent10;
       i > 0; --i) {
    power *= 10;
  }
  auto value = static_cast<T>(static_cast<Significand>(decimal.digits));
  value = decimal.exponent10 < 0 ? value / power : value * power;
  *result = decimal.negative ? -value : value;
  return true;
#else
  // With excess precision, the operation would round twice.
  (void)decimal;
  (void)format;
  (void)result;
  return false;
#endif
}

template <typename T, typename Significand>
bool ParseAs(const char* text, size_t length, bool allow_underscores,
             const Format& format, T* result) {
  DecimalText decimal;
  if (!ReadDecimal(text, length, allow_underscores, &decimal)) return false;
  if (!ScaleExactly<T, Significand>(decimal, format, result))
    SetFromBits(RoundDecimalText(decimal, format), result);
  return true;
}

}  // namespace

int ShortestDigits(double x, char* digits, int* decimal_exponent) {
  return ShortestDigitsOf(BitsOf(x), kDouble, digits, decimal_exponent);
}

int ShortestDigits(float x, char* digits, int* decimal_exponent) {
  return ShortestDigitsOf(BitsOf(x), kSingle, digits, decimal_exponent);
}

int FormatRepr(double x, char* out) {
  return FormatReprOf(BitsOf(x), kDouble, out);
}

int FormatRepr(float x, char* out) {
  return FormatReprOf(BitsOf(x), kSingle, out);
}

int FormatFixed(double x, char type, int precision, bool alternate_form,
                char* out, size_t out_size) {
  return FormatFixedOf(BitsOf(x), kDouble, type, precision, alternate_form, out,
                       out_size);
}

int FormatFixed(float x, char type, int precision, bool alternate_form,
                char* out, size_t out_size) {
  return FormatFixedOf(BitsOf(x), kSingle, type, precision, alternate_form, out,
                       out_size);
}

bool ParseFloat(const char* text, size_t length, bool allow_underscores,
                double* result) {
  return ParseAs<double, uint64_t>(text, length, allow_underscores, kDouble,
                                   result);
}

bool ParseFloat(const char* text, size_t length, bool allow_underscores,
                float* result) {
  return ParseAs<float, uint32_t>(text, length, allow_underscores, kSingle,
                                  result);
}

}  // namespace mp::numeric
