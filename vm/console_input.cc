#include "vm/console_input.h"

#include "hal/console.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/vstr.h"
#include "vm/interrupt.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

using objects::Value;

constexpr int kCtrlC = 0x03;
constexpr int kCtrlD = 0x04;
constexpr int kBackspace = 0x08;
constexpr int kEscape = 0x1b;
constexpr int kDelete = 0x7f;

void Write(const char* text, size_t length) { hal::ConsoleWrite(text, length); }

// The next byte, -1 at the end of input, or hal::kConsoleInterrupted for an
// interrupt that came before or while it waited.
int ReadByte() {
  if (g_interrupt_requested) return hal::kConsoleInterrupted;
  return hal::ConsoleReadByte();
}

[[noreturn]] void RaiseEndOfInput() {
  objects::Raise(Value(&objects::kEOFErrorType.base));
}

// ESC [ ... or ESC O ...: parameters, then a final byte in '@'..'~'.
void SkipEscapeSequence() {
  int byte = ReadByte();
  if (byte != '[' && byte != 'O') return;
  do {
    byte = ReadByte();
  } while (byte >= 0 && (byte < '@' || byte > '~'));
}

// The line editing a board's console needs; returns at the end of the line.
void ReadEditedLine(objects::Vstr& line) {
  bool skip_newline = Vm().input_after_cr;
  Vm().input_after_cr = false;
  for (;;) {
    int byte = ReadByte();
    if (byte == '\n' && skip_newline) continue;  // the rest of "\r\n"
    skip_newline = false;
    switch (byte) {
      case -1:
      case kCtrlD:
        if (line.length() == 0) RaiseEndOfInput();
        if (byte == -1) return;
        break;
      case kCtrlC:
      case hal::kConsoleInterrupted:
        Write("\r\n", 2);
        RaiseRequestedInterrupt();
      case '\r':
        Vm().input_after_cr = true;
        [[fallthrough]];
      case '\n':
        Write("\r\n", 2);
        return;
      case kBackspace:
      case kDelete:
        if (line.length() == 0) break;
        // A whole UTF-8 character, which the terminal shows in one cell.
        while (line.length() > 1 &&
               (line.data()[line.length() - 1] & 0xc0) == 0x80) {
          line.Truncate(line.length() - 1);
        }
        line.Truncate(line.length() - 1);
        Write("\b \b", 3);
        break;
      case kEscape:
        SkipEscapeSequence();
        break;
      default:
        if (byte < ' ' && byte != '\t') break;
        char c = static_cast<char>(byte);
        line.AppendChar(c);
        Write(&c, 1);
    }
  }
}

}  // namespace

Value ReadConsoleLine() {
  objects::Vstr line;
  if (!hal::ConsoleEchoesInput()) {
    ReadEditedLine(line);
  } else {
    for (;;) {
      int byte = ReadByte();
      if (byte == hal::kConsoleInterrupted) {
        // The host's read also ends for signals other than SIGINT.
        if (g_interrupt_requested) RaiseRequestedInterrupt();
        continue;
      }
      if (byte < 0) {
        if (line.length() == 0) RaiseEndOfInput();
        break;
      }
      if (byte == '\n') break;
      line.AppendChar(static_cast<char>(byte));
    }
  }
  return objects::NewStr(line.data(), line.length());
}

}  // namespace mp::vm
