// The host console's REPL mode, which the host program switches on while the
// REPL runs. Host only: a board's console is always in this mode.
#ifndef MP_HAL_HOST_REPL_CONSOLE_H_
#define MP_HAL_HOST_REPL_CONSOLE_H_

namespace mp::hal::host {

// Every byte typed reaches the REPL as it is typed: a terminal on stdin stops
// echoing, editing lines and turning Ctrl-C into a signal (Enter still reads
// as '\n'). Output gets "\r\n" for each lone '\n', as a board's serial console
// sends it, so that the REPL's bytes are the same on a pipe as on a pty.
void EnterReplConsole();
// Gives the terminal back as it was (also done at exit).
void LeaveReplConsole();
// In REPL mode on a terminal: while code runs the terminal is as it was
// (Ctrl-C is SIGINT, input() echoes); at the prompt it is raw again.
void SetReplConsoleRunning(bool running);

}  // namespace mp::hal::host

#endif  // MP_HAL_HOST_REPL_CONSOLE_H_
