// The host's files: POSIX file descriptors.
#include "hal/file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mp::hal {
namespace {

int OpenFlags(unsigned flags) {
  int result = (flags & kFileRead) && (flags & kFileWrite) ? O_RDWR
               : (flags & kFileWrite)                      ? O_WRONLY
                                                           : O_RDONLY;
  if (flags & kFileCreate) result |= O_CREAT;
  if (flags & kFileTruncate) result |= O_TRUNC;
  if (flags & kFileAppend) result |= O_APPEND;
  if (flags & kFileExclusive) result |= O_EXCL;
  return result | O_CLOEXEC;
}

}  // namespace

int FileOpen(const char* path, unsigned flags) {
  int fd;
  do {
    fd = open(path, OpenFlags(flags), 0666);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return -errno;
  // POSIX opens a directory for reading; Python refuses it at open().
  struct stat info;
  if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    close(fd);
    return -EISDIR;
  }
  return fd;
}

ptrdiff_t FileRead(int handle, void* buffer, size_t length) {
  for (;;) {
    ssize_t n = read(handle, buffer, length);
    if (n >= 0) return n;
    if (errno != EINTR) return -errno;
  }
}

ptrdiff_t FileWrite(int handle, const void* data, size_t length) {
  for (;;) {
    ssize_t n = write(handle, data, length);
    if (n >= 0) return n;
    if (errno != EINTR) return -errno;
  }
}

int64_t FileSeek(int handle, int64_t offset, int whence) {
  off_t position = lseek(handle, static_cast<off_t>(offset), whence);
  return position < 0 ? -errno : position;
}

int FileClose(int handle) {
  // Linux releases the descriptor even when close fails (EINTR included), so
  // it is never retried.
  return close(handle) == 0 ? 0 : -errno;
}

}  // namespace mp::hal
