#include "modules/time/time_module.h"

#include <string>

#include "gtest/gtest.h"
#include "hal/testing/cpu.h"
#include "hal/testing/time.h"
#include "modules/testing.h"
#include "vm/interrupt.h"

namespace mp::modules {
namespace {

using testing::RunPython;

constexpr vm::ProgramModule kModules[] = {{objects::q::time, &MakeTimeModule}};

class TimeModuleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::StartVm(kModules);
    hal::testing::ResetFakeCpu();
    SetWallClock(nullptr);
  }
  void TearDown() override {
    hal::testing::ResetFakeCpu();
    SetWallClock(nullptr);
  }

  // How far the fake clock moves while `source` runs, in microseconds, or -1
  // with a failure if it raised.
  int64_t ClockAdvance(const std::string& source) {
    uint64_t before = hal::testing::FakeClockUs();
    std::string output = RunPython(source);
    EXPECT_EQ(output, "") << source;
    return static_cast<int64_t>(hal::testing::FakeClockUs() - before);
  }
};

TEST_F(TimeModuleTest, SleepsAdvanceTheClockByExactlyTheirLength) {
  EXPECT_EQ(ClockAdvance("import time\ntime.sleep_ms(100)"), 100000);
  EXPECT_EQ(ClockAdvance("import time\ntime.sleep_us(10)"), 10);
  EXPECT_EQ(ClockAdvance("import time\ntime.sleep_us(2500)"), 2500);
  EXPECT_EQ(ClockAdvance("import time\ntime.sleep(2)"), 2000000);
  EXPECT_EQ(ClockAdvance("import time\ntime.sleep(0.25)"), 250000);
  EXPECT_EQ(ClockAdvance("import time\ntime.sleep(0)"), 0);
}

TEST_F(TimeModuleTest, LongSleepsKeepTheCoreIdle) {
  uint64_t idles = hal::testing::IdleCount();
  RunPython("import time\ntime.sleep_ms(50)");
  EXPECT_EQ(hal::testing::IdleCount() - idles, 50u);
}

TEST_F(TimeModuleTest, NegativeLengths) {
  // sleep_ms and sleep_us return at once, as MicroPython's do; sleep raises,
  // as CPython's does.
  EXPECT_EQ(ClockAdvance("import time\ntime.sleep_ms(-5)\ntime.sleep_us(-1)"),
            0);
  EXPECT_EQ(RunPython("import time\ntime.sleep(-1)"),
            "!ValueError: sleep length must be non-negative\n");
  EXPECT_EQ(RunPython("import time\ntime.sleep(-0.5)"),
            "!ValueError: sleep length must be non-negative\n");
  EXPECT_EQ(RunPython("import time\ntime.sleep(float('nan'))"),
            "!ValueError: sleep length must be non-negative\n");
  EXPECT_EQ(RunPython("import time\ntime.sleep('1')"),
            "!TypeError: can't convert str to int\n");
}

int idles_until_interrupt = 0;

void InterruptAfterSomeIdles() {
  if (--idles_until_interrupt == 0) vm::RequestKeyboardInterrupt();
}

TEST_F(TimeModuleTest, CtrlCInterruptsASleep) {
  idles_until_interrupt = 5;
  hal::testing::SetIdleHook(&InterruptAfterSomeIdles);
  uint64_t before = hal::testing::FakeClockUs();
  std::string output = RunPython(
      "import time\n"
      "try:\n"
      "    time.sleep(3600)\n"
      "except KeyboardInterrupt:\n"
      "    print('interrupted')\n");
  EXPECT_EQ(output, "interrupted\n");
  EXPECT_EQ(hal::testing::FakeClockUs() - before, 5000u);
  EXPECT_EQ(vm::g_interrupt_requested, 0);

  idles_until_interrupt = 3;
  EXPECT_EQ(RunPython("import time\ntime.sleep_ms(1000)"),
            "!KeyboardInterrupt\n");
}

TEST_F(TimeModuleTest, TicksFollowTheClockModulo2To30) {
  hal::testing::SetFakeClockUs(uint64_t{123456789} * 1000 + 999);
  EXPECT_EQ(RunPython("import time\nprint(time.ticks_ms(), time.ticks_us())"),
            std::to_string(123456789) + " " +
                std::to_string((uint64_t{123456789} * 1000 + 999) &
                               ((1u << 30) - 1)) +
                "\n");
  EXPECT_EQ(
      RunPython("import time\nprint(time.ticks_cpu() == time.ticks_us())"),
      "True\n");
}

TEST_F(TimeModuleTest, TicksArithmeticWrapsAround) {
  EXPECT_EQ(
      RunPython("import time\n"
                "M = 2**30 - 1\n"
                "print(time.ticks_diff(5, M), time.ticks_diff(M, 5))\n"
                "print(time.ticks_add(M, 1), time.ticks_add(0, -1) == M)\n"
                "print(time.ticks_diff(2**29, 0), time.ticks_diff(0, 2**29))\n"
                "print(time.ticks_diff(2**29 - 1, 0))\n"
                "t = time.ticks_add(100, 2**29 - 1)\n"
                "print(time.ticks_diff(t, 100), time.ticks_diff(100, t))\n"),
      "6 -6\n"
      "0 True\n"
      "-536870912 -536870912\n"
      "536870911\n"
      "536870911 -536870911\n");
  EXPECT_EQ(RunPython("import time\ntime.ticks_add(0, 2**29)"),
            "!OverflowError: ticks interval overflow\n");
  EXPECT_EQ(RunPython("import time\ntime.ticks_add(0, -2**29)"),
            "!OverflowError: ticks interval overflow\n");
}

TEST_F(TimeModuleTest, TimeCountsFromStartUpWithoutAWallClock) {
  hal::testing::SetFakeClockUs(hal::testing::FakeClockUs() + 5000000);
  uint64_t seconds = hal::testing::FakeClockUs() / 1000000;
  uint64_t ms = hal::testing::FakeClockUs() / 1000;
  EXPECT_EQ(RunPython("import time\nprint(time.time(), time.time_ns())"),
            std::to_string(seconds) + " " + std::to_string(ms) + "000000\n");
}

int64_t FixedWallClock() { return 1700000000123456789; }

TEST_F(TimeModuleTest, TimeReadsTheWallClockWhenThereIsOne) {
  SetWallClock(&FixedWallClock);
  EXPECT_EQ(RunPython("import time\nprint(type(time.time()).__name__)\n"
                      "print(time.time_ns())\n"
                      "print(abs(time.time() - 1700000000.1234567) < 1e-3)"),
            "float\n1700000000123456789\nTrue\n");
}

}  // namespace
}  // namespace mp::modules
