// Files: what open() reads and writes. On the host, the operating system's
// files; on a board, its file system (none yet: every open fails).
// One backend per target implements these (hal/host, hal/semihosting).
//
// Errors are negative errno numbers as <errno.h> defines them (-ENOENT, ...):
// the host's and newlib's agree with MicroPython's on the ones files use, and
// OSError carries them to Python as they are.
#ifndef MP_HAL_FILE_H_
#define MP_HAL_FILE_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::hal {

// How FileOpen opens a path; combined with |.
enum FileOpenFlags : unsigned {
  kFileRead = 1,
  kFileWrite = 2,
  kFileCreate = 4,      // create it when missing
  kFileTruncate = 8,    // empty it first
  kFileAppend = 16,     // every write goes to the end
  kFileExclusive = 32,  // with kFileCreate: fail with -EEXIST if it exists
};

// Seek origins, numbered as Python's whence (and POSIX's).
enum FileWhence : int { kSeekSet = 0, kSeekCurrent = 1, kSeekEnd = 2 };

// A handle (>= 0) to the file at `path` (NUL-terminated), or a negative errno.
// A directory is -EISDIR.
int FileOpen(const char* path, unsigned flags);
// Reads up to `length` bytes: how many were read (0 at the end of the file),
// or a negative errno.
ptrdiff_t FileRead(int handle, void* buffer, size_t length);
// Writes up to `length` bytes: how many were written (at least one unless
// length is 0), or a negative errno.
ptrdiff_t FileWrite(int handle, const void* data, size_t length);
// Moves the position `offset` bytes from `whence`: the new position, or a
// negative errno (-EINVAL for a position before the start).
int64_t FileSeek(int handle, int64_t offset, int whence);
// Releases the handle: 0, or a negative errno.
int FileClose(int handle);

}  // namespace mp::hal

#endif  // MP_HAL_FILE_H_
