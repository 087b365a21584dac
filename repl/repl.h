// The REPL over the hal console: the friendly REPL (prompts, continuation
// lines, auto-indent, paste mode) and the raw REPL with raw-paste mode, the
// protocol pyboard.py and mpremote speak. The host program and the boards run
// the same code; only the options differ.
//
//   mp::repl::ReplOptions options;
//   int status = mp::repl::RunRepl(options);  // after InitVm()
#ifndef MP_REPL_REPL_H_
#define MP_REPL_REPL_H_

#include <stdint.h>

namespace mp::compiler {
struct RawCode;
}  // namespace mp::compiler

namespace mp::repl {

struct ReplOptions {
  // The banner's platform: "MicroPython ... on DATE; <machine>".
  const char* machine = "linux";
  // A board soft-resets where the host program exits: on Ctrl-D at the
  // friendly prompt and on SystemExit.
  bool soft_reset_on_exit = false;
  // Bytes the host may send in raw-paste mode before it waits for the next
  // flow-control byte; what the REPL can take in without falling behind.
  uint16_t raw_paste_window = 128;
  // What a soft reset does besides the message; null clears __main__'s
  // globals (all the host can do without restarting).
  void (*soft_reset)() = nullptr;
  // Called with each entry's code before it runs (the host's `-v -v`).
  void (*on_compiled)(const compiler::RawCode& code) = nullptr;
  // Called with true before the REPL runs code and false after it: the host
  // lets Ctrl-C reach it as a signal while code runs (vm/interrupt.h); at the
  // prompt Ctrl-C is a byte the REPL reads.
  void (*on_running)(bool running) = nullptr;
};

// Runs the REPL until the console's input ends, or until the program exits
// (see soft_reset_on_exit); returns the exit status.
int RunRepl(const ReplOptions& options);

}  // namespace mp::repl

#endif  // MP_REPL_REPL_H_
