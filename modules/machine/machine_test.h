// The fixture of machine's tests: the VM with machine importable, and the
// hal's fakes as they start.
#ifndef MP_MODULES_MACHINE_MACHINE_TEST_H_
#define MP_MODULES_MACHINE_MACHINE_TEST_H_

#include "gtest/gtest.h"
#include "hal/testing/cpu.h"
#include "hal/testing/pin.h"
#include "hal/testing/uart.h"
#include "modules/machine/machine_module.h"
#include "modules/testing.h"

namespace mp::modules {

class MachineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static constexpr vm::ProgramModule kModules[] = {
        {objects::q::machine, &MakeMachineModule}};
    testing::StartVm(kModules);
    hal::testing::ResetFakePins();
    hal::testing::ResetFakeUarts();
    hal::testing::ResetFakeCpu();
  }
};

}  // namespace mp::modules

#endif  // MP_MODULES_MACHINE_MACHINE_TEST_H_
