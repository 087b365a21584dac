#include "objects/set.h"

#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/instance.h"
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

void ReplaceItems(Set* set, const Set* items) {
  set->map.Clear();
  ForEach(items, [&](Value item) { SetAdd(set, item); });
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
      return SizeUnaryOp(op, set->map.size());
  }
}

Value SetBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  Set* a = AsSet(lhs);
  if (op == BinaryOp::kIn) return Value::Bool(a->map.Find(rhs) != nullptr);
  // A dict's keys and items views act as sets here ({1} & d.keys()); they
  // compare themselves (an items view need not be hashable).
  if (IsSetLikeView(rhs)) {
    if (PlainBinaryOp(op) <= BinaryOp::kNotEqual) {
      return TypeOf(rhs)->binary_op(SwappedComparison(op), rhs, lhs);
    }
    rhs = Value(&AsSetOperand(rhs)->base);
  }
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
  ReplaceItems(a, result);
  return lhs;
}

struct SetIterator {
  Object base;
  const Set* set;
  size_t next;
  size_t size;  // the set's, when the iteration began
};

Value SetIteratorNext(Value self) {
  auto* iterator = self.As<SetIterator>();
  const Map& map = iterator->set->map;
  if (map.size() != iterator->size) {
    RaiseMessage(&kRuntimeErrorType, "Set changed size during iteration");
  }
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
  iterator->size = iterator->set->map.size();
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

// set.__init__(self, iterable=()), for subclasses (see list.cc).
Value InitMethod(size_t n_args, size_t, const Value* args) {
  Set* set = AsSet(args[0]);
  set->map.Clear();
  if (n_args == 2) AddAll(set, args[1]);
  return Value::None();
}

// union(*others) and friends: any iterables, combined left to right.
template <Combine kHow>
Value CombineMethod(size_t n_args, size_t, const Value* args) {
  const Set* self = AsSet(args[0]);
  Set* result = Copy(self, self->base.type);
  for (size_t i = 1; i < n_args; ++i) {
    result = Combined(result, AsSetOperand(args[i]), kHow, self->base.type);
  }
  return Value(&result->base);
}

// intersection_update(*others) and friends: self becomes the combination.
template <Combine kHow>
Value CombineInPlaceMethod(size_t n_args, size_t, const Value* args) {
  Set* self = AsSet(args[0]);
  for (size_t i = 1; i < n_args; ++i) {
    ReplaceItems(self,
                 Combined(self, AsSetOperand(args[i]), kHow, self->base.type));
  }
  return Value::None();
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

// The methods are defined for set, and those that read for frozenset too, so
// that set.add(5, 1) or frozenset.union(s) is a TypeError, not a bad cast.
#define MP_MUTATING_SET_METHOD(c_name, name, min, max, fn) \
  constexpr BuiltinFunction kSet##c_name = {               \
      {&kBuiltinFunctionType}, q::name, min, max, false, fn, &kSetType}
#define MP_SET_METHOD(c_name, name, min, max, fn)     \
  MP_MUTATING_SET_METHOD(c_name, name, min, max, fn); \
  constexpr BuiltinFunction kFrozenSet##c_name = {    \
      {&kBuiltinFunctionType}, q::name, min, max, false, fn, &kFrozenSetType}

MP_MUTATING_SET_METHOD(Add, add, 2, 2, AddMethod);
MP_MUTATING_SET_METHOD(Discard, discard, 2, 2, DiscardMethod);
MP_MUTATING_SET_METHOD(Remove, remove, 2, 2, RemoveMethod);
MP_MUTATING_SET_METHOD(Pop, pop, 1, 1, PopMethod);
MP_MUTATING_SET_METHOD(Clear, clear, 1, 1, ClearMethod);
MP_MUTATING_SET_METHOD(Update, update, 1, kAnyNumberOfArgs, UpdateMethod);
MP_MUTATING_SET_METHOD(Init, dunder_init, 1, 2, InitMethod);
MP_MUTATING_SET_METHOD(IntersectionUpdate, intersection_update, 1,
                       kAnyNumberOfArgs,
                       CombineInPlaceMethod<Combine::kIntersection>);
MP_MUTATING_SET_METHOD(DifferenceUpdate, difference_update, 1, kAnyNumberOfArgs,
                       CombineInPlaceMethod<Combine::kDifference>);
MP_MUTATING_SET_METHOD(SymmetricDifferenceUpdate, symmetric_difference_update,
                       2, 2,
                       CombineInPlaceMethod<Combine::kSymmetricDifference>);
MP_SET_METHOD(Copy, copy, 1, 1, CopyMethod);
MP_SET_METHOD(Union, union_, 1, kAnyNumberOfArgs,
              CombineMethod<Combine::kUnion>);
MP_SET_METHOD(Intersection, intersection, 1, kAnyNumberOfArgs,
              CombineMethod<Combine::kIntersection>);
MP_SET_METHOD(Difference, difference, 1, kAnyNumberOfArgs,
              CombineMethod<Combine::kDifference>);
MP_SET_METHOD(SymmetricDifference, symmetric_difference, 2, 2,
              CombineMethod<Combine::kSymmetricDifference>);
MP_SET_METHOD(IsSubset, issubset, 2, 2, IsSubsetMethod);
MP_SET_METHOD(IsSuperset, issuperset, 2, 2, IsSupersetMethod);
MP_SET_METHOD(IsDisjoint, isdisjoint, 2, 2, IsDisjointMethod);
#undef MP_SET_METHOD
#undef MP_MUTATING_SET_METHOD

constexpr auto kSetMethods = SortedByKey(StaticMapTable<19>{{
    MethodEntry(q::dunder_init, kSetInit),
    {Value::FromQstr(q::dunder_new), Value(&kBuiltinTypeNew<&kSetType>.base)},
    MethodEntry(q::add, kSetAdd),
    MethodEntry(q::discard, kSetDiscard),
    MethodEntry(q::remove, kSetRemove),
    MethodEntry(q::pop, kSetPop),
    MethodEntry(q::clear, kSetClear),
    MethodEntry(q::copy, kSetCopy),
    MethodEntry(q::update, kSetUpdate),
    MethodEntry(q::intersection_update, kSetIntersectionUpdate),
    MethodEntry(q::difference_update, kSetDifferenceUpdate),
    MethodEntry(q::symmetric_difference_update, kSetSymmetricDifferenceUpdate),
    MethodEntry(q::union_, kSetUnion),
    MethodEntry(q::intersection, kSetIntersection),
    MethodEntry(q::difference, kSetDifference),
    MethodEntry(q::symmetric_difference, kSetSymmetricDifference),
    MethodEntry(q::issubset, kSetIsSubset),
    MethodEntry(q::issuperset, kSetIsSuperset),
    MethodEntry(q::isdisjoint, kSetIsDisjoint),
}});
constexpr StaticMap kSetLocals = kSetMethods.map();

// frozenset has only the methods that do not change it.
constexpr auto kFrozenSetMethods = SortedByKey(StaticMapTable<9>{{
    {Value::FromQstr(q::dunder_new),
     Value(&kBuiltinTypeNew<&kFrozenSetType>.base)},
    MethodEntry(q::copy, kFrozenSetCopy),
    MethodEntry(q::union_, kFrozenSetUnion),
    MethodEntry(q::intersection, kFrozenSetIntersection),
    MethodEntry(q::difference, kFrozenSetDifference),
    MethodEntry(q::symmetric_difference, kFrozenSetSymmetricDifference),
    MethodEntry(q::issubset, kFrozenSetIsSubset),
    MethodEntry(q::issuperset, kFrozenSetIsSuperset),
    MethodEntry(q::isdisjoint, kFrozenSetIsDisjoint),
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
