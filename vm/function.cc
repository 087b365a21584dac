#include "vm/function.h"

#include <string.h>

#include "objects/cell.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/interpreter.h"

namespace mp::vm {
namespace {

using compiler::RawCode;
using objects::kTypeErrorType;
using objects::Qstr;
using objects::RaiseFormat;
using objects::Tuple;

void PrintFunction(const objects::Printer& printer, Value self,
                   objects::PrintKind /*kind*/) {
  objects::Printf(printer, "<function %q at 0x%lx>",
                  self.As<Function>()->code->name,
                  static_cast<unsigned long>(self.bits()));
}

// The slot of the parameter that a keyword names, or -1.
int KeywordSlot(const RawCode& code, Value name) {
  size_t kwonly_start =
      code.n_positional + ((code.flags & compiler::kVarArgs) ? 1 : 0);
  for (size_t slot = 0; slot < kwonly_start + code.n_kwonly; ++slot) {
    if (slot >= code.n_positional && slot < kwonly_start) continue;  // *args
    if (objects::Equal(Value::FromQstr(code.slot_names[slot]), name)) {
      return static_cast<int>(slot);
    }
  }
  return -1;
}

// Zeroes what a new frame reads before writing: its header and slots. The
// value stack and the handlers are written before they are read (stale words
// there are like those in any C frame: an exception handler clears them).
// Word stores rather than a call to memset, which costs more on frames this
// small.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
void ZeroFrame(void* memory, const RawCode& code) {
  size_t words =
      (sizeof(Frame) + code.n_slots * sizeof(Value)) / sizeof(uintptr_t);
  auto* word = static_cast<uintptr_t*>(memory);
  for (size_t i = 0; i < words; ++i) word[i] = 0;
}

}  // namespace

// With MicroPython's error messages.
void BindArguments(const Function& function, Frame& frame, size_t n_args,
                   size_t n_kw, const Value* args) {
  const RawCode& code = *function.code;
  Value* slots = frame.slots;
  size_t n_positional = code.n_positional;
  // The common call: exactly the positional parameters, nothing else to do.
  if (n_kw == 0 && n_args == n_positional && code.n_kwonly == 0 &&
      code.n_cells == 0 && code.n_free == 0 &&
      (code.flags & (compiler::kVarArgs | compiler::kVarKeywords)) == 0) {
    for (size_t i = 0; i < n_args; ++i) slots[i] = args[i];
    return;
  }
  bool has_varargs = (code.flags & compiler::kVarArgs) != 0;
  size_t copied = n_args < n_positional ? n_args : n_positional;
  if (copied > 0) memcpy(slots, args, copied * sizeof(Value));
  if (n_args > n_positional) {
    if (!has_varargs) {
      RaiseFormat(&kTypeErrorType,
                  "function takes %zu positional arguments but %zu were given",
                  n_positional, n_args);
    }
    Tuple* rest = objects::NewTuple(n_args - n_positional, args + n_positional);
    slots[n_positional] = Value(&rest->base);
  } else if (has_varargs) {
    slots[n_positional] = Value(&objects::kEmptyTuple.base);
  }
  const Value* keywords = args + n_args;
  bool has_varkeywords = (code.flags & compiler::kVarKeywords) != 0;
  size_t varkeywords_slot =
      n_positional + (has_varargs ? 1 : 0) + code.n_kwonly;
  objects::Dict* extra_keywords = nullptr;
  if (has_varkeywords) {
    extra_keywords = objects::NewDict();
    slots[varkeywords_slot] = Value(&extra_keywords->base);
  }
  for (size_t i = 0; i < n_kw; ++i) {
    Value name = keywords[2 * i];
    int slot = KeywordSlot(code, name);
    if (slot < 0 && extra_keywords != nullptr) {
      if (extra_keywords->map.Find(name) != nullptr) {
        RaiseFormat(&kTypeErrorType,
                    "function got multiple values for argument '%q'",
                    name.AsQstr());
      }
      extra_keywords->map.Store(name, keywords[2 * i + 1]);
      continue;
    }
    if (slot < 0) {
      RaiseFormat(&kTypeErrorType, "unexpected keyword argument '%q'",
                  name.AsQstr());
    }
    if (!slots[slot].IsNull()) {
      RaiseFormat(&kTypeErrorType,
                  "function got multiple values for argument '%q'",
                  name.AsQstr());
    }
    slots[slot] = keywords[2 * i + 1];
  }
  size_t n_defaults =
      function.defaults != nullptr ? function.defaults->length : 0;
  size_t missing = 0;
  for (size_t i = 0; i < n_positional; ++i) {
    if (!slots[i].IsNull()) continue;
    if (i + n_defaults >= n_positional) {
      slots[i] = function.defaults->items[i + n_defaults - n_positional];
    } else {
      ++missing;
    }
  }
  if (missing > 0) {
    RaiseFormat(&kTypeErrorType,
                "function missing %zu required positional arguments", missing);
  }
  size_t kwonly_start = n_positional + (has_varargs ? 1 : 0);
  for (size_t slot = kwonly_start; slot < kwonly_start + code.n_kwonly;
       ++slot) {
    if (!slots[slot].IsNull()) continue;
    const Tuple* defaults = function.keyword_defaults;
    for (size_t j = 0; defaults != nullptr && j < defaults->length; j += 2) {
      if (defaults->items[j].AsQstr() == code.slot_names[slot]) {
        slots[slot] = defaults->items[j + 1];
      }
    }
    if (slots[slot].IsNull()) {
      RaiseFormat(&kTypeErrorType,
                  "function missing required keyword argument '%q'",
                  code.slot_names[slot]);
    }
  }
  for (size_t i = 0; i < code.n_cells; ++i) {
    uint16_t slot = code.cell_slots[i];
    slots[slot] = Value(&objects::NewCell(slots[slot])->base);
  }
  for (size_t i = 0; i < code.n_free; ++i) {
    slots[code.n_slots - code.n_free + i] = function.closure->items[i];
  }
}

namespace {

Value CallFunction(Value self, size_t n_args, size_t n_kw, const Value* args) {
  const auto& function = *self.As<Function>();
  const RawCode& code = *function.code;
  size_t bytes = Frame::BytesFor(code);
  objects::CheckStackRoom(bytes);
  // Collections only find finalisers due; they run here, where running
  // Python code is safe (never inside an allocation).
  gc::Heap& heap = objects::Shared().heap;
  if (heap.finalisers_due()) heap.RunDueFinalisers();
  if ((code.flags & (compiler::kGenerator | compiler::kCoroutine)) != 0) {
    return NewGenerator(function, n_args, n_kw, args);
  }
  // The frame lives on the C stack, where the collector's stack scan sees its
  // values.
  void* memory = __builtin_alloca(bytes);
  ZeroFrame(memory, code);
  Frame* frame = Frame::Init(memory, code, function.globals);
  BindArguments(function, *frame, n_args, n_kw, args);
  return Execute(*frame);
}

void FunctionAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;  // loads only
  if (attr == objects::q::dunder_name) {
    dest[0] = Value::FromQstr(self.As<Function>()->code->name);
  }
}

}  // namespace

Value RunWithLocals(const Function& body, objects::Map* locals) {
  const RawCode& code = *body.code;
  size_t bytes = Frame::BytesFor(code);
  objects::CheckStackRoom(bytes);
  void* memory = __builtin_alloca(bytes);
  memset(memory, 0, bytes);
  Frame* frame = Frame::Init(memory, code, body.globals);
  frame->locals = locals;
  BindArguments(body, *frame, 0, 0, nullptr);
  return Execute(*frame);
}

const objects::Type kFunctionType = {
    .base = {&objects::kTypeType},
    .name = objects::q::function,
    .flags = objects::kTypeBindsAsMethod,
    .print = PrintFunction,
    .call = CallFunction,
    .attr = FunctionAttr,
};

Function* NewFunction(const RawCode* code, objects::Map* globals,
                      const Tuple* defaults, const Tuple* keyword_defaults,
                      const Tuple* closure) {
  auto* function = objects::New<Function>();
  function->base.type = &kFunctionType;
  function->code = code;
  function->globals = globals;
  function->defaults = defaults;
  function->keyword_defaults = keyword_defaults;
  function->closure = closure;
  return function;
}

}  // namespace mp::vm
