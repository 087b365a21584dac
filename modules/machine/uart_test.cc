#include "hal/testing/uart.h"

#include "gtest/gtest.h"
#include "hal/testing/time.h"
#include "modules/machine/machine_test.h"
#include "modules/testing.h"

namespace mp::modules {
namespace {

using hal::testing::GetFakeUart;
using testing::RunPython;

using UartTest = MachineTest;

TEST_F(UartTest, WhatIsWrittenReadsBack) {
  EXPECT_EQ(RunPython("from machine import UART\n"
                      "u = UART(0)\n"
                      "print(u.write(b'hello'), u.any())\n"
                      "print(u.read(2), u.any())\n"
                      "print(u.read())\n"
                      "print(u.read(), u.read(3), u.any())\n"
                      "print(u.write('text\\nmore'))\n"
                      "print(u.readline(), u.readline(), u.readline())\n"
                      "u.write(bytearray(b'abcdef'))\n"
                      "buf = bytearray(4)\n"
                      "print(u.readinto(buf), buf)\n"
                      "print(u.readinto(buf, 1), buf)\n"
                      "print(u.readinto(buf), u.read(0))\n"),
            "5 5\nb'he' 3\nb'llo'\nNone None 0\n9\n"
            "b'text\\n' b'more' None\n"
            "4 bytearray(b'abcd')\n1 bytearray(b'ebcd')\n1 b''\n");
}

TEST_F(UartTest, SettingsReachTheHalAndTheRepr) {
  EXPECT_EQ(RunPython("from machine import UART, Pin\n"
                      "u = UART(1, 9600, tx=4, rx=Pin(5))\n"
                      "print(u)\n"
                      "u.init(bits=7, parity=0, stop=2, timeout=20)\n"
                      "print(u)\n"
                      "u.init(parity=1, timeout_char=3)\n"
                      "print(u)\n"
                      "print(UART(0, baudrate=115200, parity=None))\n"),
            "UART(1, baudrate=9600, bits=8, parity=None, stop=1, tx=4, rx=5, "
            "timeout=0, timeout_char=0)\n"
            "UART(1, baudrate=9600, bits=7, parity=0, stop=2, tx=4, rx=5, "
            "timeout=20, timeout_char=0)\n"
            "UART(1, baudrate=9600, bits=7, parity=1, stop=2, tx=4, rx=5, "
            "timeout=20, timeout_char=3)\n"
            "UART(0, baudrate=115200, bits=8, parity=None, stop=1, timeout=0, "
            "timeout_char=0)\n");
  const hal::UartConfig& config = GetFakeUart(1).config;
  EXPECT_EQ(config.baudrate, 9600u);
  EXPECT_EQ(config.bits, 7);
  EXPECT_EQ(config.parity, 1);  // odd
  EXPECT_EQ(config.stop, 2);
  EXPECT_EQ(config.tx, 4);
  EXPECT_EQ(config.rx, 5);
}

TEST_F(UartTest, ReadWaitsForItsTimeout) {
  uint64_t before = hal::testing::FakeClockUs();
  EXPECT_EQ(RunPython("from machine import UART\n"
                      "u = UART(0, timeout=50)\n"
                      "print(u.read(1), u.readline())\n"),
            "None None\n");
  uint64_t waited = hal::testing::FakeClockUs() - before;
  EXPECT_GE(waited, 100000u);
  EXPECT_LE(waited, 102000u);
}

TEST_F(UartTest, BadPortsAndSettingsRaise) {
  hal::testing::SetFakeUartExists(3, true);
  const std::pair<const char*, const char*> kCases[] = {
      {"UART(2)", "ValueError: UART(2) doesn't exist"},
      {"UART(-1)", "ValueError: UART(-1) doesn't exist"},
      {"UART(1000)", "ValueError: UART(1000) doesn't exist"},
      {"UART('0')", "TypeError"},
      {"UART(0, bits=10)", "ValueError: invalid data bits"},
      {"UART(0, bits=5)", "ValueError: UART(0) can't take this configuration"},
      {"UART(0, stop=3)", "ValueError: invalid stop bits"},
      {"UART(0, 0)", "ValueError: invalid baudrate"},
      {"UART(0, 20000000)",
       "ValueError: UART(0) can't take this configuration"},
      {"UART(0, tx=99)", "ValueError: invalid pin"},
      {"UART(0, 9600, 8, None, 1, 5)", "TypeError"},
      {"UART(0, speed=9600)", "TypeError"},
      {"UART(0).write(5)", "TypeError"},
      {"UART(0).readinto(b'xx')", "TypeError"},
      {"u = UART(0)\nu.deinit()\nu.write(b'x')",
       "ValueError: UART(0) is deinitialised"},
  };
  for (const auto& [code, error] : kCases) {
    std::string output =
        RunPython(std::string("from machine import UART\n") + code);
    EXPECT_EQ(output.rfind(std::string("!") + error, 0), 0u)
        << code << " gave " << output;
  }
  EXPECT_EQ(RunPython("from machine import UART\nprint(UART(3).any())"), "0\n");
}

TEST_F(UartTest, DeinitReachesTheHal) {
  EXPECT_EQ(RunPython("from machine import UART\nUART(1).deinit()"), "");
  EXPECT_FALSE(GetFakeUart(1).initialized);
}

}  // namespace
}  // namespace mp::modules
