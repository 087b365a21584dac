// Files on a board without a file system (hal/file.h): the semihosting
// backend and the boards link this until a board's file system (in its flash)
// becomes a backend of its own. open() raises OSError(ENOENT), and no handle
// ever exists to read or write.
#include "hal/file.h"

#include <errno.h>

namespace mp::hal {

int FileOpen(const char* /*path*/, unsigned /*flags*/) { return -ENOENT; }

ptrdiff_t FileRead(int /*handle*/, void* /*buffer*/, size_t /*length*/) {
  return -EBADF;
}

ptrdiff_t FileWrite(int /*handle*/, const void* /*data*/, size_t /*length*/) {
  return -EBADF;
}

int64_t FileSeek(int /*handle*/, int64_t /*offset*/, int /*whence*/) {
  return -EBADF;
}

int FileClose(int /*handle*/) { return -EBADF; }

}  // namespace mp::hal
