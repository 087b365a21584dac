// The views of a dict: keys(), values() and items() see the dict as it is
// now. Keys and items views are set-like: they take the set operators (with
// any iterable on the right; the result is a set), compare with sets, and
// have isdisjoint().
#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/set.h"
#include "objects/state.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

// Iterates a dict's keys, values or items (a dict itself iterates keys).
struct ViewIterator {
  Object base;
  const Dict* dict;
  const Type* kind;  // the view type: kDictKeysType, ...
  size_t next;
  size_t size;  // the dict's, when the iteration began
};

Value ViewIteratorNext(Value self) {
  auto* iterator = self.As<ViewIterator>();
  const Map& map = iterator->dict->map;
  // Items added while iterating could be met or not; CPython refuses.
  if (map.size() != iterator->size) {
    RaiseMessage(&kRuntimeErrorType,
                 "dictionary changed size during iteration");
  }
  const Type* kind = iterator->kind;
  while (iterator->next < map.entry_count()) {
    const MapEntry& entry = map.entries()[iterator->next++];
    if (entry.key.IsNull()) continue;
    if (kind == &kDictKeysType) return entry.key;
    if (kind == &kDictValuesType) return entry.value;
    Value pair[2] = {entry.key, entry.value};
    return Value(&NewTuple(2, pair)->base);
  }
  return Value();
}

const Type kViewIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = ViewIteratorNext,
};

Value ViewGetIter(Value self) {
  return NewDictIterator(self.As<DictView>()->dict, TypeOf(self));
}

void PrintView(const Printer& printer, Value self, PrintKind /*kind*/) {
  printer.Write(Shared().qstrs.Data(TypeName(self)));
  printer.Write("([");
  Value iterator = ViewGetIter(self);
  bool first = true;
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    if (!first) printer.Write(", ");
    first = false;
    PrintValue(printer, item, PrintKind::kRepr);
  }
  printer.Write("])");
}

Value ViewUnaryOp(UnaryOp op, Value self) {
  return SizeUnaryOp(op, self.As<DictView>()->dict->map.size());
}

bool ViewContains(Value view, Value item) {
  const Dict* dict = view.As<DictView>()->dict;
  const Type* kind = TypeOf(view);
  if (kind == &kDictKeysType) return dict->map.Find(item) != nullptr;
  if (kind == &kDictItemsType) {
    // An item is in the view when its key maps to an equal value.
    if (TypeOf(item) != &kTupleType || item.As<Tuple>()->length != 2) {
      return false;
    }
    const Value* pair = item.As<Tuple>()->items;
    const Value* value = dict->map.Find(pair[0]);
    return value != nullptr && Equal(*value, pair[1]);
  }
  Value iterator = ViewGetIter(view);
  for (Value x = IterNext(iterator); !x.IsNull(); x = IterNext(iterator)) {
    if (Equal(x, item)) return true;
  }
  return false;
}

Value ToSet(Value iterable) {
  return Call(Value(&kSetType.base), 1, 0, &iterable);
}

// Whether every item of `a` is in `b` (a view or a set). Item by item, so
// that items views with unhashable values still compare.
bool AllIn(Value a, Value b) {
  Value iterator = GetIter(a);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    if (!IsTrue(BinaryOperation(BinaryOp::kIn, item, b))) return false;
  }
  return true;
}

Value CompareAsSets(BinaryOp op, Value a, Value b) {
  size_t a_size = Length(a);
  size_t b_size = Length(b);
  switch (op) {
    case BinaryOp::kEqual:
      return Value::Bool(a_size == b_size && AllIn(a, b));
    case BinaryOp::kNotEqual:
      return Value::Bool(a_size != b_size || !AllIn(a, b));
    case BinaryOp::kLess:
      return Value::Bool(a_size < b_size && AllIn(a, b));
    case BinaryOp::kLessEqual:
      return Value::Bool(a_size <= b_size && AllIn(a, b));
    case BinaryOp::kMore:
      return Value::Bool(a_size > b_size && AllIn(b, a));
    default:
      return Value::Bool(a_size >= b_size && AllIn(b, a));
  }
}

Value ViewBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (op == BinaryOp::kIn) return Value::Bool(ViewContains(lhs, rhs));
  if (!IsSetLikeView(lhs)) return Value();
  op = PlainBinaryOp(op);  // k &= x rebinds k to a set, as in CPython
  switch (op) {
    case BinaryOp::kOr:
    case BinaryOp::kAnd:
    case BinaryOp::kSubtract:
    case BinaryOp::kXor:
      return kSetType.binary_op(op, ToSet(lhs), ToSet(rhs));
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual:
    case BinaryOp::kLess:
    case BinaryOp::kLessEqual:
    case BinaryOp::kMore:
    case BinaryOp::kMoreEqual:
      // Only against other sets: a view never equals a list.
      if (!IsSetLikeView(rhs) && !IsSetOrFrozenSet(TypeOf(rhs))) {
        return op == BinaryOp::kEqual      ? Value::False()
               : op == BinaryOp::kNotEqual ? Value::True()
                                           : Value();
      }
      return CompareAsSets(op, lhs, rhs);
    default:
      return Value();
  }
}

Value IsDisjointMethod(size_t, size_t, const Value* args) {
  Value iterator = GetIter(args[1]);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    if (ViewContains(args[0], item)) return Value::False();
  }
  return Value::True();
}

constexpr BuiltinFunction kKeysIsDisjoint = {
    {&kBuiltinFunctionType}, q::isdisjoint, 2, 2, false,
    IsDisjointMethod,        &kDictKeysType};
constexpr BuiltinFunction kItemsIsDisjoint = {
    {&kBuiltinFunctionType}, q::isdisjoint,  2, 2, false,
    IsDisjointMethod,        &kDictItemsType};
constexpr auto kKeysMethods = SortedByKey(StaticMapTable<1>{{
    {Value::FromQstr(q::isdisjoint), Value(&kKeysIsDisjoint.base)},
}});
constexpr StaticMap kKeysLocals = kKeysMethods.map();
constexpr auto kItemsMethods = SortedByKey(StaticMapTable<1>{{
    {Value::FromQstr(q::isdisjoint), Value(&kItemsIsDisjoint.base)},
}});
constexpr StaticMap kItemsLocals = kItemsMethods.map();

#define MP_VIEW_TYPE(c_name, view_name, view_locals) \
  const Type c_name = {.base = {&kTypeType},         \
                       .name = q::view_name,         \
                       .print = PrintView,           \
                       .unary_op = ViewUnaryOp,      \
                       .binary_op = ViewBinaryOp,    \
                       .get_iter = ViewGetIter,      \
                       .locals = view_locals}

}  // namespace

MP_VIEW_TYPE(kDictKeysType, dict_keys, &kKeysLocals);
MP_VIEW_TYPE(kDictValuesType, dict_values, nullptr);
MP_VIEW_TYPE(kDictItemsType, dict_items, &kItemsLocals);
#undef MP_VIEW_TYPE

Value NewDictView(const Type* type, Dict* dict) {
  auto* view = New<DictView>();
  view->base.type = type;
  view->dict = dict;
  return Value(&view->base);
}

Value NewDictIterator(const Dict* dict, const Type* kind) {
  auto* iterator = New<ViewIterator>();
  iterator->base.type = &kViewIteratorType;
  iterator->dict = dict;
  iterator->kind = kind;
  iterator->size = dict->map.size();
  return Value(&iterator->base);
}

bool IsSetLikeView(Value value) {
  const Type* type = TypeOf(value);
  return type == &kDictKeysType || type == &kDictItemsType;
}

}  // namespace mp::objects
