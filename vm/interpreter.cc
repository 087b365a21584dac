#include "vm/interpreter.h"

#include <string.h>

#include "compiler/bytecode.h"
#include "compiler/opcodes.h"
#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/exception_group.h"
#include "objects/format.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/vstr.h"
#include "vm/builtins.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/instruction_observer.h"
#include "vm/interrupt.h"
#include "vm/match.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

using compiler::DecodeJump;
using compiler::DecodeSint;
using compiler::DecodeUint;
using compiler::Opcode;
using compiler::RawCode;
using objects::BinaryOp;
using objects::Qstr;
using objects::UnaryOp;

[[noreturn]] void RaiseUnboundLocal() {
  objects::RaiseMessage(&objects::kUnboundLocalErrorType,
                        "local variable referenced before assignment");
}

// Inline caches for name lookups: where in its map each LoadGlobal/LoadName
// last found its name (Map::FindWithHint checks the guess). One small table
// for all code, indexed by the instruction's address, so that code in flash
// needs no writable cache; instructions that share an entry only miss.
#ifndef MP_LOOKUP_HINTS
#define MP_LOOKUP_HINTS 256
#endif
uint16_t g_lookup_hints[MP_LOOKUP_HINTS];
static_assert((MP_LOOKUP_HINTS & (MP_LOOKUP_HINTS - 1)) == 0,
              "MP_LOOKUP_HINTS must be a power of two");

// The methods of built-in types that LoadMethod instructions found, by the
// instruction's address as above (objects::LoadMethodCached).
#ifndef MP_METHOD_CACHE_ENTRIES
#if defined(__OPTIMIZE_SIZE__)
#define MP_METHOD_CACHE_ENTRIES 16  // 192 bytes of RAM on a 32-bit board
#else
#define MP_METHOD_CACHE_ENTRIES 64
#endif
#endif
constinit objects::MethodCacheEntry g_method_cache[MP_METHOD_CACHE_ENTRIES];
static_assert((MP_METHOD_CACHE_ENTRIES & (MP_METHOD_CACHE_ENTRIES - 1)) == 0,
              "MP_METHOD_CACHE_ENTRIES must be a power of two");

inline objects::MethodCacheEntry* MethodCacheEntryFor(const uint8_t* ip) {
  return &g_method_cache[reinterpret_cast<uintptr_t>(ip) &
                         (MP_METHOD_CACHE_ENTRIES - 1)];
}

inline uint16_t* LookupHint(const uint8_t* ip) {
  return &g_lookup_hints[reinterpret_cast<uintptr_t>(ip) &
                         (MP_LOOKUP_HINTS - 1)];
}

// Truth of the value a condition tests: usually a bool from a comparison.
inline bool Truth(Value value) {
  if (value == Value::True()) return true;
  if (value == Value::False()) return false;
  return objects::IsTrue(value);
}

// The small-int operations loops and recursion spend their time on, inline;
// the null Value sends the rest to SmallIntBinaryOp.
inline Value QuickSmallIntOp(BinaryOp op, intptr_t a, intptr_t b) {
  switch (op) {
    case BinaryOp::kAdd:
    case BinaryOp::kInplaceAdd:
      return Value::FitsSmallInt(a + b) ? Value::SmallInt(a + b) : Value();
    case BinaryOp::kSubtract:
    case BinaryOp::kInplaceSubtract:
      return Value::FitsSmallInt(a - b) ? Value::SmallInt(a - b) : Value();
    case BinaryOp::kModulo:
    case BinaryOp::kInplaceModulo: {
      if (b == 0) return Value();  // the general path raises
      return Value::SmallInt(objects::FloorModulo(a, b));
    }
    case BinaryOp::kAnd:
    case BinaryOp::kInplaceAnd:
      return Value::SmallInt(a & b);
    case BinaryOp::kOr:
    case BinaryOp::kInplaceOr:
      return Value::SmallInt(a | b);
    case BinaryOp::kXor:
    case BinaryOp::kInplaceXor:
      return Value::SmallInt(a ^ b);
    case BinaryOp::kMultiply:
    case BinaryOp::kInplaceMultiply: {
      intptr_t product;
      return !__builtin_mul_overflow(a, b, &product) &&
                     Value::FitsSmallInt(product)
                 ? Value::SmallInt(product)
                 : Value();
    }
    default:
      return op <= BinaryOp::kNotEqual ? objects::CompareNumbers(op, a, b)
                                       : Value();
  }
}

// A cell read while empty: the function's own variable (UnboundLocalError),
// or one of an enclosing function's (NameError, as CPython).
[[noreturn]] void RaiseUnboundCell(const RawCode& code, uint32_t slot) {
  if (slot + code.n_free < code.n_slots) RaiseUnboundLocal();
  objects::RaiseFormat(&objects::kNameErrorType,
                       "cannot access free variable '%q' where it is not "
                       "associated with a value in enclosing scope",
                       code.slot_names[slot]);
}

// sequence -> n values on the stack, the first item on top.
Value* UnpackSequence(Value sequence, size_t n, Value* sp) {
  const objects::Type* type = objects::TypeOf(sequence);
  const Value* items = nullptr;
  size_t length = 0;
  if (type == &objects::kTupleType) {
    items = sequence.As<objects::Tuple>()->items;
    length = sequence.As<objects::Tuple>()->length;
  } else if (type == &objects::kListType) {
    items = sequence.As<objects::List>()->items;
    length = sequence.As<objects::List>()->length;
  }
  if (items != nullptr) {
    if (length < n) {
      objects::RaiseFormat(&objects::kValueErrorType,
                           "need more than %zu values to unpack", length);
    }
    if (length > n) {
      objects::RaiseFormat(&objects::kValueErrorType,
                           "too many values to unpack (expected %zu)", n);
    }
    for (size_t i = 0; i < n; ++i) sp[i] = items[n - 1 - i];
    return sp + n;
  }
  Value iterator = objects::GetIter(sequence);
  for (size_t i = 0; i < n; ++i) {
    Value item = objects::IterNext(iterator);
    if (item.IsNull()) {
      objects::RaiseFormat(&objects::kValueErrorType,
                           "need more than %zu values to unpack", i);
    }
    sp[n - 1 - i] = item;
  }
  if (!objects::IterNext(iterator).IsNull()) {
    objects::RaiseFormat(&objects::kValueErrorType,
                         "too many values to unpack (expected %zu)", n);
  }
  return sp + n;
}

void ExtendList(objects::List* list, Value iterable) {
  Value iterator = objects::GetIter(iterable);
  for (Value item = objects::IterNext(iterator); !item.IsNull();
       item = objects::IterNext(iterator)) {
    objects::ListAppend(list, item);
  }
}

// sequence -> `after` items, a list of the middle, `before` items, the first on
// top.
Value* UnpackWithStar(Value sequence, size_t before, size_t after, Value* sp) {
  objects::List* items = objects::NewList(0, nullptr);
  ExtendList(items, sequence);
  if (items->length < before + after) {
    objects::RaiseFormat(&objects::kValueErrorType,
                         "need more than %zu values to unpack", items->length);
  }
  size_t middle = items->length - before - after;
  for (size_t i = 0; i < after; ++i)
    *sp++ = items->items[items->length - 1 - i];
  objects::List* rest = objects::NewList(middle, items->items + before);
  *sp++ = Value(&rest->base);
  for (size_t i = before; i-- > 0;) *sp++ = items->items[i];
  return sp;
}

// f(*positional, **keywords): the arguments laid out as a call takes them,
// keyword names interned (so that callees compare names as qstrs).
Value CallWithUnpacked(Value function, Value positional, Value keywords) {
  const Value* items;
  size_t n_args;
  if (objects::TypeOf(positional) == &objects::kTupleType) {
    items = positional.As<objects::Tuple>()->items;
    n_args = positional.As<objects::Tuple>()->length;
  } else {
    items = positional.As<objects::List>()->items;
    n_args = positional.As<objects::List>()->length;
  }
  const objects::Map* map =
      keywords.IsNull() ? nullptr : &keywords.As<objects::Dict>()->map;
  size_t n_kw = map != nullptr ? map->size() : 0;
  auto* args = static_cast<Value*>(
      objects::Allocate((n_args + 2 * n_kw + 1) * sizeof(Value)));
  for (size_t i = 0; i < n_args; ++i) args[i] = items[i];
  size_t k = 0;
  for (size_t i = 0; map != nullptr && i < map->entry_count(); ++i) {
    const objects::MapEntry& entry = map->entries()[i];
    if (entry.key.IsNull()) continue;
    if (!objects::IsInstance(entry.key, &objects::kStrType)) {
      objects::RaiseMessage(&objects::kTypeErrorType,
                            "keywords must be strings");
    }
    size_t length;
    const char* name = objects::StrData(entry.key, &length);
    args[n_args + 2 * k] =
        Value::FromQstr(objects::Shared().qstrs.Intern(name, length));
    args[n_args + 2 * k + 1] = entry.value;
    ++k;
  }
  Value result = objects::Call(function, n_args, n_kw, args);
  objects::Free(args);
  return result;
}

// What `await value` drives: a coroutine itself, or what __await__ returns,
// which must be an iterator.
Value GetAwaitable(Value value) {
  if (objects::TypeOf(value) == &kCoroutineType) return value;
  Value method[2];
  if (!objects::TryLoadMethod(value, objects::q::dunder_await, method)) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "'%q' object can't be awaited",
                         objects::TypeName(value));
  }
  Value iterator =
      objects::Call(method[0], method[1].IsNull() ? 0 : 1, 0, method + 1);
  if (objects::TypeOf(iterator) == &kCoroutineType ||
      objects::TypeOf(iterator)->iter_next == nullptr) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "__await__() returned non-iterator of type '%q'",
                         objects::TypeName(iterator));
  }
  return iterator;
}

// Loads a context manager's __enter__/__exit__ (or the async pair) into
// dest, as LoadMethod would, with CPython's error when it is missing.
void LoadContextMethod(Value manager, Qstr name, Value* dest) {
  if (!objects::TryLoadMethod(manager, name, dest)) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "'%q' object does not support the context manager "
                         "protocol",
                         objects::TypeName(manager));
  }
}

// The pattern-matching opcodes, out of line: their temporaries would
// otherwise take slots in Run's long-lived frame, where stale copies keep
// objects alive for the conservative collector. Returns the new sp; ip is
// advanced past the operand.
__attribute__((noinline)) Value* RunMatchOpcode(Opcode op, const uint8_t*& ip,
                                                Value* sp) {
  switch (op) {
    case Opcode::kMatchSequence: {
      uint32_t arg = DecodeUint(ip);
      sp[-1] = MatchSequence(sp[-1], arg >> 1, (arg & 1) != 0);
      return sp;
    }
    case Opcode::kMatchMapping:
      sp[-1] = MatchMapping(sp[-2], sp[-1]);
      return sp;
    case Opcode::kMatchMapRest:
      sp[-2] = MatchMapRest(sp[-2], sp[-1]);
      return sp - 1;
    default: {  // kMatchClass
      uint32_t n_positional = DecodeUint(ip);
      sp[-3] = MatchClass(sp[-3], sp[-2], sp[-1], n_positional);
      return sp - 2;
    }
  }
}

// except* (out of line, as RunMatchOpcode is). The stack holds the previous
// and the caught exception, then the part still to match and a list of what
// the clauses raised.
__attribute__((noinline)) Value* RunExceptStarOpcode(Opcode op, Frame& frame,
                                                     Value* sp) {
  switch (op) {
    case Opcode::kPrepareExceptStar:
      sp[0] = sp[-1];
      sp[1] = Value(&objects::NewList(0, nullptr)->base);
      return sp + 2;
    case Opcode::kExceptStarMatch: {
      Value type = sp[-1];
      Value left = sp[-3];
      bool valid = objects::IsType(type) ||
                   objects::TypeOf(type) == &objects::kTupleType;
      if (objects::IsType(type) &&
          objects::IsSubclass(type.As<objects::Type>(),
                              &objects::kBaseExceptionGroupType)) {
        objects::RaiseMessage(&objects::kTypeErrorType,
                              "catching ExceptionGroup with except* is not "
                              "allowed. Use except instead.");
      }
      if (!valid) {
        objects::RaiseMessage(&objects::kTypeErrorType,
                              "catching classes that do not inherit from "
                              "BaseException is not allowed");
      }
      Value match = Value::None();
      Value rest = left;
      if (left.IsNone()) {
        // Everything matched already.
      } else if (objects::IsExceptionGroup(left)) {
        objects::SplitExceptionGroup(left, type, &match, &rest);
      } else if (objects::ExceptionMatches(left, type)) {
        // A bare exception matches as a group of one, as in CPython.
        Value message = objects::NewStr("", 0);
        match = objects::NewExceptionGroup(message, 1, &left);
        rest = Value::None();
      }
      sp[-3] = rest;
      sp[-1] = match;
      return sp;
    }
    case Opcode::kExceptStarCollect: {
      objects::ListAppend(sp[-3].As<objects::List>(), sp[-1]);
      frame.handled_exception = sp[-2];
      return sp - 2;
    }
    default: {  // kExceptStarReraise
      Value original = sp[-3];
      Value left = sp[-2];
      auto* raised = sp[-1].As<objects::List>();
      Value result;
      if (raised->length == 0) {
        result = left;
      } else if (raised->length == 1 && left.IsNone()) {
        result = raised->items[0];
      } else {
        if (!left.IsNone()) objects::ListAppend(raised, left);
        Value message = objects::NewStr("", 0);
        result =
            objects::NewExceptionGroup(message, raised->length, raised->items);
      }
      (void)original;
      sp[-3] = result;
      return sp - 2;
    }
  }
}

// The f-string opcodes, out of line (see RunMatchOpcode).
__attribute__((noinline)) Value* RunStringOpcode(Opcode op, const uint8_t*& ip,
                                                 Value* sp) {
  if (op == Opcode::kFormatValue) {
    uint8_t flags = *ip++;
    Value spec = Value::FromQstr(objects::q::empty);
    if (flags & 4) spec = *--sp;
    static constexpr char kConversions[] = {0, 's', 'r', 'a'};
    Value value = sp[-1];
    if ((flags & 3) != 0) {
      value = objects::ConvertForFormat(value, kConversions[flags & 3]);
    }
    sp[-1] = objects::FormatValue(value, spec);
    return sp;
  }
  uint32_t n = DecodeUint(ip);
  sp -= n;
  objects::Vstr text;
  for (uint32_t i = 0; i < n; ++i) {
    size_t length;
    const char* data = objects::StrData(sp[i], &length);
    text.printer().Write(data, length);
  }
  *sp++ = objects::NewStr(text.data(), text.length());
  return sp;
}

// The import opcodes, out of line (see RunMatchOpcode).
__attribute__((noinline)) Value* RunImportOpcode(Opcode op, Frame& frame,
                                                 const uint8_t*& ip,
                                                 Value* sp) {
  switch (op) {
    case Opcode::kImportName: {
      Qstr name = DecodeUint(ip);
      sp[-2] =
          ImportName(name, sp[-1], static_cast<size_t>(sp[-2].AsSmallInt()),
                     frame.globals);
      return sp - 1;
    }
    case Opcode::kImportFrom: {
      Qstr name = DecodeUint(ip);
      sp[0] = ImportFrom(sp[-1], name);
      return sp + 1;
    }
    default:  // kImportStar
      ImportStar(sp[-1], frame.locals);
      return sp - 1;
  }
}

// Computed goto where GCC and Clang have it: each handler jumps straight to the
// next one, which predicts better than one shared switch.
#if defined(__GNUC__) && !defined(MP_NO_COMPUTED_GOTO)
#define MP_COMPUTED_GOTO 1
#else
#define MP_COMPUTED_GOTO 0
#endif

// The dispatch loop, from frame.ip with frame.sp; returns the frame's return
// value. It keeps ip and sp in locals, and saves ip to the frame before each
// instruction, so that an exception finds where it happened.
__attribute__((noinline)) Value Run(Frame& frame) {
  const RawCode& code = *frame.code;
  const uint8_t* ip = frame.ip;
  Value* sp = frame.sp;
  Value* const slots = frame.slots;
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#if MP_COMPUTED_GOTO
  // One label per opcode, in the table's order: a missing handler is a
  // compile error (a label used but not defined).
  static void* const kTargets[] = {
#define MP_X(name, operand, effect, jump_effect, comment) &&target_k##name,
      MP_OPCODES(MP_X)
#undef MP_X
  };
// Each handler starts with LABEL(kName); for the table above.
#define LABEL(op) target_##op : (void)0
#define NEXT()                                                                \
  do {                                                                        \
    frame.ip = ip;                                                            \
    MP_VM_OBSERVE_INSTRUCTION(frame, ip, sp);                                 \
    uint8_t next_op = *ip++;                                                  \
    if (next_op >= static_cast<uint8_t>(Opcode::kCount)) goto target_invalid; \
    goto* kTargets[next_op];                                                  \
  } while (0)
#else
#define LABEL(op) (void)0
#define NEXT() continue
#endif
  for (;;) {
    frame.ip = ip;
    MP_VM_OBSERVE_INSTRUCTION(frame, ip, sp);
    switch (static_cast<Opcode>(*ip++)) {
      case Opcode::kLoadConst:
        LABEL(kLoadConst);
        PUSH(code.constants[DecodeUint(ip)]);
        NEXT();
      case Opcode::kLoadSmallInt:
        LABEL(kLoadSmallInt);
        PUSH(Value::SmallInt(DecodeSint(ip)));
        NEXT();
      case Opcode::kLoadNone:
        LABEL(kLoadNone);
        PUSH(Value::None());
        NEXT();
      case Opcode::kLoadTrue:
        LABEL(kLoadTrue);
        PUSH(Value::True());
        NEXT();
      case Opcode::kLoadFalse:
        LABEL(kLoadFalse);
        PUSH(Value::False());
        NEXT();
      case Opcode::kLoadFast: {
        LABEL(kLoadFast);
        Value value = slots[DecodeUint(ip)];
        if (value.IsNull()) RaiseUnboundLocal();
        PUSH(value);
        NEXT();
      }
      case Opcode::kStoreFast:
        LABEL(kStoreFast);
        slots[DecodeUint(ip)] = POP();
        NEXT();
      case Opcode::kDeleteFast: {
        LABEL(kDeleteFast);
        uint32_t slot = DecodeUint(ip);
        if (slots[slot].IsNull()) RaiseUnboundLocal();
        slots[slot] = Value();
        NEXT();
      }
      case Opcode::kLoadDeref: {
        LABEL(kLoadDeref);
        uint32_t slot = DecodeUint(ip);
        Value value = slots[slot].As<objects::Cell>()->value;
        if (value.IsNull()) RaiseUnboundCell(code, slot);
        PUSH(value);
        NEXT();
      }
      case Opcode::kDeleteDeref: {
        LABEL(kDeleteDeref);
        uint32_t slot = DecodeUint(ip);
        auto* cell = slots[slot].As<objects::Cell>();
        if (cell->value.IsNull()) RaiseUnboundCell(code, slot);
        cell->value = Value();
        NEXT();
      }
      case Opcode::kStoreDeref:
        LABEL(kStoreDeref);
        slots[DecodeUint(ip)].As<objects::Cell>()->value = POP();
        NEXT();
      case Opcode::kLoadName: {
        LABEL(kLoadName);
        Qstr name = DecodeUint(ip);
        Value* local = frame.locals == frame.globals
                           ? nullptr
                           : frame.locals->Find(Value::FromQstr(name));
        PUSH(local != nullptr
                 ? *local
                 : LoadGlobalWithHint(frame.globals, name, LookupHint(ip)));
        NEXT();
      }
      case Opcode::kLoadGlobal:
        LABEL(kLoadGlobal);
        {
          Qstr name = DecodeUint(ip);
          uint16_t* hint = LookupHint(ip);
          const Value* cached =
              frame.globals->AtHint(Value::FromQstr(name), *hint);
          PUSH(cached != nullptr
                   ? *cached
                   : LoadGlobalWithHint(frame.globals, name, hint));
        }
        NEXT();
      case Opcode::kLoadClassDeref: {
        LABEL(kLoadClassDeref);
        uint32_t slot = DecodeUint(ip);
        Value* local =
            frame.locals->Find(Value::FromQstr(code.slot_names[slot]));
        Value value =
            local != nullptr ? *local : slots[slot].As<objects::Cell>()->value;
        if (value.IsNull()) RaiseUnboundLocal();
        PUSH(value);
        NEXT();
      }
      case Opcode::kLoadBuildClass:
        LABEL(kLoadBuildClass);
        PUSH(Value(&builtins::dunder_build_class.base));
        NEXT();
      case Opcode::kStoreName: {
        LABEL(kStoreName);
        Qstr name = DecodeUint(ip);
        frame.locals->Store(Value::FromQstr(name), POP());
        NEXT();
      }
      case Opcode::kStoreGlobal: {
        LABEL(kStoreGlobal);
        Qstr name = DecodeUint(ip);
        frame.globals->Store(Value::FromQstr(name), POP());
        NEXT();
      }
      case Opcode::kDeleteName:
        LABEL(kDeleteName);
      case Opcode::kDeleteGlobal: {
        LABEL(kDeleteGlobal);
        Qstr name = DecodeUint(ip);
        objects::Map* map =
            static_cast<Opcode>(frame.ip[0]) == Opcode::kDeleteName
                ? frame.locals
                : frame.globals;
        if (!map->Remove(Value::FromQstr(name))) {
          objects::RaiseFormat(&objects::kNameErrorType,
                               "name '%q' isn't defined", name);
        }
        NEXT();
      }
      case Opcode::kLoadAttr:
        LABEL(kLoadAttr);
        {
          Qstr name = DecodeUint(ip);
          if (!objects::LoadOwnMember(TOP(), name, LookupHint(ip), &TOP())) {
            TOP() = objects::LoadAttr(TOP(), name);
          }
        }
        NEXT();
      case Opcode::kStoreAttr: {
        LABEL(kStoreAttr);
        Qstr name = DecodeUint(ip);
        Value object = POP();
        Value value = POP();
        if (!objects::StoreOwnMember(object, name, LookupHint(ip), value)) {
          objects::StoreAttr(object, name, value);
        }
        NEXT();
      }
      case Opcode::kDeleteAttr:
        LABEL(kDeleteAttr);
        objects::StoreAttr(POP(), DecodeUint(ip), Value());
        NEXT();
      case Opcode::kLoadMethod: {
        LABEL(kLoadMethod);
        // The result goes straight into the value stack (object -> function,
        // self). A local array here would keep `self` in this long-lived frame
        // after the call, where the conservative collector would find it.
        Value object = TOP();
        Qstr name = DecodeUint(ip);
        objects::LoadMethodCached(object, name, MethodCacheEntryFor(ip),
                                  sp - 1);
        ++sp;
        NEXT();
      }
      case Opcode::kLoadSubscript: {
        LABEL(kLoadSubscript);
        Value index = POP();
        TOP() = objects::Subscript(TOP(), index);
        NEXT();
      }
      case Opcode::kStoreSubscript: {
        LABEL(kStoreSubscript);
        Value index = POP();
        Value container = POP();
        Value value = POP();
        objects::StoreSubscript(container, index, value);
        NEXT();
      }
      case Opcode::kDeleteSubscript: {
        LABEL(kDeleteSubscript);
        Value index = POP();
        objects::DeleteSubscript(POP(), index);
        NEXT();
      }
      case Opcode::kPopTop:
        LABEL(kPopTop);
        --sp;
        NEXT();
      case Opcode::kDupTop:
        LABEL(kDupTop);
        sp[0] = sp[-1];
        ++sp;
        NEXT();
      case Opcode::kDupTopTwo:
        LABEL(kDupTopTwo);
        sp[0] = sp[-2];
        sp[1] = sp[-1];
        sp += 2;
        NEXT();
      case Opcode::kRotTwo: {
        LABEL(kRotTwo);
        Value top = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = top;
        NEXT();
      }
      case Opcode::kRotThree: {
        LABEL(kRotThree);
        Value top = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = top;
        NEXT();
      }
      case Opcode::kUnaryOp: {
        LABEL(kUnaryOp);
        auto op = static_cast<UnaryOp>(*ip++);
        TOP() = objects::UnaryOperation(op, TOP());
        NEXT();
      }
      case Opcode::kBinaryOp: {
        LABEL(kBinaryOp);
        auto op = static_cast<BinaryOp>(*ip++);
        Value rhs = POP();
        Value lhs = TOP();
        TOP() = lhs.IsSmallInt() && rhs.IsSmallInt()
                    ? QuickSmallIntOp(op, lhs.AsSmallInt(), rhs.AsSmallInt())
                    : Value();
        if (TOP().IsNull()) TOP() = objects::BinaryOperation(op, lhs, rhs);
        NEXT();
      }
      case Opcode::kJump: {
        LABEL(kJump);
        int16_t offset = DecodeJump(ip);
        ip += offset;
        // Every loop jumps back: where Ctrl-C (vm/interrupt.h) is raised.
        if (offset < 0 && g_interrupt_requested) RaiseRequestedInterrupt();
        NEXT();
      }
      case Opcode::kPopJumpIfFalse: {
        LABEL(kPopJumpIfFalse);
        int16_t offset = DecodeJump(ip);
        if (!Truth(POP())) ip += offset;
        NEXT();
      }
      case Opcode::kPopJumpIfTrue: {
        LABEL(kPopJumpIfTrue);
        int16_t offset = DecodeJump(ip);
        if (Truth(POP())) ip += offset;
        NEXT();
      }
      case Opcode::kJumpIfFalseOrPop: {
        LABEL(kJumpIfFalseOrPop);
        int16_t offset = DecodeJump(ip);
        if (!Truth(TOP())) {
          ip += offset;
        } else {
          --sp;
        }
        NEXT();
      }
      case Opcode::kJumpIfTrueOrPop: {
        LABEL(kJumpIfTrueOrPop);
        int16_t offset = DecodeJump(ip);
        if (Truth(TOP())) {
          ip += offset;
        } else {
          --sp;
        }
        NEXT();
      }
      case Opcode::kGetIter:
        LABEL(kGetIter);
        TOP() = objects::GetIter(TOP());
        NEXT();
      case Opcode::kForIter: {
        LABEL(kForIter);
        int16_t offset = DecodeJump(ip);
        Value next = objects::IterNext(TOP());
        if (next.IsNull()) {
          --sp;
          ip += offset;
        } else {
          PUSH(next);
        }
        NEXT();
      }
      case Opcode::kCallFunction: {
        LABEL(kCallFunction);
        uint32_t arg = DecodeUint(ip);
        sp -= compiler::CallArgumentSlots(arg);
        // The arguments stay on the value stack during the call, so they stay
        // reachable.
        sp[-1] = objects::Call(sp[-1], arg & 0xff, arg >> 8, sp);
        NEXT();
      }
      case Opcode::kCallMethod: {
        LABEL(kCallMethod);
        uint32_t arg = DecodeUint(ip);
        sp -= compiler::CallArgumentSlots(arg);
        // No local holds self: a copy in this long-lived frame would keep it
        // alive after the call (see kLoadMethod).
        sp[-2] =
            sp[-1].IsNull()
                ? objects::Call(sp[-2], arg & 0xff, arg >> 8, sp)
                : objects::Call(sp[-2], (arg & 0xff) + 1, arg >> 8, sp - 1);
        --sp;
        NEXT();
      }
      case Opcode::kMakeFunction: {
        LABEL(kMakeFunction);
        uint32_t arg = DecodeUint(ip);
        const objects::Tuple* closure = nullptr;
        const objects::Tuple* keyword_defaults = nullptr;
        const objects::Tuple* defaults = nullptr;
        if (arg & compiler::kHasClosure) closure = POP().As<objects::Tuple>();
        if (arg & compiler::kHasKeywordDefaults)
          keyword_defaults = POP().As<objects::Tuple>();
        if (arg & compiler::kHasDefaults) defaults = POP().As<objects::Tuple>();
        const RawCode* child =
            code.children[arg >> compiler::kMakeFunctionFlagBits];
        PUSH(Value(&NewFunction(child, frame.globals, defaults,
                                keyword_defaults, closure)
                        ->base));
        NEXT();
      }
      case Opcode::kReturnValue:
        LABEL(kReturnValue);
        return POP();
      case Opcode::kRaiseVarargs: {
        LABEL(kRaiseVarargs);
        uint8_t count = *ip++;
        if (count == 0) {
          Value handled = frame.handled_exception;
          if (handled.IsNull() || handled.IsNone()) {
            objects::RaiseMessage(&objects::kRuntimeErrorType,
                                  "no active exception to reraise");
          }
          frame.reraising = true;
          objects::NlrJump(handled);
        }
        if (count == 2) {
          Value cause = POP();
          Value exception = TOP();
          if (objects::IsType(exception) &&
              objects::IsSubclass(exception.As<objects::Type>(),
                                  &objects::kBaseExceptionType)) {
            exception = objects::Call(exception, 0, 0, nullptr);
            TOP() = exception;
          }
          if (objects::IsException(exception)) {
            objects::SetExceptionCause(exception, cause);
          }
        }
        objects::Raise(POP());
      }
      case Opcode::kSetupExcept: {
        LABEL(kSetupExcept);
        int16_t offset = DecodeJump(ip);
        frame.handlers[frame.handler_count++] = ExceptionHandler{
            static_cast<uint32_t>(ip + offset - code.bytecode),
            static_cast<uint32_t>(sp - frame.stack), frame.handled_exception};
        NEXT();
      }
      case Opcode::kPopBlock:
        LABEL(kPopBlock);
        --frame.handler_count;
        NEXT();
      case Opcode::kPopExcept:
        LABEL(kPopExcept);
        sp -= 2;
        frame.handled_exception = sp[0];
        NEXT();
      case Opcode::kReraise: {
        LABEL(kReraise);
        Value exception = POP();
        frame.handled_exception = POP();
        frame.reraising = true;
        objects::NlrJump(exception);
      }
      case Opcode::kBuildTuple: {
        LABEL(kBuildTuple);
        uint32_t n = DecodeUint(ip);
        sp -= n;
        objects::Tuple* tuple = objects::NewTuple(n, sp);
        PUSH(Value(&tuple->base));
        NEXT();
      }
      case Opcode::kBuildList: {
        LABEL(kBuildList);
        uint32_t n = DecodeUint(ip);
        sp -= n;
        objects::List* list = objects::NewList(n, sp);
        PUSH(Value(&list->base));
        NEXT();
      }
      case Opcode::kBuildSet: {
        LABEL(kBuildSet);
        uint32_t n = DecodeUint(ip);
        sp -= n;
        objects::Set* set = objects::NewSet(&objects::kSetType);
        for (uint32_t i = 0; i < n; ++i) objects::SetAdd(set, sp[i]);
        PUSH(Value(&set->base));
        NEXT();
      }
      case Opcode::kBuildMap: {
        LABEL(kBuildMap);
        uint32_t n = DecodeUint(ip);
        sp -= 2 * n;
        objects::Dict* dict = objects::NewDict();
        for (uint32_t i = 0; i < n; ++i)
          dict->map.Store(sp[2 * i], sp[2 * i + 1]);
        PUSH(Value(&dict->base));
        NEXT();
      }
      case Opcode::kBuildSlice: {
        LABEL(kBuildSlice);
        Value step = POP();
        Value upper = POP();
        TOP() = objects::NewSlice(TOP(), upper, step);
        NEXT();
      }
      case Opcode::kListToTuple: {
        LABEL(kListToTuple);
        const auto* list = TOP().As<objects::List>();
        TOP() = Value(&objects::NewTuple(list->length, list->items)->base);
        NEXT();
      }
      case Opcode::kListAppend: {
        LABEL(kListAppend);
        uint32_t depth = DecodeUint(ip);
        Value item = POP();
        objects::ListAppend(
            sp[-static_cast<intptr_t>(depth)].As<objects::List>(), item);
        NEXT();
      }
      case Opcode::kListExtend: {
        LABEL(kListExtend);
        uint32_t depth = DecodeUint(ip);
        Value iterable = POP();
        ExtendList(sp[-static_cast<intptr_t>(depth)].As<objects::List>(),
                   iterable);
        NEXT();
      }
      case Opcode::kSetAdd: {
        LABEL(kSetAdd);
        uint32_t depth = DecodeUint(ip);
        Value item = POP();
        objects::SetAdd(sp[-static_cast<intptr_t>(depth)].As<objects::Set>(),
                        item);
        NEXT();
      }
      case Opcode::kSetUpdate: {
        LABEL(kSetUpdate);
        uint32_t depth = DecodeUint(ip);
        Value iterable = POP();
        auto* set = sp[-static_cast<intptr_t>(depth)].As<objects::Set>();
        Value iterator = objects::GetIter(iterable);
        for (Value item = objects::IterNext(iterator); !item.IsNull();
             item = objects::IterNext(iterator)) {
          objects::SetAdd(set, item);
        }
        NEXT();
      }
      case Opcode::kMapAdd: {
        LABEL(kMapAdd);
        uint32_t depth = DecodeUint(ip);
        Value value = POP();
        Value key = POP();
        sp[-static_cast<intptr_t>(depth)].As<objects::Dict>()->map.Store(key,
                                                                         value);
        NEXT();
      }
      case Opcode::kDictUpdate: {
        LABEL(kDictUpdate);
        uint32_t depth = DecodeUint(ip);
        Value mapping = POP();
        objects::DictUpdateFromMapping(
            sp[-static_cast<intptr_t>(depth)].As<objects::Dict>(), mapping);
        NEXT();
      }
      case Opcode::kUnpackEx: {
        LABEL(kUnpackEx);
        uint32_t arg = DecodeUint(ip);
        Value sequence = POP();
        sp = UnpackWithStar(sequence, arg & 0xff, arg >> 8, sp);
        NEXT();
      }
      case Opcode::kCallFunctionEx: {
        LABEL(kCallFunctionEx);
        uint32_t flags = DecodeUint(ip);
        Value keywords = (flags & 1) ? POP() : Value();
        Value positional = POP();
        TOP() = CallWithUnpacked(TOP(), positional, keywords);
        NEXT();
      }
      case Opcode::kUnpackSequence: {
        LABEL(kUnpackSequence);
        uint32_t n = DecodeUint(ip);
        Value sequence = POP();
        sp = UnpackSequence(sequence, n, sp);
        NEXT();
      }
      case Opcode::kYieldValue:
        LABEL(kYieldValue);
        frame.ip = ip;
        frame.sp = sp - 1;
        frame.yielded = true;
        return sp[-1];
      case Opcode::kYieldFrom: {
        LABEL(kYieldFrom);
        // Runs again on each resumption (frame.ip stays here) until the inner
        // iterator returns.
        Value sent = POP();
        Value result;
        if (SendTo(TOP(), sent, Value(), &result) == ResumeResult::kYielded) {
          frame.sp = sp;
          frame.yielded = true;
          return result;
        }
        TOP() = result;
        NEXT();
      }
      case Opcode::kGetYieldFromIter:
        LABEL(kGetYieldFromIter);
        if (objects::TypeOf(TOP()) == &kCoroutineType &&
            (code.flags & compiler::kCoroutine) == 0) {
          objects::RaiseMessage(&objects::kTypeErrorType,
                                "cannot 'yield from' a coroutine object in a "
                                "non-coroutine generator");
        }
        if (!IsGenerator(TOP())) TOP() = objects::GetIter(TOP());
        NEXT();
      case Opcode::kGetAwaitable:
        LABEL(kGetAwaitable);
        TOP() = GetAwaitable(TOP());
        NEXT();
      case Opcode::kBeforeWith:
        LABEL(kBeforeWith);
      case Opcode::kBeforeAsyncWith: {
        LABEL(kBeforeAsyncWith);
        bool is_async = static_cast<Opcode>(ip[-1]) == Opcode::kBeforeAsyncWith;
        Value manager = TOP();
        // The exit method goes straight into the stack, as LoadMethod does.
        LoadContextMethod(
            manager,
            is_async ? objects::q::dunder_aexit : objects::q::dunder_exit,
            sp - 1);
        sp += 1;
        Value enter[2];
        LoadContextMethod(
            manager,
            is_async ? objects::q::dunder_aenter : objects::q::dunder_enter,
            enter);
        PUSH(objects::Call(enter[0], enter[1].IsNull() ? 0 : 1, 0, enter + 1));
        NEXT();
      }
      case Opcode::kWithExceptStart: {
        LABEL(kWithExceptStart);
        Value exception = sp[-1];
        Value args[4] = {sp[-3], Value(&objects::TypeOf(exception)->base),
                         exception, Value::None()};
        Value function = sp[-4];
        PUSH(args[0].IsNull() ? objects::Call(function, 3, 0, args + 1)
                              : objects::Call(function, 4, 0, args));
        NEXT();
      }
      case Opcode::kGetAIter: {
        LABEL(kGetAIter);
        Value method[2];
        if (!objects::TryLoadMethod(TOP(), objects::q::dunder_aiter, method)) {
          objects::RaiseFormat(&objects::kTypeErrorType,
                               "'async for' requires an object with "
                               "__aiter__ method, got %q",
                               objects::TypeName(TOP()));
        }
        TOP() =
            objects::Call(method[0], method[1].IsNull() ? 0 : 1, 0, method + 1);
        NEXT();
      }
      case Opcode::kGetANext: {
        LABEL(kGetANext);
        Value method[2];
        if (!objects::TryLoadMethod(TOP(), objects::q::dunder_anext, method)) {
          objects::RaiseFormat(&objects::kTypeErrorType,
                               "'async for' received an invalid object from "
                               "__aiter__: %q",
                               objects::TypeName(TOP()));
        }
        PUSH(objects::Call(method[0], method[1].IsNull() ? 0 : 1, 0,
                           method + 1));
        NEXT();
      }
      case Opcode::kPrepareExceptStar:
        LABEL(kPrepareExceptStar);
      case Opcode::kExceptStarMatch:
        LABEL(kExceptStarMatch);
      case Opcode::kExceptStarCollect:
        LABEL(kExceptStarCollect);
      case Opcode::kExceptStarReraise:
        LABEL(kExceptStarReraise);
        sp = RunExceptStarOpcode(static_cast<Opcode>(ip[-1]), frame, sp);
        NEXT();
      case Opcode::kMatchSequence:
        LABEL(kMatchSequence);
      case Opcode::kMatchMapping:
        LABEL(kMatchMapping);
      case Opcode::kMatchMapRest:
        LABEL(kMatchMapRest);
      case Opcode::kMatchClass:
        LABEL(kMatchClass);
        {
          const uint8_t* operands = ip;
          sp = RunMatchOpcode(static_cast<Opcode>(ip[-1]), operands, sp);
          ip = operands;
        }
        NEXT();
      case Opcode::kFormatValue:
        LABEL(kFormatValue);
      case Opcode::kBuildString:
        LABEL(kBuildString);
        {
          const uint8_t* operands = ip;
          sp = RunStringOpcode(static_cast<Opcode>(ip[-1]), operands, sp);
          ip = operands;
        }
        NEXT();
      case Opcode::kImportName:
        LABEL(kImportName);
      case Opcode::kImportFrom:
        LABEL(kImportFrom);
      case Opcode::kImportStar:
        LABEL(kImportStar);
        {
          const uint8_t* operands = ip;
          sp =
              RunImportOpcode(static_cast<Opcode>(ip[-1]), frame, operands, sp);
          ip = operands;
        }
        NEXT();
      case Opcode::kPrintExpression: {
        LABEL(kPrintExpression);
        Value value = POP();
        if (!value.IsNone()) {
          objects::PrintValue(StdoutPrinter(), value,
                              objects::PrintKind::kRepr);
          StdoutPrinter().Char('\n');
          // As at CPython's prompt, _ is the last value printed.
          frame.globals->Store(Value::FromQstr(objects::q::underscore), value);
        }
        NEXT();
      }
      default:
        LABEL(invalid);
        objects::RaiseMessage(&objects::kRuntimeErrorType, "invalid bytecode");
    }
  }
#undef PUSH
#undef POP
#undef TOP
#undef LABEL
#undef NEXT
}

// More than Run's frame needs, sanitizer builds included (about 5.3 KiB at -O0
// with ASan, 200 bytes optimised); ClearStackBelow never clears past the
// stack limit.
constexpr size_t kDispatchFrameBytes = 16384;

}  // namespace

Frame* CurrentFrame() {
  return static_cast<Frame*>(objects::Thread().python_frame);
}

Value Execute(Frame& frame, Value thrown) {
  const RawCode& code = *frame.code;
  objects::ThreadState& thread = objects::Thread();
  void* const caller = thread.python_frame;
  thread.python_frame = &frame;
  for (;;) {
    objects::NlrBuf nlr;
    if (MP_NLR_PUSH(nlr) == 0) {
      if (!thrown.IsNull()) objects::Raise(thrown);
      Value result = Run(frame);
      objects::NlrPop(nlr);
      thread.python_frame = caller;
      return result;
    }
    Value exception = nlr.exception;
    MP_VM_OBSERVE_EXCEPTION(frame);
    if (frame.reraising) {
      frame.reraising = false;
    } else {
      // An exception raised while another is handled remembers it.
      if (!frame.handled_exception.IsNull() &&
          !frame.handled_exception.IsNone()) {
        objects::SetExceptionContext(exception, frame.handled_exception);
      }
      objects::AddTraceback(exception, code.source_file,
                            compiler::LineAt(code, frame.ip - code.bytecode),
                            code.name);
    }
    thrown = Value();
    if (frame.handler_count == 0) {
      frame.ip = nullptr;
      thread.python_frame = caller;
      if ((code.flags & (compiler::kGenerator | compiler::kCoroutine)) != 0 &&
          objects::IsInstance(exception, &objects::kStopIterationType)) {
        // PEP 479: a StopIteration escaping a generator would otherwise end
        // the loop driving it, silently.
        const char* message = (code.flags & compiler::kGenerator) != 0
                                  ? "generator raised StopIteration"
                                  : "coroutine raised StopIteration";
        Value text = objects::NewStr(message, strlen(message));
        Value error =
            objects::NewException(&objects::kRuntimeErrorType, 1, &text);
        objects::SetExceptionCause(error, exception);
        objects::SetExceptionContext(error, exception);
        objects::NlrJump(error);
      }
      objects::NlrJump(exception);
    }
    // The innermost handler takes it: the stack as it was at its setup, plus
    // the exception that was being handled before and the new one.
    ExceptionHandler handler = frame.handlers[--frame.handler_count];
    Value* sp = frame.stack + handler.depth;
    *sp++ = handler.previous.IsNull() ? Value::None() : handler.previous;
    *sp++ = exception;
    // What the abandoned instructions left above the handler's depth is dead.
    for (Value* stale = sp; stale < frame.stack + code.max_stack; ++stale) {
      *stale = Value();
    }
    frame.sp = sp;
    frame.handled_exception = exception;
    frame.ip = code.bytecode + handler.target;
    // Run starts again in the same stack, whose slots still hold the values of
    // instructions run before the exception. A program that catches MemoryError
    // expects what it dropped to be collectable, so the slots start clean.
    objects::ClearStackBelow(kDispatchFrameBytes);
  }
}

}  // namespace mp::vm
