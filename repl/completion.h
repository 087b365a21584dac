// Tab completion at the friendly prompt: the names of __main__ and the
// builtins, or after a dot the attributes of what the dotted name before it
// is (found without calling anything but attribute loads).
#ifndef MP_REPL_COMPLETION_H_
#define MP_REPL_COMPLETION_H_

#include <stddef.h>

#include "objects/vstr.h"

namespace mp::repl {

// Completes the name that ends `text` (the line up to the cursor). Appends to
// `insert` what all the matching names continue with, and, when that is
// nothing and several names match, lists them in `listing` (padded into
// columns, one "\r\n" after each row). Names starting with '_' match only a
// prefix that does too.
void Complete(const char* text, size_t length, objects::Vstr& insert,
              objects::Vstr& listing);

}  // namespace mp::repl

#endif  // MP_REPL_COMPLETION_H_
