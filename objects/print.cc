#include "objects/print.h"

#include <stdint.h>
#include <string.h>

#include "objects/state.h"

namespace mp::objects {
namespace {

void Pad(const Printer& printer, char fill, int count) {
  for (int i = 0; i < count; ++i) printer.Char(fill);
}

void WriteField(const Printer& printer, const char* data, size_t length,
                int width, bool left_align, char fill) {
  int padding =
      width > static_cast<int>(length) ? width - static_cast<int>(length) : 0;
  if (!left_align) {
    // Zero padding goes after a sign.
    if (fill == '0' && length > 0 && data[0] == '-') {
      printer.Char('-');
      ++data;
      --length;
    }
    Pad(printer, fill, padding);
  }
  printer.Write(data, length);
  if (left_align) Pad(printer, ' ', padding);
}

// strnlen is POSIX, not C: newlib does not declare it in strict mode.
size_t BoundedLength(const char* text, size_t limit) {
  size_t length = 0;
  while (length < limit && text[length] != '\0') ++length;
  return length;
}

char* FormatUnsigned(unsigned long long n, unsigned base, char* buffer_end) {
  char* p = buffer_end;
  do {
    unsigned digit = static_cast<unsigned>(n % base);
    *--p = static_cast<char>(digit < 10 ? '0' + digit : 'a' + digit - 10);
    n /= base;
  } while (n != 0);
  return p;
}

}  // namespace

void Printer::Write(const char* text) const {
  write(context, text, strlen(text));
}

char* FormatInt(long long n, char* buffer_end) {
  // Negate as unsigned so that the most negative value works too.
  unsigned long long magnitude = n < 0
                                     ? 0ull - static_cast<unsigned long long>(n)
                                     : static_cast<unsigned long long>(n);
  char* p = FormatUnsigned(magnitude, 10, buffer_end);
  if (n < 0) *--p = '-';
  return p;
}

void VPrintf(const Printer& printer, const char* format, va_list args) {
  char digits[24];
  char* const digits_end = digits + sizeof(digits);
  while (*format != '\0') {
    const char* run = format;
    while (*format != '\0' && *format != '%') ++format;
    if (format > run) printer.Write(run, static_cast<size_t>(format - run));
    if (*format == '\0') break;
    ++format;  // '%'
    bool left_align = false;
    char fill = ' ';
    for (;; ++format) {
      if (*format == '-') {
        left_align = true;
      } else if (*format == '0') {
        fill = '0';
      } else {
        break;
      }
    }
    int width = 0;
    while (*format >= '0' && *format <= '9')
      width = width * 10 + (*format++ - '0');
    int precision = -1;
    if (*format == '.') {
      ++format;
      if (*format == '*') {
        precision = va_arg(args, int);
        ++format;
      } else {
        precision = 0;
        while (*format >= '0' && *format <= '9') {
          precision = precision * 10 + (*format++ - '0');
        }
      }
    }
    enum { kInt, kLong, kSize } length = kInt;
    if (*format == 'l') {
      length = kLong;
      ++format;
    } else if (*format == 'z') {
      length = kSize;
      ++format;
    }
    char conversion = *format;
    if (conversion == '\0') break;
    ++format;
    switch (conversion) {
      case '%':
        printer.Char('%');
        break;
      case 'c':
        digits[0] = static_cast<char>(va_arg(args, int));
        WriteField(printer, digits, 1, width, left_align, ' ');
        break;
      case 's': {
        const char* text = va_arg(args, const char*);
        if (text == nullptr) text = "(null)";
        size_t text_length =
            precision >= 0 ? BoundedLength(text, static_cast<size_t>(precision))
                           : strlen(text);
        WriteField(printer, text, text_length, width, left_align, ' ');
        break;
      }
      case 'q': {
        Qstr q = va_arg(args, unsigned);
        const QstrPool& qstrs = Shared().qstrs;
        WriteField(printer, qstrs.Data(q), qstrs.Length(q), width, left_align,
                   ' ');
        break;
      }
      case 'd': {
        long long n = length == kLong ? va_arg(args, long)
                      : length == kSize
                          ? static_cast<long long>(va_arg(args, size_t))
                          : va_arg(args, int);
        char* start = FormatInt(n, digits_end);
        WriteField(printer, start, static_cast<size_t>(digits_end - start),
                   width, left_align, fill);
        break;
      }
      case 'u':
      case 'x': {
        unsigned long long n = length == kLong   ? va_arg(args, unsigned long)
                               : length == kSize ? va_arg(args, size_t)
                                                 : va_arg(args, unsigned);
        char* start =
            FormatUnsigned(n, conversion == 'x' ? 16 : 10, digits_end);
        WriteField(printer, start, static_cast<size_t>(digits_end - start),
                   width, left_align, fill);
        break;
      }
      default:
        // An unknown conversion is printed as it is, which makes the mistake
        // visible.
        printer.Char('%');
        printer.Char(conversion);
        break;
    }
  }
}

void Printf(const Printer& printer, const char* format, ...) {
  va_list args;
  va_start(args, format);
  VPrintf(printer, format, args);
  va_end(args);
}

}  // namespace mp::objects
