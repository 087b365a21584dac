// Where the lexer's bytes come from: a buffer in memory, a file, a UART.
// Pulling one byte at a time lets a board compile a script without holding all
// of its text in RAM.
#ifndef MP_LEXER_READER_H_
#define MP_LEXER_READER_H_

#include <stddef.h>

namespace mp::lexer {

class Reader {
 public:
  static constexpr int kEnd = -1;
  // The next byte (0..255), or kEnd.
  virtual int NextByte() = 0;

 protected:
  ~Reader() = default;
};

class BufferReader final : public Reader {
 public:
  BufferReader(const char* data, size_t length)
      : next_(data), end_(data + length) {}
  int NextByte() override {
    return next_ < end_ ? static_cast<unsigned char>(*next_++) : kEnd;
  }

 private:
  const char* next_;
  const char* end_;
};

}  // namespace mp::lexer

#endif  // MP_LEXER_READER_H_
