// Files, as open() returns them. As in MicroPython's unix port, a binary file
// is an io.FileIO and a text file an io.TextIOWrapper; both are unbuffered
// over a handle of the hal's files (hal/file.h), so every read and write goes
// straight to the file and tell() is always exact.
#ifndef MP_VM_FILE_H_
#define MP_VM_FILE_H_

#include "objects/object.h"

namespace mp::vm {

extern const objects::Type kFileIOType;
extern const objects::Type kTextIOWrapperType;

}  // namespace mp::vm

#endif  // MP_VM_FILE_H_
