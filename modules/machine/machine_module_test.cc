#include "modules/machine/machine_module.h"

#include <stdint.h>
#include <stdio.h>

#include <string>

#include "gtest/gtest.h"
#include "hal/testing/board.h"
#include "hal/testing/cpu.h"
#include "modules/machine/machine_test.h"
#include "modules/testing.h"
#include "objects/exception.h"

namespace mp::modules {
namespace {

using testing::RunPython;

using MachineModuleTest = MachineTest;

std::string AddressOf(const void* pointer, size_t offset = 0) {
  return std::to_string(reinterpret_cast<uintptr_t>(pointer) + offset);
}

TEST_F(MachineModuleTest, MemReadsAndWritesMemory) {
  alignas(4) static uint8_t memory[8];
  std::string address = AddressOf(memory);
  std::string output = RunPython(
      "import machine\n"
      "a = " +
      address +
      "\n"
      "machine.mem32[a] = 0x12345678\n"
      "print(hex(machine.mem32[a]), hex(machine.mem16[a + 2]), "
      "hex(machine.mem8[a + 1]))\n"
      "machine.mem8[a + 4] = 0x1FF\n"
      "machine.mem16[a + 6] = -1\n"
      "print(hex(machine.mem32[a + 4]))\n"
      "machine.mem32[a] = 0xFFFFFFFF\n"
      "print(machine.mem32[a])\n"
      "print(machine.mem8, machine.mem16, machine.mem32)\n");
  EXPECT_EQ(output,
            "0x12345678 0x1234 0x56\n0xffff00ff\n4294967295\n"
            "<8-bit memory> <16-bit memory> <32-bit memory>\n");
  EXPECT_EQ(memory[4], 0xFF);
  EXPECT_EQ(memory[6], 0xFF);
}

TEST_F(MachineModuleTest, MisalignedMemRaises) {
  alignas(4) static uint8_t memory[8];
  char message[80];
  snprintf(message, sizeof(message),
           "!ValueError: address %08lx is not aligned to 4 bytes\n",
           static_cast<unsigned long>(reinterpret_cast<uintptr_t>(memory) + 2));
  EXPECT_EQ(
      RunPython("import machine\nmachine.mem32[" + AddressOf(memory, 2) + "]"),
      message);
  snprintf(message, sizeof(message),
           "!ValueError: address %08lx is not aligned to 2 bytes\n",
           static_cast<unsigned long>(reinterpret_cast<uintptr_t>(memory) + 1));
  EXPECT_EQ(RunPython("import machine\nmachine.mem16[" + AddressOf(memory, 1) +
                      "] = 1"),
            message);
  EXPECT_EQ(
      RunPython("import machine\ndel machine.mem8[0]").rfind("!TypeError", 0),
      0u);
  EXPECT_EQ(
      RunPython("import machine\nmachine.mem8['x']").rfind("!TypeError", 0),
      0u);
}

TEST_F(MachineModuleTest, UniqueIdIsTheBoards) {
  EXPECT_EQ(RunPython("import machine\nprint(machine.unique_id())"),
            "b'\\xe6a8R\\x83J!/'\n");
}

TEST_F(MachineModuleTest, FreqReadsAndSetsTheClock) {
  EXPECT_EQ(RunPython("import machine\n"
                      "print(machine.freq())\n"
                      "machine.freq(48000000)\n"
                      "print(machine.freq())\n"),
            "125000000\n48000000\n");
  EXPECT_EQ(RunPython("import machine\nmachine.freq(1000)"),
            "!ValueError: cannot change frequency\n");
  EXPECT_EQ(RunPython("import machine\nmachine.freq(-5)"),
            "!ValueError: cannot change frequency\n");
}

TEST_F(MachineModuleTest, DisableIrqGivesTheStateThatEnableIrqRestores) {
  EXPECT_EQ(RunPython("import machine\n"
                      "outer = machine.disable_irq()\n"
                      "inner = machine.disable_irq()\n"
                      "machine.enable_irq(inner)\n"
                      "print(outer, inner)\n"),
            "0 1\n");
  EXPECT_TRUE(hal::testing::InterruptsDisabled());
  EXPECT_EQ(RunPython("import machine\nmachine.enable_irq(0)"), "");
  EXPECT_FALSE(hal::testing::InterruptsDisabled());
}

TEST_F(MachineModuleTest, IdleWaitsForAnInterrupt) {
  uint64_t idles = hal::testing::IdleCount();
  EXPECT_EQ(RunPython("import machine\nprint(machine.idle())"), "None\n");
  EXPECT_EQ(hal::testing::IdleCount(), idles + 1);
}

TEST_F(MachineModuleTest, SoftResetRaisesSystemExit) {
  EXPECT_EQ(RunPython("import machine\n"
                      "try:\n"
                      "    machine.soft_reset()\n"
                      "except SystemExit as e:\n"
                      "    print('SystemExit', e.args)\n"),
            "SystemExit ()\n");
}

[[noreturn]] void RaiseInsteadOfReset() {
  objects::RaiseMessage(&objects::kRuntimeErrorType, "hard reset");
}

TEST_F(MachineModuleTest, ResetResetsTheBoard) {
  hal::testing::SetHardResetHook(&RaiseInsteadOfReset);
  int resets = hal::testing::HardResetCount();
  EXPECT_EQ(RunPython("import machine\nmachine.reset()"),
            "!RuntimeError: hard reset\n");
  EXPECT_EQ(hal::testing::HardResetCount(), resets + 1);
  hal::testing::SetHardResetHook(nullptr);
}

TEST_F(MachineModuleTest, TheModuleHoldsItsClasses) {
  EXPECT_EQ(RunPython("import machine\n"
                      "print(machine.__name__, machine.Pin, machine.UART)\n"),
            "machine <class 'Pin'> <class 'UART'>\n");
}

}  // namespace
}  // namespace mp::modules
