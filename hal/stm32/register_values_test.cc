#include <string.h>

#include "gtest/gtest.h"
#include "hal/stm32/clock_tree.h"
#include "hal/stm32/pin_names.h"
#include "hal/stm32/usart_settings.h"

namespace mp::hal::stm32 {
namespace {

// RCC_CFGR's SWS field saying which source drives SYSCLK.
constexpr uint32_t SwitchedTo(uint32_t source) { return source << 2; }

TEST(ClockTreeTest, PllConfigFromTheNetduinosCrystal) {
  // M = 25, N = 336, P = /2, source HSE, Q = 7.
  EXPECT_EQ(PllConfig(), 0x07405419u);
  EXPECT_EQ(PllConfig() & ~kPllConfigFields, 0u);
  // The reset value's bit 29 is reserved.
  EXPECT_EQ(0x24003010u & ~kPllConfigFields, 1u << 29);
}

TEST(ClockTreeTest, DecodesThePllSetUp) {
  ClockTree clocks =
      DecodeClockTree(SwitchedTo(2) | PllPrescalers(), PllConfig());
  EXPECT_EQ(clocks.sysclk_hz, 168'000'000u);
  EXPECT_EQ(clocks.hclk_hz, 168'000'000u);
  EXPECT_EQ(clocks.pclk1_hz, 42'000'000u);
  EXPECT_EQ(clocks.pclk2_hz, 84'000'000u);
}

TEST(ClockTreeTest, DecodesTheStateAtReset) {
  // RCC_PLLCFGR's reset value configures 96 MHz from HSI, unused.
  ClockTree clocks = DecodeClockTree(0, 0x24003010);
  EXPECT_EQ(clocks.sysclk_hz, 16'000'000u);
  EXPECT_EQ(clocks.hclk_hz, 16'000'000u);
  EXPECT_EQ(clocks.pclk1_hz, 16'000'000u);
  EXPECT_EQ(clocks.pclk2_hz, 16'000'000u);
  EXPECT_EQ(DecodeClockTree(SwitchedTo(2), 0x24003010).sysclk_hz, 96'000'000u);
}

TEST(ClockTreeTest, DecodesEveryPrescaler) {
  constexpr uint32_t kHpreShift = 4;
  const uint32_t ahb_divisors[] = {2, 4, 8, 16, 64, 128, 256, 512};
  for (uint32_t i = 0; i < 8; ++i) {
    ClockTree clocks = DecodeClockTree((8 + i) << kHpreShift, 0);
    EXPECT_EQ(clocks.hclk_hz, kHsiHz / ahb_divisors[i]) << i;
  }
  constexpr uint32_t kPpre1Shift = 10;
  constexpr uint32_t kPpre2Shift = 13;
  for (uint32_t i = 0; i < 4; ++i) {
    ClockTree clocks =
        DecodeClockTree((4 + i) << kPpre1Shift | (7 - i) << kPpre2Shift, 0);
    EXPECT_EQ(clocks.pclk1_hz, kHsiHz >> (i + 1)) << i;
    EXPECT_EQ(clocks.pclk2_hz, kHsiHz >> (4 - i)) << i;
  }
  EXPECT_EQ(DecodeClockTree(SwitchedTo(1), 0).sysclk_hz, kHseHz);
}

int Parse(const char* name) {
  int pin = -1;
  return ParsePinName(name, strlen(name), &pin) ? pin : -1;
}

TEST(PinNamesTest, ReadsPortAndIndex) {
  EXPECT_EQ(Parse("A0"), 0);
  EXPECT_EQ(Parse("B5"), 21);
  EXPECT_EQ(Parse("PB5"), 21);
  EXPECT_EQ(Parse("A10"), 10);
  EXPECT_EQ(Parse("PA15"), 15);
  EXPECT_EQ(Parse("I15"), kPinCount - 1);
}

TEST(PinNamesTest, RejectsOtherNames) {
  for (const char* name : {"", "A", "P", "PA", "A16", "J0", "a0", "pa0", "A01",
                           "A100", "PPA0", "X1", "A-1", "A1 "}) {
    EXPECT_EQ(Parse(name), -1) << name;
  }
}

TEST(PinNamesTest, FormatsNames) {
  char name[8];
  FormatPinName(21, name, sizeof(name));
  EXPECT_STREQ(name, "B5");
  FormatPinName(kPinCount - 1, name, sizeof(name));
  EXPECT_STREQ(name, "I15");
  FormatPinName(kPinCount, name, sizeof(name));
  EXPECT_STREQ(name, "");
  FormatPinName(143, name, 3);
  EXPECT_STREQ(name, "I1");
}

TEST(PinNamesTest, EveryNameReadsBack) {
  for (int pin = 0; pin < kPinCount; ++pin) {
    char name[8];
    FormatPinName(pin, name, sizeof(name));
    EXPECT_EQ(Parse(name), pin) << name;
  }
}

UartConfig Config(uint32_t baudrate, uint8_t bits, uint8_t parity,
                  uint8_t stop) {
  UartConfig config;
  config.baudrate = baudrate;
  config.bits = bits;
  config.parity = parity;
  config.stop = stop;
  return config;
}

TEST(UsartSettingsTest, EightNoneOne) {
  UsartSettings settings;
  ASSERT_TRUE(ComputeUsartSettings(UartConfig{}, 84'000'000, &settings));
  EXPECT_EQ(settings.brr, 729u);  // 84 MHz / 115200 = 729.2
  EXPECT_EQ(settings.cr1_frame, 0u);
  EXPECT_EQ(settings.cr2, 0u);
  EXPECT_EQ(settings.data_mask, 0xFF);
}

TEST(UsartSettingsTest, ParityTakesABitOfTheWord) {
  UsartSettings settings;
  ASSERT_TRUE(
      ComputeUsartSettings(Config(9600, 8, 2, 1), 42'000'000, &settings));
  EXPECT_EQ(settings.brr, 4375u);
  EXPECT_EQ(settings.cr1_frame, kUsartCr1NineBitWord | kUsartCr1ParityEnable);
  EXPECT_EQ(settings.data_mask, 0xFF);
  ASSERT_TRUE(
      ComputeUsartSettings(Config(9600, 8, 1, 2), 42'000'000, &settings));
  EXPECT_EQ(settings.cr1_frame,
            kUsartCr1NineBitWord | kUsartCr1ParityEnable | kUsartCr1ParityOdd);
  EXPECT_EQ(settings.cr2, kUsartCr2TwoStopBits);
  ASSERT_TRUE(
      ComputeUsartSettings(Config(9600, 7, 2, 1), 42'000'000, &settings));
  EXPECT_EQ(settings.cr1_frame, kUsartCr1ParityEnable);
  EXPECT_EQ(settings.data_mask, 0x7F);
  ASSERT_TRUE(
      ComputeUsartSettings(Config(9600, 9, 0, 1), 42'000'000, &settings));
  EXPECT_EQ(settings.cr1_frame, kUsartCr1NineBitWord);
  EXPECT_EQ(settings.data_mask, 0x1FF);
}

TEST(UsartSettingsTest, RejectsWhatTheUsartCannotDo) {
  UsartSettings settings;
  for (const UartConfig& config : {
           Config(9600, 7, 0, 1),        // 7 bits need parity
           Config(9600, 9, 1, 1),        // 10-bit words
           Config(9600, 6, 2, 1),        // 7-bit words
           Config(9600, 8, 3, 1),        // no such parity
           Config(9600, 8, 0, 0),        // stop bits
           Config(9600, 8, 0, 3),        // stop bits
           Config(0, 8, 0, 1),           // no baud rate
           Config(10'000'000, 8, 0, 1),  // faster than clock / 16
           Config(200, 8, 0, 1),         // a divisor over 16 bits
           Config(1'032'000, 8, 0, 1),   // 3.1% off at the nearest
       }) {
    EXPECT_FALSE(ComputeUsartSettings(config, 16'000'000, &settings))
        << config.baudrate << " " << int{config.bits} << " "
        << int{config.parity} << " " << int{config.stop};
  }
  EXPECT_TRUE(
      ComputeUsartSettings(Config(1'000'000, 8, 0, 1), 16'000'000, &settings));
  EXPECT_EQ(settings.brr, 16u);
}

}  // namespace
}  // namespace mp::hal::stm32
