#include "objects/list.h"

#include <string.h>

#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/sequence.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

struct ListIterator {
  Object base;
  const List* list;
  size_t next;
};

Value ListIteratorNext(Value self) {
  auto* iterator = self.As<ListIterator>();
  // The list may shrink while it is iterated; the length is read each time.
  if (iterator->next >= iterator->list->length) return Value();
  return iterator->list->items[iterator->next++];
}

const Type kListIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = ListIteratorNext,
};

void Reserve(List* list, size_t needed) {
  if (needed <= list->capacity) return;
  size_t capacity =
      list->capacity < 4 ? 4 : list->capacity + list->capacity / 2;
  if (capacity < needed) capacity = needed;
  if (capacity > SIZE_MAX / sizeof(Value)) RaiseMemoryError(SIZE_MAX);
  list->items =
      static_cast<Value*>(Reallocate(list->items, capacity * sizeof(Value)));
  list->capacity = capacity;
}

void PrintList(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* list = self.As<List>();
  PrintSequence(printer, list->items, list->length, '[', ']');
}

Value MakeNewList(const Type* /*type*/, size_t n_args, size_t n_kw,
                  const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 1, false);
  List* list = NewList(0, nullptr);
  if (n_args == 1) {
    Value iterator = GetIter(args[0]);
    for (Value item = IterNext(iterator); !item.IsNull();
         item = IterNext(iterator)) {
      ListAppend(list, item);
    }
  }
  return Value(&list->base);
}

Value ListUnaryOp(UnaryOp op, Value self) {
  const auto* list = self.As<List>();
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(list->length != 0);
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(list->length));
    default:
      return Value();
  }
}

Value ListBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  auto* a = lhs.As<List>();
  switch (op) {
    case BinaryOp::kAdd:
    case BinaryOp::kInplaceAdd: {
      if (TypeOf(rhs) != &kListType) return Value();
      const auto* b = rhs.As<List>();
      List* result =
          op == BinaryOp::kInplaceAdd ? a : NewList(a->length, a->items);
      size_t b_length = b->length;  // b may be a itself
      Reserve(result, result->length + b_length);
      if (b_length > 0) {
        memcpy(result->items + result->length, b->items,
               b_length * sizeof(Value));
      }
      result->length += b_length;
      return Value(&result->base);
    }
    case BinaryOp::kMultiply:
    case BinaryOp::kInplaceMultiply: {
      if (!rhs.IsSmallInt() && !rhs.IsBool()) return Value();
      size_t length = a->length;
      size_t total = RepeatedLength(length, ToIntptr(rhs));
      List* result =
          op == BinaryOp::kInplaceMultiply ? a : NewList(length, a->items);
      Reserve(result, total);
      for (size_t i = length; i < total; ++i)
        result->items[i] = result->items[i % length];
      result->length = total;
      return Value(&result->base);
    }
    default: {
      SequenceView other;
      bool same_type = TypeOf(rhs) == &kListType;
      if (same_type) other = {rhs.As<List>()->items, rhs.As<List>()->length};
      return SequenceBinaryOp(op, {a->items, a->length}, rhs,
                              same_type ? &other : nullptr);
    }
  }
}

Value ListSubscr(Value self, Value index, Value value) {
  auto* list = self.As<List>();
  size_t i = NormalizeIndex(index, list->length, "list");
  if (value == Value::Sentinel()) return list->items[i];
  if (value.IsNull()) {
    memmove(list->items + i, list->items + i + 1,
            (list->length - i - 1) * sizeof(Value));
    list->items[--list->length] = Value();
  } else {
    list->items[i] = value;
  }
  return Value::None();
}

Value ListGetIter(Value self) {
  auto* iterator = New<ListIterator>();
  iterator->base.type = &kListIteratorType;
  iterator->list = self.As<List>();
  return Value(&iterator->base);
}

Value ListAppendMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  ListAppend(args[0].As<List>(), args[1]);
  return Value::None();
}

Value ListPopMethod(size_t n_args, size_t /*n_kw*/, const Value* args) {
  auto* list = args[0].As<List>();
  if (list->length == 0) RaiseMessage(&kIndexErrorType, "pop from empty list");
  size_t i = n_args == 2 ? NormalizeIndex(args[1], list->length, "list")
                         : list->length - 1;
  Value item = list->items[i];
  memmove(list->items + i, list->items + i + 1,
          (list->length - i - 1) * sizeof(Value));
  list->items[--list->length] = Value();
  return item;
}

constexpr BuiltinFunction kAppend = {
    {&kBuiltinFunctionType}, q::append, 2, 2, false, ListAppendMethod};
constexpr BuiltinFunction kPop = {
    {&kBuiltinFunctionType}, q::pop, 1, 2, false, ListPopMethod};

constexpr auto kListMethods = SortedByKey(StaticMapTable<2>{{
    {Value::FromQstr(q::append), Value(&kAppend.base)},
    {Value::FromQstr(q::pop), Value(&kPop.base)},
}});
constexpr StaticMap kListLocals = kListMethods.map();

}  // namespace

const Type kListType = {
    .base = {&kTypeType},
    .name = q::list,
    .print = PrintList,
    .make_new = MakeNewList,
    .unary_op = ListUnaryOp,
    .binary_op = ListBinaryOp,
    .subscr = ListSubscr,
    .get_iter = ListGetIter,
    .locals = &kListLocals,
};

List* NewList(size_t n, const Value* items) {
  auto* list = New<List>();
  list->base.type = &kListType;
  Reserve(list, n);
  if (n > 0) memcpy(list->items, items, n * sizeof(Value));
  list->length = n;
  return list;
}

void ListAppend(List* list, Value item) {
  Reserve(list, list->length + 1);
  list->items[list->length++] = item;
}

}  // namespace mp::objects
