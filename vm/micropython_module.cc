// The micropython module: const, opt_level, mem_info, qstr_info, stack_use,
// heap_lock, heap_unlock, heap_locked, alloc_emergency_exception_buf and
// kbd_intr. The reports print in MicroPython's form.
#include "objects/int.h"
#include "objects/operations.h"
#include "objects/print.h"
#include "objects/state.h"
#include "vm/builtin_modules.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

using objects::BuiltinFunction;
using objects::Value;
namespace q = objects::q;

gc::Heap& Heap() { return objects::Shared().heap; }

Value SizeValue(size_t n) { return objects::NewInt(static_cast<long long>(n)); }

// micropython.const(x) is x: the compiler folds it where it can.
Value Const(size_t, size_t, const Value* args) { return args[0]; }

// opt_level(): the optimisation level that compiling uses; opt_level(n)
// sets it.
Value OptLevel(size_t n_args, size_t, const Value* args) {
  if (n_args == 0) return Value::SmallInt(Vm().opt_level);
  Vm().opt_level = static_cast<int>(objects::ToIntptr(args[0]));
  return Value::None();
}

size_t StackUsed() {
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  const char* top = objects::Thread().stack_top;
  return top > here ? static_cast<size_t>(top - here) : 0;
}

Value StackUse(size_t, size_t, const Value*) { return SizeValue(StackUsed()); }

// The allocation table, 64 blocks a line: '.' free, 'h' the head of an
// allocation, '=' the rest of it. Runs of free lines print as one.
void PrintHeapMap(const objects::Printer& out) {
  constexpr size_t kBlocksPerLine = 64;
  const gc::Heap& heap = Heap();
  size_t count = heap.block_count();
  objects::Printf(out, "GC memory layout; from 0x%lx:",
                  reinterpret_cast<unsigned long>(heap.pool()));
  for (size_t line = 0; line < count; line += kBlocksPerLine) {
    size_t free_end = line;
    while (free_end < count &&
           heap.KindOf(free_end) == gc::Heap::BlockKind::kFree) {
      ++free_end;
    }
    size_t free_lines = (free_end - line) / kBlocksPerLine;
    if (free_lines >= 2) {
      objects::Printf(out, "\n       (%zu lines all free)", free_lines);
      line += (free_lines - 1) * kBlocksPerLine;
      continue;
    }
    objects::Printf(out, "\n%08zx: ", line * gc::kBytesPerBlock);
    for (size_t block = line; block < count && block < line + kBlocksPerLine;
         ++block) {
      switch (heap.KindOf(block)) {
        case gc::Heap::BlockKind::kFree:
          out.Char('.');
          break;
        case gc::Heap::BlockKind::kHead:
          out.Char('h');
          break;
        case gc::Heap::BlockKind::kTail:
          out.Char('=');
          break;
      }
    }
  }
  out.Char('\n');
}

// mem_info([verbose]): stack and heap use; with any argument, also the
// allocation table.
Value MemInfo(size_t n_args, size_t, const Value*) {
  const objects::Printer& out = StdoutPrinter();
  gc::Heap::Stats stats = Heap().GetStats();
  objects::Printf(out, "stack: %zu out of %zu\n", StackUsed(),
                  objects::Thread().stack_limit);
  objects::Printf(out, "GC: total: %zu, used: %zu, free: %zu\n",
                  stats.total_bytes, stats.used_bytes, stats.free_bytes);
  objects::Printf(out,
                  " No. of 1-blocks: %zu, 2-blocks: %zu, max blk sz: %zu, "
                  "max free sz: %zu\n",
                  stats.one_block_allocations, stats.two_block_allocations,
                  stats.largest_allocation_bytes / gc::kBytesPerBlock,
                  stats.largest_free_bytes / gc::kBytesPerBlock);
  if (n_args == 1) PrintHeapMap(out);
  return Value::None();
}

// qstr_info([verbose]): what the interned strings added at run time cost;
// with any argument, also each of them.
Value QstrInfo(size_t n_args, size_t, const Value*) {
  const objects::Printer& out = StdoutPrinter();
  const objects::QstrPool& qstrs = objects::Shared().qstrs;
  objects::QstrPool::Stats stats = qstrs.GetStats();
  objects::Printf(out,
                  "qstr pool: n_pool=%zu, n_qstr=%zu, n_str_data_bytes=%zu, "
                  "n_total_bytes=%zu\n",
                  stats.pools, stats.count, stats.data_bytes,
                  stats.total_bytes);
  if (n_args == 1) {
    for (objects::Qstr qstr = q::kStaticCount; qstr < qstrs.count(); ++qstr) {
      objects::Printf(out, "Q(%q)\n", qstr);
    }
  }
  return Value::None();
}

Value HeapLock(size_t, size_t, const Value*) {
  Heap().Lock();
  return Value::None();
}

// Returns the lock depth that remains.
Value HeapUnlock(size_t, size_t, const Value*) {
  return SizeValue(Heap().Unlock());
}

Value HeapLocked(size_t, size_t, const Value*) {
  return SizeValue(Heap().lock_depth());
}

Value AllocEmergencyExceptionBuf(size_t, size_t, const Value* args) {
  intptr_t size = objects::ToIntptr(args[0]);
  Vm().emergency_exception_buf_size = size > 0 ? static_cast<size_t>(size) : 0;
  return Value::None();
}

// kbd_intr(c): the console byte that raises KeyboardInterrupt; -1 for none.
Value KbdIntr(size_t, size_t, const Value* args) {
  Vm().interrupt_char = static_cast<int>(objects::ToIntptr(args[0]));
  return Value::None();
}

MP_MODULE_FUNCTION(kConst, const_, 1, 1, Const);
MP_MODULE_FUNCTION(kOptLevel, opt_level, 0, 1, OptLevel);
MP_MODULE_FUNCTION(kMemInfo, mem_info, 0, 1, MemInfo);
MP_MODULE_FUNCTION(kQstrInfo, qstr_info, 0, 1, QstrInfo);
MP_MODULE_FUNCTION(kStackUse, stack_use, 0, 0, StackUse);
MP_MODULE_FUNCTION(kHeapLock, heap_lock, 0, 0, HeapLock);
MP_MODULE_FUNCTION(kHeapUnlock, heap_unlock, 0, 0, HeapUnlock);
MP_MODULE_FUNCTION(kHeapLocked, heap_locked, 0, 0, HeapLocked);
MP_MODULE_FUNCTION(kAllocEmergencyExceptionBuf, alloc_emergency_exception_buf,
                   1, 1, AllocEmergencyExceptionBuf);
MP_MODULE_FUNCTION(kKbdIntr, kbd_intr, 1, 1, KbdIntr);

constexpr const BuiltinFunction* kFunctions[] = {
    &kConst,      &kOptLevel,   &kMemInfo,
    &kQstrInfo,   &kStackUse,   &kHeapLock,
    &kHeapUnlock, &kHeapLocked, &kAllocEmergencyExceptionBuf,
    &kKbdIntr,
};

}  // namespace

Value MakeMicropythonModule() {
  return NewModuleOfFunctions(q::micropython, kFunctions);
}

}  // namespace mp::vm
