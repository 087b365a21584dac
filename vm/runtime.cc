#include "vm/runtime.h"

#include "hal/console.h"
#include "objects/class.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/module.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::vm {
namespace {

using objects::Value;

constinit VmState g_vm{};

void WriteStdout(void* /*context*/, const char* data, size_t length) {
  hal::ConsoleWrite(data, length);
}

void WriteStderr(void* /*context*/, const char* data, size_t length) {
  hal::ConsoleWriteError(data, length);
}

constexpr objects::Printer kStdout{&WriteStdout, nullptr};
constexpr objects::Printer kStderr{&WriteStderr, nullptr};

// Calls __del__ of an object that became unreachable. As in MicroPython,
// an exception it raises is printed and otherwise ignored.
void RunFinaliser(void* allocation, void* /*context*/) {
  Value self(static_cast<objects::Object*>(allocation));
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    Value result;
    if (!objects::CallSpecialMethod(self, objects::q::dunder_del, 0, nullptr,
                                    &result)) {
      // A built-in type's __del__, from its method table (a file closes).
      Value del =
          objects::LookupInMro(objects::TypeOf(self), objects::q::dunder_del);
      if (!del.IsNull()) objects::Call(del, 1, 0, &self);
    }
    objects::NlrPop(nlr);
  } else {
    objects::PrintException(kStderr, nlr.exception);
  }
}

}  // namespace

VmState& Vm() { return g_vm; }

void InitVm() {
  objects::AddRootRange(&g_vm, sizeof(g_vm));
  objects::Module* main_module = objects::NewModule(objects::q::dunder_main);
  g_vm.main_globals = &main_module->dict->map;
  g_vm.modules = objects::NewDict();
  g_vm.modules->map.Store(Value::FromQstr(objects::q::dunder_main),
                          Value(&main_module->base));
  // sys.path starts with '' (the current directory); a program running a
  // script puts the script's directory there.
  Value current_directory = Value::FromQstr(objects::q::empty);
  g_vm.path = objects::NewList(1, &current_directory);
  g_vm.argv = objects::NewList(0, nullptr);
  g_vm.platform = objects::q::linux;
  g_vm.machine = "";
  g_vm.build = "";
  g_vm.interrupt_char = 3;
  g_vm.input_after_cr = false;
  objects::Shared().heap.SetFinaliserRunner(&RunFinaliser, nullptr);
}

Value LoadGlobal(objects::Map* globals, objects::Qstr name) {
  uint16_t no_hint = UINT16_MAX;
  return LoadGlobalWithHint(globals, name, &no_hint);
}

Value LoadGlobalWithHint(objects::Map* globals, objects::Qstr name,
                         uint16_t* hint) {
  if (Value* value = globals->FindWithHint(Value::FromQstr(name), hint)) {
    return *value;
  }
  if (const Value* builtin = LookupBuiltin(name)) return *builtin;
  objects::RaiseFormat(&objects::kNameErrorType, "name '%q' isn't defined",
                       name);
}

const objects::Printer& StdoutPrinter() { return kStdout; }
const objects::Printer& StderrPrinter() { return kStderr; }

}  // namespace mp::vm
