// The REPL's two modes, each a loop that returns when the console asks for
// the other mode, a soft reset or the end.
#ifndef MP_REPL_MODES_H_
#define MP_REPL_MODES_H_

#include "repl/repl.h"

namespace mp::repl {

enum class NextStep : uint8_t {
  kFriendlyRepl,
  kRawRepl,
  kSoftReset,  // then the same mode again
  kExit,
};

struct ModeResult {
  NextStep next;
  int exit_status;  // for kExit
};

ModeResult RunFriendlyRepl(const ReplOptions& options);
ModeResult RunRawRepl(const ReplOptions& options);

}  // namespace mp::repl

#endif  // MP_REPL_MODES_H_
