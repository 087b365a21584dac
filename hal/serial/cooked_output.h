// A board's console output is "cooked", as MicroPython's is: each lone '\n'
// goes out as "\r\n", so that a serial terminal starts the next line at its
// left edge. Text the REPL already ends with "\r\n" is left as it is, also when
// the '\r' and the '\n' come in separate writes.
#ifndef MP_HAL_SERIAL_COOKED_OUTPUT_H_
#define MP_HAL_SERIAL_COOKED_OUTPUT_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::hal::serial {

class CookedOutput {
 public:
  // Sends `data` byte by byte through `put_byte(uint8_t)`.
  template <typename PutByte>
  void Write(const char* data, size_t length, PutByte put_byte) {
    for (size_t i = 0; i < length; ++i) {
      if (data[i] == '\n' && !after_carriage_return_) put_byte(uint8_t{'\r'});
      put_byte(static_cast<uint8_t>(data[i]));
      after_carriage_return_ = data[i] == '\r';
    }
  }

 private:
  bool after_carriage_return_ = false;
};

}  // namespace mp::hal::serial

#endif  // MP_HAL_SERIAL_COOKED_OUTPUT_H_
