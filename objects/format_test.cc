#include "objects/format.h"

#include <string.h>

#include <string>

#include "gtest/gtest.h"
#include "objects/operations.h"
#include "objects/str.h"
#include "objects/testing.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

using testing::RaisedBy;

constexpr double kInf = __builtin_inf();
constexpr double kNan = __builtin_nan("");

FormatSpec Parse(const char* spec) {
  return ParseFormatSpec(spec, strlen(spec));
}

template <typename F>
std::string Written(F write) {
  Vstr text;
  write(text.printer());
  return std::string(text.data(), text.length());
}

std::string Double(double value, const char* spec) {
  return Written([&](const Printer& printer) {
    FormatFloat(printer, value, Parse(spec));
  });
}

std::string Integer(intptr_t value, const char* spec) {
  return Written([&](const Printer& printer) {
    FormatInteger(printer, value, Parse(spec));
  });
}

std::string String(const char* text, const char* spec) {
  return Written([&](const Printer& printer) {
    FormatStrValue(printer, text, strlen(text), Parse(spec));
  });
}

TEST(ParseFormatSpecTest, ReadsEveryField) {
  FormatSpec spec = Parse("*^+z#012,.3f");
  EXPECT_EQ(spec.fill[0], '*');
  EXPECT_TRUE(spec.has_fill);
  EXPECT_EQ(spec.align, '^');
  EXPECT_EQ(spec.sign, '+');
  EXPECT_TRUE(spec.no_negative_zero);
  EXPECT_TRUE(spec.alternate);
  // A fill was given, so the 0 is part of the width.
  EXPECT_FALSE(spec.zero_pad);
  EXPECT_EQ(spec.width, 12);
  EXPECT_EQ(spec.grouping, ',');
  EXPECT_EQ(spec.precision, 3);
  EXPECT_EQ(spec.type, 'f');
}

TEST(ParseFormatSpecTest, DefaultsWhenEmpty) {
  FormatSpec spec = Parse("");
  EXPECT_EQ(spec.fill[0], ' ');
  EXPECT_FALSE(spec.has_fill);
  EXPECT_EQ(spec.align, 0);
  EXPECT_EQ(spec.width, -1);
  EXPECT_EQ(spec.precision, -1);
  EXPECT_EQ(spec.type, 0);
}

TEST(ParseFormatSpecTest, ZeroBeforeTheWidthIsTheFill) {
  FormatSpec spec = Parse("<05");
  EXPECT_TRUE(spec.zero_pad);
  EXPECT_EQ(spec.fill[0], '0');
  EXPECT_EQ(spec.align, '<');
  EXPECT_EQ(spec.width, 5);
}

TEST(ParseFormatSpecTest, MultiByteFill) {
  FormatSpec spec = Parse("\xC3\xA9>4");
  EXPECT_EQ(spec.fill_length, 2);
  EXPECT_EQ(std::string(spec.fill, 2), "\xC3\xA9");
  EXPECT_EQ(spec.align, '>');
  EXPECT_EQ(spec.width, 4);
}

TEST(ParseFormatSpecTest, AnAlignCharacterAloneIsTheAlign) {
  FormatSpec spec = Parse("<");
  EXPECT_EQ(spec.align, '<');
  EXPECT_FALSE(spec.has_fill);
  spec = Parse("<<");
  EXPECT_EQ(spec.fill[0], '<');
  EXPECT_EQ(spec.align, '<');
}

TEST(ParseFormatSpecTest, Errors) {
  EXPECT_EQ(RaisedBy([] { Parse("."); }),
            "ValueError: Format specifier missing precision");
  EXPECT_EQ(RaisedBy([] { Parse(",_"); }),
            "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(RaisedBy([] { Parse("_,"); }),
            "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(RaisedBy([] { Parse(",x"); }),
            "ValueError: Cannot specify ',' with 'x'.");
  EXPECT_EQ(RaisedBy([] { Parse(",n"); }),
            "ValueError: Cannot specify ',' with 'n'.");
  EXPECT_EQ(RaisedBy([] { Parse("_s"); }),
            "ValueError: Cannot specify '_' with 's'.");
  EXPECT_EQ(RaisedBy([] { Parse("5dd"); }),
            "ValueError: invalid format specifier");
  EXPECT_EQ(RaisedBy([] { Parse("99999999999"); }),
            "ValueError: Too many decimal digits in format string");
  EXPECT_EQ(RaisedBy([] { Parse(".99999999999"); }),
            "ValueError: Too many decimal digits in format string");
  EXPECT_EQ(RaisedBy([] { Parse("_x"); }), "");
}

struct IntegerCase {
  long long value;
  const char* spec;
  const char* expected;
};

// The expectations are CPython's format(value, spec).
TEST(FormatIntegerTest, MatchesCPython) {
  const IntegerCase kCases[] = {
      {0, "", "0"},
      {5, "d", "5"},
      {-5, "", "-5"},
      {1234567, ",", "1,234,567"},
      {1234567, "_", "1_234_567"},
      {1234567, "_x", "12_d687"},
      {1234567, "_b", "1_0010_1101_0110_1000_0111"},
      {255, "x", "ff"},
      {255, "X", "FF"},
      {255, "#X", "0XFF"},
      {255, "#o", "0o377"},
      {5, "#b", "0b101"},
      {-255, "#x", "-0xff"},
      {42, "+", "+42"},
      {42, " ", " 42"},
      {-42, " ", "-42"},
      {42, "08", "00000042"},
      {-42, "08", "-0000042"},
      {42, "<8", "42      "},
      {42, "^8", "   42   "},
      {42, "*^9", "***42****"},
      {-42, "=8", "-     42"},
      {42, "#010x", "0x0000002a"},
      {-42, "#010x", "-0x000002a"},
      {1234, "010,", "00,001,234"},
      {1234, "09,", "0,001,234"},
      {1234, "08,", "0,001,234"},
      {1234, "0=8,", "0,001,234"},
      {1234, "*=10,", "*****1,234"},
      {1234, "<010,", "1,23400000"},
      {-1234, "010,", "-0,001,234"},
      {-1234, "011_x", "-0_0000_04d2"},
      {65, "c", "A"},
      {233, "c", "é"},
      {128512, "c", "😀"},
      {65, ">5c", "    A"},
      {233, "^5c", "  é  "},
      {12, "e", "1.200000e+01"},
      {12, ".2f", "12.00"},
      {12, "%", "1200.000000%"},
      {12, "g", "12"},
      {7, "n", "7"},
      {0, "#x", "0x0"},
      {0, "010", "0000000000"},
      {1, "é>5", "éééé1"},
      {1099511627776, ",", "1,099,511,627,776"},
      {-1099511627776, "_", "-1_099_511_627_776"},
  };
  for (const IntegerCase& c : kCases) {
    EXPECT_EQ(Integer(static_cast<intptr_t>(c.value), c.spec), c.expected)
        << "format(" << c.value << ", '" << c.spec << "')";
  }
}

TEST(FormatIntegerTest, MostNegativeValue) {
  EXPECT_EQ(Integer(INTPTR_MIN, "x"),
            INTPTR_MIN == INT64_MIN ? "-8000000000000000" : "-80000000");
}

TEST(FormatIntegerTest, PrecisionIsTheMinimumDigitCount) {
  // What "%.3d" and "%#.3x" need.
  FormatSpec spec;
  spec.precision = 3;
  EXPECT_EQ(Written([&](const Printer& p) { FormatInteger(p, -5, spec); }),
            "-005");
  spec.type = 'x';
  spec.alternate = true;
  EXPECT_EQ(Written([&](const Printer& p) { FormatInteger(p, 5, spec); }),
            "0x005");
  spec.precision = 0;
  spec.alternate = false;
  EXPECT_EQ(Written([&](const Printer& p) { FormatInteger(p, 0, spec); }), "0");
}

TEST(FormatIntegerTest, Errors) {
  EXPECT_EQ(RaisedBy([] { Integer(5, "q"); }),
            "ValueError: unknown format code 'q' for object of type 'int'");
  EXPECT_EQ(RaisedBy([] { Integer(5, "s"); }),
            "ValueError: unknown format code 's' for object of type 'int'");
  EXPECT_EQ(RaisedBy([] { Integer(5, "z"); }),
            "ValueError: Negative zero coercion (z) not allowed in integer "
            "format specifier");
  EXPECT_EQ(RaisedBy([] { Integer(5, "+c"); }),
            "ValueError: sign not allowed with integer format specifier 'c'");
  EXPECT_EQ(RaisedBy([] { Integer(5, "#c"); }),
            "ValueError: Alternate form (#) not allowed with integer format "
            "specifier 'c'");
  EXPECT_EQ(RaisedBy([] { Integer(-1, "c"); }),
            "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(RaisedBy([] { Integer(0x110000, "c"); }),
            "OverflowError: %c arg not in range(0x110000)");
}

// Digit strings longer than any machine int, as arbitrary-precision ints will
// pass them.
TEST(FormatIntegerDigitsTest, LaysOutLongDigitStrings) {
  const char* digits = "123456789012345678901234567890";
  auto format = [&](bool negative, const char* spec) {
    return Written([&](const Printer& p) {
      FormatIntegerDigits(p, negative, digits, strlen(digits), Parse(spec));
    });
  };
  EXPECT_EQ(format(false, ""), "123456789012345678901234567890");
  EXPECT_EQ(format(true, ","), "-123,456,789,012,345,678,901,234,567,890");
  EXPECT_EQ(format(false, "+_"), "+123_456_789_012_345_678_901_234_567_890");
  EXPECT_EQ(format(true, "045,"),
            "-0,000,123,456,789,012,345,678,901,234,567,890");
  EXPECT_EQ(format(false, "*^34"), "**123456789012345678901234567890**");
  const char* hex = "abcdef0123456789abcdef";
  EXPECT_EQ(Written([&](const Printer& p) {
              FormatIntegerDigits(p, true, hex, strlen(hex), Parse("#_X"));
            }),
            "-0XAB_CDEF_0123_4567_89AB_CDEF");
}

struct DoubleCase {
  double value;
  const char* spec;
  const char* expected;
};

// The expectations are CPython's format(value, spec).
TEST(FormatFloatTest, MatchesCPython) {
  const DoubleCase kCases[] = {
      {0.0, "", "0.0"},
      {-0.0, "", "-0.0"},
      {1.0, "", "1.0"},
      {0.1, "", "0.1"},
      {1e+16, "", "1e+16"},
      {1.5e-07, "", "1.5e-07"},
      {123456789.0, "", "123456789.0"},
      {1e+22, "", "1e+22"},
      {3.14159, ".2f", "3.14"},
      {2.675, ".2f", "2.67"},
      {0.5, ".0f", "0"},
      {1.5, ".0f", "2"},
      {2.5, ".0f", "2"},
      {-1.25, ".1f", "-1.2"},
      {1e+300, ".3e", "1.000e+300"},
      {12345.678, "e", "1.234568e+04"},
      {12345.678, "E", "1.234568E+04"},
      {0.0001234, "g", "0.0001234"},
      {123456789.0, "g", "1.23457e+08"},
      {1e-05, "g", "1e-05"},
      {100000.0, "g", "100000"},
      {1000000.0, "g", "1e+06"},
      {1.0, "#g", "1.00000"},
      {1.5, "#.3g", "1.50"},
      {0.0, "g", "0"},
      {1.0, ".3", "1.0"},
      {100.0, ".3", "1e+02"},
      {123.0, ".2", "1.2e+02"},
      {0.0001, ".3", "0.0001"},
      {1e-05, ".3", "1e-05"},
      {1.0, "#.0", "1.e+00"},
      {1.0, "#.3", "1.00"},
      {1e+16, "#", "1.e+16"},
      {9.99, ".2", "1e+01"},
      {9.96, ".2", "1e+01"},
      {99.5, ".2", "1e+02"},
      {0.5, "%", "50.000000%"},
      {0.125, ".1%", "12.5%"},
      {-0.0001, "z.2f", "0.00"},
      {-0.0, "z", "0.0"},
      {-0.0, "+", "-0.0"},
      {1.5, "+", "+1.5"},
      {1.5, " ", " 1.5"},
      {1.5, "10", "       1.5"},
      {1.5, "<10", "1.5       "},
      {1.5, "^10", "   1.5    "},
      {-1.5, "=10", "-      1.5"},
      {-1.5, "010", "-0000001.5"},
      {1.5, "*>+10.3f", "****+1.500"},
      {1234567.125, ",f", "1,234,567.125000"},
      {1234567.125, "_.1f", "1_234_567.1"},
      {1234.5, "012,.2f", "0,001,234.50"},
      {0.5, "010,", "0,000,000.5"},
      {1500000000000000.0, ",", "1,500,000,000,000,000.0"},
      {1e+300, ",.0f",
       "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,"
       "154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,"
       "704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,"
       "982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,"
       "970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,"
       "788,820,056,842,838,115,669,472,196,386,865,459,400,540,160"},
      {kInf, "", "inf"},
      {-kInf, "", "-inf"},
      {kNan, "", "nan"},
      {kInf, "F", "INF"},
      {kNan, "+E", "+NAN"},
      {kInf, "010", "0000000inf"},
      {-kInf, "010,", "-000000inf"},
      {kNan, "=+10,", "+      nan"},
      {kInf, "%", "inf%"},
      {1.5, "n", "1.5"},
      {1234.5, ".2n", "1.2e+03"},
      {5e-324, "", "5e-324"},
      {1.7976931348623157e+308, "", "1.7976931348623157e+308"},
      {0.1, ".20f", "0.10000000000000000555"},
      {0.3333333333333333, ".17g", "0.33333333333333331"},
      {2.5, ".1e", "2.5e+00"},
      {1e-10, "f", "0.000000"},
      {123.456, "08.2f", "00123.46"},
      {-123.456, "+08.2f", "-0123.46"},
      {1.0, "#.0f", "1."},
      {1.0, "#.0e", "1.e+00"},
      {1e+100, ".0", "1e+100"},
      {0.000123, ".1", "0.0001"},
      {1.5, ".0", "2e+00"},
      {2.5, ".0", "2e+00"},
      {0.5, ".0", "0.5"},
      {100000.0, ".6", "1e+05"},
      {100000.0, ".5", "1e+05"},
      {123456.0, ".6", "1.23456e+05"},
      {1234567.0, ".6", "1.23457e+06"},
      {1.5, "é^7", "éé1.5éé"},
      {0.1, ".60", "0.1000000000000000055511151231257827021181583404541015625"},
      {1.1805916207174113e+21, ",.1f", "1,180,591,620,717,411,303,424.0"},
  };
  for (const DoubleCase& c : kCases) {
    EXPECT_EQ(Double(c.value, c.spec), c.expected)
        << "format(" << c.value << ", '" << c.spec << "')";
  }
}

TEST(FormatFloatTest, LongOutputsComeFromTheHeap) {
  std::string text = Double(1.0, ".500f");
  EXPECT_EQ(text.size(), 502u);
  EXPECT_EQ(text.substr(0, 4), "1.00");
  EXPECT_EQ(Double(2.0, ".300"), "2.0");
  EXPECT_EQ(Double(0.1, ".300").size(), 57u);
}

TEST(FormatFloatTest, Errors) {
  EXPECT_EQ(RaisedBy([] { Double(1.5, "d"); }),
            "ValueError: unknown format code 'd' for object of type 'float'");
  EXPECT_EQ(RaisedBy([] { Double(1.5, "x"); }),
            "ValueError: unknown format code 'x' for object of type 'float'");
}

TEST(FormatStrValueTest, AlignsAndTruncatesByCharacters) {
  EXPECT_EQ(String("ab", ""), "ab");
  EXPECT_EQ(String("ab", "5"), "ab   ");
  EXPECT_EQ(String("ab", ">5"), "   ab");
  EXPECT_EQ(String("ab", "^5"), " ab  ");
  EXPECT_EQ(String("ab", "05"), "ab000");
  EXPECT_EQ(String("abcdef", ".2"), "ab");
  EXPECT_EQ(String("abcdef", "*^6.3s"), "*abc**");
  EXPECT_EQ(String("\xC3\xA9t\xC3\xA9", "^7"), "  \xC3\xA9t\xC3\xA9  ");
  EXPECT_EQ(String("\xC3\xA9t\xC3\xA9", ".2"), "\xC3\xA9t");
  EXPECT_EQ(String("x", "\xE2\x82\xAC<3"), "x\xE2\x82\xAC\xE2\x82\xAC");
}

TEST(FormatStrValueTest, Errors) {
  EXPECT_EQ(RaisedBy([] { String("a", "d"); }),
            "ValueError: unknown format code 'd' for object of type 'str'");
  EXPECT_EQ(RaisedBy([] { String("a", "+"); }),
            "ValueError: sign not allowed in string format specifier");
  EXPECT_EQ(RaisedBy([] { String("a", "="); }),
            "ValueError: '=' alignment not allowed in string format specifier");
  EXPECT_EQ(RaisedBy([] { String("a", "#"); }),
            "ValueError: Alternate form (#) not allowed in string format "
            "specifier");
  EXPECT_EQ(RaisedBy([] { String("a", "z"); }),
            "ValueError: Negative zero coercion (z) not allowed in string "
            "format specifier");
}

Value S(const char* text) { return NewStr(text, strlen(text)); }

TEST(FormatValueTest, DispatchesOnTheValue) {
  EXPECT_EQ(testing::Str(FormatValue(S("ab"), S(">4"))), "  ab");
  EXPECT_EQ(testing::Str(FormatValue(Value::SmallInt(10), S("b"))), "1010");
  EXPECT_EQ(testing::Str(FormatValue(Value::True(), S(""))), "True");
  EXPECT_EQ(testing::Str(FormatValue(Value::True(), S(">3"))), "  1");
  EXPECT_EQ(testing::Str(FormatValue(Value::None(), S(""))), "None");
  EXPECT_EQ(RaisedBy([] { FormatValue(Value::None(), S(">5")); }),
            "TypeError: unsupported format string passed to "
            "NoneType.__format__");
  EXPECT_EQ(RaisedBy([] { FormatValue(Value::SmallInt(1), S(".2")); }),
            "ValueError: Precision not allowed in integer format specifier");
  EXPECT_EQ(testing::Str(FormatValue(Value::SmallInt(1), S(".2f"))), "1.00");
  EXPECT_EQ(
      RaisedBy([] { FormatValue(Value::SmallInt(1), Value::SmallInt(2)); }),
      "TypeError: format() argument 2 must be str, not int");
}

TEST(ConvertForFormatTest, Conversions) {
  Value text = S("\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(testing::Str(ConvertForFormat(text, 's')),
            "\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(testing::Str(ConvertForFormat(text, 'r')),
            "'\xC3\xA9\xF0\x9F\x98\x80'");
  EXPECT_EQ(testing::Str(ConvertForFormat(text, 'a')), "'\\xe9\\U0001f600'");
  EXPECT_EQ(testing::Str(ToAscii(S("\xE2\x82\xAC"))), "'\\u20ac'");
  EXPECT_EQ(RaisedBy([&] { ConvertForFormat(text, 'x'); }),
            "ValueError: Unknown conversion specifier x");
}

}  // namespace
}  // namespace mp::objects
