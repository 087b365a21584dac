// Running what was typed or sent at the REPL in __main__, reporting what it
// raised.
#ifndef MP_REPL_EXECUTE_H_
#define MP_REPL_EXECUTE_H_

#include <stddef.h>

#include "parser/parser.h"
#include "repl/repl.h"

namespace mp::repl {

enum class Framing : bool {
  kFriendly,  // a traceback goes to the console's error stream
  kRaw,       // output, "\x04", traceback, "\x04", all on the output stream
};

struct ExecOutcome {
  bool system_exit;
  int exit_status;  // SystemExit's, for the friendly REPL
};

// Compiles and runs `source` (a module for kFile, one REPL entry whose
// expression values are printed for kSingle) in __main__'s globals.
ExecOutcome ExecuteSource(const char* source, size_t length,
                          parser::InputKind input, Framing framing,
                          const ReplOptions& repl_options);

}  // namespace mp::repl

#endif  // MP_REPL_EXECUTE_H_
