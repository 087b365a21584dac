// Reading one line at the friendly prompt, echoing what is typed (the console
// is in raw mode: nothing else echoes or edits).
#ifndef MP_REPL_LINE_READER_H_
#define MP_REPL_LINE_READER_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::repl {

enum class LineEnd : uint8_t {
  kEnter,
  kCtrlA,  // the keys below end a line only while nothing is typed on it
  kCtrlB,
  kCtrlD,
  kCtrlE,
  kCtrlC,  // the line is dropped, whatever it holds
  kEndOfInput,
};

class LineReader {
 public:
  // Longer lines are cut; paste mode and the raw REPL take any length.
  static constexpr size_t kMaxLine = 256;

  // Writes the prompt, then `indent` spaces that start the line, and reads
  // until Enter or a control key. With `mode_keys` false (a continuation
  // line), Ctrl-A, Ctrl-B and Ctrl-E are ignored.
  LineEnd Read(const char* prompt, size_t prompt_length, size_t indent,
               bool mode_keys);

  const char* line() const { return line_; }
  size_t length() const { return length_; }

 private:
  void Insert(char c);
  void Backspace();
  void SkipEscapeSequence();

  char line_[kMaxLine];
  size_t length_ = 0;
};

}  // namespace mp::repl

#endif  // MP_REPL_LINE_READER_H_
