#include "repl/line_reader.h"

#include <string.h>

#include "hal/console.h"
#include "objects/vstr.h"
#include "repl/completion.h"
#include "repl/console_output.h"

namespace mp::repl {
namespace {

constexpr int kCtrlF = 0x06;
constexpr int kBackspace = 0x08;
constexpr int kCtrlK = 0x0b;
constexpr int kCtrlN = 0x0e;
constexpr int kCtrlP = 0x10;
constexpr int kCtrlU = 0x15;
constexpr int kCtrlW = 0x17;
constexpr int kEscape = 0x1b;
constexpr int kDelete = 0x7f;
constexpr size_t kIndentStep = 4;

// What an escape sequence means (codes beyond a byte's range).
enum Key : int {
  kKeyNone = 0x100,
  kKeyUp,
  kKeyDown,
  kKeyRight,
  kKeyLeft,
  kKeyHome,
  kKeyEnd,
  kKeyDeleteForward,
};

bool IsContinuationByte(char c) { return (c & 0xc0) == 0x80; }

// The terminal shows a character (all its UTF-8 bytes) in one cell.
size_t CellsIn(const char* text, size_t length) {
  size_t cells = 0;
  for (size_t i = 0; i < length; ++i) cells += !IsContinuationByte(text[i]);
  return cells;
}

void WriteRepeated(char c, size_t count) {
  for (size_t i = 0; i < count; ++i) WriteBytes(&c, 1);
}

// The lines entered, oldest first, each ending in '\0', in a fixed buffer:
// the oldest go when it is full. Shared by every session of the REPL.
#if defined(__OPTIMIZE_SIZE__)
constexpr size_t kHistoryBytes = 256;
#else
constexpr size_t kHistoryBytes = 2048;
#endif
char g_history[kHistoryBytes];
size_t g_history_used = 0;

size_t HistoryCount() {
  size_t count = 0;
  for (size_t i = 0; i < g_history_used; ++i) count += g_history[i] == '\0';
  return count;
}

// The entry `back` steps back (1 is the newest; at most HistoryCount()).
const char* HistoryEntry(size_t back, size_t* length) {
  size_t wanted = HistoryCount() - back;  // entries to skip from the oldest
  size_t start = 0;
  for (; wanted > 0; --wanted) start += strlen(g_history + start) + 1;
  *length = strlen(g_history + start);
  return g_history + start;
}

void HistoryAdd(const char* line, size_t length) {
  size_t newest_length;
  if (length + 1 > kHistoryBytes) return;
  if (HistoryCount() > 0) {
    const char* newest = HistoryEntry(1, &newest_length);
    if (newest_length == length && memcmp(newest, line, length) == 0) return;
  }
  while (g_history_used + length + 1 > kHistoryBytes) {
    size_t oldest = strlen(g_history) + 1;
    memmove(g_history, g_history + oldest, g_history_used - oldest);
    g_history_used -= oldest;
  }
  memcpy(g_history + g_history_used, line, length);
  g_history[g_history_used + length] = '\0';
  g_history_used += length + 1;
}

bool IsBlank(const char* text, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (text[i] != ' ' && text[i] != '\t') return false;
  }
  return true;
}

}  // namespace

LineEnd LineReader::Read(const char* prompt, size_t prompt_length,
                         size_t indent, bool mode_keys) {
  WriteBytes(prompt, prompt_length);
  prompt_ = prompt;
  prompt_length_ = prompt_length;
  length_ = 0;
  cursor_ = 0;
  recalled_ = 0;
  for (size_t i = 0; i < indent && i < kMaxLine; ++i) Insert(" ", 1);
  size_t prefilled = length_;
  for (;;) {
    int c = hal::ConsoleReadByte();
    bool untouched = length_ == prefilled && recalled_ == 0;
    if (c == kEscape) c = ReadEscapeSequence();
    switch (c) {
      case -1:
        return LineEnd::kEndOfInput;
      case '\r':
      case '\n':
        Write("\r\n");
        if (!IsBlank(line_, length_)) HistoryAdd(line_, length_);
        return LineEnd::kEnter;
      case kCtrlC:
        return LineEnd::kCtrlC;
      case kCtrlD:
        if (untouched) return LineEnd::kCtrlD;
        [[fallthrough]];
      case kKeyDeleteForward:
        if (cursor_ < length_) {
          size_t next = cursor_ + 1;
          while (next < length_ && IsContinuationByte(line_[next])) ++next;
          Erase(cursor_, next);
        }
        break;
      case kCtrlA:
        if (untouched && mode_keys) return LineEnd::kCtrlA;
        [[fallthrough]];
      case kKeyHome:
        MoveTo(0);
        break;
      case kCtrlE:
        if (untouched && mode_keys) return LineEnd::kCtrlE;
        [[fallthrough]];
      case kKeyEnd:
        MoveTo(length_);
        break;
      case kCtrlB:
        if (untouched && mode_keys) return LineEnd::kCtrlB;
        [[fallthrough]];
      case kKeyLeft:
        if (cursor_ > 0) {
          size_t previous = cursor_ - 1;
          while (previous > 0 && IsContinuationByte(line_[previous])) {
            --previous;
          }
          MoveTo(previous);
        }
        break;
      case kCtrlF:
      case kKeyRight:
        if (cursor_ < length_) {
          size_t next = cursor_ + 1;
          while (next < length_ && IsContinuationByte(line_[next])) ++next;
          MoveTo(next);
        }
        break;
      case kCtrlK:
        Erase(cursor_, length_);
        break;
      case kCtrlU:
        Erase(0, cursor_);
        break;
      case kCtrlW: {
        size_t start = cursor_;
        while (start > 0 && line_[start - 1] == ' ') --start;
        while (start > 0 && line_[start - 1] != ' ') --start;
        Erase(start, cursor_);
        break;
      }
      case kCtrlP:
      case kKeyUp:
        Recall(1);
        break;
      case kCtrlN:
      case kKeyDown:
        Recall(-1);
        break;
      case kBackspace:
      case kDelete:
        Backspace();
        break;
      case '\t':
        Complete();
        break;
      case kKeyNone:
        break;
      default:
        if (c >= 0x20) {
          char byte = static_cast<char>(c);
          Insert(&byte, 1);
        }
        break;
    }
  }
}

void LineReader::Insert(const char* text, size_t count) {
  if (count > kMaxLine - length_) count = kMaxLine - length_;
  if (count == 0) return;
  memmove(line_ + cursor_ + count, line_ + cursor_, length_ - cursor_);
  memcpy(line_ + cursor_, text, count);
  length_ += count;
  // Show the inserted text and what follows it, then step back over the
  // latter.
  WriteBytes(line_ + cursor_, length_ - cursor_);
  WriteRepeated('\b',
                CellsIn(line_ + cursor_ + count, length_ - cursor_ - count));
  cursor_ += count;
}

void LineReader::Erase(size_t from, size_t to) {
  if (from >= to) return;
  MoveTo(from);
  size_t erased_cells = CellsIn(line_ + from, to - from);
  memmove(line_ + from, line_ + to, length_ - to);
  length_ -= to - from;
  size_t tail_cells = CellsIn(line_ + from, length_ - from);
  WriteBytes(line_ + from, length_ - from);
  WriteRepeated(' ', erased_cells);
  WriteRepeated('\b', tail_cells + erased_cells);
}

void LineReader::Backspace() {
  if (cursor_ == 0) return;
  bool only_spaces = cursor_ == length_;
  for (size_t i = 0; i < length_ && only_spaces; ++i) {
    only_spaces = line_[i] == ' ';
  }
  // In the indentation, one key takes back one level, as auto-indent gave it.
  if (only_spaces && length_ % kIndentStep == 0) {
    Erase(length_ - kIndentStep, length_);
    return;
  }
  size_t previous = cursor_ - 1;
  while (previous > 0 && IsContinuationByte(line_[previous])) --previous;
  Erase(previous, cursor_);
}

void LineReader::MoveTo(size_t position) {
  if (position < cursor_) {
    WriteRepeated('\b', CellsIn(line_ + position, cursor_ - position));
  } else if (position > cursor_) {
    WriteBytes(line_ + cursor_, position - cursor_);
  }
  cursor_ = position;
}

void LineReader::Replace(const char* text, size_t count) {
  Erase(0, length_);
  Insert(text, count);
}

void LineReader::Recall(int step) {
  size_t count = HistoryCount();
  if (step > 0 && recalled_ < count) {
    ++recalled_;
  } else if (step < 0 && recalled_ > 0) {
    --recalled_;
  } else {
    return;
  }
  if (recalled_ == 0) {
    Replace("", 0);
    return;
  }
  size_t length;
  const char* entry = HistoryEntry(recalled_, &length);
  Replace(entry, length);
}

void LineReader::Complete() {
  if (IsBlank(line_, cursor_)) {
    Insert("    ", kIndentStep);
    return;
  }
  objects::Vstr insert;
  objects::Vstr listing;
  repl::Complete(line_, cursor_, insert, listing);
  if (insert.length() > 0) {
    Insert(insert.data(), insert.length());
  } else if (listing.length() > 0) {
    size_t cursor = cursor_;
    MoveTo(length_);
    Write("\r\n");
    WriteBytes(listing.data(), listing.length());
    WriteBytes(prompt_, prompt_length_);
    WriteBytes(line_, length_);
    cursor_ = length_;
    MoveTo(cursor);
  }
}

int LineReader::ReadEscapeSequence() {
  int c = hal::ConsoleReadByte();
  if (c == 'O') {  // SS3: arrows and Home/End in "application" mode
    c = hal::ConsoleReadByte();
  } else if (c == '[') {
    // CSI: digits, then one final byte in @..~.
    int number = 0;
    for (;;) {
      c = hal::ConsoleReadByte();
      if (c < 0) return kKeyNone;
      if (c >= '0' && c <= '9') {
        number = number * 10 + (c - '0');
      } else if (c >= 0x40 && c <= 0x7e) {
        break;
      }
    }
    if (c == '~') {
      switch (number) {
        case 1:
        case 7:
          return kKeyHome;
        case 3:
          return kKeyDeleteForward;
        case 4:
        case 8:
          return kKeyEnd;
        default:
          return kKeyNone;
      }
    }
  } else {
    return kKeyNone;
  }
  switch (c) {
    case 'A':
      return kKeyUp;
    case 'B':
      return kKeyDown;
    case 'C':
      return kKeyRight;
    case 'D':
      return kKeyLeft;
    case 'H':
      return kKeyHome;
    case 'F':
      return kKeyEnd;
    default:
      return kKeyNone;
  }
}

}  // namespace mp::repl
