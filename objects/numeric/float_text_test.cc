// Tests for float <-> text conversion, against CPython's repr (as literal
// tables), glibc's correctly rounded printf and strtod, and std::to_chars.
#include "objects/numeric/float_text.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <type_traits>

#include "gtest/gtest.h"

namespace mp::numeric {
namespace {

uint64_t Bits(double x) {
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  return bits;
}

uint64_t Bits(float x) {
  uint32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  return bits;
}

double FromBits(uint64_t bits) {
  double x;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

template <typename T>
std::string Repr(T x) {
  char out[32];
  int length = FormatRepr(x, out);
  EXPECT_EQ(length, static_cast<int>(std::strlen(out)));
  return out;
}

std::string Format(double x, char type, int precision,
                   bool alternate_form = false) {
  char out[32];
  int length = FormatFixed(x, type, precision, alternate_form, out, sizeof out);
  if (length < static_cast<int>(sizeof out)) return out;
  std::string big(length + 1, '\0');
  EXPECT_EQ(
      FormatFixed(x, type, precision, alternate_form, big.data(), big.size()),
      length);
  big.resize(length);
  return big;
}

std::string Printf(double x, char type, int precision,
                   bool alternate_form = false) {
  char spec[8] = "%.*";
  if (alternate_form) std::strcpy(spec, "%#.*");
  std::strncat(spec, &type, 1);
  int length = std::snprintf(nullptr, 0, spec, precision, x);
  std::string out(length + 1, '\0');
  std::snprintf(out.data(), out.size(), spec, precision, x);
  out.resize(length);
  return out;
}

// Parses with ParseFloat into a T, returning the bits, or ~0 for invalid text.
template <typename T = double>
uint64_t ParseBits(const std::string& text, bool allow_underscores = false) {
  T result = 0;
  if (!ParseFloat(text.data(), text.size(), allow_underscores, &result))
    return ~0ull;
  return Bits(result);
}

// The bits of what glibc's correctly rounded strtod (or strtof) reads.
template <typename T = double>
uint64_t LibcParseBits(const std::string& text) {
  if constexpr (std::is_same_v<T, float>) {
    return Bits(std::strtof(text.c_str(), nullptr));
  } else {
    return Bits(std::strtod(text.c_str(), nullptr));
  }
}

// Shortest digits from std::to_chars, in ShortestDigits's form:
// value = 0.digits x 10^exponent.
template <typename T>
std::string ToCharsDigits(T x, int* exponent) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, x,
                              std::chars_format::scientific);
  std::string text(buffer, result.ptr);
  size_t e = text.find('e');
  std::string digits;
  for (size_t i = 0; i < e; ++i) {
    if (text[i] != '.') digits += text[i];
  }
  *exponent = std::atoi(text.c_str() + e + 1) + 1;
  return digits;
}

double RandomFinite(std::mt19937_64& random) {
  for (;;) {
    double x = FromBits(random());
    if (std::isfinite(x)) return x;
  }
}

TEST(FloatTextTest, ReprMatchesCPython) {
  // Generated with CPython 3's repr().
  static const struct {
    double value;
    const char* repr;
  } kCases[] = {
      {0x1.1c37937e08000p+53, "1e+16"},
      {0x1.c6bf526340000p+49, "1000000000000000.0"},
      {0x1.a36e2eb1c432dp-14, "0.0001"},
      {0x1.4f8b588e368f1p-17, "1e-05"},
      {0x1.421f5f40d8376p-23, "1.5e-07"},
      {0x0.0000000000001p-1022, "5e-324"},
      {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
      {0x1.0000000000000p+0, "1.0"},
      {0x1.999999999999ap-4, "0.1"},
      {0x1.999999999999ap-3, "0.2"},
      {0x1.3333333333333p-2, "0.3"},
      {0x1.3333333333334p-2, "0.30000000000000004"},
      {0x1.0f0cf064dd592p+73, "1e+22"},
      {0x1.52d02c7e14af6p+76, "1e+23"},
      {0x1.d6f3454000000p+26, "123456789.0"},
      {0x1.0000000000000p-1022, "2.2250738585072014e-308"},
      {0x0.fffffffffffffp-1022, "2.225073858507201e-308"},
      {0x1.5555555555555p-2, "0.3333333333333333"},
      {0x1.5555555555555p-1, "0.6666666666666666"},
      {0x1.9000000000000p+6, "100.0"},
      {0x1.0000000000000p-1, "0.5"},
      {0x1.4000000000000p+0, "1.25"},
      {0x1.1c37937e07fffp+53, "9999999999999998.0"},
      {0x1.1c37937e08001p+53, "1.0000000000000002e+16"},
      {0x1.0000000000000p+53, "9007199254740992.0"},
      {0x1.0000000000001p+53, "9007199254740994.0"},
      {0x1.0000000000000p+63, "9.223372036854776e+18"},
      {0x1.0000000000000p+64, "1.8446744073709552e+19"},
      {0x1.921fb54442d18p+1, "3.141592653589793"},
      {0x1.5bf0a8b145769p+1, "2.718281828459045"},
      {-0x1.8000000000000p+0, "-1.5"},
      {-0x1.56e1fc2f8f359p-997, "-1e-300"},
      {-0x1.edd2f1a9fbe77p+6, "-123.456"},
      {0x1.249ad2594c37dp+332, "1e+100"},
      {0x1.bff2ee48e0530p-333, "1e-100"},
      {0x1.1ccf385ebc8a0p+1023, "1e+308"},
      {0x1.1fa182c40c60dp-1020, "1e-307"},
      {0x1.1666666666666p+2, "4.35"},
      {0x1.0624dd2f1a9fcp-10, "0.001"},
      {0x1.47ae147ae147bp-7, "0.01"},
      {0x1.34a456d5cfaadp+10, "1234.5678"},
      {0x1.b1ae4d6e2ef50p+69, "1e+21"},
      {0x1.a36e2eb1c432dp-15, "5e-05"},
      {0x1.8e757928e0c9ep-14, "9.5e-05"},
      {0x1.01f31f46ed246p-13, "0.000123"},
      {0x1.56a95319d63e1p+63, "1.2345678901234567e+19"},
      {0x1.f9add3746f65fp-4, "0.12345678901234568"},
      {0x1.1de784a000000p+28, "299792458.0"},
      {0x1.fe185ca57c517p+78, "6.02214076e+23"},
      {0x1.7a4da290c1653p-63, "1.602176634e-19"},
      {0x0.0000000000002p-1022, "1e-323"},
      {0x0.0000000000003p-1022, "1.5e-323"},
      {0x1.0000000000000p+1023, "8.98846567431158e+307"},
      {0x1.ffffffffffffep+1023, "1.7976931348623155e+308"},
      {0x1.c7e83209e90b2p+72, "8.41e+21"},
      {0x0.0000000000007p-1022, "3.5e-323"},
      {0x1.ad7f29abcaf48p-24, "1e-07"},
      {0x1.0c6f7a0b5ed8dp-20, "1e-06"},
      {0x1.4000000000000p+3, "10.0"},
      {0x1.f400000000000p+9, "1000.0"},
      {0x1.3880000000000p+13, "10000.0"},
      {0x1.86a0000000000p+16, "100000.0"},
      {0x1.e848000000000p+19, "1000000.0"},
      {0x1.312d000000000p+23, "10000000.0"},
      {0x1.7d78400000000p+26, "100000000.0"},
      {0x1.dcd6500000000p+29, "1000000000.0"},
      {0x1.2a05f20000000p+33, "10000000000.0"},
      {0x1.74876e8000000p+36, "100000000000.0"},
      {0x1.d1a94a2000000p+39, "1000000000000.0"},
      {0x1.2309ce5400000p+43, "10000000000000.0"},
      {0x1.6bcc41e900000p+46, "100000000000000.0"},
      {0x1.6345785d8a000p+56, "1e+17"},
      {0x1.bc16d674ec800p+59, "1e+18"},
      {0x1.158e460913d00p+63, "1e+19"},
      {0x1.5af1d78b58c40p+66, "1e+20"},
      {0x1.52d02c7e14af7p+76, "1.0000000000000001e+23"},
      {0x1.92a737110e454p-20, "1.5e-06"},
      {0x1.f75104d551d6ap-17, "1.5000000000000002e-05"},
      {0x1.3a92a30553262p-13, "0.00015000000000000001"},
      {0x1.89374bc6a7efap-10, "0.0015"},
      {0x1.eb851eb851eb8p-7, "0.015"},
      {0x1.3333333333334p-3, "0.15000000000000002"},
      {0x1.8000000000000p+0, "1.5"},
      {0x1.e000000000000p+3, "15.0"},
      {0x1.2c00000000000p+7, "150.0"},
      {0x1.7700000000000p+10, "1500.0"},
      {0x1.d4c0000000000p+13, "15000.0"},
      {0x1.24f8000000000p+17, "150000.0"},
      {0x1.6e36000000000p+20, "1500000.0"},
      {0x1.c9c3800000000p+23, "15000000.0"},
      {0x1.1e1a300000000p+27, "150000000.0"},
      {0x1.65a0bc0000000p+30, "1500000000.0"},
      {0x1.bf08eb0000000p+33, "15000000000.0"},
      {0x1.176592e000000p+37, "150000000000.0"},
      {0x1.5d3ef79800000p+40, "1500000000000.0"},
      {0x1.b48eb57e00000p+43, "15000000000000.0"},
      {0x1.10d9316ec0000p+47, "150000000000000.0"},
      {0x1.550f7dca70000p+50, "1500000000000000.0"},
      {0x1.aa535d3d0c000p+53, "1.5e+16"},
      {0x1.0a741a4627800p+57, "1.5e+17"},
      {-0x1.4f8b588e368f1p-17, "-1e-05"},
      {-0x1.a36e2eb1c432dp-14, "-0.0001"},
      {-0x1.c6bf526340000p+49, "-1000000000000000.0"},
      {-0x1.1c37937e08000p+53, "-1e+16"},
      {-0x1.74de452e6b438p+811, "-1.989032661366619e+244"},
      {0x1.3270e269e0d37p+594, "7.761117632285041e+178"},
      {0x1.c7fd0a6a3a450p-826, "3.980498358697587e-249"},
      {-0x1.f0824128b2f33p+292, "-1.5432835417340557e+88"},
      {0x1.8e811892f902bp-638, "1.3647584518757569e-192"},
      {-0x1.1985d5d9dc9f8p-684, "-1.3701135617873088e-206"},
      {-0x1.25d940ed90475p+655, "-1.7160537630466207e+197"},
      {0x1.675cc81e74ef5p-144, "6.294675241195386e-44"},
      {0x1.0a35a099950d8p-671, "1.0613447212142254e-202"},
      {0x1.d549b6f03675ap+689, "4.708325160387546e+207"},
      {0x1.c172411e20b8fp-38, "6.387016158513563e-12"},
      {-0x1.16ece1738f7d9p-814, "-9.973130378568733e-246"},
      {0x1.1ddb66cad4a26p-781, "8.779753225680271e-236"},
      {-0x1.192cfd3ac94afp-755, "-5.795503248498993e-228"},
      {-0x1.c105d1fb17c23p+809, "-5.988180159386011e+243"},
      {-0x1.0b33839263059p-488, "-1.306052388527796e-147"},
      {-0x1.f48f1a09f76b5p-684, "-2.436117699484841e-206"},
      {0x1.630f1f29d0da9p-770, "2.233386999150174e-232"},
      {-0x1.60af593bd04cfp-673, "-3.51527970626667e-203"},
      {0x1.1e29c658cda14p-820, "1.5987381841032883e-247"},
      {0x1.8d190f9ebdaccp-118, "4.6678633181812096e-36"},
      {-0x1.1973e0becd7b0p-791, "-8.441872792105456e-239"},
      {0x1.7beaddbc496cbp-478, "1.9015657400796622e-144"},
      {0x1.cb2424a23d596p+693, "7.370437700706684e+208"},
      {-0x1.a63ec24ede6a4p-857, "-1.7163996725272777e-258"},
      {-0x1.766581e27a1c0p-733, "-3.2367190832119987e-221"},
      {-0x1.d05584ef8aa38p-777, "-2.2818334634712625e-234"},
      {-0x1.7ba94d0eda82fp-278, "-3.0536383926309363e-84"},
      {0x1.1dbe22e44158bp-601, "1.3449551894627777e-181"},
      {-0x1.a736994e3bf91p-732, "-7.317495976062606e-221"},
      {0x1.850c5a38fd547p-254, "5.249822308814304e-77"},
      {0x1.135d25f557203p-624, "1.5450754142984396e-188"},
      {-0x1.ce4228c38fb29p-155, "-3.953625698224792e-47"},
      {-0x1.a70c31012f037p-760, "-2.72491267476498e-229"},
      {-0x1.769b10f4205b4p-536, "-6.505141861548772e-162"},
      {0x1.5052434b9b5dfp+1010, "1.441484839555994e+304"},
      {-0x1.ed162ae2eb154p-894, "-1.4583679262758548e-269"},
      {-0x1.877186d76b07ep+112, "-7.939416668807721e+33"},
      {0x1.1af10506bf2efp+884, "1.4255183989699612e+266"},
      {-0x1.6a78795e761d1p+711, "-1.525315701232403e+214"},
      {0x1.0a9587403e430p+458, "7.750545741548908e+137"},
      {0x1.8e2774cbd87adp-6, "0.024301399287089676"},
      {0x1.5319acb5c7427p-287, "5.326960081783017e-87"},
      {-0x1.2ea20b2f14c94p+123, "-1.2570882301712172e+37"},
      {0x1.4733f3e7d1bfbp-688, "9.952684009002448e-208"},
      {0x1.d2055930d6eafp+206, "1.8721667527122837e+62"},
      {0x1.ff20686734721p+1004, "3.422978398947072e+302"},
      {0x1.e05cde00902c7p+383, "3.6967297937384553e+115"},
      {0x1.6cc3ababced20p+815, "3.113284956169447e+245"},
      {-0x1.4bcfc49b64a08p-577, "-2.6202582260546103e-174"},
      {0x1.d4acefaecbd38p-724, "2.0745096302730225e-218"},
      {-0x1.e07bc1e398f10p-975, "-5.877500503097409e-294"},
      {0x1.af4d46b0a18e8p-348, "2.938345597354166e-105"},
      {0x1.0f82ec1d3fcffp+378, "6.529598674765832e+113"},
      {-0x1.acbe226e87555p+751, "-1.9837344250050814e+226"},
      {0x1.46c697d2caf82p+704, "1.0743030475716402e+212"},
      {-0x1.6e1f40a097c97p+869, "-5.629271400715247e+261"},
      {0x1.eef86ab1031d0p-706, "5.743310614918485e-213"},
      {-0x1.e0d7ac3baea9ep-786, "-4.61515470702556e-237"},
      {-0x1.2135e92b1d3f2p+161, "-3.302201168194502e+48"},
      {0x1.5db0e2cd40000p+39, "750955620000.0"},
      {0x1.0f06da16a91b3p+65, "3.905907325e+19"},
      {-0x1.4904840000000p+26, "-86250000.0"},
      {-0x1.bcf56796544f4p-25, "-5.18e-08"},
      {0x1.00a37053c4d0cp+62, "4.623187e+18"},
      {-0x1.f587116740000p+41, "-4308089360000.0"},
      {-0x1.15e7aaedc3000p+43, "-9548741439000.0"},
      {-0x1.67e6a21d120a6p+72, "-6.639e+21"},
      {-0x1.694df759be376p-4, "-0.08820912"},
      {0x1.0efcdfb404d80p+52, "4767267590000000.0"},
      {0x1.5da69a5e1d098p-14, "8.336324524e-05"},
      {-0x1.fd15abc000000p+25, "-66726743.5"},
      {0x1.247fa75333333p+26, "76676765.3"},
      {0x1.776ef52a2b000p+48, "412793420000000.0"},
      {0x1.7ff8c4de7d09ap-14, "9.1546e-05"},
      {-0x1.f9e9000000001p+15, "-64756.50000000001"},
      {-0x1.29cfd80000000p+23, "-9758700.0"},
      {-0x1.35e5676277c00p+55, "-4.3614e+16"},
      {0x1.c56400632fd8dp-8, "0.006918192000000001"},
      {0x1.9914feda51291p-22, "3.8098731427000003e-07"},
      {-0x1.8a52b35e17300p+49, "-867125555900000.0"},
      {-0x1.ab86e69f47bf7p-13, "-0.000203860739"},
      {-0x1.3d6f817e15694p-25, "-3.6954364e-08"},
      {-0x1.577e11a46e708p+62, "-6.18781e+18"},
      {-0x1.6a99646eb887cp-21, "-6.753936200000001e-07"},
      {-0x1.a0ef4e56fb0e8p-11, "-0.00079524"},
      {0x1.2d519cd5b92f9p-17, "8.98e-06"},
      {0x1.7f50fc9cc9240p-1, "0.7486647550000001"},
      {0x1.872ef0dd70000p+44, "26881916000000.0"},
      {-0x1.c06d0f8d10cf4p+68, "-5.17e+20"},
      {0x1.abb2cc8d0e2cep+69, "9.862054434000001e+20"},
      {-0x1.089a027525460p-5, "-0.032299999999999995"},
      {-0x1.e59c5eccccccdp+22, "-7956247.7"},
      {-0x1.d626b335eb0f6p-32, "-4.2759999999999995e-10"},
      {-0x1.acf7f7b27d000p+45, "-58956998660000.0"},
      {-0x1.e5b4ad7b83562p-28, "-7.0679492219999995e-09"},
      {0x1.b1178d83ed501p-15, "5.1628589999999995e-05"},
      {0x1.1d8100e980000p+45, "39239360000000.0"},
      {0x1.3ef3b5810624ep+16, "81651.709"},
      {0x1.e5aa212dc0000p+35, "65184794990.0"},
  };
  for (const auto& test_case : kCases) {
    EXPECT_EQ(Repr(test_case.value), test_case.repr)
        << std::hexfloat << test_case.value;
  }
  EXPECT_EQ(Repr(0.0), "0.0");
  EXPECT_EQ(Repr(-0.0), "-0.0");
  EXPECT_EQ(Repr(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(Repr(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(Repr(std::numeric_limits<double>::quiet_NaN()), "nan");
  EXPECT_EQ(Repr(-std::numeric_limits<double>::quiet_NaN()), "nan");
}

TEST(FloatTextTest, ShortestDigitsForm) {
  char digits[17];
  int exponent = 0;
  ASSERT_EQ(ShortestDigits(123.25, digits, &exponent), 5);
  EXPECT_EQ(std::string(digits, 5), "12325");
  EXPECT_EQ(exponent, 3);
  ASSERT_EQ(ShortestDigits(5e-324, digits, &exponent), 1);
  EXPECT_EQ(digits[0], '5');
  EXPECT_EQ(exponent, -323);
  ASSERT_EQ(ShortestDigits(1.7976931348623157e308, digits, &exponent), 17);
  EXPECT_EQ(exponent, 309);
  ASSERT_EQ(ShortestDigits(1e23, digits, &exponent), 1);
  EXPECT_EQ(exponent, 24);
}

// Checks that the shortest digits match std::to_chars and that the repr reads
// back exactly.
template <typename T>
void CheckShortest(T x) {
  char digits[17];
  int exponent = 0;
  int count = ShortestDigits(std::fabs(x), digits, &exponent);
  int expected_exponent = 0;
  std::string expected = ToCharsDigits(std::fabs(x), &expected_exponent);
  ASSERT_EQ(std::string(digits, count), expected) << std::hexfloat << x;
  ASSERT_EQ(exponent, expected_exponent) << std::hexfloat << x;
  std::string repr = Repr(x);
  ASSERT_EQ(ParseBits<T>(repr), Bits(x)) << repr;
  ASSERT_EQ(LibcParseBits<T>(repr), Bits(x)) << repr;
}

TEST(FloatTextTest, ShortestRoundTripsRandomBits) {
  std::mt19937_64 random(1);
  for (int i = 0; i < 1000000; ++i) {
    CheckShortest(RandomFinite(random));
    if (HasFatalFailure()) return;
  }
}

TEST(FloatTextTest, ShortestRoundTripsNiceDecimals) {
  std::mt19937_64 random(2);
  for (int i = 0; i < 200000; ++i) {
    int digits = 1 + static_cast<int>(random() % 17);
    std::string text;
    for (int j = 0; j < digits; ++j)
      text += static_cast<char>('0' + random() % 10);
    text += "e" + std::to_string(static_cast<int>(random() % 640) - 330);
    double x = std::strtod(text.c_str(), nullptr);
    if (x == 0 || std::isinf(x)) continue;
    CheckShortest(x);
    if (HasFatalFailure()) return;
  }
  // Around powers of ten and of two, and the ends of the range.
  for (int k = -323; k <= 308; ++k) {
    double x = std::strtod(("1e" + std::to_string(k)).c_str(), nullptr);
    CheckShortest(x);
    CheckShortest(std::nextafter(x, 0.0));
    CheckShortest(std::nextafter(x, HUGE_VAL));
  }
  for (int k = -1074; k <= 1023; ++k) {
    double x = std::ldexp(1.0, k);
    CheckShortest(x);
    CheckShortest(std::nextafter(x, 0.0));
    CheckShortest(std::nextafter(x, HUGE_VAL));
  }
}

TEST(FloatTextTest, FormatFixedSpecialValues) {
  double inf = std::numeric_limits<double>::infinity();
  double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(Format(inf, 'f', 2), "inf");
  EXPECT_EQ(Format(-inf, 'e', 2), "-inf");
  EXPECT_EQ(Format(inf, 'G', 2), "INF");
  EXPECT_EQ(Format(nan, 'g', 2), "nan");
  EXPECT_EQ(Format(-nan, 'f', 2), "nan");  // Python drops the sign of a NaN
  EXPECT_EQ(Format(nan, 'F', 2), "NAN");
  EXPECT_EQ(Format(-0.0, 'f', 2), "-0.00");
  EXPECT_EQ(Format(0.0, 'g', 3), "0");
  EXPECT_EQ(Format(0.0, 'g', 3, true), "0.00");
  EXPECT_EQ(Format(0.0, 'e', 0), "0e+00");
  EXPECT_EQ(Format(1.0, 'f', 0, true), "1.");
  EXPECT_EQ(Format(10.0, 'g', 1, true), "1.e+01");
  EXPECT_EQ(Format(1.0, 'g', 0), "1");
  EXPECT_EQ(Format(0.5, 'f', 0), "0");
  EXPECT_EQ(Format(1.5, 'f', 0), "2");
  EXPECT_EQ(Format(0.125, 'f', 2), "0.12");
  EXPECT_EQ(Format(0.375, 'f', 2), "0.38");
  EXPECT_EQ(Format(9.9999, 'f', 2), "10.00");
  EXPECT_EQ(Format(9.9999, 'e', 2), "1.00e+01");
  EXPECT_EQ(Format(9.9999, 'g', 3), "10");
  EXPECT_EQ(Format(99999.9, 'g', 5), "1e+05");
  EXPECT_EQ(Format(0.0001, 'g', 6), "0.0001");
  EXPECT_EQ(Format(0.00001, 'G', 6), "1E-05");
  EXPECT_EQ(Format(1e-300, 'e', 3), "1.000e-300");
  EXPECT_EQ(Format(0.0006, 'f', 3), "0.001");
  EXPECT_EQ(Format(0.0004, 'f', 3), "0.000");
  // The double nearest 0.0005 is slightly above it.
  EXPECT_EQ(Format(0.0005, 'f', 3), "0.001");
  EXPECT_EQ(Format(999.625, 'g', 3, true), "1.00e+03");  // as Python
}

TEST(FloatTextTest, FormatFixedRetryContract) {
  double x = 1e300;
  int needed = FormatFixed(x, 'f', 2, false, nullptr, 0);
  EXPECT_EQ(needed, 304);
  char small[8];
  EXPECT_EQ(FormatFixed(x, 'f', 2, false, small, sizeof small), needed);
  EXPECT_STREQ(small, "1000000");
  std::string big(needed + 1, 'x');
  EXPECT_EQ(FormatFixed(x, 'f', 2, false, big.data(), big.size()), needed);
  EXPECT_EQ(big.c_str(), Printf(x, 'f', 2));
  char one[1] = {'x'};
  EXPECT_EQ(FormatFixed(-2.5, 'e', 1, false, one, 1), 8);
  EXPECT_EQ(one[0], '\0');
  // Rounding that carries into a new digit, with a buffer cut before it.
  char cut[3];
  EXPECT_EQ(FormatFixed(999.99, 'f', 1, false, cut, sizeof cut), 6);
  EXPECT_STREQ(cut, "10");
}

void CheckAgainstPrintf(double x, int precision) {
  for (char type : {'f', 'e', 'g', 'E', 'G'}) {
    ASSERT_EQ(Format(x, type, precision), Printf(x, type, precision))
        << type << precision << " " << std::hexfloat << x;
  }
  for (char type : {'f', 'e', 'g'}) {
    std::string expected = Printf(x, type, precision, true);
    // glibc's %#g loses the trailing zeros when rounding carries into exponent
    // notation (999.625 with %#.3g gives "1.e+03" where Python gives
    // "1.00e+03"). In exponent notation, %#.Pg is %#.(P-1)e.
    if (type == 'g' && expected.find('e') != std::string::npos) {
      expected = Printf(x, 'e', precision > 0 ? precision - 1 : 0, true);
    }
    ASSERT_EQ(Format(x, type, precision, true), expected)
        << "#" << type << precision << " " << std::hexfloat << x;
  }
}

TEST(FloatTextTest, FormatFixedMatchesPrintf) {
  std::mt19937_64 random(3);
  int checked = 0;
  // Random bit patterns: mostly huge or tiny, so long or all-zero 'f' output.
  for (int i = 0; i < 3000; ++i) {
    double x = RandomFinite(random);
    for (int precision = 0; precision <= 20; ++precision) {
      CheckAgainstPrintf(x, precision);
      if (HasFatalFailure()) return;
      ++checked;
    }
  }
  // Moderate magnitudes, where the rounding position falls among the
  // significant digits, and short dyadic fractions, which are exact ties at
  // some precisions.
  for (int i = 0; i < 25000; ++i) {
    double x;
    if (i % 2 == 0) {
      x = std::ldexp(static_cast<double>(random() >> 11),
                     static_cast<int>(random() % 120) - 113);
    } else {
      x = std::ldexp(static_cast<double>(random() % 100000),
                     -static_cast<int>(random() % 20));
    }
    if (random() % 2 != 0) x = -x;
    for (int precision = 0; precision <= 20; ++precision) {
      CheckAgainstPrintf(x, precision);
      if (HasFatalFailure()) return;
      ++checked;
    }
  }
  // Long outputs: every digit of the exact binary value.
  for (double x : {5e-324, 2.2250738585072014e-308, 0x1.fffffffffffffp-1022,
                   1.7976931348623157e308, 1e300, 0.1, 1.0 / 3, 1e-5}) {
    for (int precision : {30, 100, 400, 760, 800, 1100, 1500}) {
      CheckAgainstPrintf(x, precision);
      CheckAgainstPrintf(-x, precision);
      if (HasFatalFailure()) return;
    }
  }
  EXPECT_EQ(checked, 21 * 28000);
}

TEST(FloatTextTest, ParseValidAndInvalidSyntax) {
  const uint64_t kInvalid = ~0ull;
  for (const char* text :
       {"",          " ",    ".",      "1e",       "e5",    "1e+",   "1e-",
        ".e1",       "_1",   "1_",     "1__0",     "1_.5",  "1._5",  "1_e5",
        "1e_5",      "1e5_", "nan(1)", "1.5 x",    "0x10",  "in",    "infinit",
        "infinityy", "+-1",  "--1",    "1..2",     "1.2.3", "1 2",   "+",
        "-",         "i nf", "1e1.5",  "nana",     "- 1",   "1e+-5", "e",
        "+e1",       "._",   "1.5e",   "inf inity"}) {
    EXPECT_EQ(ParseBits(text, true), kInvalid) << '"' << text << '"';
  }
  EXPECT_EQ(ParseBits(std::string("1\0", 2)), kInvalid);
  EXPECT_EQ(ParseBits("1_0", false), kInvalid);
  EXPECT_EQ(ParseBits("1_0", true), Bits(10.0));
  EXPECT_EQ(ParseBits("1_0.5_5", true), Bits(10.55));
  EXPECT_EQ(ParseBits("1_2e1_0", true), Bits(12e10));
  EXPECT_EQ(ParseBits(".1_2", true), Bits(0.12));
  EXPECT_EQ(ParseBits(" 1.5 "), Bits(1.5));
  EXPECT_EQ(ParseBits("\t\n-2\r\v\f"), Bits(-2.0));
  EXPECT_EQ(ParseBits("1."), Bits(1.0));
  EXPECT_EQ(ParseBits(".5"), Bits(0.5));
  EXPECT_EQ(ParseBits("+.5e-3"), Bits(0.0005));
  EXPECT_EQ(ParseBits("1.e1"), Bits(10.0));
  EXPECT_EQ(ParseBits("1E5"), Bits(1e5));
  EXPECT_EQ(ParseBits("00001"), Bits(1.0));
  EXPECT_EQ(ParseBits("0e0"), Bits(0.0));
  EXPECT_EQ(ParseBits("-0"), Bits(-0.0));
  EXPECT_EQ(ParseBits("-0.0e-999999999999999999999"), Bits(-0.0));
  EXPECT_EQ(ParseBits("1e999999999999999999999"), Bits(HUGE_VAL));
  EXPECT_EQ(ParseBits("0.000001e999999999999999999999"), Bits(HUGE_VAL));
  EXPECT_EQ(ParseBits("INFINITY"), Bits(HUGE_VAL));
  EXPECT_EQ(ParseBits("-iNf"), Bits(-HUGE_VAL));
  EXPECT_EQ(ParseBits(" +Infinity\n"), Bits(HUGE_VAL));
  double result = 0;
  ASSERT_TRUE(ParseFloat("+nan", 4, false, &result));
  EXPECT_TRUE(std::isnan(result));
  ASSERT_TRUE(ParseFloat("-NaN", 4, false, &result));
  EXPECT_TRUE(std::isnan(result));
  EXPECT_TRUE(std::signbit(result));
  // The length bounds the text; what follows is not looked at.
  ASSERT_TRUE(ParseFloat("1.5xyz", 3, false, &result));
  EXPECT_EQ(result, 1.5);
  result = 7;
  EXPECT_FALSE(ParseFloat("1.5xyz", 4, false, &result));
  EXPECT_EQ(result, 7);
}

TEST(FloatTextTest, ParseHardCases) {
  for (const char* text : {
           "9007199254740993",
           "9007199254740993.0000000000000000000000000000001",
           "9007199254740992.9999999999999999999999999999999",
           "2.2250738585072011e-308",
           "2.2250738585072012e-308",
           "2.2250738585072014e-308",
           "2.225073858507201136057409796709131975934819546351645648e-308",
           "4.9406564584124654e-324",
           "2.4703282292062327e-324",
           "2.4703282292062328e-324",
           "2.4703282292062327208828439643411068618252990130716238221279284e-"
           "324",
           "2."
           "4703282292062327208828439643411068618252990130716238221279284125033"
           "7753635104"
           "3759326499181808179961898982823477228588654633283551779698981993873"
           "98005390939"
           "0631503565951557022639229085839244910518443593180284993653615250031"
           "93704576782"
           "4921936562366986365848075700158576926990370631192827955855133292783"
           "43384093519"
           "7801553124659726357957462276646527282722005637400648549997709659947"
           "04540208281"
           "6622623785739345073633900796776193057750674017632467360096895134053"
           "55374585166"
           "6113422376667860416215968046191446729184030053005753084904876539171"
           "13865916462"
           "3952491262365388187963623937328042389101867234849766823508986338858"
           "79256283027"
           "5599565752445550725518931369083625477918694866799496832404970582102"
           "85131854513"
           "962138377228261454376934125320985913276672363281250e-324",
           "2."
           "4703282292062327208828439643411068618252990130716238221279284125033"
           "775363510437"
           "5932649918180817996189898282347722858865463328355177969898199387398"
           "00539093906315"
           "0356595155702263922908583924491051844359318028499365361525003193704"
           "57678249219365"
           "6236698636584807570015857692699037063119282795585513329278343384093"
           "51978015531246"
           "5972635795746227664652728272200563740064854999770965994704540208281"
           "66226237857393"
           "4507363390079677619305775067401763246736009689513405355374585166611"
           "34223766678604"
           "1621596804619144672918403005300575308490487653917113865916462395249"
           "12623653881879"
           "6362393732804238910186723484976682350898633885879256283027559956575"
           "24455507255189"
           "3136908362547791869486679949683240497058210285131854513962138377228"
           "26145437693412"
           "53209859132766723632812500001e-324",
           "1e23",
           "8.41e21",
           "1.7976931348623157e308",
           "1.7976931348623158e308",
           "1.7976931348623159e308",
           "1797693134862315807937289714053034150799341327100378269361737789804"
           "44968292764750"
           "9466490179775872070963302864166928879109465555478519404026306574886"
           "71505820681908"
           "9020007083836762738548458177115317644757302700698555713669596228429"
           "14819860834936"
           "475292719074168444365510704342711559699508093042880177904174497791."
           "999999999",
           "1797693134862315807937289714053034150799341327100378269361737789804"
           "44968292764750"
           "9466490179775872070963302864166928879109465555478519404026306574886"
           "71505820681908"
           "9020007083836762738548458177115317644757302700698555713669596228429"
           "14819860834936"
           "475292719074168444365510704342711559699508093042880177904174497792",
           "0.1",
           "0.30000000000000004",
           "123456789012345678901234567890",
           "0.000000000000000000000000000000000000000000001",
           "1e-400",
           "1e-325",
           "7e-324",
           "8e-324",
           "1e309",
           "3.0540412e5",
           "1448997445238699",
           "1.00000000000000011102230246251565404236316680908203125",
           "1.00000000000000011102230246251565404236316680908203124",
           "1.00000000000000011102230246251565404236316680908203126",
           "1."
           "0000000000000001110223024625156540423631668090820312500000000000000"
           "00001",
           "4503599627370496.5",
           "4503599627370497.5",
           "0.9999999999999999444888487687421729788184165954589843750",
           "00000000000000000000000000000000000000000000000000000000.1e-1",
           "1000000000000000000000000000000000000000000000000000000000000e-60",
       }) {
    EXPECT_EQ(ParseBits(text), LibcParseBits(text)) << text;
  }
}

// A random decimal of up to max_digits digits, with or without a sign, a point
// and an exponent in [-max_exponent, max_exponent].
std::string RandomDecimal(std::mt19937_64& random, int max_digits,
                          int max_exponent) {
  int length = 1 + static_cast<int>(random() % max_digits);
  std::string text;
  if (random() % 4 == 0) text += '-';
  int point =
      random() % 3 == 0 ? -1 : static_cast<int>(random() % (length + 1));
  for (int j = 0; j < length; ++j) {
    if (j == point) text += '.';
    text += static_cast<char>('0' + random() % 10);
  }
  if (point == length) text += '.';
  if (random() % 8 != 0) {
    text += "e" +
            std::to_string(static_cast<int>(random() % (2 * max_exponent + 1)) -
                           max_exponent);
  }
  return text;
}

TEST(FloatTextTest, ParseMatchesStrtodOnRandomDecimals) {
  std::mt19937_64 random(4);
  for (int i = 0; i < 1000000; ++i) {
    std::string text = RandomDecimal(random, 40, 350);
    ASSERT_EQ(ParseBits(text), LibcParseBits(text)) << text;
  }
}

// Exact decimal arithmetic on digit strings, for building halfway points
// between doubles.
struct Decimal {
  // value = digits x 10^place; no leading zeros, and "" for zero.
  std::string digits;
  int place = 0;
};

Decimal ExactDecimal(double x) {  // glibc prints the exact binary value
  char buffer[1200];
  std::snprintf(buffer, sizeof buffer, "%.1100e", x);
  std::string text = buffer;
  size_t e = text.find('e');
  Decimal result;
  result.digits = text.substr(0, 1) + text.substr(2, e - 2);
  result.place = std::atoi(text.c_str() + e + 1) -
                 static_cast<int>(result.digits.size() - 1);
  while (!result.digits.empty() && result.digits.back() == '0') {
    result.digits.pop_back();
    ++result.place;
  }
  if (result.digits == "0") result.digits.clear();
  return result;
}

Decimal Midpoint(Decimal a, Decimal b) {
  // Align to a common last place, one lower so that halving is exact.
  int place = std::min(a.place, b.place) - 1;
  a.digits.append(a.place - place, '0');
  b.digits.append(b.place - place, '0');
  size_t size = std::max(a.digits.size(), b.digits.size()) + 1;
  a.digits.insert(0, size - a.digits.size(), '0');
  b.digits.insert(0, size - b.digits.size(), '0');
  std::string sum(size, '0');
  int carry = 0;
  for (size_t i = size; i-- > 0;) {
    int digit = (a.digits[i] - '0') + (b.digits[i] - '0') + carry;
    sum[i] = static_cast<char>('0' + digit % 10);
    carry = digit / 10;
  }
  Decimal half;
  int remainder = 0;
  for (char c : sum) {
    int value = remainder * 10 + (c - '0');
    half.digits += static_cast<char>('0' + value / 2);
    remainder = value % 2;
  }
  half.place = place;
  half.digits.erase(0, half.digits.find_first_not_of('0'));
  while (half.digits.back() == '0') {
    half.digits.pop_back();
    ++half.place;
  }
  return half;
}

std::string Text(const Decimal& d, bool with_point) {
  if (!with_point) return d.digits + "e" + std::to_string(d.place);
  // d1.d2d3... x 10^(place + count - 1)
  return d.digits.substr(0, 1) + "." + d.digits.substr(1) + "e" +
         std::to_string(d.place + static_cast<int>(d.digits.size()) - 1);
}

// Checks the exact halfway point between two neighbours and values just above
// and below it.
void CheckHalfway(const Decimal& halfway, int index) {
  Decimal above = halfway;
  above.digits += "1";
  --above.place;
  Decimal below = halfway;
  size_t i = below.digits.size();
  while (below.digits[--i] == '0') below.digits[i] = '9';
  --below.digits[i];
  below.digits += "9";
  --below.place;
  if (below.digits[0] == '0') below.digits.erase(0, 1);
  for (const Decimal* d : {&halfway, static_cast<const Decimal*>(&above),
                           static_cast<const Decimal*>(&below)}) {
    std::string text = Text(*d, index % 2 == 0);
    ASSERT_EQ(ParseBits(text), LibcParseBits(text)) << text;
  }
}

TEST(FloatTextTest, ParseLongInputsAtHalfwayPoints) {
  std::mt19937_64 random(5);
  for (int i = 0; i < 10000; ++i) {
    double x = std::fabs(RandomFinite(random));
    if (i % 3 == 0)
      x = std::ldexp(x, -1000);  // many subnormals, the longest expansions
    double next = std::nextafter(x, HUGE_VAL);
    if (std::isinf(next)) continue;
    CheckHalfway(Midpoint(ExactDecimal(x), ExactDecimal(next)), i);
    if (HasFatalFailure()) return;
  }
  // Between 0 and the smallest subnormal, and the largest double and 2^1024.
  CheckHalfway(Midpoint(ExactDecimal(0.0), ExactDecimal(5e-324)), 0);
  Decimal two_to_1024;
  two_to_1024.digits =
      "179769313486231590772930519078902473361797697894230657273430081157732675"
      "8055009631327084"
      "773224075360211201138798713933576587897688144166224928474306394741243777"
      "6789342486548527"
      "630221960124609411945308295208500576883815068234246288147391311054082723"
      "7163350510684586"
      "298239947245938479716304835356329624224137216";
  two_to_1024.place = 0;
  CheckHalfway(Midpoint(ExactDecimal(1.7976931348623157e308), two_to_1024), 1);
  EXPECT_EQ(
      ParseBits(Text(
          Midpoint(ExactDecimal(1.7976931348623157e308), two_to_1024), true)),
      Bits(HUGE_VAL));
}

// Singles (the float overloads), against std::to_chars(float), strtof and
// printf of the exactly widened value.

float SingleFromBits(uint32_t bits) {
  float x;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

TEST(SingleTextTest, ReprIsShortestForSingles) {
  EXPECT_EQ(Repr(0.1f), "0.1");
  EXPECT_EQ(Repr(1.0f / 3.0f), "0.33333334");
  EXPECT_EQ(Repr(2.0f / 3.0f), "0.6666667");
  EXPECT_EQ(Repr(1.0f), "1.0");
  EXPECT_EQ(Repr(-2.5f), "-2.5");
  EXPECT_EQ(Repr(-0.0f), "-0.0");
  EXPECT_EQ(Repr(16777216.0f), "16777216.0");
  EXPECT_EQ(Repr(16777218.0f), "16777218.0");
  EXPECT_EQ(Repr(123456789.0f), "123456790.0");
  EXPECT_EQ(Repr(1e10f), "10000000000.0");
  EXPECT_EQ(Repr(1e15f), "1000000000000000.0");
  EXPECT_EQ(Repr(1e16f), "1e+16");
  EXPECT_EQ(Repr(0.0001f), "0.0001");
  EXPECT_EQ(Repr(0.00001f), "1e-05");
  EXPECT_EQ(Repr(std::numeric_limits<float>::max()), "3.4028235e+38");
  EXPECT_EQ(Repr(std::numeric_limits<float>::min()), "1.1754944e-38");
  EXPECT_EQ(Repr(std::numeric_limits<float>::denorm_min()), "1e-45");
  EXPECT_EQ(Repr(std::numeric_limits<float>::infinity()), "inf");
  EXPECT_EQ(Repr(-std::numeric_limits<float>::infinity()), "-inf");
  EXPECT_EQ(Repr(std::numeric_limits<float>::quiet_NaN()), "nan");
  char digits[17];
  int exponent = 0;
  ASSERT_EQ(ShortestDigits(0.3f, digits, &exponent), 1);
  EXPECT_EQ(digits[0], '3');
  EXPECT_EQ(exponent, 0);
}

TEST(SingleTextTest, ShortestRoundTripsRandomBits) {
  std::mt19937 random(6);
  for (int i = 0; i < 200000; ++i) {
    float x = SingleFromBits(static_cast<uint32_t>(random()));
    if (!std::isfinite(x)) continue;
    CheckShortest(x);
    if (HasFatalFailure()) return;
  }
  for (int k = -149; k <= 127; ++k) {
    float x = std::ldexp(1.0f, k);
    CheckShortest(x);
    CheckShortest(std::nextafter(x, 0.0f));
    CheckShortest(std::nextafter(x, HUGE_VALF));
  }
  for (int k = -45; k <= 38; ++k) {
    float x = std::strtof(("1e" + std::to_string(k)).c_str(), nullptr);
    CheckShortest(x);
    CheckShortest(std::nextafter(x, 0.0f));
    CheckShortest(std::nextafter(x, HUGE_VALF));
  }
}

TEST(SingleTextTest, FormatFixedMatchesPrintfOfTheExactValue) {
  std::mt19937 random(7);
  const char types[] = {'f', 'e', 'g', 'E', 'G'};
  for (int i = 0; i < 50000; ++i) {
    float x = SingleFromBits(static_cast<uint32_t>(random()));
    if (!std::isfinite(x)) continue;
    char type = types[random() % 5];
    int precision = static_cast<int>(random() % 30);
    bool alternate_form = random() % 4 == 0;
    char out[128];
    int length =
        FormatFixed(x, type, precision, alternate_form, out, sizeof out);
    if (length >= static_cast<int>(sizeof out)) continue;
    // Widening to double is exact, and glibc's printf prints exact values.
    ASSERT_EQ(std::string(out),
              Printf(static_cast<double>(x), type, precision, alternate_form))
        << std::hexfloat << x;
  }
  char out[8];
  EXPECT_EQ(FormatFixed(std::numeric_limits<float>::infinity(), 'F', 2, false,
                        out, sizeof out),
            3);
  EXPECT_STREQ(out, "INF");
}

TEST(SingleTextTest, ParseRoundsOnceToSingle) {
  EXPECT_EQ(ParseBits<float>("0.1"), Bits(0.1f));
  EXPECT_EQ(ParseBits<float>("  -1.5e3 "), Bits(-1500.0f));
  EXPECT_EQ(ParseBits<float>("1_000.5", true), Bits(1000.5f));
  EXPECT_EQ(ParseBits<float>("1_000.5"), ~0ull);
  EXPECT_EQ(ParseBits<float>("abc"), ~0ull);
  EXPECT_EQ(ParseBits<float>("-inf"),
            Bits(-std::numeric_limits<float>::infinity()));
  EXPECT_TRUE(std::isnan(SingleFromBits(ParseBits<float>("NaN"))));
  EXPECT_EQ(ParseBits<float>("-0"), Bits(-0.0f));
  EXPECT_EQ(ParseBits<float>("1e39"),
            Bits(std::numeric_limits<float>::infinity()));
  EXPECT_EQ(ParseBits<float>("-1e-46"), Bits(-0.0f));
  EXPECT_EQ(ParseBits<float>("1e-45"),
            Bits(std::numeric_limits<float>::denorm_min()));
  EXPECT_EQ(ParseBits<float>("3.4028235e38"),
            Bits(std::numeric_limits<float>::max()));
  // Just above the halfway point between 1 and the next single: through a
  // double it would round to the halfway point itself and then down to 1.
  EXPECT_EQ(ParseBits<float>("1.00000005960464477550"),
            Bits(std::nextafter(1.0f, 2.0f)));
  // Halfway between the largest single and 2^128 rounds to even: infinity.
  EXPECT_EQ(ParseBits<float>("340282356779733661637539395458142568448"),
            Bits(std::numeric_limits<float>::infinity()));
}

TEST(SingleTextTest, ParseMatchesStrtofOnRandomDecimals) {
  std::mt19937_64 random(8);
  for (int i = 0; i < 100000; ++i) {
    std::string text = RandomDecimal(random, 30, 55);
    ASSERT_EQ(ParseBits<float>(text), LibcParseBits<float>(text)) << text;
  }
}

TEST(SingleTextTest, ParseAtHalfwayPointsBetweenSingles) {
  std::mt19937 random(9);
  for (int i = 0; i < 20000; ++i) {
    float x = std::fabs(SingleFromBits(static_cast<uint32_t>(random())));
    float next = std::nextafter(x, HUGE_VALF);
    if (!std::isfinite(x) || std::isinf(next)) continue;
    // The midpoint of two singles is exact as a double.
    double middle = (static_cast<double>(x) + static_cast<double>(next)) / 2;
    Decimal halfway = ExactDecimal(middle);
    for (const char* suffix : {"", "1"}) {
      Decimal d = halfway;
      d.digits += suffix;
      d.place -= static_cast<int>(std::strlen(suffix));
      std::string text = Text(d, i % 2 == 0);
      ASSERT_EQ(ParseBits<float>(text), LibcParseBits<float>(text)) << text;
    }
  }
}

}  // namespace
}  // namespace mp::numeric
