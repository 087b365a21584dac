// The console: where print() writes and the REPL reads. On the host it is the
// terminal (stdin/stdout/stderr); on a board, the REPL's UART or USB serial.
// One backend per target implements these (hal/host, and the boards' later).
#ifndef MP_HAL_CONSOLE_H_
#define MP_HAL_CONSOLE_H_

#include <stddef.h>

namespace mp::hal {

// Program output (stdout).
void ConsoleWrite(const char* data, size_t length);
// Diagnostics such as tracebacks (stderr on the host; the same serial line on a
// board).
void ConsoleWriteError(const char* data, size_t length);
// The next input byte, waiting for it; -1 at the end of input, or
// kConsoleInterrupted when the interrupt (below; on the host, SIGINT while code
// runs) came while it waited, so that a caller waiting for input (input())
// can raise KeyboardInterrupt.
int ConsoleReadByte();
constexpr int kConsoleInterrupted = -2;

// Whether what is typed shows without the program writing it: a terminal in
// its usual mode echoes and edits the line itself, and input from a pipe or a
// file needs no echo. A board's serial line does neither, so there input()
// echoes and handles Backspace.
bool ConsoleEchoesInput();

// While code runs, the byte `character` (Ctrl-C, 3, by default) arriving at
// the console is taken out of the input and `on_interrupt` is called instead,
// from the backend's receive interrupt; -1 turns it off, so that the REPL's
// prompt reads Ctrl-C as a byte. The host takes Ctrl-C as SIGINT and ignores
// this.
void ConsoleSetInterrupt(int character, void (*on_interrupt)());

}  // namespace mp::hal

#endif  // MP_HAL_CONSOLE_H_
