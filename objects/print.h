// Output: a Printer is where text goes (the console, a growing buffer), and
// Printf formats into one without the C library's printf, which costs too much
// flash on a board.
#ifndef MP_OBJECTS_PRINT_H_
#define MP_OBJECTS_PRINT_H_

#include <stdarg.h>
#include <stddef.h>

namespace mp::objects {

struct Printer {
  void (*write)(void* context, const char* data, size_t length);
  void* context;

  void Write(const char* data, size_t length) const {
    write(context, data, length);
  }
  void Write(const char* text) const;
  void Char(char c) const { write(context, &c, 1); }
};

// Formats like printf for: %s, %.*s, %c, %d, %u, %x, %ld, %lu, %lx, %zu, %% and
// %q (a Qstr). Widths and '-'/'0' flags are supported for numbers and strings.
void Printf(const Printer& printer, const char* format, ...);
void VPrintf(const Printer& printer, const char* format, va_list args);

// Writes the decimal digits of n into the end of buffer (at least 21 bytes);
// returns the start.
char* FormatInt(long long n, char* buffer_end);

}  // namespace mp::objects

#endif  // MP_OBJECTS_PRINT_H_
