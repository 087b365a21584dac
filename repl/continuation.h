// When the friendly REPL asks for another line ("... "), and how far it
// indents that line.
#ifndef MP_REPL_CONTINUATION_H_
#define MP_REPL_CONTINUATION_H_

#include <stddef.h>

namespace mp::repl {

// Whether `entry` (the lines typed so far, joined by '\n') needs more lines:
// inside brackets or a triple-quoted string, after a trailing backslash, or in
// a compound statement (a first line that starts with a block keyword or '@',
// or ends with ':') until a blank line.
bool NeedsMoreInput(const char* entry, size_t length);

// The spaces to put before the next line: the last line's indentation, one
// level more after a ':'.
size_t AutoIndent(const char* entry, size_t length);

}  // namespace mp::repl

#endif  // MP_REPL_CONTINUATION_H_
