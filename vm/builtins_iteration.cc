// Builtins that consume an iterable: all, any, min, max, sum, sorted.
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/operations.h"
#include "vm/builtins.h"

namespace mp::vm::builtins {
namespace {

using objects::BinaryOp;
using objects::BuiltinFunction;
using objects::kAnyNumberOfArgs;
using objects::kBuiltinFunctionType;
using objects::Value;
namespace q = objects::q;

Value All(size_t, size_t, const Value* args) {
  Value iterator = objects::GetIter(args[0]);
  for (Value item = objects::IterNext(iterator); !item.IsNull();
       item = objects::IterNext(iterator)) {
    if (!objects::IsTrue(item)) return Value::False();
  }
  return Value::True();
}

Value Any(size_t, size_t, const Value* args) {
  Value iterator = objects::GetIter(args[0]);
  for (Value item = objects::IterNext(iterator); !item.IsNull();
       item = objects::IterNext(iterator)) {
    if (objects::IsTrue(item)) return Value::True();
  }
  return Value::False();
}

// min/max(iterable, *, key=None, default=...) or min/max(a, b, ..., *,
// key=None).
Value Extreme(size_t n_args, size_t n_kw, const Value* args, BinaryOp better) {
  constexpr objects::Qstr kNames[] = {q::key, q::default_};
  Value options[2];
  TakeKeywords(n_kw, args + n_args, 2, kNames, options);
  Value key = options[0].IsNull() ? Value::None() : options[0];
  if (n_args > 1 && !options[1].IsNull()) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "default can't be used with multiple arguments");
  }
  Value best;
  Value best_key;
  auto consider = [&](Value item) {
    Value item_key = key.IsNone() ? item : objects::Call(key, 1, 0, &item);
    if (best.IsNull() ||
        objects::IsTrue(objects::BinaryOperation(better, item_key, best_key))) {
      best = item;
      best_key = item_key;
    }
  };
  if (n_args > 1) {
    for (size_t i = 0; i < n_args; ++i) consider(args[i]);
    return best;
  }
  Value iterator = objects::GetIter(args[0]);
  for (Value item = objects::IterNext(iterator); !item.IsNull();
       item = objects::IterNext(iterator)) {
    consider(item);
  }
  if (best.IsNull()) {
    if (!options[1].IsNull()) return options[1];
    objects::RaiseMessage(&objects::kValueErrorType,
                          "arg is an empty sequence");
  }
  return best;
}

Value Min(size_t n_args, size_t n_kw, const Value* args) {
  return Extreme(n_args, n_kw, args, BinaryOp::kLess);
}

Value Max(size_t n_args, size_t n_kw, const Value* args) {
  return Extreme(n_args, n_kw, args, BinaryOp::kMore);
}

Value Sum(size_t n_args, size_t n_kw, const Value* args) {
  constexpr objects::Qstr kNames[] = {q::start};
  Value start;
  TakeKeywords(n_kw, args + n_args, 1, kNames, &start);
  if (n_args == 2) start = args[1];
  Value total = start.IsNull() ? Value::SmallInt(0) : start;
  Value iterator = objects::GetIter(args[0]);
  for (Value item = objects::IterNext(iterator); !item.IsNull();
       item = objects::IterNext(iterator)) {
    total = objects::BinaryOperation(BinaryOp::kAdd, total, item);
  }
  return total;
}

Value Sorted(size_t n_args, size_t n_kw, const Value* args) {
  constexpr objects::Qstr kNames[] = {q::key, q::reverse};
  Value options[2];
  TakeKeywords(n_kw, args + n_args, 2, kNames, options);
  Value list = objects::Call(Value(&objects::kListType.base), 1, 0, args);
  objects::ListSort(list.As<objects::List>(),
                    options[0].IsNull() ? Value::None() : options[0],
                    !options[1].IsNull() && objects::IsTrue(options[1]));
  return list;
}

}  // namespace

#define MP_DEFINE(name, min, max, kw, fn) \
  const BuiltinFunction name = {          \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn}

MP_DEFINE(all, 1, 1, false, All);
MP_DEFINE(any, 1, 1, false, Any);
MP_DEFINE(min, 1, kAnyNumberOfArgs, true, Min);
MP_DEFINE(max, 1, kAnyNumberOfArgs, true, Max);
MP_DEFINE(sum, 1, 2, true, Sum);
MP_DEFINE(sorted, 1, 1, true, Sorted);
#undef MP_DEFINE

}  // namespace mp::vm::builtins
