// The gc module, as MicroPython has it: collect, enable, disable, isenabled,
// mem_alloc, mem_free and threshold.
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "vm/builtin_modules.h"

namespace mp::vm {
namespace {

using objects::BuiltinFunction;
using objects::Value;
namespace q = objects::q;

gc::Heap& Heap() { return objects::Shared().heap; }

// Stale words below this call, left by calls that have returned, would keep
// their objects alive in the conservative scan: clear them first.
constexpr size_t kStackToClear = 8 * 1024;

// Returns None, as MicroPython does unless built to count what was freed.
Value Collect(size_t, size_t, const Value*) {
  objects::ClearStackBelow(kStackToClear);
  Heap().Collect();
  Heap().RunDueFinalisers();
  return Value::None();
}

Value Enable(size_t, size_t, const Value*) {
  Heap().set_auto_collect(true);
  return Value::None();
}

// Automatic collection stops; an allocation that does not fit then raises
// MemoryError instead of collecting.
Value Disable(size_t, size_t, const Value*) {
  Heap().set_auto_collect(false);
  return Value::None();
}

Value IsEnabled(size_t, size_t, const Value*) {
  return Value::Bool(Heap().auto_collect());
}

Value MemAlloc(size_t, size_t, const Value*) {
  return objects::NewInt(static_cast<long long>(Heap().GetStats().used_bytes));
}

Value MemFree(size_t, size_t, const Value*) {
  return objects::NewInt(static_cast<long long>(Heap().GetStats().free_bytes));
}

// threshold(): the bytes after which an allocation collects first, or -1;
// threshold(n) sets it (n < 0 turns it off).
Value Threshold(size_t n_args, size_t, const Value* args) {
  if (n_args == 0) {
    size_t bytes = Heap().collection_threshold();
    return bytes == gc::Heap::kNoThreshold
               ? Value::SmallInt(-1)
               : objects::NewInt(static_cast<long long>(bytes));
  }
  intptr_t bytes = objects::ToIntptr(args[0]);
  Heap().set_collection_threshold(bytes < 0 ? gc::Heap::kNoThreshold
                                            : static_cast<size_t>(bytes));
  return Value::None();
}

MP_MODULE_FUNCTION(kCollect, collect, 0, 0, Collect);
MP_MODULE_FUNCTION(kEnable, enable, 0, 0, Enable);
MP_MODULE_FUNCTION(kDisable, disable, 0, 0, Disable);
MP_MODULE_FUNCTION(kIsEnabled, isenabled, 0, 0, IsEnabled);
MP_MODULE_FUNCTION(kMemAlloc, mem_alloc, 0, 0, MemAlloc);
MP_MODULE_FUNCTION(kMemFree, mem_free, 0, 0, MemFree);
MP_MODULE_FUNCTION(kThreshold, threshold, 0, 1, Threshold);

constexpr const BuiltinFunction* kFunctions[] = {
    &kCollect,  &kEnable,  &kDisable,   &kIsEnabled,
    &kMemAlloc, &kMemFree, &kThreshold,
};

}  // namespace

Value MakeGcModule() { return NewModuleOfFunctions(q::gc, kFunctions); }

}  // namespace mp::vm
