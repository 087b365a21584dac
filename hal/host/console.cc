// The host's console: the process's standard streams.
#include "hal/console.h"

#include <errno.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "hal/host/repl_console.h"

namespace mp::hal {
namespace {

bool repl_mode = false;
bool terminal_saved = false;
termios saved_terminal;
termios raw_terminal;

// Whether the last byte written to each stream was '\r', for "\r\n" split
// across writes.
bool after_cr[2] = {false, false};

void WriteAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t written = write(fd, data, length);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;  // a closed pipe: the output has nowhere to go
    }
    data += written;
    length -= static_cast<size_t>(written);
  }
}

// In REPL mode, a lone '\n' goes out as "\r\n".
void WriteConsole(int fd, const char* data, size_t length) {
  if (!repl_mode) {
    WriteAll(fd, data, length);
    return;
  }
  bool& cr = after_cr[fd == STDERR_FILENO ? 1 : 0];
  size_t start = 0;
  for (size_t i = 0; i < length; ++i) {
    if (data[i] == '\n' && !(i > 0 ? data[i - 1] == '\r' : cr)) {
      WriteAll(fd, data + start, i - start);
      WriteAll(fd, "\r", 1);
      start = i;
    }
  }
  WriteAll(fd, data + start, length - start);
  if (length > 0) cr = data[length - 1] == '\r';
}

}  // namespace

void ConsoleWrite(const char* data, size_t length) {
  WriteConsole(STDOUT_FILENO, data, length);
}

void ConsoleWriteError(const char* data, size_t length) {
  WriteConsole(STDERR_FILENO, data, length);
}

int ConsoleReadByte() {
  unsigned char byte;
  for (;;) {
    ssize_t n = read(STDIN_FILENO, &byte, 1);
    if (n == 1) return byte;
    if (n < 0 && errno == EINTR) {
      // SIGINT while code runs (the REPL's prompt reads Ctrl-C as a byte).
      if (!repl_mode) return kConsoleInterrupted;
      continue;
    }
    return -1;
  }
}

bool ConsoleEchoesInput() { return true; }

namespace host {

void EnterReplConsole() {
  repl_mode = true;
  if (terminal_saved || tcgetattr(STDIN_FILENO, &saved_terminal) != 0) return;
  terminal_saved = true;
  atexit(&LeaveReplConsole);
  termios raw = saved_terminal;
  raw.c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
  raw.c_iflag &= ~(IXON | ISTRIP | INLCR | IGNCR);
  // The REPL writes "\r\n" itself; the terminal must not add another '\r'.
  raw.c_oflag &= ~OPOST;
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  raw_terminal = raw;
  tcsetattr(STDIN_FILENO, TCSANOW, &raw);
}

void SetReplConsoleRunning(bool running) {
  if (!terminal_saved) return;  // not a terminal: the bytes stay the same
  // The terminal as it was while code runs: Ctrl-C is SIGINT, input() echoes
  // and edits, and the terminal itself sends '\n' as "\r\n".
  repl_mode = !running;
  tcsetattr(STDIN_FILENO, TCSANOW, running ? &saved_terminal : &raw_terminal);
}

void LeaveReplConsole() {
  repl_mode = false;
  if (!terminal_saved) return;
  terminal_saved = false;
  tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
}

}  // namespace host
}  // namespace mp::hal
