#include "modules/os/os_module.h"

#include <string>

#include "gtest/gtest.h"
#include "hal/testing/board.h"
#include "modules/testing.h"
#include "vm/version.h"

namespace mp::modules {
namespace {

using testing::RunPython;

class OsModuleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static constexpr vm::ProgramModule kModules[] = {
        {objects::q::os, &MakeOsModule}};
    testing::StartVm(kModules);
  }
};

TEST_F(OsModuleTest, UnameNamesTheBoardAndTheVersion) {
  std::string port = hal::testing::kFakeBoardPort;
  std::string version = vm::kVersion;
  std::string full_version =
      "v" + version + " on " + std::string(vm::kVersionDate);
  EXPECT_EQ(RunPython("import os\n"
                      "u = os.uname()\n"
                      "print(u.sysname, u.nodename, u.release)\n"
                      "print(u.version)\n"
                      "print(u.machine)\n"
                      "print(len(u), u[0] == u.sysname, u[4] == u.machine)\n"),
            port + " " + port + " " + version + "\n" + full_version + "\n" +
                hal::testing::kFakeBoardMachine + "\n5 True True\n");
  EXPECT_EQ(RunPython("import os\nprint(os.uname())"),
            "(sysname='" + port + "', nodename='" + port + "', release='" +
                version + "', version='" + full_version + "', machine='" +
                hal::testing::kFakeBoardMachine + "')\n");
}

TEST_F(OsModuleTest, SepIsASlash) {
  EXPECT_EQ(RunPython("import os\nprint(os.sep)"), "/\n");
}

}  // namespace
}  // namespace mp::modules
