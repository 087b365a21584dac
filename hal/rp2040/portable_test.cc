#include <string.h>

#include "gtest/gtest.h"
#include "hal/rp2040/pin_names.h"
#include "hal/rp2040/uart_settings.h"

namespace mp::hal::rp2040 {
namespace {

bool Parse(const char* name, int* pin) {
  return ParsePinName(name, strlen(name), pin);
}

TEST(PinNamesTest, BoardDatasheetAndNumberNames) {
  int pin = -1;
  EXPECT_TRUE(Parse("GP0", &pin));
  EXPECT_EQ(pin, 0);
  EXPECT_TRUE(Parse("GP29", &pin));
  EXPECT_EQ(pin, 29);
  EXPECT_TRUE(Parse("GPIO7", &pin));
  EXPECT_EQ(pin, 7);
  EXPECT_TRUE(Parse("LED", &pin));
  EXPECT_EQ(pin, 25);
  EXPECT_TRUE(Parse("25", &pin));
  EXPECT_EQ(pin, 25);
}

TEST(PinNamesTest, RejectsWhatNamesNoPin) {
  int pin = -1;
  for (const char* name : {"", "GP", "GPIO", "GP30", "30", "GP-1", "GP01",
                           "007", "gp5", "LED1", "GP5 ", "A0", "GP123"}) {
    EXPECT_FALSE(Parse(name, &pin)) << name;
  }
  EXPECT_EQ(pin, -1);
}

TEST(PinNamesTest, LengthBoundsTheName) {
  int pin = -1;
  EXPECT_TRUE(ParsePinName("GP25xyz", 3, &pin));
  EXPECT_EQ(pin, 2);
}

TEST(PinNamesTest, FormatsDatasheetNames) {
  char buffer[8];
  FormatPinName(25, buffer, sizeof(buffer));
  EXPECT_STREQ(buffer, "GPIO25");
  FormatPinName(3, buffer, sizeof(buffer));
  EXPECT_STREQ(buffer, "GPIO3");
  FormatPinName(25, buffer, 4);
  EXPECT_STREQ(buffer, "GPI");
}

TEST(UartSettingsTest, DivisorsFor115200At125MHz) {
  // The RP2040 datasheet's worked example gives 67 and 52 for this.
  UartDivisors divisors;
  ASSERT_TRUE(UartBaudDivisors(125'000'000, 115200, &divisors));
  EXPECT_EQ(divisors.integer, 67u);
  EXPECT_EQ(divisors.fraction, 52u);
}

TEST(UartSettingsTest, DivisorsGiveTheRateWithinHalfAPercent) {
  for (uint32_t clock : {12'000'000u, 48'000'000u, 125'000'000u}) {
    for (uint32_t baud : {300u, 9600u, 115200u, 460800u, 921600u}) {
      if (baud > clock / 16) continue;  // below a divisor of 1
      UartDivisors d;
      ASSERT_TRUE(UartBaudDivisors(clock, baud, &d)) << clock << " " << baud;
      ASSERT_LT(d.fraction, 64u);
      double actual = clock / (16.0 * (d.integer + d.fraction / 64.0));
      EXPECT_NEAR(actual / baud, 1.0, 0.005) << clock << " " << baud;
    }
  }
}

TEST(UartSettingsTest, RejectsRatesTheDivisorCannotReach) {
  UartDivisors d;
  EXPECT_FALSE(UartBaudDivisors(125'000'000, 0, &d));
  EXPECT_FALSE(UartBaudDivisors(125'000'000, 10'000'000, &d));  // divisor < 1
  EXPECT_FALSE(UartBaudDivisors(125'000'000, 100, &d));  // divisor > 65535
  EXPECT_FALSE(UartBaudDivisors(125'000'000, UINT32_MAX, &d));
  EXPECT_TRUE(UartBaudDivisors(125'000'000, 7'812'500, &d));  // exactly 1
  EXPECT_EQ(d.integer, 1u);
  EXPECT_EQ(d.fraction, 0u);
}

TEST(UartSettingsTest, RoundsTheFractionUpIntoTheIntegerPart) {
  // 8 * clock / baud = 255 (1/128ths): 127.5/64 rounds to 2 + 0/64.
  UartDivisors d;
  ASSERT_TRUE(UartBaudDivisors(255, 8, &d));
  EXPECT_EQ(d.integer, 2u);
  EXPECT_EQ(d.fraction, 0u);
}

TEST(UartSettingsTest, LineControl) {
  uint32_t lcr = 0;
  ASSERT_TRUE(UartLineControl(8, 0, 1, &lcr));
  EXPECT_EQ(lcr, 0x70u);  // WLEN 8 bits, FIFOs on
  ASSERT_TRUE(UartLineControl(7, 2, 2, &lcr));
  EXPECT_EQ(lcr, 0x40u | 0x10u | 0x08u | 0x04u | 0x02u);
  ASSERT_TRUE(UartLineControl(5, 1, 1, &lcr));
  EXPECT_EQ(lcr, 0x10u | 0x02u);
  EXPECT_FALSE(UartLineControl(9, 0, 1, &lcr));
  EXPECT_FALSE(UartLineControl(4, 0, 1, &lcr));
  EXPECT_FALSE(UartLineControl(8, 3, 1, &lcr));
  EXPECT_FALSE(UartLineControl(8, 0, 0, &lcr));
  EXPECT_FALSE(UartLineControl(8, 0, 3, &lcr));
}

TEST(UartSettingsTest, PinsOfEachUart) {
  for (int tx : {0, 12, 16, 28}) {
    EXPECT_TRUE(UartTxPinValid(0, tx));
    EXPECT_TRUE(UartRxPinValid(0, tx + 1));
    EXPECT_FALSE(UartTxPinValid(1, tx));
  }
  for (int tx : {4, 8, 20, 24}) {
    EXPECT_TRUE(UartTxPinValid(1, tx));
    EXPECT_TRUE(UartRxPinValid(1, tx + 1));
    EXPECT_FALSE(UartRxPinValid(0, tx + 1));
  }
  EXPECT_FALSE(UartTxPinValid(0, 1));
  EXPECT_FALSE(UartRxPinValid(0, 0));
  EXPECT_FALSE(UartTxPinValid(2, 0));
  EXPECT_FALSE(UartTxPinValid(-1, 0));
}

}  // namespace
}  // namespace mp::hal::rp2040
