#include "objects/dict.h"

#include "objects/builtin_function.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

struct DictIterator {
  Object base;
  const Dict* dict;
  size_t next;
};

// The next live entry's key, or null at the end.
Value DictIteratorNext(Value self) {
  auto* iterator = self.As<DictIterator>();
  const Map& map = iterator->dict->map;
  while (iterator->next < map.entry_count()) {
    const MapEntry& entry = map.entries()[iterator->next++];
    if (!entry.key.IsNull()) return entry.key;
  }
  return Value();
}

const Type kDictIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = DictIteratorNext,
};

Dict* AsDict(Value value) { return value.As<Dict>(); }

[[noreturn]] void RaiseKeyError(Value key) {
  Raise(NewException(&kKeyErrorType, 1, &key));
}

void PrintDict(const Printer& printer, Value self, PrintKind /*kind*/) {
  const Map& map = AsDict(self)->map;
  printer.Char('{');
  bool first = true;
  for (size_t i = 0; i < map.entry_count(); ++i) {
    const MapEntry& entry = map.entries()[i];
    if (entry.key.IsNull()) continue;
    if (!first) printer.Write(", ");
    first = false;
    PrintValue(printer, entry.key, PrintKind::kRepr);
    printer.Write(": ");
    PrintValue(printer, entry.value, PrintKind::kRepr);
  }
  printer.Char('}');
}

// The keyword arguments (name, value pairs after the positional ones) go in
// too.
void UpdateFromKeywords(Dict* dict, size_t n_kw, const Value* keywords) {
  for (size_t i = 0; i < n_kw; ++i) {
    dict->map.Store(keywords[2 * i], keywords[2 * i + 1]);
  }
}

Value MakeNewDict(const Type* /*type*/, size_t n_args, size_t n_kw,
                  const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 1, true);
  Dict* dict = NewDict();
  if (n_args == 1) DictUpdate(dict, args[0]);
  UpdateFromKeywords(dict, n_kw, args + n_args);
  return Value(&dict->base);
}

Value DictUnaryOp(UnaryOp op, Value self) {
  size_t size = AsDict(self)->map.size();
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(size != 0);
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(size));
    default:
      return Value();
  }
}

Value DictBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  Dict* a = AsDict(lhs);
  switch (op) {
    case BinaryOp::kIn:
      return Value::Bool(a->map.Find(rhs) != nullptr);
    case BinaryOp::kEqual: {
      if (TypeOf(rhs) != &kDictType) return Value::False();
      const Map& other = AsDict(rhs)->map;
      if (a->map.size() != other.size()) return Value::False();
      for (size_t i = 0; i < a->map.entry_count(); ++i) {
        const MapEntry& entry = a->map.entries()[i];
        if (entry.key.IsNull()) continue;
        Value* value = other.Find(entry.key);
        if (value == nullptr || !Equal(*value, entry.value))
          return Value::False();
      }
      return Value::True();
    }
    case BinaryOp::kOr:
    case BinaryOp::kInplaceOr: {
      if (TypeOf(rhs) != &kDictType) return Value();
      Dict* result = a;
      if (op == BinaryOp::kOr) {
        result = NewDict();
        DictUpdate(result, lhs);
      }
      DictUpdate(result, rhs);
      return Value(&result->base);
    }
    default:
      return Value();
  }
}

Value DictSubscr(Value self, Value key, Value value) {
  Dict* dict = AsDict(self);
  if (value == Value::Sentinel()) return DictGet(dict, key);
  if (value.IsNull()) {
    if (!dict->map.Remove(key)) RaiseKeyError(key);
  } else {
    dict->map.Store(key, value);
  }
  return Value::None();
}

Value DictGetIter(Value self) {
  auto* iterator = New<DictIterator>();
  iterator->base.type = &kDictIteratorType;
  iterator->dict = AsDict(self);
  return Value(&iterator->base);
}

// ---- Methods ----

Value GetMethod(size_t n_args, size_t /*n_kw*/, const Value* args) {
  Value* value = AsDict(args[0])->map.Find(args[1]);
  if (value != nullptr) return *value;
  return n_args == 3 ? args[2] : Value::None();
}

Value PopMethod(size_t n_args, size_t /*n_kw*/, const Value* args) {
  Dict* dict = AsDict(args[0]);
  Value* value = dict->map.Find(args[1]);
  if (value == nullptr) {
    if (n_args == 3) return args[2];
    RaiseKeyError(args[1]);
  }
  Value result = *value;
  dict->map.Remove(args[1]);
  return result;
}

Value PopItemMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  Map& map = AsDict(args[0])->map;
  for (size_t i = map.entry_count(); i-- > 0;) {
    const MapEntry& entry = map.entries()[i];
    if (entry.key.IsNull()) continue;
    Value pair[2] = {entry.key, entry.value};
    map.Remove(entry.key);
    return Value(&NewTuple(2, pair)->base);
  }
  RaiseMessage(&kKeyErrorType, "popitem(): dictionary is empty");
}

Value SetDefaultMethod(size_t n_args, size_t /*n_kw*/, const Value* args) {
  Dict* dict = AsDict(args[0]);
  if (Value* value = dict->map.Find(args[1])) return *value;
  Value fallback = n_args == 3 ? args[2] : Value::None();
  dict->map.Store(args[1], fallback);
  return fallback;
}

Value UpdateMethod(size_t n_args, size_t n_kw, const Value* args) {
  Dict* dict = AsDict(args[0]);
  if (n_args == 2) DictUpdate(dict, args[1]);
  UpdateFromKeywords(dict, n_kw, args + n_args);
  return Value::None();
}

Value ClearMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  AsDict(args[0])->map.Clear();
  return Value::None();
}

Value CopyMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  Dict* copy = NewDict();
  DictUpdate(copy, args[0]);
  return Value(&copy->base);
}

struct DictView {
  Object base;
  Dict* dict;
};

Value NewView(const Type* type, Value dict) {
  auto* view = New<DictView>();
  view->base.type = type;
  view->dict = AsDict(dict);
  return Value(&view->base);
}

Value KeysMethod(size_t, size_t, const Value* args) {
  return NewView(&kDictKeysType, args[0]);
}
Value ValuesMethod(size_t, size_t, const Value* args) {
  return NewView(&kDictValuesType, args[0]);
}
Value ItemsMethod(size_t, size_t, const Value* args) {
  return NewView(&kDictItemsType, args[0]);
}

// dict.__init__(self, *args, **kwargs), for subclasses (see list.cc).
Value InitMethod(size_t n_args, size_t n_kw, const Value* args) {
  Value items = MakeNewDict(&kDictType, n_args - 1, n_kw, args + 1);
  AsDict(args[0])->map.Clear();
  DictUpdate(AsDict(args[0]), items);
  return Value::None();
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the type.
Value FromKeysMethod(size_t n_args, size_t, const Value* args) {
  Value value = n_args > 2 ? args[2] : Value::None();
  Value made = Call(args[0], 0, 0, nullptr);
  Value iterator = GetIter(args[1]);
  for (Value key = IterNext(iterator); !key.IsNull();
       key = IterNext(iterator)) {
    StoreSubscript(made, key, value);
  }
  return made;
}

constexpr BuiltinFunction kFromKeysFunction = {
    {&kBuiltinFunctionType}, q::fromkeys, 2, 3, false, FromKeysMethod};
constexpr MethodWrapper kFromKeys = {{&kClassMethodType},
                                     Value(&kFromKeysFunction.base)};

#define MP_DICT_METHOD(c_name, name, min, max, kw, fn) \
  constexpr BuiltinFunction c_name = {                 \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn, &kDictType}

MP_DICT_METHOD(kGet, get, 2, 3, false, GetMethod);
MP_DICT_METHOD(kInit, dunder_init, 1, 2, true, InitMethod);
MP_DICT_METHOD(kPop, pop, 2, 3, false, PopMethod);
MP_DICT_METHOD(kPopItem, popitem, 1, 1, false, PopItemMethod);
MP_DICT_METHOD(kSetDefault, setdefault, 2, 3, false, SetDefaultMethod);
MP_DICT_METHOD(kUpdate, update, 1, 2, true, UpdateMethod);
MP_DICT_METHOD(kClear, clear, 1, 1, false, ClearMethod);
MP_DICT_METHOD(kCopy, copy, 1, 1, false, CopyMethod);
MP_DICT_METHOD(kKeys, keys, 1, 1, false, KeysMethod);
MP_DICT_METHOD(kValues, values, 1, 1, false, ValuesMethod);
MP_DICT_METHOD(kItems, items, 1, 1, false, ItemsMethod);
#undef MP_DICT_METHOD

constexpr MapEntry Method(Qstr name, const BuiltinFunction& function) {
  return {Value::FromQstr(name), Value(&function.base)};
}

constexpr auto kDictMethods = SortedByKey(StaticMapTable<12>{{
    {Value::FromQstr(q::fromkeys), Value(&kFromKeys.base)},
    Method(q::dunder_init, kInit),
    Method(q::get, kGet),
    Method(q::pop, kPop),
    Method(q::popitem, kPopItem),
    Method(q::setdefault, kSetDefault),
    Method(q::update, kUpdate),
    Method(q::clear, kClear),
    Method(q::copy, kCopy),
    Method(q::keys, kKeys),
    Method(q::values, kValues),
    Method(q::items, kItems),
}});
constexpr StaticMap kDictLocals = kDictMethods.map();

// ---- Views ----

struct ViewIterator {
  Object base;
  const DictView* view;
  size_t next;
};

Value ViewIteratorNext(Value self) {
  auto* iterator = self.As<ViewIterator>();
  const Map& map = iterator->view->dict->map;
  const Type* kind = iterator->view->base.type;
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
  auto* iterator = New<ViewIterator>();
  iterator->base.type = &kViewIteratorType;
  iterator->view = self.As<DictView>();
  return Value(&iterator->base);
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
  return DictUnaryOp(op, Value(&self.As<DictView>()->dict->base));
}

Value ViewBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (op != BinaryOp::kIn) return Value();
  const DictView* view = lhs.As<DictView>();
  if (view->base.type == &kDictKeysType) {
    return Value::Bool(view->dict->map.Find(rhs) != nullptr);
  }
  Value iterator = ViewGetIter(lhs);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    if (Equal(item, rhs)) return Value::True();
  }
  return Value::False();
}

#define MP_VIEW_TYPE(c_name, view_name)           \
  const Type c_name = {.base = {&kTypeType},      \
                       .name = q::view_name,      \
                       .print = PrintView,        \
                       .unary_op = ViewUnaryOp,   \
                       .binary_op = ViewBinaryOp, \
                       .get_iter = ViewGetIter}

}  // namespace

MP_VIEW_TYPE(kDictKeysType, dict_keys);
MP_VIEW_TYPE(kDictValuesType, dict_values);
MP_VIEW_TYPE(kDictItemsType, dict_items);
#undef MP_VIEW_TYPE

const Type kDictType = {
    .base = {&kTypeType},
    .name = q::dict,
    .flags = kTypeUnhashable,
    .print = PrintDict,
    .make_new = MakeNewDict,
    .unary_op = DictUnaryOp,
    .binary_op = DictBinaryOp,
    .subscr = DictSubscr,
    .get_iter = DictGetIter,
    .locals = &kDictLocals,
};

Dict* NewDict() {
  auto* dict = New<Dict>();
  dict->base.type = &kDictType;
  return dict;
}

Value DictGet(Dict* dict, Value key) {
  Value* value = dict->map.Find(key);
  if (value == nullptr) RaiseKeyError(key);
  return *value;
}

void DictUpdate(Dict* dict, Value source) {
  if (TypeOf(source) == &kDictType) {
    const Map& other = AsDict(source)->map;
    for (size_t i = 0; i < other.entry_count(); ++i) {
      const MapEntry& entry = other.entries()[i];
      if (!entry.key.IsNull()) dict->map.Store(entry.key, entry.value);
    }
    return;
  }
  // An iterable of pairs; each pair must have exactly two items.
  Value iterator = GetIter(source);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    Value pair_iterator = GetIter(item);
    Value key = IterNext(pair_iterator);
    Value value = key.IsNull() ? Value() : IterNext(pair_iterator);
    if (value.IsNull() || !IterNext(pair_iterator).IsNull()) {
      RaiseMessage(&kValueErrorType, "dict update sequence has wrong length");
    }
    dict->map.Store(key, value);
  }
}

}  // namespace mp::objects
