// The host's console: the process's standard streams.
#include "hal/console.h"

#include <errno.h>
#include <unistd.h>

namespace mp::hal {
namespace {

void WriteAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t written = write(fd, data, length);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;  // a closed pipe: the output has nowhere to go
    }
    data += written;
    length -= static_cast<size_t>(written);
  }
}

}  // namespace

void ConsoleWrite(const char* data, size_t length) {
  WriteAll(STDOUT_FILENO, data, length);
}

void ConsoleWriteError(const char* data, size_t length) {
  WriteAll(STDERR_FILENO, data, length);
}

int ConsoleReadByte() {
  unsigned char byte;
  for (;;) {
    ssize_t n = read(STDIN_FILENO, &byte, 1);
    if (n == 1) return byte;
    if (n < 0 && errno == EINTR) continue;
    return -1;
  }
}

}  // namespace mp::hal
