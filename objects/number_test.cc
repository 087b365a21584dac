// The number objects: BigInt normalisation and conversions, float and
// complex values, and how the types meet (hashes, exact comparisons).
#include "objects/number.h"

#include <math.h>
#include <string.h>

#include <string>

#include "gtest/gtest.h"
#include "objects/big_int.h"
#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/testing.h"

namespace mp::objects {
namespace {

using testing::RaisedBy;
using testing::Repr;
using testing::Str;

Value I(intptr_t n) { return Value::SmallInt(n); }
Value Big(const char* decimal) {
  return ParseInt(decimal, strlen(decimal), 10);
}
Value Big0(const char* literal) {
  return ParseInt(literal, strlen(literal), 0);
}
Value Op(BinaryOp op, Value a, Value b) { return BinaryOperation(op, a, b); }

TEST(BigIntTest, ResultsThatFitAreSmallInts) {
  Value max = I(Value::kSmallIntMax);
  Value above = Op(BinaryOp::kAdd, max, I(1));
  ASSERT_TRUE(IsBigInt(above));
  EXPECT_EQ(TypeOf(above), &kIntType);
  Value back = Op(BinaryOp::kSubtract, above, I(1));
  EXPECT_TRUE(back.IsSmallInt());
  EXPECT_EQ(back, max);
  // Every operation normalises, including ones that shrink a lot.
  Value huge = Op(BinaryOp::kLeftShift, I(1), I(200));
  EXPECT_EQ(Op(BinaryOp::kRightShift, huge, I(199)), I(2));
  EXPECT_EQ(Op(BinaryOp::kFloorDivide, huge, huge), I(1));
  EXPECT_EQ(Op(BinaryOp::kModulo, huge, I(7)), I(4));
  EXPECT_EQ(Op(BinaryOp::kAnd, huge, I(255)), I(0));
  EXPECT_EQ(Op(BinaryOp::kSubtract, huge, huge), I(0));
  // The most negative small int is small; its negation is not.
  Value min = I(Value::kSmallIntMin);
  Value negated = UnaryOperation(UnaryOp::kNegative, min);
  EXPECT_TRUE(IsBigInt(negated));
  EXPECT_EQ(UnaryOperation(UnaryOp::kNegative, negated), min);
  EXPECT_TRUE(Equal(UnaryOperation(UnaryOp::kInvert,
                                   UnaryOperation(UnaryOp::kInvert, negated)),
                    negated));
}

TEST(BigIntTest, BigIntsNeverEqualSmallOnes) {
  Value a = Big("123456789012345678901234567890");
  Value b = Big("123456789012345678901234567890");
  EXPECT_NE(a, b);  // two objects
  EXPECT_TRUE(Equal(a, b));
  EXPECT_EQ(Hash(a), Hash(b));
  EXPECT_FALSE(Equal(a, I(5)));
  EXPECT_TRUE(Big("42").IsSmallInt());
  EXPECT_EQ(Big("-0"), I(0));
}

TEST(BigIntTest, MachineIntegerConversions) {
  EXPECT_EQ(Str(NewIntFromInt64(INT64_MIN)), "-9223372036854775808");
  EXPECT_EQ(Str(NewIntFromInt64(INT64_MAX)), "9223372036854775807");
  EXPECT_EQ(Str(NewIntFromUint64(UINT64_MAX)), "18446744073709551615");
  EXPECT_TRUE(NewIntFromInt64(-3).IsSmallInt());
  int64_t n = 0;
  EXPECT_TRUE(IntToInt64(NewIntFromInt64(INT64_MIN), &n));
  EXPECT_EQ(n, INT64_MIN);
  EXPECT_FALSE(IntToInt64(NewIntFromUint64(UINT64_MAX), &n));
  EXPECT_EQ(IntBitLength(NewIntFromUint64(UINT64_MAX)), 64u);
  EXPECT_EQ(RaisedBy([&] { ToIntptr(Big("99999999999999999999999")); }),
            "OverflowError: overflow converting long int to machine word");
}

TEST(BigIntTest, TextInAnyBase) {
  Value n = Big("-1208925819614629174706175");
  EXPECT_EQ(Str(IntToStr(n, 16, "0x")), "-0xffffffffffffffffffff");
  EXPECT_EQ(Str(IntToStr(I(0), 2, "0b")), "0b0");
  EXPECT_EQ(Str(IntToStr(I(-255), 8, "")), "-377");
  EXPECT_TRUE(Equal(Big0("-0xffff_ffff_ffff_ffff_ffff"), n));
  EXPECT_EQ(Str(ParseInt("zzzzzzzzzzzzzzzz", 16, 36)),
            "7958661109946400884391935");
  EXPECT_EQ(RaisedBy([&] { ParseInt("12345678901234567890123x", 24, 10); }),
            "ValueError: invalid syntax for integer with base 10: "
            "'12345678901234567890123x'");
}

TEST(BigIntTest, BytesRoundTrip) {
  const uint8_t bytes[] = {0x80, 1, 2, 3, 4, 5, 6, 7, 8};
  Value n = IntFromBytes(bytes, sizeof(bytes), false, true);
  EXPECT_EQ(Str(n), "-2361110617575032223992");
  uint8_t out[9];
  IntToBytes(n, out, sizeof(out), false, true);
  EXPECT_EQ(memcmp(out, bytes, sizeof(out)), 0);
  EXPECT_EQ(RaisedBy([&] { IntToBytes(n, out, 8, false, true); }),
            "OverflowError: int too big to convert");
  EXPECT_EQ(IntFromBytes(bytes, 0, true, false), I(0));
}

TEST(BigIntTest, PowModHandlesNegativeExponents) {
  EXPECT_EQ(IntPowMod(I(3), I(-1), I(7)), I(5));
  EXPECT_EQ(IntPowMod(I(3), I(200), I(-7)), I(-5));
  EXPECT_EQ(RaisedBy([&] { IntPowMod(I(2), I(-1), I(4)); }),
            "ValueError: base is not invertible for the given modulus");
  EXPECT_EQ(RaisedBy([&] { IntPowMod(I(2), I(1), I(0)); }),
            "ValueError: pow() 3rd argument cannot be 0");
}

TEST(BigIntTest, SurviveCollections) {
  Value kept[16];
  for (int i = 0; i < 16; ++i) {
    kept[i] = Op(BinaryOp::kPower, I(3), I(100 + i));
    // Garbage between them, and collections that must not free the kept ones.
    for (int j = 0; j < 50; ++j) Op(BinaryOp::kPower, I(7), I(90 + j));
    Shared().heap.Collect();
  }
  for (int i = 0; i < 16; ++i) {
    EXPECT_TRUE(Equal(Op(BinaryOp::kFloorDivide, kept[i], I(3)),
                      Op(BinaryOp::kPower, I(3), I(99 + i))));
  }
}

#if MP_HAS_FLOAT

TEST(FloatTest, ReprIsShortestRoundTrip) {
  EXPECT_EQ(Repr(NewFloat(0.1)), "0.1");
  EXPECT_EQ(Repr(NewFloat(1e16)), "1e+16");
  EXPECT_EQ(Repr(NewFloat(1.5e-7)), "1.5e-07");
  EXPECT_EQ(Repr(NewFloat(-0.0)), "-0.0");
  EXPECT_EQ(Repr(NewFloat(INFINITY)), "inf");
  EXPECT_EQ(Repr(ParseFloatLiteral("1_000.5", 7)), "1000.5");
  EXPECT_EQ(Repr(ParseFloatLiteral(".5e1", 4)), "5.0");
}

TEST(FloatTest, FloorDivisionAndModuloTakeTheDivisorsSign) {
  EXPECT_EQ(Repr(FloatOp(BinaryOp::kModulo, -7.5, 2)), "0.5");
  EXPECT_EQ(Repr(FloatOp(BinaryOp::kFloorDivide, -7.5, 2)), "-4.0");
  EXPECT_EQ(Repr(FloatOp(BinaryOp::kModulo, 7.5, -2)), "-0.5");
  EXPECT_EQ(Repr(FloatOp(BinaryOp::kModulo, 0.0, -2)), "-0.0");
  EXPECT_EQ(Repr(FloatOp(BinaryOp::kModulo, -1, INFINITY)), "inf");
  EXPECT_EQ(RaisedBy([&] { FloatOp(BinaryOp::kModulo, 1, 0); }),
            "ZeroDivisionError: divide by zero");
  EXPECT_EQ(RaisedBy([&] { FloatOp(BinaryOp::kPower, 0, -1); }),
            "ZeroDivisionError: divide by zero");
}

TEST(FloatTest, IntConversionsAreExact) {
  EXPECT_EQ(Str(IntFromFloat(1e30)), "1000000000000000019884624838656");
  EXPECT_EQ(IntFromFloat(-2.9), I(-2));
  EXPECT_EQ(RaisedBy([&] { IntFromFloat(NAN); }),
            "ValueError: can't convert NaN to int");
  EXPECT_EQ(RaisedBy([&] { IntFromFloat(-INFINITY); }),
            "OverflowError: can't convert inf to int");
  Value two_53_plus_1 =
      Op(BinaryOp::kAdd, Op(BinaryOp::kPower, I(2), I(53)), I(1));
  EXPECT_EQ(IntToFloat(two_53_plus_1), 9007199254740992.0);
  EXPECT_EQ(CompareIntWithFloat(two_53_plus_1, 9007199254740992.0), 1);
  EXPECT_EQ(CompareIntWithFloat(I(3), NAN), 2);
  EXPECT_EQ(CompareIntWithFloat(Big("-100000000000000000000000"), -1e23), -1);
  // 1e23 is 99999999999999991611392 as a double.
  EXPECT_EQ(CompareIntWithFloat(Big("99999999999999991611392"), 1e23), 0);
  EXPECT_EQ(RaisedBy([&] { IntToFloat(Op(BinaryOp::kPower, I(2), I(1024))); }),
            "OverflowError: int too large to convert to float");
}

TEST(FloatTest, IntDivisionIsCorrectlyRounded) {
  Value ten_30 = Op(BinaryOp::kPower, I(10), I(30));
  EXPECT_EQ(FloatValue(IntTrueDivide(ten_30, I(3))), 1e30 / 3);
  EXPECT_EQ(FloatValue(IntTrueDivide(
                Op(BinaryOp::kAdd, Op(BinaryOp::kPower, I(2), I(60)), I(1)),
                Op(BinaryOp::kPower, I(2), I(60)))),
            1.0);
  // The smallest subnormal, and one that rounds half to even.
  Value two_1074 = Op(BinaryOp::kPower, I(2), I(1074));
  EXPECT_EQ(FloatValue(IntTrueDivide(I(1), two_1074)), 4.9406564584124654e-324);
  EXPECT_EQ(
      FloatValue(IntTrueDivide(I(1), Op(BinaryOp::kMultiply, two_1074, I(2)))),
      0.0);
  EXPECT_EQ(
      FloatValue(IntTrueDivide(I(3), Op(BinaryOp::kMultiply, two_1074, I(2)))),
      2 * 4.9406564584124654e-324);
  EXPECT_EQ(FloatValue(IntTrueDivide(I(-1), ten_30)), -1e-30);
  EXPECT_EQ(RaisedBy([&] {
              IntTrueDivide(Op(BinaryOp::kPower, I(2), I(1100)), I(3));
            }),
            "OverflowError: integer division result too large for a float");
}

TEST(FloatTest, EqualNumbersHashEqual) {
  Value two_70 = Op(BinaryOp::kPower, I(2), I(70));
  EXPECT_EQ(Hash(two_70), HashFloat(1180591620717411303424.0));
  EXPECT_EQ(Hash(I(-5)), HashFloat(-5.0));
  EXPECT_EQ(HashFloat(-0.0), 0u);
  // -(2**90 + 2**40) is exact as a double.
  Value exact = Op(BinaryOp::kSubtract, I(0),
                   Op(BinaryOp::kAdd, Op(BinaryOp::kPower, I(2), I(90)),
                      Op(BinaryOp::kPower, I(2), I(40))));
  EXPECT_EQ(Hash(exact), HashFloat(-(0x1p90 + 0x1p40)));
  if (sizeof(void*) == 8) {
    // CPython's values on 64-bit targets.
    EXPECT_EQ(Hash(Op(BinaryOp::kPower, I(2), I(100))), 549755813888u);
    EXPECT_EQ(HashFloat(0.5), 1152921504606846976u);
  }
}

TEST(FloatTest, RoundsHalfToEvenOnTheExactValue) {
  EXPECT_EQ(RoundFloat(2.5, Value()), I(2));
  EXPECT_EQ(RoundFloat(-3.5, Value()), I(-4));
  EXPECT_EQ(Repr(RoundFloat(2.675, I(2))), "2.67");
  EXPECT_EQ(Repr(RoundFloat(1250.0, I(-2))), "1200.0");
  EXPECT_EQ(Repr(RoundFloat(50.0, I(-2))), "0.0");
  EXPECT_EQ(Repr(RoundFloat(51.0, I(-2))), "100.0");
  EXPECT_EQ(Repr(RoundFloat(-0.4, I(0))), "-0.0");
  EXPECT_EQ(Repr(RoundFloat(1.5, I(400))), "1.5");
  EXPECT_EQ(RaisedBy([&] { RoundFloat(INFINITY, Value()); }),
            "OverflowError: can't convert inf to int");
}

#endif  // MP_HAS_FLOAT

#if MP_HAS_COMPLEX

TEST(ComplexTest, ArithmeticAndRepr) {
  Value z = ParseFloatLiteral("2j", 2);
  EXPECT_EQ(Repr(z), "2j");
  Value w = Op(BinaryOp::kAdd, I(1), z);
  EXPECT_EQ(Repr(w), "(1+2j)");
  EXPECT_EQ(Repr(Op(BinaryOp::kPower, w, I(2))), "(-3+4j)");
  EXPECT_EQ(Repr(Op(BinaryOp::kTrueDivide, w, w)), "(1+0j)");
  EXPECT_EQ(Repr(NewComplex(-0.0, -1)), "(-0-1j)");
  EXPECT_EQ(ComplexAbs(NewComplex(3, 4)), 5.0);
  EXPECT_TRUE(Equal(NewComplex(2, 0), I(2)));
  EXPECT_EQ(Hash(NewComplex(2, 0)), Hash(I(2)));
  EXPECT_EQ(RaisedBy([&] { Op(BinaryOp::kTrueDivide, w, I(0)); }),
            "ZeroDivisionError: complex divide by zero");
  EXPECT_EQ(RaisedBy([&] { Op(BinaryOp::kLess, w, w); }),
            "TypeError: unsupported types for __lt__: 'complex', 'complex'");
}

#endif  // MP_HAS_COMPLEX

}  // namespace
}  // namespace mp::objects
