#include "repl/line_reader.h"

#include "hal/console.h"
#include "repl/console_output.h"

namespace mp::repl {
namespace {

constexpr int kBackspace = 0x08;
constexpr int kDelete = 0x7f;
constexpr int kEscape = 0x1b;
constexpr size_t kIndentStep = 4;

bool IsContinuationByte(char c) { return (c & 0xc0) == 0x80; }

}  // namespace

LineEnd LineReader::Read(const char* prompt, size_t prompt_length,
                         size_t indent, bool mode_keys) {
  WriteBytes(prompt, prompt_length);
  length_ = 0;
  for (size_t i = 0; i < indent; ++i) Insert(' ');
  size_t prefilled = length_;
  for (;;) {
    int c = hal::ConsoleReadByte();
    bool untouched = length_ == prefilled;
    switch (c) {
      case -1:
        return LineEnd::kEndOfInput;
      case '\r':
      case '\n':
        Write("\r\n");
        return LineEnd::kEnter;
      case kCtrlC:
        return LineEnd::kCtrlC;
      case kCtrlD:
        if (untouched) return LineEnd::kCtrlD;
        break;
      case kCtrlA:
        if (untouched && mode_keys) return LineEnd::kCtrlA;
        break;
      case kCtrlB:
        if (untouched && mode_keys) return LineEnd::kCtrlB;
        break;
      case kCtrlE:
        if (untouched && mode_keys) return LineEnd::kCtrlE;
        break;
      case kBackspace:
      case kDelete:
        Backspace();
        break;
      case kEscape:
        // Arrows and the like: line editing is still to come, and their
        // bytes must not end up in the source.
        SkipEscapeSequence();
        break;
      default:
        if (c >= 0x20 || c == '\t') Insert(static_cast<char>(c));
        break;
    }
  }
}

void LineReader::Insert(char c) {
  if (length_ == kMaxLine) return;
  line_[length_++] = c;
  WriteBytes(&c, 1);
}

void LineReader::Backspace() {
  if (length_ == 0) return;
  bool only_spaces = true;
  for (size_t i = 0; i < length_; ++i) only_spaces &= line_[i] == ' ';
  // In the indentation, one key takes back one level, as auto-indent gave it.
  if (only_spaces && length_ % kIndentStep == 0) {
    length_ -= kIndentStep;
    Write("\b\b\b\b    \b\b\b\b");
    return;
  }
  // A character is all its UTF-8 bytes; a terminal shows it in one cell.
  do {
    --length_;
  } while (length_ > 0 && IsContinuationByte(line_[length_]));
  Write("\b \b");
}

void LineReader::SkipEscapeSequence() {
  int c = hal::ConsoleReadByte();
  if (c == '[') {
    // CSI: parameters, then one final byte in @..~.
    do {
      c = hal::ConsoleReadByte();
    } while (c >= 0 && (c < 0x40 || c > 0x7e));
  } else if (c == 'O') {
    hal::ConsoleReadByte();  // SS3: one byte (F1-F4, arrows in some modes)
  }
}

}  // namespace mp::repl
