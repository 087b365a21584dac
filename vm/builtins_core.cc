// Builtins about objects in general: print, input, repr, len, hash, id,
// callable, isinstance, issubclass, the attribute functions, iter and next.
#include "objects/builtin_iterators.h"
#include "objects/class.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/builtins.h"
#include "vm/console_input.h"
#include "vm/generator.h"
#include "vm/runtime.h"

namespace mp::vm::builtins {
namespace {

using objects::BuiltinFunction;
using objects::kAnyNumberOfArgs;
using objects::kBuiltinFunctionType;
using objects::Value;
namespace q = objects::q;

// The text of a str argument, or TypeError naming the parameter.
const char* StrArgument(Value value, const char* parameter, size_t* length) {
  if (!objects::IsInstance(value, &objects::kStrType)) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "%s must be None or a string", parameter);
  }
  return objects::StrData(value, length);
}

// print(*objects, sep=' ', end='\n')
Value Print(size_t n_args, size_t n_kw, const Value* args) {
  constexpr objects::Qstr kNames[] = {q::sep, q::end};
  Value options[2];
  TakeKeywords(n_kw, args + n_args, 2, kNames, options);
  const char* sep = " ";
  size_t sep_length = 1;
  const char* end = "\n";
  size_t end_length = 1;
  if (!options[0].IsNull() && !options[0].IsNone()) {
    sep = StrArgument(options[0], "sep", &sep_length);
  }
  if (!options[1].IsNull() && !options[1].IsNone()) {
    end = StrArgument(options[1], "end", &end_length);
  }
  const objects::Printer& out = StdoutPrinter();
  for (size_t i = 0; i < n_args; ++i) {
    if (i > 0) out.Write(sep, sep_length);
    objects::PrintValue(out, args[i], objects::PrintKind::kStr);
  }
  out.Write(end, end_length);
  return Value::None();
}

// input(prompt=''): a line from the console without its end.
Value Input(size_t n_args, size_t, const Value* args) {
  if (n_args == 1) {
    objects::PrintValue(StdoutPrinter(), args[0], objects::PrintKind::kStr);
  }
  return ReadConsoleLine();
}

Value Repr(size_t, size_t, const Value* args) {
  return objects::ToRepr(args[0]);
}

Value Len(size_t, size_t, const Value* args) {
  return objects::UnaryOperation(objects::UnaryOp::kLen, args[0]);
}

// Numbers hash to themselves where they fit (hash(5) == 5, as in CPython);
// other hashes may use the whole word and lose a bit to fit.
Value Hash(size_t, size_t, const Value* args) {
  auto hash = static_cast<intptr_t>(objects::Hash(args[0]));
  return Value::SmallInt(Value::FitsSmallInt(hash) ? hash : hash >> 1);
}

Value Id(size_t, size_t, const Value* args) {
  return objects::NewInt(static_cast<long long>(args[0].bits() >> 1));
}

Value Callable(size_t, size_t, const Value* args) {
  const objects::Type* type = objects::TypeOf(args[0]);
  if (objects::IsClass(type)) {
    return Value::Bool(
        !objects::LookupInMro(type, objects::q::dunder_call).IsNull());
  }
  return Value::Bool(type->call != nullptr);
}

bool IsSubclassOf(const objects::Type* type, Value classes,
                  const char* function) {
  if (objects::TypeOf(classes) == &objects::kTupleType) {
    const auto* tuple = classes.As<objects::Tuple>();
    for (size_t i = 0; i < tuple->length; ++i) {
      if (IsSubclassOf(type, tuple->items[i], function)) return true;
    }
    return false;
  }
  if (!objects::IsType(classes)) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "%s() arg 2 must be a type or tuple of types",
                         function);
  }
  return objects::IsSubclass(type, classes.As<objects::Type>());
}

Value IsInstance(size_t, size_t, const Value* args) {
  return Value::Bool(
      IsSubclassOf(objects::TypeOf(args[0]), args[1], "isinstance"));
}

Value IsSubclass(size_t, size_t, const Value* args) {
  if (!objects::IsType(args[0])) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "issubclass() arg 1 must be a class");
  }
  return Value::Bool(
      IsSubclassOf(args[0].As<objects::Type>(), args[1], "issubclass"));
}

objects::Qstr AttributeName(Value name) {
  size_t length;
  const char* text = StrArgument(name, "attribute name", &length);
  return objects::Shared().qstrs.Intern(text, length);
}

// obj.name, or `fallback` (when not null) if that raises AttributeError.
Value LoadAttrOr(Value object, objects::Qstr name, Value fallback) {
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    Value value = objects::LoadAttr(object, name);
    objects::NlrPop(nlr);
    return value;
  }
  if (fallback.IsNull() ||
      !objects::IsInstance(nlr.exception, &objects::kAttributeErrorType)) {
    objects::NlrJump(nlr.exception);
  }
  return fallback;
}

Value GetAttr(size_t n_args, size_t, const Value* args) {
  return LoadAttrOr(args[0], AttributeName(args[1]),
                    n_args == 3 ? args[2] : Value());
}

Value HasAttr(size_t, size_t, const Value* args) {
  // A marker no attribute can be.
  Value missing = Value::Sentinel();
  return Value::Bool(LoadAttrOr(args[0], AttributeName(args[1]), missing) !=
                     missing);
}

Value SetAttr(size_t, size_t, const Value* args) {
  objects::StoreAttr(args[0], AttributeName(args[1]), args[2]);
  return Value::None();
}

Value DelAttr(size_t, size_t, const Value* args) {
  objects::StoreAttr(args[0], AttributeName(args[1]), Value());
  return Value::None();
}

Value Iter(size_t n_args, size_t, const Value* args) {
  if (n_args == 2) return objects::NewCallableIterator(args[0], args[1]);
  return objects::GetIter(args[0]);
}

Value Next(size_t n_args, size_t, const Value* args) {
  if (objects::TypeOf(args[0]) == &kGeneratorType) {
    // Unlike a for loop, next() reports the generator's return value.
    Value result;
    if (Resume(args[0].As<Generator>(), Value::None(), Value(), &result) ==
        ResumeResult::kYielded) {
      return result;
    }
    if (n_args == 2) return args[1];
    RaiseStopIteration(result);
  }
  Value item = objects::IterNext(args[0]);
  if (!item.IsNull()) return item;
  if (n_args == 2) return args[1];
  objects::Raise(Value(&objects::kStopIterationType.base));
}

}  // namespace

#define MP_DEFINE(name, min, max, kw, fn) \
  const BuiltinFunction name = {          \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn}

MP_DEFINE(print, 0, kAnyNumberOfArgs, true, Print);
MP_DEFINE(input, 0, 1, false, Input);
MP_DEFINE(repr, 1, 1, false, Repr);
MP_DEFINE(len, 1, 1, false, Len);
MP_DEFINE(hash, 1, 1, false, Hash);
MP_DEFINE(id, 1, 1, false, Id);
MP_DEFINE(callable, 1, 1, false, Callable);
MP_DEFINE(isinstance, 2, 2, false, IsInstance);
MP_DEFINE(issubclass, 2, 2, false, IsSubclass);
MP_DEFINE(getattr, 2, 3, false, GetAttr);
MP_DEFINE(hasattr, 2, 2, false, HasAttr);
MP_DEFINE(setattr, 3, 3, false, SetAttr);
MP_DEFINE(delattr, 2, 2, false, DelAttr);
MP_DEFINE(iter, 1, 2, false, Iter);
MP_DEFINE(next, 1, 2, false, Next);
#undef MP_DEFINE

}  // namespace mp::vm::builtins
