// Writing the REPL's own text (prompts, echo, protocol bytes) to the console.
#ifndef MP_REPL_CONSOLE_OUTPUT_H_
#define MP_REPL_CONSOLE_OUTPUT_H_

#include <stddef.h>
#include <string.h>

#include "hal/console.h"

namespace mp::repl {

// The control keys the REPL acts on.
inline constexpr int kCtrlA = 0x01;
inline constexpr int kCtrlB = 0x02;
inline constexpr int kCtrlC = 0x03;
inline constexpr int kCtrlD = 0x04;
inline constexpr int kCtrlE = 0x05;

inline void Write(const char* text) { hal::ConsoleWrite(text, strlen(text)); }
inline void WriteBytes(const char* data, size_t length) {
  hal::ConsoleWrite(data, length);
}

}  // namespace mp::repl

#endif  // MP_REPL_CONSOLE_OUTPUT_H_
