// import: sys.modules, the built-in modules (sys, micropython), and modules
// loaded from files through a file system the program provides (the host's,
// or none on a board without one).
#ifndef MP_VM_IMPORT_H_
#define MP_VM_IMPORT_H_

#include <stddef.h>

#include "objects/map.h"
#include "objects/value.h"

namespace mp::vm {

// What import needs of a file system. Paths are NUL-terminated.
struct ImportFileSystem {
  enum Kind { kNone, kFile, kDirectory };
  Kind (*stat)(const char* path);
  // Compiles and runs the file as module code with `globals`; false when it
  // cannot be opened (errors in the code raise).
  bool (*exec_file)(const char* path, objects::Map* globals);
};

void SetImportFileSystem(const ImportFileSystem* file_system);

// __import__(name, globals, locals, fromlist, level): imports the module and
// the packages above it; returns the top package when fromlist is empty and
// level is 0, else the module itself. Raises ImportError.
objects::Value ImportName(objects::Qstr name, objects::Value fromlist,
                          size_t level, objects::Map* globals);
// `micropython -m name`: runs the module `name`, found as import finds it, as
// the program's __main__ (in its globals, with __file__ and __package__ set);
// a package runs its __main__ submodule. Raises ImportError.
void RunMainModule(objects::Qstr name);
// from module import name: the attribute, or the submodule of that name.
objects::Value ImportFrom(objects::Value module, objects::Qstr name);
// from module import *: its public names (or __all__) into `locals`.
void ImportStar(objects::Value module, objects::Map* locals);

}  // namespace mp::vm

#endif  // MP_VM_IMPORT_H_
