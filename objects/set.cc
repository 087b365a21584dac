#include "objects/set.h"

#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

Set* AsSet(Value value) { return value.As<Set>(); }

bool IsSetValue(Value value) { return IsSetOrFrozenSet(TypeOf(value)); }

// Calls f(item) for each item of a set.
template <typename F>
void ForEach(const Set* set, F f) {
  const Map& map = set->map;
  for (size_t i = 0; i < map.entry_count(); ++i) {
    if (!map.entries()[i].key.IsNull()) f(map.entries()[i].key);
  }
}

void AddAll(Set* set, Value iterable) {
  if (IsSetValue(iterable)) {
    ForEach(AsSet(iterable), [&](Value item) { SetAdd(set, item); });
    return;
  }
  Value iterator = GetIter(iterable);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    SetAdd(set, item);
  }
}

Set* Copy(const Set* set, const Type* type) {
  Set* copy = NewSet(type);
  ForEach(set, [&](Value item) { SetAdd(copy, item); });
  return copy;
}

// A set of the other operand's items, when it is not a set already.
const Set* AsSetOperand(Value value) {
  if (IsSetValue(value)) return AsSet(value);
  Set* set = NewSet(&kSetType);
  AddAll(set, value);
  return set;
}

bool IsSubset(const Set* a, const Set* b) {
  if (a->map.size() > b->map.size()) return false;
  bool subset = true;
  ForEach(a,
          [&](Value item) { subset = subset && b->map.Find(item) != nullptr; });
  return subset;
}

enum class Combine { kUnion, kIntersection, kDifference, kSymmetricDifference };

Set* Combined(const Set* a, const Set* b, Combine how, const Type* type) {
  Set* result = NewSet(type);
  switch (how) {
    case Combine::kUnion:
      ForEach(a, [&](Value item) { SetAdd(result, item); });
      ForEach(b, [&](Value item) { SetAdd(result, item); });
      break;
    case Combine::kIntersection:
      ForEach(a, [&](Value item) {
        if (b->map.Find(item) != nullptr) SetAdd(result, item);
      });
      break;
    case Combine::kDifference:
      ForEach(a, [&](Value item) {
        if (b->map.Find(item) == nullptr) SetAdd(result, item);
      });
      break;
    case Combine::kSymmetricDifference:
      ForEach(a, [&](Value item) {
        if (b->map.Find(item) == nullptr) SetAdd(result, item);
      });
      ForEach(b, [&](Value item) {
        if (a->map.Find(item) == nullptr) SetAdd(result, item);
      });
      break;
  }
  return result;
}

void PrintSet(const Printer& printer, Value self, PrintKind /*kind*/) {
  const Set* set = AsSet(self);
  bool frozen = set->base.type == &kFrozenSetType;
  if (set->map.size() == 0) {
    printer.Write(frozen ? "frozenset()" : "set()");
    return;
  }
  if (frozen) printer.Write("frozenset(");
  printer.Char('{');
  bool first = true;
  ForEach(set, [&](Value item) {
    if (!first) printer.Write(", ");
    first = false;
    PrintValue(printer, item, PrintKind::kRepr);
  });
  printer.Char('}');
  if (frozen) printer.Char(')');
}

Value MakeNewSet(const Type* type, size_t n_args, size_t n_kw,
                 const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 1, false);
  if (type == &kFrozenSetType && n_args == 1 &&
      TypeOf(args[0]) == &kFrozenSetType) {
    return args[0];
  }
  Set* set = NewSet(type);
  if (n_args == 1) AddAll(set, args[0]);
  return Value(&set->base);
}

Value SetUnaryOp(UnaryOp op, Value self) {
  const Set* set = AsSet(self);
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(set->map.size() != 0);
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(set->map.size()));
    case UnaryOp::kHash: {
      // frozenset only (set is unhashable): the same items hash the same, in
      // any order.
      uintptr_t hash = 1927868237u;
      ForEach(set, [&](Value item) {
        uintptr_t h = Hash(item);
        hash ^= (h ^ (h << 16) ^ 89869747u) * 3644798167u;
      });
      return Value::SmallInt(static_cast<intptr_t>(hash >> 2));
    }
    default:
      return Value();
  }
}

Value SetBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  Set* a = AsSet(lhs);
  if (op == BinaryOp::kIn) return Value::Bool(a->map.Find(rhs) != nullptr);
  if (!IsSetValue(rhs))
    return op == BinaryOp::kEqual ? Value::False() : Value();
  const Set* b = AsSet(rhs);
  // The result of a binary operator has the left operand's type.
  const Type* type = a->base.type;
  bool inplace = PlainBinaryOp(op) != op && type == &kSetType;
  Combine how;
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kEqual:
      return Value::Bool(a->map.size() == b->map.size() && IsSubset(a, b));
    case BinaryOp::kLessEqual:
      return Value::Bool(IsSubset(a, b));
    case BinaryOp::kLess:
      return Value::Bool(a->map.size() < b->map.size() && IsSubset(a, b));
    case BinaryOp::kMoreEqual:
      return Value::Bool(IsSubset(b, a));
    case BinaryOp::kMore:
      return Value::Bool(a->map.size() > b->map.size() && IsSubset(b, a));
    case BinaryOp::kOr:
      how = Combine::kUnion;
      break;
    case BinaryOp::kAnd:
      how = Combine::kIntersection;
      break;
    case BinaryOp::kSubtract:
      how = Combine::kDifference;
      break;
    case BinaryOp::kXor:
      how = Combine::kSymmetricDifference;
      break;
    default:
      return Value();
  }
  Set* result = Combined(a, b, how, type);
  if (!inplace) return Value(&result->base);
  a->map.Clear();
  ForEach(result, [&](Value item) { SetAdd(a, item); });
  return lhs;
}

struct SetIterator {
  Object base;
  const Set* set;
  size_t next;
};

Value SetIteratorNext(Value self) {
  auto* iterator = self.As<SetIterator>();
  const Map& map = iterator->set->map;
  while (iterator->next < map.entry_count()) {
    Value key = map.entries()[iterator->next++].key;
    if (!key.IsNull()) return key;
  }
  return Value();
}

const Type kSetIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = SetIteratorNext,
};

Value SetGetIter(Value self) {
  auto* iterator = New<SetIterator>();
  iterator->base.type = &kSetIteratorType;
  iterator->set = AsSet(self);
  return Value(&iterator->base);
}

// ---- Methods ----

Value AddMethod(size_t, size_t, const Value* args) {
  SetAdd(AsSet(args[0]), args[1]);
  return Value::None();
}

Value DiscardMethod(size_t, size_t, const Value* args) {
  AsSet(args[0])->map.Remove(args[1]);
  return Value::None();
}

Value RemoveMethod(size_t, size_t, const Value* args) {
  if (!AsSet(args[0])->map.Remove(args[1])) {
    Raise(NewException(&kKeyErrorType, 1, &args[1]));
  }
  return Value::None();
}

Value PopMethod(size_t, size_t, const Value* args) {
  Map& map = AsSet(args[0])->map;
  for (size_t i = 0; i < map.entry_count(); ++i) {
    Value key = map.entries()[i].key;
    if (key.IsNull()) continue;
    map.Remove(key);
    return key;
  }
  RaiseMessage(&kKeyErrorType, "pop from an empty set");
}

Value ClearMethod(size_t, size_t, const Value* args) {
  AsSet(args[0])->map.Clear();
  return Value::None();
}

Value CopyMethod(size_t, size_t, const Value* args) {
  const Set* set = AsSet(args[0]);
  return Value(&Copy(set, set->base.type)->base);
}

Value UpdateMethod(size_t n_args, size_t, const Value* args) {
  for (size_t i = 1; i < n_args; ++i) AddAll(AsSet(args[0]), args[i]);
  return Value::None();
}

// union(*others) and friends: any iterables, combined left to right.
Value CombineMethod(size_t n_args, const Value* args, Combine how) {
  const Set* self = AsSet(args[0]);
  Set* result = Copy(self, self->base.type);
  for (size_t i = 1; i < n_args; ++i) {
    result = Combined(result, AsSetOperand(args[i]), how, self->base.type);
  }
  return Value(&result->base);
}

Value UnionMethod(size_t n, size_t, const Value* args) {
  return CombineMethod(n, args, Combine::kUnion);
}
Value IntersectionMethod(size_t n, size_t, const Value* args) {
  return CombineMethod(n, args, Combine::kIntersection);
}
Value DifferenceMethod(size_t n, size_t, const Value* args) {
  return CombineMethod(n, args, Combine::kDifference);
}
Value SymmetricDifferenceMethod(size_t n, size_t, const Value* args) {
  return CombineMethod(n, args, Combine::kSymmetricDifference);
}

Value IsSubsetMethod(size_t, size_t, const Value* args) {
  return Value::Bool(IsSubset(AsSet(args[0]), AsSetOperand(args[1])));
}
Value IsSupersetMethod(size_t, size_t, const Value* args) {
  return Value::Bool(IsSubset(AsSetOperand(args[1]), AsSet(args[0])));
}
Value IsDisjointMethod(size_t, size_t, const Value* args) {
  const Set* other = AsSetOperand(args[1]);
  bool disjoint = true;
  ForEach(AsSet(args[0]), [&](Value item) {
    disjoint = disjoint && other->map.Find(item) == nullptr;
  });
  return Value::Bool(disjoint);
}

#define MP_SET_METHOD(c_name, name, min, max, fn) \
  constexpr BuiltinFunction c_name = {            \
      {&kBuiltinFunctionType}, q::name, min, max, false, fn}

MP_SET_METHOD(kAdd, add, 2, 2, AddMethod);
MP_SET_METHOD(kDiscard, discard, 2, 2, DiscardMethod);
MP_SET_METHOD(kRemove, remove, 2, 2, RemoveMethod);
MP_SET_METHOD(kPop, pop, 1, 1, PopMethod);
MP_SET_METHOD(kClear, clear, 1, 1, ClearMethod);
MP_SET_METHOD(kCopy, copy, 1, 1, CopyMethod);
MP_SET_METHOD(kUpdate, update, 1, kAnyNumberOfArgs, UpdateMethod);
MP_SET_METHOD(kUnion, union_, 1, kAnyNumberOfArgs, UnionMethod);
MP_SET_METHOD(kIntersection, intersection, 1, kAnyNumberOfArgs,
              IntersectionMethod);
MP_SET_METHOD(kDifference, difference, 1, kAnyNumberOfArgs, DifferenceMethod);
MP_SET_METHOD(kSymmetricDifference, symmetric_difference, 2, 2,
              SymmetricDifferenceMethod);
MP_SET_METHOD(kIsSubset, issubset, 2, 2, IsSubsetMethod);
MP_SET_METHOD(kIsSuperset, issuperset, 2, 2, IsSupersetMethod);
MP_SET_METHOD(kIsDisjoint, isdisjoint, 2, 2, IsDisjointMethod);
#undef MP_SET_METHOD

constexpr MapEntry Method(Qstr name, const BuiltinFunction& function) {
  return {Value::FromQstr(name), Value(&function.base)};
}

constexpr auto kSetMethods = SortedByKey(StaticMapTable<14>{{
    Method(q::add, kAdd),
    Method(q::discard, kDiscard),
    Method(q::remove, kRemove),
    Method(q::pop, kPop),
    Method(q::clear, kClear),
    Method(q::copy, kCopy),
    Method(q::update, kUpdate),
    Method(q::union_, kUnion),
    Method(q::intersection, kIntersection),
    Method(q::difference, kDifference),
    Method(q::symmetric_difference, kSymmetricDifference),
    Method(q::issubset, kIsSubset),
    Method(q::issuperset, kIsSuperset),
    Method(q::isdisjoint, kIsDisjoint),
}});
constexpr StaticMap kSetLocals = kSetMethods.map();

// frozenset has only the methods that do not change it.
constexpr auto kFrozenSetMethods = SortedByKey(StaticMapTable<8>{{
    Method(q::copy, kCopy),
    Method(q::union_, kUnion),
    Method(q::intersection, kIntersection),
    Method(q::difference, kDifference),
    Method(q::symmetric_difference, kSymmetricDifference),
    Method(q::issubset, kIsSubset),
    Method(q::issuperset, kIsSuperset),
    Method(q::isdisjoint, kIsDisjoint),
}});
constexpr StaticMap kFrozenSetLocals = kFrozenSetMethods.map();

}  // namespace

const Type kSetType = {
    .base = {&kTypeType},
    .name = q::set,
    .flags = kTypeUnhashable,
    .print = PrintSet,
    .make_new = MakeNewSet,
    .unary_op = SetUnaryOp,
    .binary_op = SetBinaryOp,
    .get_iter = SetGetIter,
    .locals = &kSetLocals,
};

const Type kFrozenSetType = {
    .base = {&kTypeType},
    .name = q::frozenset,
    .print = PrintSet,
    .make_new = MakeNewSet,
    .unary_op = SetUnaryOp,
    .binary_op = SetBinaryOp,
    .get_iter = SetGetIter,
    .locals = &kFrozenSetLocals,
};

Set* NewSet(const Type* type) {
  auto* set = New<Set>();
  set->base.type = type;
  return set;
}

void SetAdd(Set* set, Value item) {
  if (set->map.Find(item) == nullptr) set->map.Store(item, Value::True());
}

}  // namespace mp::objects
