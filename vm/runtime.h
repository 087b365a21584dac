// The VM's own state and services: the __main__ module's globals, name lookup
// through globals and builtins, and the console printers.
#ifndef MP_VM_RUNTIME_H_
#define MP_VM_RUNTIME_H_

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/print.h"
#include "objects/value.h"

namespace mp::vm {

struct VmState {
  objects::Map* main_globals;
  objects::Dict* modules;  // sys.modules
  objects::List* path;     // sys.path
  objects::List* argv;     // sys.argv
  objects::Qstr platform;  // sys.platform
  // sys.implementation._machine and ._build: the board (or host and
  // compiler) and the build's variant, which the program sets.
  const char* machine;
  const char* build;
  // micropython.opt_level(): what compile(), exec(), eval() and import use.
  int opt_level;
  // micropython.kbd_intr(): the byte that raises KeyboardInterrupt at the
  // console (3, Ctrl-C), or -1 for none.
  int interrupt_char;
  // micropython.alloc_emergency_exception_buf(): kept for the interrupt
  // handlers to come.
  size_t emergency_exception_buf_size;
  // input() ended its last line at a '\r': a '\n' next belongs to it.
  bool input_after_cr;
};

VmState& Vm();

// Sets up the VM's state; objects::InitRuntime must have run.
void InitVm();

// A module-level or global name: the globals first, then the builtins. Raises
// NameError.
objects::Value LoadGlobal(objects::Map* globals, objects::Qstr name);
// The same, with an inline-cache hint for where the name was last found.
objects::Value LoadGlobalWithHint(objects::Map* globals, objects::Qstr name,
                                  uint16_t* hint);

// The builtins table, or null for a name that is not a builtin.
const objects::Value* LookupBuiltin(objects::Qstr name);
// All of the builtins table (the REPL's completion lists its names).
const objects::StaticMap& Builtins();

const objects::Printer& StdoutPrinter();
const objects::Printer& StderrPrinter();

}  // namespace mp::vm

#endif  // MP_VM_RUNTIME_H_
