#include "repl/repl.h"

#include "objects/exception.h"
#include "objects/map.h"
#include "objects/nlr.h"
#include "repl/console_output.h"
#include "repl/modes.h"
#include "vm/runtime.h"

namespace mp::repl {
namespace {

// A fresh __main__: what a soft reset can give without a new heap.
void ClearMainGlobals() {
  objects::Map* globals = vm::Vm().main_globals;
  globals->Clear();
  globals->Store(objects::Value::FromQstr(objects::q::dunder_name),
                 objects::Value::FromQstr(objects::q::dunder_main));
}

// A mode ends by returning, or by MemoryError while it buffers input: then it
// says so and starts again.
ModeResult RunMode(NextStep mode, const ReplOptions& options) {
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    ModeResult result = mode == NextStep::kRawRepl ? RunRawRepl(options)
                                                   : RunFriendlyRepl(options);
    objects::NlrPop(nlr);
    return result;
  }
  Write("\r\n");
  objects::PrintException(vm::StdoutPrinter(), nlr.exception);
  return {mode, 0};
}

}  // namespace

int RunRepl(const ReplOptions& options) {
  NextStep mode = NextStep::kFriendlyRepl;
  for (;;) {
    ModeResult result = RunMode(mode, options);
    switch (result.next) {
      case NextStep::kFriendlyRepl:
      case NextStep::kRawRepl:
        mode = result.next;
        break;
      case NextStep::kSoftReset:
        Write("MPY: soft reboot\r\n");
        if (options.soft_reset != nullptr) {
          options.soft_reset();
        } else {
          ClearMainGlobals();
        }
        break;
      case NextStep::kExit:
        return result.exit_status;
    }
  }
}

}  // namespace mp::repl
