#include "hal/testing/pin.h"

#include "gtest/gtest.h"
#include "modules/machine/machine_test.h"
#include "modules/testing.h"

namespace mp::modules {
namespace {

using hal::PinMode;
using hal::PinPull;
using hal::testing::GetFakePin;
using testing::RunPython;

using PinTest = MachineTest;

TEST_F(PinTest, ConstantsAreMicroPythonsRp2Numbers) {
  EXPECT_EQ(RunPython("from machine import Pin\n"
                      "print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, "
                      "Pin.PULL_DOWN)"),
            "0 1 2 1 2\n");
}

TEST_F(PinTest, OutputDrivesAndReadsBack) {
  EXPECT_EQ(RunPython("from machine import Pin\n"
                      "p = Pin(25, Pin.OUT)\n"
                      "print(p)\n"
                      "p.on(); print(p.value(), p())\n"
                      "p.off(); print(p.value())\n"
                      "p.high(); print(p.value())\n"
                      "p.low(); print(p.value())\n"
                      "p.value(7); print(p.value())\n"
                      "p(0); print(p.value())\n"
                      "p.toggle(); print(p.value())\n"
                      "p.toggle(); print(p.value())\n"),
            "Pin(GPIO25, mode=OUT)\n1 1\n0\n1\n0\n1\n0\n1\n0\n");
  EXPECT_TRUE(GetFakePin(25).configured);
  EXPECT_EQ(GetFakePin(25).mode, PinMode::kOutput);
  EXPECT_EQ(GetFakePin(25).pull, PinPull::kNone);
}

TEST_F(PinTest, InputReadsItsPullUnlessALevelIsApplied) {
  EXPECT_EQ(RunPython("from machine import Pin\n"
                      "up = Pin(2, Pin.IN, Pin.PULL_UP)\n"
                      "down = Pin(3, mode=Pin.IN, pull=Pin.PULL_DOWN)\n"
                      "print(up.value(), down.value())\n"
                      "print(up)\n"
                      "print(repr(down))\n"),
            "1 0\nPin(GPIO2, mode=IN, pull=PULL_UP)\n"
            "Pin(GPIO3, mode=IN, pull=PULL_DOWN)\n");
  EXPECT_EQ(GetFakePin(2).pull, PinPull::kUp);
  EXPECT_EQ(GetFakePin(3).pull, PinPull::kDown);
  hal::testing::SetFakePinInput(3, 1);
  hal::testing::SetFakePinInput(2, 0);
  EXPECT_EQ(RunPython("from machine import Pin\n"
                      "print(Pin(2).value(), Pin(3).value())\n"),
            "0 1\n");
}

TEST_F(PinTest, InitChangesOnlyWhatItIsGiven) {
  EXPECT_EQ(RunPython("from machine import Pin\n"
                      "p = Pin(6, Pin.IN, Pin.PULL_UP)\n"
                      "p.init(Pin.OPEN_DRAIN)\n"
                      "print(p)\n"
                      "p.init(pull=Pin.PULL_DOWN)\n"
                      "print(p)\n"
                      "p.init(pull=None)\n"
                      "print(p)\n"
                      "p.init(-1, -1)\n"
                      "print(p)\n"
                      "p.init(mode=Pin.OUT, value=1)\n"
                      "print(p, p.value())\n"),
            "Pin(GPIO6, mode=OPEN_DRAIN, pull=PULL_UP)\n"
            "Pin(GPIO6, mode=OPEN_DRAIN, pull=PULL_DOWN)\n"
            "Pin(GPIO6, mode=OPEN_DRAIN)\n"
            "Pin(GPIO6, mode=OPEN_DRAIN)\n"
            "Pin(GPIO6, mode=OUT) 1\n");
  EXPECT_EQ(GetFakePin(6).mode, PinMode::kOutput);
  EXPECT_TRUE(GetFakePin(6).driven);
}

TEST_F(PinTest, ValueKeywordDrivesTheLevelBeforeTheModeChanges) {
  EXPECT_EQ(RunPython("from machine import Pin\n"
                      "print(Pin(4, Pin.OUT, value=1).value())\n"),
            "1\n");
  EXPECT_TRUE(GetFakePin(4).driven);
  EXPECT_EQ(GetFakePin(4).configures, 1);
}

TEST_F(PinTest, PinsByNameAndByPin) {
  EXPECT_EQ(RunPython("from machine import Pin\n"
                      "print(Pin('LED', Pin.OUT))\n"
                      "print(Pin('GP7', Pin.IN))\n"
                      "print(Pin(Pin(8), Pin.OUT))\n"
                      "print(Pin(3) == Pin('GP3'), Pin(3) == Pin(4), "
                      "Pin(3) == 3)\n"
                      "print({Pin(9): 'x'}[Pin('GP9')])\n"),
            "Pin(GPIO25, mode=OUT)\nPin(GPIO7, mode=IN)\nPin(GPIO8, "
            "mode=OUT)\nTrue False False\nx\n");
}

TEST_F(PinTest, AnIdAloneLeavesThePinAsItIs) {
  // Pin 29 is set up by no test.
  EXPECT_EQ(RunPython("from machine import Pin\nprint(Pin(29))\n"),
            "Pin(GPIO29)\n");
  EXPECT_FALSE(GetFakePin(29).configured);
}

TEST_F(PinTest, BadArgumentsRaise) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Pin(30)", "ValueError: invalid pin"},
      {"Pin(-1)", "ValueError: invalid pin"},
      {"Pin(2**100)", "OverflowError"},
      {"Pin('GP30')", "ValueError: unknown named pin \"GP30\""},
      {"Pin('X1')", "ValueError: unknown named pin \"X1\""},
      {"Pin(1.5)", "TypeError"},
      {"Pin(None)", "TypeError"},
      {"Pin(1, 3)", "ValueError: invalid pin mode: 3"},
      {"Pin(1, Pin.IN, 3)", "ValueError: invalid pin pull: 3"},
      {"Pin(1, Pin.IN, Pin.PULL_UP, 1)", "TypeError"},
      {"Pin(1, Pin.IN, bogus=1)", "TypeError"},
      {"Pin()", "TypeError"},
      {"Pin(1).value(1, 2)", "TypeError"},
      {"Pin(1)(1, 2)", "TypeError"},
      {"Pin.on(5)", "TypeError"},
  };
  for (const auto& [code, error] : kCases) {
    std::string output =
        RunPython(std::string("from machine import Pin\n") + code);
    EXPECT_EQ(output.rfind(std::string("!") + error, 0), 0u)
        << code << " gave " << output;
  }
}

}  // namespace
}  // namespace mp::modules
