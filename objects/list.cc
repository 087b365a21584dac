#include "objects/list.h"

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
#include "objects/tuple.h"

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
      if (!IsInt(rhs) && !rhs.IsBool()) return Value();
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

// list[a:b:c], and assigning or deleting it.
Value ListSlice(List* list, const Slice* slice, Value value) {
  SliceRange range = ResolveSlice(slice, list->length);
  auto at = [&](size_t i) {
    return static_cast<size_t>(range.start +
                               static_cast<intptr_t>(i) * range.step);
  };
  if (value == Value::Sentinel()) {
    if (range.step == 1) {
      return Value(&NewList(range.count, list->items + range.start)->base);
    }
    List* result = NewList(0, nullptr);
    Reserve(result, range.count);
    for (size_t i = 0; i < range.count; ++i)
      result->items[i] = list->items[at(i)];
    result->length = range.count;
    return Value(&result->base);
  }
  if (value.IsNull()) {
    // Keep the items not selected, in order.
    size_t kept = 0;
    size_t next_removed = 0;
    for (size_t i = 0; i < list->length; ++i) {
      bool removed = false;
      if (range.step > 0) {
        removed = next_removed < range.count && i == at(next_removed);
      } else {
        removed = next_removed < range.count &&
                  i == at(range.count - 1 - next_removed);
      }
      if (removed) {
        ++next_removed;
      } else {
        list->items[kept++] = list->items[i];
      }
    }
    for (size_t i = kept; i < list->length; ++i) list->items[i] = Value();
    list->length = kept;
    return Value::None();
  }
  // The new items: another list's or a tuple's are used in place; anything
  // else (this very list included) is copied first.
  const Value* new_items;
  size_t new_count;
  const Type* value_type = TypeOf(value);
  if (value_type == &kTupleType) {
    new_items = value.As<Tuple>()->items;
    new_count = value.As<Tuple>()->length;
  } else if (value_type == &kListType && value.As<List>() != list) {
    new_items = value.As<List>()->items;
    new_count = value.As<List>()->length;
  } else {
    List* copy = NewList(0, nullptr);
    Value iterator = GetIter(value);
    for (Value item = IterNext(iterator); !item.IsNull();
         item = IterNext(iterator)) {
      ListAppend(copy, item);
    }
    new_items = copy->items;
    new_count = copy->length;
  }
  if (range.step == 1) {
    size_t start = static_cast<size_t>(range.start);
    size_t new_length = list->length - range.count + new_count;
    Reserve(list, new_length);
    memmove(list->items + start + new_count, list->items + start + range.count,
            (list->length - start - range.count) * sizeof(Value));
    if (new_count > 0) {
      memcpy(list->items + start, new_items, new_count * sizeof(Value));
    }
    for (size_t i = new_length; i < list->length; ++i) list->items[i] = Value();
    list->length = new_length;
    return Value::None();
  }
  if (new_count != range.count) {
    RaiseFormat(
        &kValueErrorType,
        "attempt to assign sequence of size %zu to extended slice of size %zu",
        new_count, range.count);
  }
  for (size_t i = 0; i < range.count; ++i) list->items[at(i)] = new_items[i];
  return Value::None();
}

Value ListSubscr(Value self, Value index, Value value) {
  auto* list = self.As<List>();
  if (IsSlice(index)) return ListSlice(list, index.As<Slice>(), value);
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

Value ListExtendMethod(size_t, size_t, const Value* args) {
  List* list = args[0].As<List>();
  // Extending a list by itself reads a fixed number of items.
  if (args[1] == args[0]) {
    size_t length = list->length;
    Reserve(list, 2 * length);
    for (size_t i = 0; i < length; ++i)
      list->items[length + i] = list->items[i];
    list->length = 2 * length;
    return Value::None();
  }
  Value iterator = GetIter(args[1]);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    ListAppend(list, item);
  }
  return Value::None();
}

Value ListInsertMethod(size_t, size_t, const Value* args) {
  List* list = args[0].As<List>();
  intptr_t index = ToIntptr(args[1]);
  auto length = static_cast<intptr_t>(list->length);
  if (index < 0) index += length;
  if (index < 0) index = 0;
  if (index > length) index = length;
  Reserve(list, list->length + 1);
  memmove(list->items + index + 1, list->items + index,
          (list->length - static_cast<size_t>(index)) * sizeof(Value));
  list->items[index] = args[2];
  ++list->length;
  return Value::None();
}

Value ListRemoveMethod(size_t, size_t, const Value* args) {
  List* list = args[0].As<List>();
  for (size_t i = 0; i < list->length; ++i) {
    if (!Equal(list->items[i], args[1])) continue;
    memmove(list->items + i, list->items + i + 1,
            (list->length - i - 1) * sizeof(Value));
    list->items[--list->length] = Value();
    return Value::None();
  }
  RaiseMessage(&kValueErrorType, "list.remove(x): x not in list");
}

Value ListIndexMethod(size_t n_args, size_t, const Value* args) {
  const List* list = args[0].As<List>();
  return SequenceIndex(SequenceView{list->items, list->length}, n_args - 1,
                       args + 1, "list.index(x): x not in list");
}

Value ListCountMethod(size_t, size_t, const Value* args) {
  const List* list = args[0].As<List>();
  return SequenceCount(SequenceView{list->items, list->length}, args[1]);
}

Value ListReverseMethod(size_t, size_t, const Value* args) {
  List* list = args[0].As<List>();
  for (size_t i = 0, j = list->length; i + 1 < j; ++i, --j) {
    Value swapped = list->items[i];
    list->items[i] = list->items[j - 1];
    list->items[j - 1] = swapped;
  }
  return Value::None();
}

Value ListCopyMethod(size_t, size_t, const Value* args) {
  const List* list = args[0].As<List>();
  return Value(&NewList(list->length, list->items)->base);
}

Value ListClearMethod(size_t, size_t, const Value* args) {
  List* list = args[0].As<List>();
  for (size_t i = 0; i < list->length; ++i) list->items[i] = Value();
  list->length = 0;
  return Value::None();
}

// sort(*, key=None, reverse=False)
Value ListSortMethod(size_t, size_t n_kw, const Value* args) {
  Value key = Value::None();
  bool reverse = false;
  for (size_t i = 0; i < n_kw; ++i) {
    Value name = args[1 + 2 * i];
    Value value = args[2 + 2 * i];
    if (name == Value::FromQstr(q::key)) {
      key = value;
    } else if (name == Value::FromQstr(q::reverse)) {
      reverse = IsTrue(value);
    } else {
      RaiseFormat(&kTypeErrorType, "unexpected keyword argument '%q'",
                  name.AsQstr());
    }
  }
  ListSort(args[0].As<List>(), key, reverse);
  return Value::None();
}

// list.__init__(self, iterable=()): what a subclass's __init__ reaches
// through super(), and what runs when it defines none.
Value ListInitMethod(size_t n_args, size_t n_kw, const Value* args) {
  ListClearMethod(1, 0, args);
  Value items = MakeNewList(&kListType, n_args - 1, n_kw, args + 1);
  List* list = args[0].As<List>();
  const List* source = items.As<List>();
  for (size_t i = 0; i < source->length; ++i)
    ListAppend(list, source->items[i]);
  return Value::None();
}

#define MP_LIST_METHOD(c_name, name, min, max, kw, fn) \
  constexpr BuiltinFunction c_name = {                 \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn, &kListType}

MP_LIST_METHOD(kAppend, append, 2, 2, false, ListAppendMethod);
MP_LIST_METHOD(kPop, pop, 1, 2, false, ListPopMethod);
MP_LIST_METHOD(kExtend, extend, 2, 2, false, ListExtendMethod);
MP_LIST_METHOD(kInsert, insert, 3, 3, false, ListInsertMethod);
MP_LIST_METHOD(kRemove, remove, 2, 2, false, ListRemoveMethod);
MP_LIST_METHOD(kIndex, index, 2, 4, false, ListIndexMethod);
MP_LIST_METHOD(kCount, count, 2, 2, false, ListCountMethod);
MP_LIST_METHOD(kReverse, reverse, 1, 1, false, ListReverseMethod);
MP_LIST_METHOD(kCopy, copy, 1, 1, false, ListCopyMethod);
MP_LIST_METHOD(kClear, clear, 1, 1, false, ListClearMethod);
MP_LIST_METHOD(kSort, sort, 1, 1, true, ListSortMethod);
MP_LIST_METHOD(kInit, dunder_init, 1, 2, false, ListInitMethod);
#undef MP_LIST_METHOD

constexpr auto kListMethods = SortedByKey(StaticMapTable<16>{{
    {Value::FromQstr(q::dunder_getitem),
     Value(&kBuiltinGetItem<&kListType>.base)},
    {Value::FromQstr(q::dunder_setitem),
     Value(&kBuiltinSetItem<&kListType>.base)},
    {Value::FromQstr(q::dunder_delitem),
     Value(&kBuiltinDelItem<&kListType>.base)},
    {Value::FromQstr(q::dunder_new), Value(&kBuiltinTypeNew<&kListType>.base)},
    MethodEntry(q::dunder_init, kInit),
    MethodEntry(q::append, kAppend),
    MethodEntry(q::pop, kPop),
    MethodEntry(q::extend, kExtend),
    MethodEntry(q::insert, kInsert),
    MethodEntry(q::remove, kRemove),
    MethodEntry(q::index, kIndex),
    MethodEntry(q::count, kCount),
    MethodEntry(q::reverse, kReverse),
    MethodEntry(q::copy, kCopy),
    MethodEntry(q::clear, kClear),
    MethodEntry(q::sort, kSort),
}});
constexpr StaticMap kListLocals = kListMethods.map();

}  // namespace

const Type kListType = {
    .base = {&kTypeType},
    .name = q::list,
    .flags = kTypeUnhashable,
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

namespace {

bool IsLess(Value a, Value b) {
  return IsTrue(BinaryOperation(BinaryOp::kLess, a, b));
}

// Merges runs [from, middle) and [middle, to) of keys (and items beside them)
// into the scratch arrays; equal keys keep their order, so the sort is stable.
void Merge(const Value* keys, const Value* items, Value* key_out,
           Value* item_out, size_t from, size_t middle, size_t to,
           bool reverse) {
  size_t i = from;
  size_t j = middle;
  for (size_t out = from; out < to; ++out) {
    bool take_right =
        j < to && (i >= middle || (reverse ? IsLess(keys[i], keys[j])
                                           : IsLess(keys[j], keys[i])));
    size_t source = take_right ? j++ : i++;
    key_out[out] = keys[source];
    item_out[out] = items[source];
  }
}

}  // namespace

void ListSort(List* list, Value key, bool reverse) {
  size_t n = list->length;
  // As CPython, a single item still goes through the key function.
  if (n == 1 && !key.IsNone()) Call(key, 1, 0, list->items);
  if (n < 2) return;
  // Sorted in scratch arrays and copied back at the end: a comparison that
  // raises leaves the list as it was.
  auto* buffers = static_cast<Value*>(Allocate(4 * n * sizeof(Value)));
  Value* keys = buffers;
  Value* items = buffers + n;
  Value* key_scratch = buffers + 2 * n;
  Value* item_scratch = buffers + 3 * n;
  for (size_t i = 0; i < n; ++i) {
    items[i] = list->items[i];
    keys[i] = key.IsNone() ? items[i] : Call(key, 1, 0, &items[i]);
  }
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t from = 0; from < n; from += 2 * width) {
      size_t middle = from + width < n ? from + width : n;
      size_t to = from + 2 * width < n ? from + 2 * width : n;
      Merge(keys, items, key_scratch, item_scratch, from, middle, to, reverse);
    }
    Value* swap = keys;
    keys = key_scratch;
    key_scratch = swap;
    swap = items;
    items = item_scratch;
    item_scratch = swap;
  }
  // The list may have changed size during a key call or comparison.
  if (list->length == n) {
    for (size_t i = 0; i < n; ++i) list->items[i] = items[i];
  }
  Free(buffers);
}

void ListAppend(List* list, Value item) {
  Reserve(list, list->length + 1);
  list->items[list->length++] = item;
}

}  // namespace mp::objects
