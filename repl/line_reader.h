// Reading one line at the friendly prompt, with the editing keys MicroPython's
// readline has: the console is in raw mode, so nothing else echoes or edits.
// Left/Right, Home/End, Delete, Backspace; the emacs keys Ctrl-A/E/B/F
// (start, end, back, forward: Ctrl-A/B/E only on a line with something typed,
// since on an empty one they switch modes), Ctrl-K/U/W (kill to the end, to
// the start, the word before); history with Up/Down and Ctrl-P/N; Tab
// completion (completion.h).
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
  // line), Ctrl-A, Ctrl-B and Ctrl-E only edit.
  LineEnd Read(const char* prompt, size_t prompt_length, size_t indent,
               bool mode_keys);

  const char* line() const { return line_; }
  size_t length() const { return length_; }

 private:
  void Insert(const char* text, size_t count);
  // Deletes the bytes [from, to) and shows the line from there on again.
  void Erase(size_t from, size_t to);
  void Backspace();
  void MoveTo(size_t position);
  void Replace(const char* text, size_t count);
  void Recall(int step);
  // Reads the rest of an escape sequence; returns the key's code (below).
  int ReadEscapeSequence();
  // Tab: completes the name before the cursor, or lists the candidates and
  // shows the prompt and the line again; at the start of a line, indents.
  void Complete();

  const char* prompt_ = "";
  size_t prompt_length_ = 0;

  char line_[kMaxLine];
  size_t length_ = 0;
  size_t cursor_ = 0;    // a byte offset at the start of a character
  size_t recalled_ = 0;  // how far back in the history the line comes from
};

}  // namespace mp::repl

#endif  // MP_REPL_LINE_READER_H_
