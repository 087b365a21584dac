#include "repl/execute.h"

#include "lexer/reader.h"
#include "objects/exception.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "repl/console_output.h"
#include "vm/exec.h"
#include "vm/interrupt.h"
#include "vm/runtime.h"

namespace mp::repl {

ExecOutcome ExecuteSource(const char* source, size_t length,
                          parser::InputKind input, Framing framing,
                          const ReplOptions& repl_options) {
  vm::ExecOptions options;
  options.source_name = objects::q::stdin_file;
  options.input = input;
  options.optimize = vm::Vm().opt_level;
  options.on_compiled = repl_options.on_compiled;
  lexer::BufferReader reader(source, length);
  ExecOutcome outcome{};
  bool raw = framing == Framing::kRaw;
  // A Ctrl-C from before this entry must not stop it.
  vm::ClearKeyboardInterrupt();
  if (repl_options.on_running != nullptr) repl_options.on_running(true);
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    vm::ExecSource(reader, options, vm::Vm().main_globals);
    objects::NlrPop(nlr);
    if (repl_options.on_running != nullptr) repl_options.on_running(false);
    if (raw) Write("\x04");
  } else {
    if (repl_options.on_running != nullptr) repl_options.on_running(false);
    if (raw) Write("\x04");
    objects::Value exception = nlr.exception;
    if (objects::IsInstance(exception, &objects::kSystemExitType)) {
      outcome.system_exit = true;
      // As on MicroPython's boards, SystemExit in the raw REPL ends only the
      // code sent, silently.
      if (!raw) outcome.exit_status = vm::ReportUncaughtException(exception);
    } else {
      // The raw REPL frames the traceback in the output stream: a tool
      // reading one serial line sees it between the two \x04s.
      objects::PrintException(raw ? vm::StdoutPrinter() : vm::StderrPrinter(),
                              exception);
    }
  }
  if (raw) Write("\x04");
  return outcome;
}

}  // namespace mp::repl
