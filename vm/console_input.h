// input()'s line from the console (hal/console.h), as MicroPython's readline
// gives it on a board.
#ifndef MP_VM_CONSOLE_INPUT_H_
#define MP_VM_CONSOLE_INPUT_H_

#include "objects/value.h"

namespace mp::vm {

// A line without its end, as a str. Where the console does not echo (a
// board's serial line), the line is shown as it is typed, ends at '\r' or
// '\n' ("\r\n" counts once), Backspace erases, escape sequences (the arrow
// keys) are ignored, Ctrl-C raises KeyboardInterrupt and Ctrl-D on an empty
// line EOFError. Where it echoes (a terminal, which edits the line itself; a
// pipe), the bytes up to '\n' are taken as they come. Either way the end of
// input before any byte is EOFError, and the console's interrupt (Ctrl-C
// while code runs) raises KeyboardInterrupt. The bytes are not checked as
// UTF-8, as in MicroPython.
objects::Value ReadConsoleLine();

}  // namespace mp::vm

#endif  // MP_VM_CONSOLE_INPUT_H_
