// A console over ARM semihosting: the debugger or emulator (QEMU with
// -semihosting) carries the bytes. For emulator runs and bring-up, before a
// board's UART works.
#include "hal/console.h"

#include <stdint.h>

namespace mp::hal {
namespace {

enum Operation : uintptr_t {
  kWrite0 = 0x04,  // write a NUL-terminated string
  kReadC = 0x07,   // read one character
};

uintptr_t Semihost(uintptr_t operation, const void* argument) {
  register uintptr_t r0 asm("r0") = operation;
  register const void* r1 asm("r1") = argument;
  asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}

void Write(const char* data, size_t length) {
  char chunk[64];
  while (length > 0) {
    size_t n = length < sizeof(chunk) - 1 ? length : sizeof(chunk) - 1;
    for (size_t i = 0; i < n; ++i) chunk[i] = data[i];
    chunk[n] = '\0';
    Semihost(kWrite0, chunk);
    data += n;
    length -= n;
  }
}

}  // namespace

void ConsoleWrite(const char* data, size_t length) { Write(data, length); }
void ConsoleWriteError(const char* data, size_t length) { Write(data, length); }

int ConsoleReadByte() {
  return static_cast<int>(Semihost(kReadC, nullptr) & 0xff);
}

// The emulator's terminal or pipe.
bool ConsoleEchoesInput() { return true; }

}  // namespace mp::hal
