// The firmware's main(), the same on every board: the board sets up its
// clocks and console, then the interpreter gets all the RAM that static data
// and the stack leave, and the REPL runs on the console for ever. A soft
// reset (Ctrl-D at the prompt, SystemExit, machine.soft_reset()) starts the
// interpreter over in the same memory.
#include <string.h>

#include "hal/board.h"
#include "hal/console.h"
#include "hal/reset.h"
#include "objects/state.h"
#include "platforms/firmware/modules.h"
#include "repl/repl.h"
#include "vm/builtin_modules.h"
#include "vm/interrupt.h"
#include "vm/runtime.h"

namespace {

// Stack that Python code may not use, for the C code below the deepest
// Python call (printing the RecursionError, the GC's own frames).
constexpr size_t kStackReserveBytes = 2 * 1024;

[[noreturn]] void Fatal(const char* message) {
  static constexpr char kPrefix[] = "\r\nFATAL: ";
  mp::hal::ConsoleWriteError(kPrefix, sizeof(kPrefix) - 1);
  mp::hal::ConsoleWriteError(message, strlen(message));
  mp::hal::ConsoleWriteError("\r\n", 2);
  mp::hal::HardReset();
}

void StartInterpreter() {
  mp::hal::MemoryRegion heap = mp::hal::HeapRegion();
  mp::hal::MemoryRegion stack = mp::hal::StackRegion();
  mp::objects::InitRuntime(heap.start, heap.size, &Fatal);
  mp::objects::SetStackBounds(stack.start + stack.size,
                              stack.size - kStackReserveBytes);
  mp::vm::InitVm();
  mp::vm::ClearKeyboardInterrupt();
  mp::vm::VmState& vm = mp::vm::Vm();
  const char* port = mp::hal::BoardPort();
  vm.platform = mp::objects::Shared().qstrs.Intern(port, strlen(port));
  vm.machine = mp::hal::BoardMachine();
  mp::vm::SetProgramModules(mp::firmware::kModules, mp::firmware::kModuleCount);
}

// Ctrl-C is a KeyboardInterrupt while code runs, and a byte the REPL reads at
// its prompt.
void OnRunning(bool running) {
  mp::hal::ConsoleSetInterrupt(running ? mp::vm::Vm().interrupt_char : -1,
                               &mp::vm::RequestKeyboardInterrupt);
}

}  // namespace

// Pure virtual calls cannot happen; the C++ runtime's handler would pull in
// abort().
extern "C" void __cxa_pure_virtual() { Fatal("pure virtual call"); }

int main() {
  mp::hal::BoardInit();
  StartInterpreter();
  mp::repl::ReplOptions options;
  options.machine = mp::hal::BoardMachine();
  options.soft_reset_on_exit = true;
  options.soft_reset = &StartInterpreter;
  options.on_running = &OnRunning;
  mp::repl::RunRepl(options);
  // A board's console never ends; if it did, start again.
  mp::hal::HardReset();
}
