#include "modules/machine/machine_module.h"

#include <stdint.h>

#include "hal/cpu.h"
#include "hal/reset.h"
#include "hal/unique_id.h"
#include "modules/machine/mem.h"
#include "modules/machine/pin.h"
#include "modules/machine/uart.h"
#include "objects/big_int.h"
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/module.h"
#include "objects/operations.h"
#include "vm/builtin_modules.h"

namespace mp::modules {
namespace {

using objects::BuiltinFunction;
using objects::Value;
namespace q = objects::q;

// freq() is the core's clock in Hz; freq(hz) sets it.
Value Freq(size_t n_args, size_t, const Value* args) {
  if (n_args == 0) return objects::NewIntFromUint64(hal::CpuFrequencyHz());
  intptr_t hz = objects::ToIntptr(args[0]);
  if (hz <= 0 || static_cast<uint64_t>(hz) > UINT32_MAX ||
      !hal::SetCpuFrequencyHz(static_cast<uint32_t>(hz))) {
    objects::RaiseMessage(&objects::kValueErrorType, "cannot change frequency");
  }
  return Value::None();
}

Value Reset(size_t, size_t, const Value*) { hal::HardReset(); }

// The REPL of a board starts the interpreter over when SystemExit reaches
// it, which is MicroPython's soft reset.
Value SoftReset(size_t, size_t, const Value*) {
  objects::Raise(objects::NewException(&objects::kSystemExitType, 0, nullptr));
}

Value UniqueId(size_t, size_t, const Value*) {
  uint8_t id[16];
  size_t length = hal::UniqueId(id, sizeof(id));
  if (length > sizeof(id)) length = sizeof(id);
  return objects::NewBytes(reinterpret_cast<const char*>(id), length);
}

Value Idle(size_t, size_t, const Value*) {
  hal::Idle();
  return Value::None();
}

Value DisableIrq(size_t, size_t, const Value*) {
  return objects::NewIntFromUint64(hal::DisableInterrupts());
}

Value EnableIrq(size_t, size_t, const Value* args) {
  hal::RestoreInterrupts(static_cast<uint32_t>(TruncatedInt(args[0])));
  return Value::None();
}

MP_MODULE_FUNCTION(kFreq, freq, 0, 1, Freq);
MP_MODULE_FUNCTION(kReset, reset, 0, 0, Reset);
MP_MODULE_FUNCTION(kSoftReset, soft_reset, 0, 0, SoftReset);
MP_MODULE_FUNCTION(kUniqueId, unique_id, 0, 0, UniqueId);
MP_MODULE_FUNCTION(kIdle, idle, 0, 0, Idle);
MP_MODULE_FUNCTION(kDisableIrq, disable_irq, 0, 0, DisableIrq);
MP_MODULE_FUNCTION(kEnableIrq, enable_irq, 1, 1, EnableIrq);

constexpr const BuiltinFunction* kFunctions[] = {
    &kFreq, &kReset, &kSoftReset, &kUniqueId, &kIdle, &kDisableIrq, &kEnableIrq,
};

void Store(Value module, objects::Qstr name, const objects::Object* object) {
  module.As<objects::Module>()->dict->map.Store(Value::FromQstr(name),
                                                Value(object));
}

}  // namespace

Value MakeMachineModule() {
  Value module = vm::NewModuleOfFunctions(q::machine, kFunctions);
  Store(module, q::Pin, &kPinType.base);
  Store(module, q::UART, &kUartType.base);
  Store(module, q::mem8, &kMem8.base);
  Store(module, q::mem16, &kMem16.base);
  Store(module, q::mem32, &kMem32.base);
  return module;
}

}  // namespace mp::modules
