#include "objects/tuple.h"

#include <string.h>

#include "objects/big_int.h"
#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/sequence.h"
#include "objects/slice.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

struct TupleIterator {
  Object base;
  const Tuple* tuple;
  size_t next;
};

Value TupleIteratorNext(Value self) {
  auto* iterator = self.As<TupleIterator>();
  if (iterator->next >= iterator->tuple->length) return Value();
  return iterator->tuple->items[iterator->next++];
}

const Type kTupleIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = TupleIteratorNext,
};

void PrintTuple(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* tuple = self.As<Tuple>();
  PrintSequence(printer, tuple->items, tuple->length, '(', ')');
}

Value MakeNewTuple(const Type* /*type*/, size_t n_args, size_t n_kw,
                   const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 1, false);
  if (n_args == 0) return Value(&kEmptyTuple.base);
  if (TypeOf(args[0]) == &kTupleType) return args[0];
  // Collect the items into a growing tuple-shaped buffer.
  Value iterator = GetIter(args[0]);
  size_t capacity = 4;
  size_t length = 0;
  auto* items = static_cast<Value*>(Allocate(capacity * sizeof(Value)));
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    if (length == capacity) {
      capacity *= 2;
      items = static_cast<Value*>(Reallocate(items, capacity * sizeof(Value)));
    }
    items[length++] = item;
  }
  Tuple* tuple = NewTuple(length, items);
  Free(items);
  return Value(&tuple->base);
}

}  // namespace

Value TupleUnaryOp(UnaryOp op, Value self) {
  const auto* tuple = self.As<Tuple>();
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(tuple->length != 0);
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(tuple->length));
    case UnaryOp::kHash: {
      CheckStack();  // nested tuples hash by recursion
      uintptr_t hash = 0x345678;
      for (size_t i = 0; i < tuple->length; ++i) {
        hash = (hash * 1000003) ^ Hash(tuple->items[i]);
      }
      return Value::SmallInt(static_cast<intptr_t>(hash >> 2));
    }
    default:
      return Value();
  }
}

Value TupleBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  const auto* a = lhs.As<Tuple>();
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kAdd: {
      if (TypeOf(rhs) != &kTupleType) return Value();
      const auto* b = rhs.As<Tuple>();
      Tuple* result = NewTuple(a->length + b->length, nullptr);
      memcpy(result->items, a->items, a->length * sizeof(Value));
      memcpy(result->items + a->length, b->items, b->length * sizeof(Value));
      return Value(&result->base);
    }
    case BinaryOp::kMultiply: {
      if (!IsInt(rhs) && !rhs.IsBool()) return Value();
      size_t length = RepeatedLength(a->length, ToIntptr(rhs));
      Tuple* result = NewTuple(length, nullptr);
      for (size_t i = 0; i < length; ++i)
        result->items[i] = a->items[i % a->length];
      return Value(&result->base);
    }
    default: {
      SequenceView other;
      bool same_type = TypeOf(rhs) == &kTupleType;
      if (same_type) other = {rhs.As<Tuple>()->items, rhs.As<Tuple>()->length};
      return SequenceBinaryOp(op, {a->items, a->length}, rhs,
                              same_type ? &other : nullptr);
    }
  }
}

Value TupleSubscr(Value self, Value index, Value value) {
  const auto* tuple = self.As<Tuple>();
  if (value != Value::Sentinel()) return Value();
  if (IsSlice(index)) {
    SliceRange range = ResolveSlice(index.As<Slice>(), tuple->length);
    Tuple* result = NewTuple(range.count, nullptr);
    for (size_t i = 0; i < range.count; ++i) {
      result->items[i] =
          tuple->items[range.start + static_cast<intptr_t>(i) * range.step];
    }
    return Value(&result->base);
  }
  return tuple->items[NormalizeIndex(index, tuple->length, "tuple")];
}

Value TupleGetIter(Value self) {
  auto* iterator = New<TupleIterator>();
  iterator->base.type = &kTupleIteratorType;
  iterator->tuple = self.As<Tuple>();
  return Value(&iterator->base);
}

namespace {

Value TupleIndexMethod(size_t n_args, size_t, const Value* args) {
  const auto* tuple = args[0].As<Tuple>();
  return SequenceIndex(SequenceView{tuple->items, tuple->length}, n_args - 1,
                       args + 1, "tuple.index(x): x not in tuple");
}

Value TupleCountMethod(size_t, size_t, const Value* args) {
  const auto* tuple = args[0].As<Tuple>();
  return SequenceCount(SequenceView{tuple->items, tuple->length}, args[1]);
}

constexpr BuiltinFunction kTupleIndex = {
    {&kBuiltinFunctionType}, q::index,   2, 4, false,
    TupleIndexMethod,        &kTupleType};
constexpr BuiltinFunction kTupleCount = {
    {&kBuiltinFunctionType}, q::count,   2, 2, false,
    TupleCountMethod,        &kTupleType};
constexpr auto kTupleMethods = SortedByKey(StaticMapTable<3>{{
    {Value::FromQstr(q::dunder_new), Value(&kBuiltinTypeNew<&kTupleType>.base)},
    {Value::FromQstr(q::index), Value(&kTupleIndex.base)},
    {Value::FromQstr(q::count), Value(&kTupleCount.base)},
}});
constexpr StaticMap kTupleLocals = kTupleMethods.map();

}  // namespace

const Type kTupleType = {
    .base = {&kTypeType},
    .name = q::tuple,
    .print = PrintTuple,
    .make_new = MakeNewTuple,
    .unary_op = TupleUnaryOp,
    .binary_op = TupleBinaryOp,
    .subscr = TupleSubscr,
    .get_iter = TupleGetIter,
    .locals = &kTupleLocals,
};

const Tuple kEmptyTuple = {{&kTupleType}, 0};

Tuple* NewTuple(size_t n, const Value* items) {
  if (n > (SIZE_MAX - sizeof(Tuple)) / sizeof(Value))
    RaiseMemoryError(SIZE_MAX);
  auto* tuple =
      static_cast<Tuple*>(Allocate(sizeof(Tuple) + n * sizeof(Value)));
  tuple->base.type = &kTupleType;
  tuple->length = n;
  for (size_t i = 0; i < n; ++i)
    tuple->items[i] = items ? items[i] : Value::None();
  return tuple;
}

}  // namespace mp::objects
