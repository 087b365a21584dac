// The raw REPL, the protocol tools use to run code on a board: no echo, no
// prompts but ">", and every result framed between \x04 bytes. Its bytes are
// MicroPython's, so that pyboard.py and mpremote work unchanged.
#include "hal/console.h"
#include "objects/vstr.h"
#include "repl/console_output.h"
#include "repl/execute.h"
#include "repl/modes.h"

namespace mp::repl {
namespace {

constexpr char kBanner[] = "raw REPL; CTRL-B to exit\r\n";

enum class PasteEnd : uint8_t { kRan, kCancelled, kEndOfInput };

// Raw-paste mode: the host sends the code in windows of the size given here
// and waits for a \x01 before each further window, so that a board's small
// input buffer never overflows. \x04 ends the code.
PasteEnd RunRawPaste(const ReplOptions& options, objects::Vstr& code) {
  uint16_t window = options.raw_paste_window;
  char header[4] = {'R', '\x01', static_cast<char>(window & 0xff),
                    static_cast<char>(window >> 8)};
  WriteBytes(header, sizeof(header));
  code.Clear();
  uint16_t remaining = window;
  for (;;) {
    int c = hal::ConsoleReadByte();
    if (c < 0) return PasteEnd::kEndOfInput;
    if (c == kCtrlD) break;
    if (c == kCtrlC) {
      // A host that lost track of the exchange: end it as the protocol ends
      // one early, and wait at the prompt.
      Write("\x04");
      return PasteEnd::kCancelled;
    }
    code.AppendChar(static_cast<char>(c));
    if (--remaining == 0) {
      Write("\x01");
      remaining = window;
    }
  }
  Write("\x04");  // all received; no "OK" in this mode
  ExecuteSource(code.data(), code.length(), parser::InputKind::kFile,
                Framing::kRaw, options);
  return PasteEnd::kRan;
}

bool IsRawPasteRequest(const objects::Vstr& code) {
  return code.length() == 2 && code.data()[0] == kCtrlE &&
         code.data()[1] == 'A';
}

}  // namespace

ModeResult RunRawRepl(const ReplOptions& options) {
  Write(kBanner);
  objects::Vstr code;
  for (;;) {
    code.Clear();
    Write(">");
    for (;;) {
      int c = hal::ConsoleReadByte();
      if (c < 0) return {NextStep::kExit, 0};
      if (c == kCtrlA) {
        if (IsRawPasteRequest(code)) {
          if (RunRawPaste(options, code) == PasteEnd::kEndOfInput) {
            return {NextStep::kExit, 0};
          }
        } else {
          Write("\r\n");
          Write(kBanner);
        }
        break;
      }
      if (c == kCtrlB) {
        Write("\r\n");
        return {NextStep::kFriendlyRepl, 0};
      }
      if (c == kCtrlC) {
        code.Clear();
      } else if (c == kCtrlD) {
        Write("OK");
        if (code.length() == 0) {
          Write("\r\n");
          return {NextStep::kSoftReset, 0};
        }
        ExecuteSource(code.data(), code.length(), parser::InputKind::kFile,
                      Framing::kRaw, options);
        break;
      } else {
        code.AppendChar(static_cast<char>(c));
      }
    }
  }
}

}  // namespace mp::repl
