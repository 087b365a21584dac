#include "modules/testing.h"

#include "hal/testing/console.h"
#include "lexer/reader.h"
#include "objects/dict.h"
#include "objects/nlr.h"
#include "objects/state.h"
#include "vm/exec.h"
#include "vm/interrupt.h"
#include "vm/runtime.h"

namespace mp::modules::testing {

void StartVm(const vm::ProgramModule* modules, size_t count) {
  static bool started = false;
  if (!started) vm::InitVm();
  started = true;
  vm::SetProgramModules(modules, count);
}

std::string RunPython(const std::string& source) {
  hal::testing::TakeOutput();
  hal::testing::TakeErrors();
  vm::ClearKeyboardInterrupt();
  lexer::BufferReader reader(source.data(), source.size());
  vm::ExecOptions options;
  options.source_name = objects::q::string_file;
  objects::Map* globals = &objects::NewDict()->map;
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    vm::ExecSource(reader, options, globals);
    objects::NlrPop(nlr);
    return hal::testing::TakeOutput();
  }
  vm::ReportUncaughtException(nlr.exception);
  std::string errors = hal::testing::TakeErrors();
  size_t last_line = errors.rfind('\n', errors.size() - 2);
  return hal::testing::TakeOutput() + "!" +
         errors.substr(last_line == std::string::npos ? 0 : last_line + 1);
}

}  // namespace mp::modules::testing
